"""What the coach's buttons do: export a letter, save the follow-ups to the log, mark one sent.

Each action is a function of what it needs (the letter, the interview, a folder, the log's
path, the time) that does the writing and returns a :class:`~followkit.model.Status`: what
was saved where, or what went wrong, in plain words. The screen shows it
(:func:`followkit.ui.status.status_html`); no action touches a widget. The rows and ids come
from :mod:`followkit.log`, the files from :mod:`followkit.exports`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from followkit.errors import FollowkitError
from followkit.exports import (
    card_html,
    card_problem,
    eml_draft,
    export_filename,
    ics_reminder,
    mailto_link,
    write_export,
)
from followkit.log import default_log_path, followup_id, log_rows, mark_sent, save_followups
from followkit.model import Candidate, Finding, Interview, Letter, Link, Status
from followkit.timetext import local_clock
from followkit.timing import elapsed, format_duration, send_window, status
from followkit.ui.status import saved

__all__ = ["export_letter", "log_file", "mark_letter_sent", "save_plan"]

_HOW_TO_OPEN = {
    "eml": "open it in your mail program, review it and send it (Outlook opens it as a draft; "
           "elsewhere choose \"Edit as new\")",
    "ics": "open it to add the reminder to your calendar",
    "card": "open it in a browser and print it (A6), then copy the note by hand",
}
_VERDICT = {"early": "sooner than the guide advises", "on_time": "on time",
            "late": "later than 24 hours"}


def log_file(log_path: str | Path | None) -> Path:
    """The log file: as given, else ``FOLLOWKIT_LOG`` or ``data/followups.csv``."""
    return Path(log_path) if log_path else Path(default_log_path())


def export_letter(kind: str, letter: Letter, interview: Interview, candidate: Candidate,
                  channel: str, *, exports_dir: Path, now: datetime,
                  findings: Sequence[Finding] = ()) -> Status:
    """Write ``letter`` as ``kind`` (eml, ics, card) into ``exports_dir``, or link it (mailto).

    ``findings`` are the letter's, to warn before sending one with errors.
    """
    try:
        if kind == "mailto":
            return Status("ok", "A new message to "
                          f"{letter.interviewer.email or 'fill in the address'}:",
                          Link("Open this letter in your mail program", mailto_link(letter)))
        window = send_window(interview.ended_at, channel)
        makers: dict[str, Callable[[], bytes | str]] = {
            "eml": lambda: eml_draft(letter, candidate),
            "ics": lambda: ics_reminder(letter, interview, window, now=now),
            "card": lambda: card_html(letter, interview, window)}
        data = makers[kind]()
        path = write_export(exports_dir, export_filename(letter, interview, kind), data)
    except (FollowkitError, OSError) as exc:
        return Status("error", f"Could not export: {exc}")
    errors = sum(f.severity == "error" for f in findings)
    warning = f" Fix the {errors} error(s) listed above before you send." if errors else ""
    if kind == "card" and (too_long := card_problem(letter, interview)):
        warning += f" {too_long}"
    return saved("Saved", path, data, f": {_HOW_TO_OPEN[kind]}.{warning}",
                 level="warning" if warning else "ok")


def _saved_text(added: int, corrected: int, total: int, path: Path) -> str:
    """What "Save to my log" did, in a sentence or two."""
    plural = "s" if added != 1 else ""
    parts = [f"Saved {added} planned follow-up{plural} to {path}." if added else ""]
    if corrected:
        parts.append(f"Corrected {corrected} already in your log{'' if added else f' ({path})'}"
                     " to match the form.")
    elif 0 < added < total:
        parts.append(f"{total - added} were there already.")
    if not added and not corrected:
        parts.append(f"Already in your log ({path}): nothing added.")
    return " ".join(p for p in parts if p)


def save_plan(log_path: Path, interview: Interview | None, channel: str, key: str) -> Status:
    """Append one planned row per interviewer under ``key``; correct the rows already there.

    A row already logged takes what the form says now (company, position, channel…); when
    and whether it was sent stays as recorded. ``interview`` None: the form is not complete.
    """
    if interview is None:
        return Status("error", "Complete the form first.")
    try:
        added, corrected = save_followups(log_path, log_rows(interview, channel, key))
    except (FollowkitError, OSError) as exc:
        return Status("error", f"Could not save to your log: {exc}")
    return Status("ok", _saved_text(added, corrected, len(interview.interviewers), log_path))


def mark_letter_sent(log_path: Path, interview: Interview, channel: str, interviewer: str,
                     key: str, now: datetime) -> Status:
    """Record in the log that the letter to ``interviewer`` went out ``now``.

    The interview's rows must be in the log already (:func:`save_plan`, under ``key``).
    """
    try:
        timely = status(interview.ended_at, now, channel, now=now)
        mark_sent(log_path, [followup_id(interview, interviewer, key)], now)
    except (FollowkitError, OSError) as exc:
        return Status("error", f"Could not mark it as sent: {exc}")
    return Status(
        "ok", f"Marked as sent at {local_clock(now, now, interview.ended_at.tzinfo)}, "
        f"{format_duration(elapsed(interview.ended_at, now))} after the interview: "
        f"{_VERDICT[timely]}. You have done your part; a reply may or may not come.")
