"""The coaching flow a participant runs in their own kernel: fill the form, save a follow-up.

Each participant interviewed at a different company, so a row in the wrong log is easy to
spot. The code is sent to the participant's kernel as text; it writes to the log that kernel's
environment names (``FOLLOWKIT_LOG``, set per user by the shipped hub config) and prints a
JSON summary of what the log holds afterwards.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

LOG_COLUMNS = (
    "followup_id", "interview_id", "company", "position", "interview_end", "interviewer",
    "interviewer_role", "channel", "agreed_channel", "sent_at", "response_at", "outcome",
    "notes",
)


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
    """Python source that saves this participant's follow-up to their own log."""
    row = {
        "followup_id": participant.followup_id,
        "interview_id": f"{participant.username}-interview",
        "company": participant.company,
        "position": participant.position,
        "interview_end": "2026-11-19T15:30:00-06:00",
        "interviewer": participant.interviewer,
        "interviewer_role": "hiring manager",
        "channel": "email",
        "agreed_channel": "email",
        "sent_at": "", "response_at": "", "outcome": "", "notes": "",
    }
    return f"""
import csv, json, os
from pathlib import Path

path = Path(os.environ["FOLLOWKIT_LOG"])
path.parent.mkdir(parents=True, exist_ok=True)
new = not path.exists()
with path.open("a", newline="", encoding="utf-8") as handle:
    writer = csv.DictWriter(handle, fieldnames={list(LOG_COLUMNS)!r})
    if new:
        writer.writeheader()
    writer.writerow({json.dumps(row)})
with path.open(newline="", encoding="utf-8") as handle:
    rows = list(csv.DictReader(handle))
print(json.dumps({{"log": str(path), "followup_ids": [r["followup_id"] for r in rows],
                  "companies": sorted({{r["company"] for r in rows}})}}))
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
