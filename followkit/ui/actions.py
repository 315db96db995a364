"""What the buttons do: export a letter to a file, save the follow-ups to the log, mark one sent.

:func:`log_rows` and :func:`interview_key` are pure; :class:`Actions` does the writing and
reports, in the tab or under it, what was saved where (or what went wrong) in plain words.
"""

from __future__ import annotations

from pathlib import Path

from followkit.errors import FollowkitError
from followkit.export import (
    card_html,
    eml_draft,
    export_filename,
    ics_reminder,
    mailto_link,
    slug,
    write_export,
)
from followkit.model import Interview
from followkit.timetext import clock_time
from followkit.timing import elapsed, format_duration, send_window, status
from followkit.ui.fields import escaped

__all__ = ["Actions", "followup_id", "interview_key", "log_rows"]

_HOW_TO_OPEN = {
    "eml": "open it in your mail program, review it and send it (Outlook opens it as a draft; "
           "elsewhere choose \"Edit as new\")",
    "ics": "open it to add the reminder to your calendar",
    "card": "open it in a browser and print it (A6), then copy the note by hand",
}


def interview_key(interview: Interview) -> str:
    """The interview's id in the log: its own, else ``"2026-11-19-1530-harlow-pike-llp"``."""
    return interview.interview_id or (
        f"{interview.ended_at:%Y-%m-%d-%H%M}-{slug(interview.company)}")


def followup_id(interview: Interview, name: str) -> str:
    """One follow-up's id: ``"<interview id>-<interviewer slug>"``."""
    return f"{interview_key(interview)}-{slug(name)}"


def log_rows(interview: Interview, channel: str) -> list[dict[str, str | None]]:
    """One planned (not yet sent) log row per interviewer, as the log's columns spell them.

    Optional columns with nothing to say are None (empty in the file).
    """
    return [{
        "followup_id": followup_id(interview, person.name),
        "interview_id": interview_key(interview),
        "company": interview.company,
        "position": interview.position,
        "interview_end": interview.ended_at.isoformat(),
        "interviewer": person.name,
        "interviewer_role": person.role or None,
        "channel": channel,
        "agreed_channel": interview.agreed_channel,
        "sent_at": None, "response_at": None, "outcome": None, "notes": None,
    } for person in interview.interviewers]


def _ok(text: str) -> str:
    return f'<div class="fk-note">✔ {escaped(text)}</div>'


def _problem(text: str) -> str:
    return f'<div class="fk-error-note">{escaped(text)}</div>'


class Actions:
    """The buttons' work for one :class:`~followkit.ui.screen.Coach`."""

    def __init__(self, coach, exports_dir: Path, log_path) -> None:
        self.coach = coach
        self.exports_dir = exports_dir
        self._log_path = log_path

    @property
    def log_path(self) -> Path:
        """The log file: as given, else ``FOLLOWKIT_LOG`` or ``data/followups.csv``."""
        from followkit.log import default_log_path

        return Path(self._log_path) if self._log_path else Path(default_log_path())

    def export(self, key: int, kind: str) -> None:
        """Write one letter as ``kind`` (eml, ics, card) or show its mailto link."""
        coach = self.coach
        tab, draft, result = coach.panel.tabs[key], coach.drafts[key], coach.result
        letter, iv, now = draft.letter, result.interview, coach.clock()
        window = send_window(iv.ended_at, result.channel)
        try:
            if kind == "mailto":
                link = mailto_link(letter)
                tab.show_status(f'<div class="fk-note">✔ <a class="fk-mailto" href="'
                                f'{escaped(link)}" target="_blank" rel="noopener">Open this '
                                f"letter in your mail program</a> (a new message to "
                                f"{escaped(letter.interviewer.email or 'fill in the address')})"
                                f"</div>")
                return
            data = {"eml": lambda: eml_draft(letter, result.candidate),
                    "ics": lambda: ics_reminder(letter, iv, window, now=now),
                    "card": lambda: card_html(letter, iv, window)}[kind]()
            path = write_export(self.exports_dir, export_filename(letter, iv, kind), data)
        except (FollowkitError, OSError) as exc:
            tab.show_status(_problem(f"Could not export: {exc}"))
            return
        found = coach.findings.get(key)
        errors = sum(f.severity == "error" for f in found) if isinstance(found, list) else 0
        warning = f" Fix the {errors} error(s) listed above before you send." if errors else ""
        tab.show_status(_ok(f"Saved {path.resolve()}: {_HOW_TO_OPEN[kind]}.{warning}"))

    def save_to_log(self) -> int | None:
        """Append one planned row per interviewer; rows already there are left alone."""
        from followkit.log import append_followups

        result = self.coach.result
        if result is None:
            self.coach.panel.show_log_status("Complete the form first.", "fk-error-note")
            return None
        try:
            added = append_followups(self.log_path, log_rows(result.interview, result.channel),
                                     on_duplicate="skip")
        except (FollowkitError, OSError) as exc:
            self.coach.panel.show_log_status(f"Could not save to your log: {exc}",
                                             "fk-error-note")
            return None
        total = len(result.interview.interviewers)
        text = (f"Saved {added} planned follow-up{'s' if added != 1 else ''} to {self.log_path}."
                if added else f"Already in your log ({self.log_path}): nothing added.")
        if 0 < added < total:
            text += f" {total - added} were there already."
        self.coach.panel.show_log_status("✔ " + text)
        return added

    def mark_sent(self, key: int) -> None:
        """Record that this letter went out now (saving the interview to the log first)."""
        from followkit.log import mark_sent

        coach = self.coach
        tab, draft, result = coach.panel.tabs[key], coach.drafts[key], coach.result
        if self.save_to_log() is None:
            tab.show_status(_problem("Could not mark it as sent: see the message under the "
                                     "letters."))
            return
        now = coach.clock()
        iv = result.interview
        try:
            timely = status(iv.ended_at, now, result.channel, now=now)
            mark_sent(self.log_path, [followup_id(iv, draft.interviewer.name)], now)
        except (FollowkitError, OSError) as exc:
            tab.show_status(_problem(f"Could not mark it as sent: {exc}"))
            return
        verdict = {"early": "sooner than the guide advises", "on_time": "on time",
                   "late": "later than 24 hours"}[timely]
        tab.show_status(_ok(
            f"Marked as sent at {clock_time(now.astimezone(iv.ended_at.tzinfo), now)}, "
            f"{format_duration(elapsed(iv.ended_at, now))} after the interview: {verdict}. "
            "You have done your part; a reply may or may not come."))
