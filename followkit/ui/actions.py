"""What the buttons do: export a letter to a file, save the follow-ups to the log, mark one sent.

:class:`Actions` does the writing (the rows themselves come from :mod:`followkit.log`) and
reports, in the tab or under it, what was saved where (or what went wrong) in plain words.
"""

from __future__ import annotations

from collections.abc import Callable
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
from followkit.log import followup_id, interview_key, log_rows
from followkit.model import Interview
from followkit.timetext import local_clock
from followkit.timing import elapsed, format_duration, send_window, status
from followkit.ui.fields import escaped, saved_html

__all__ = ["Actions"]

_HOW_TO_OPEN = {
    "eml": "open it in your mail program, review it and send it (Outlook opens it as a draft; "
           "elsewhere choose \"Edit as new\")",
    "ics": "open it to add the reminder to your calendar",
    "card": "open it in a browser and print it (A6), then copy the note by hand",
}


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
        self._saved_keys: dict = {}  # the screen's interview -> the id its rows were saved under

    def saved_key(self, entry_id: str | None) -> str | None:
        """The log id the screen's interview ``entry_id`` was saved under, if it was."""
        entry = self.coach.store.entries.get(entry_id) if entry_id else None
        return self._saved_keys.get(entry_id) or (entry or {}).get("log_key")

    def key(self, interview: Interview) -> str:
        """The id to log ``interview`` under: the one this interview was saved under before.

        So a company name or a time corrected after "Save to my log" corrects the saved rows
        instead of planning a second set; another interview gets its own id.
        """
        return self.saved_key(self.coach.current_id) or interview_key(interview)

    @property
    def log_path(self) -> Path:
        """The log file: as given, else ``FOLLOWKIT_LOG`` or ``data/followups.csv``."""
        from followkit.log._store import default_log_path

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
            makers: dict[str, Callable[[], bytes | str]] = {
                "eml": lambda: eml_draft(letter, result.candidate),
                "ics": lambda: ics_reminder(letter, iv, window, now=now),
                "card": lambda: card_html(letter, iv, window)}
            data = makers[kind]()
            path = write_export(self.exports_dir, export_filename(letter, iv, kind), data)
        except (FollowkitError, OSError) as exc:
            tab.show_status(_problem(f"Could not export: {exc}"))
            return
        found = coach.findings.get(key)
        errors = sum(f.severity == "error" for f in found) if isinstance(found, list) else 0
        warning = f" Fix the {errors} error(s) listed above before you send." if errors else ""
        if kind == "card" and (too_long := card_problem(letter, iv)):
            warning += f" {too_long}"
        tab.show_status(saved_html("Saved", path, data,
                                   f": {_HOW_TO_OPEN[kind]}.{warning}"))

    def save_to_log(self) -> int | None:
        """Append one planned row per interviewer; correct the rows already there.

        A row already logged takes what the form says now (company, position, channel…);
        when and whether it was sent stays as recorded.
        """
        from followkit.log._store import save_followups

        result = self.coach.result
        if result is None:
            self.coach.panel.show_log_status("Complete the form first.", "fk-error-note")
            return None
        iv = result.interview
        key = self.key(iv)
        try:
            added, corrected = save_followups(self.log_path, log_rows(iv, result.channel, key))
        except (FollowkitError, OSError) as exc:
            self.coach.panel.show_log_status(f"Could not save to your log: {exc}",
                                             "fk-error-note")
            return None
        self._saved_keys[self.coach.current_id] = key
        self.coach.panel.show_log_status("✔ " + _saved_text(
            added, corrected, len(iv.interviewers), self.log_path))
        return added

    def mark_sent(self, key: int) -> None:
        """Record that this letter went out now (saving the interview to the log first)."""
        from followkit.log._store import mark_sent

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
            mark_sent(self.log_path, [followup_id(iv, draft.interviewer.name, self.key(iv))],
                      now)
        except (FollowkitError, OSError) as exc:
            tab.show_status(_problem(f"Could not mark it as sent: {exc}"))
            return
        verdict = {"early": "sooner than the guide advises", "on_time": "on time",
                   "late": "later than 24 hours"}[timely]
        tab.show_status(_ok(
            f"Marked as sent at {local_clock(now, now, iv.ended_at.tzinfo)}, "
            f"{format_duration(elapsed(iv.ended_at, now))} after the interview: {verdict}. "
            "You have done your part; a reply may or may not come."))
