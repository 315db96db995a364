"""The log's ids and planned rows for an interview: what "Save to my log" writes.

Pure functions: an interview's id is its own or ``"<end date-time>-<company slug>"``; a
follow-up's id adds the interviewer's slug.
"""

from __future__ import annotations

from followkit._names import slug
from followkit.model import Interview
from followkit.timetext import ZONE_COLUMN, row_zone

__all__ = ["ZONE_COLUMN", "followup_id", "interview_key", "log_rows", "reading_zone", "row_zone"]


def reading_zone(log):
    """The zone to state a log's "as of" in: its latest interview's own zone, else the log's."""
    if ZONE_COLUMN in log and log[ZONE_COLUMN].notna().any():
        return log[ZONE_COLUMN].dropna().iloc[-1]
    return log.attrs.get("tz")


def interview_key(interview: Interview) -> str:
    """The interview's id in the log: its own, else ``"2026-11-19-1530-harlow-pike-llp"``."""
    return interview.interview_id or (
        f"{interview.ended_at:%Y-%m-%d-%H%M}-{slug(interview.company)}")


def followup_id(interview: Interview, name: str, key: str | None = None) -> str:
    """One follow-up's id: ``"<interview id>-<interviewer slug>"`` (``key``: the id to use)."""
    return f"{key or interview_key(interview)}-{slug(name)}"


def log_rows(interview: Interview, channel: str,
             key: str | None = None) -> list[dict[str, str | None]]:
    """One planned (not yet sent) log row per interviewer, as the log's columns spell them.

    ``key``: the interview id to file them under (default :func:`interview_key`). Optional
    columns with nothing to say are None (empty in the file).
    """
    key = key or interview_key(interview)
    return [{
        "followup_id": followup_id(interview, person.name, key),
        "interview_id": key,
        "company": interview.company,
        "position": interview.position,
        "interview_end": interview.ended_at.isoformat(),
        "interviewer": person.name,
        "interviewer_role": person.role or None,
        "channel": channel,
        "agreed_channel": interview.agreed_channel,
        "sent_at": None, "response_at": None, "outcome": None, "notes": None,
        ZONE_COLUMN: getattr(interview.ended_at.tzinfo, "key", None),
    } for person in interview.interviewers]
