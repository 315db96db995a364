"""The coaching flow a participant runs in their own kernel: fill the form, save a follow-up.

Each participant interviewed at a different company, so a row in the wrong log is easy to
spot. The code is sent to the participant's kernel as text; it composes their letter with
``followkit.letters._compose``, saves the follow-up with ``followkit.append_followups`` to
``followkit.default_log_path()`` (``FOLLOWKIT_LOG``, set per user by the shipped hub config),
reads the log back with ``followkit.read_log`` and prints a JSON summary.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

INTERVIEW_END = "2026-11-19T15:30:00-06:00"


@dataclass(frozen=True)
class Participant:
    """One workshop participant and the interview they follow up on."""

    username: str
    name: str
    email: str
    company: str
    position: str
    interviewer: str
    interviewer_email: str

    @property
    def followup_id(self) -> str:
        """The id of the one follow-up this participant saves."""
        return f"{self.username}-1"


PARTICIPANTS = (
    Participant("ana", "Ana Ortiz", "ana@example.com", "Harlow & Pike LLP",
                "Senior Staff Accountant", "Dana Rivera", "dana.rivera@example.com"),
    Participant("ben", "Ben Okafor", "ben@example.com", "Brightline Foods",
                "Supply Planner", "Priya Shah", "priya.shah@example.com"),
    Participant("chloe", "Chloe Martin", "chloe@example.com", "Northgate Clinic",
                "Patient Services Lead", "Omar Haddad", "omar.haddad@example.com"),
)


def flow_code(participant: Participant) -> str:
    """Python source: compose the participant's letter, save the follow-up to their own log.

    It is what the coaching notebook does when a person clicks "Save to my log": followkit's
    ``compose`` writes the letter, ``append_followups`` saves the planned follow-up to
    ``default_log_path()`` (``FOLLOWKIT_LOG``), and ``read_log`` reads the log back.
    """
    form = {
        "company": participant.company, "position": participant.position,
        "interviewer": participant.interviewer, "interviewer_email": participant.interviewer_email,
        "name": participant.name, "email": participant.email,
    }
    row = {
        "followup_id": participant.followup_id,
        "interview_id": f"{participant.username}-interview",
        "company": participant.company,
        "position": participant.position,
        "interview_end": INTERVIEW_END,
        "interviewer": participant.interviewer,
        "interviewer_role": "hiring manager",
        "channel": "email",
        "agreed_channel": "email",
    }
    return f"""
import json
from datetime import datetime

import followkit as fk

form = {form!r}
interview = fk.Interview(
    company=form["company"], position=form["position"],
    ended_at=datetime.fromisoformat({INTERVIEW_END!r}),
    interviewers=[fk.Interviewer(name=form["interviewer"], title="Hiring Manager",
                                 email=form["interviewer_email"])],
    topics=["the team's first quarter"], skills=["planning"], agreed_channel="email")
me = fk.Candidate(name=form["name"], email=form["email"], phone="", portfolio_url="")
letter = fk.compose(interview, me, channel="email")[0]
path = fk.default_log_path()
fk.append_followups(path, [{row!r}], on_duplicate="skip")
log = fk.read_log(path)
print(json.dumps({{"log": str(path), "followup_ids": list(log["followup_id"]),
                  "companies": sorted(set(log["company"])), "letter": letter.text}}))
"""


def copy_workshop_files(dest: Path) -> Path:
    """Copy what nbgitpuller gives a participant: notebooks/ and data/ (no personal files)."""
    personal = shutil.ignore_patterns(".ipynb_checkpoints", "followups.csv*", "profile.json")
    shutil.copytree(REPO / "notebooks", dest / "notebooks", ignore=personal)
    if (REPO / "data").is_dir():
        shutil.copytree(REPO / "data", dest / "data", ignore=personal)
    return dest


def read_summary(printed: str) -> dict:
    """The JSON summary the flow printed as its last line."""
    return json.loads(printed.strip().splitlines()[-1])
