"""One participant's workshop session on disk: a stable id, and their work saved as they go.

The id (``p-`` and 16 hex digits) is made once and then kept by the browser (the workshop page
stores it) so a reload, or a second export, is the same participant. The session file holds
what the page needs to come back as it was (answers, drafts, the progress records); it stays in
the participant's own folder and never goes to the facilitator.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from followkit._atomic import write_atomic
from followkit.errors import WorkshopError
from followkit.model import Status

__all__ = ["SESSION_FORMAT", "Session", "Status", "load_session",
           "new_participant_id", "save_session", "valid_participant_id"]

#: The ``format`` and ``version`` a session file declares.
SESSION_FORMAT = ("followkit-workshop-session", 1)
_ID = re.compile(r"p-[0-9a-f]{8,32}")
#: A session file is small; a bigger one is not ours.
_MAX_BYTES = 2_000_000


def new_participant_id() -> str:
    """A fresh random participant id such as ``p-3f9a0c1d2b4e5f60`` (names nobody)."""
    return f"p-{secrets.token_hex(8)}"


def valid_participant_id(text: object) -> bool:
    """Whether ``text`` is a participant id followkit made (so it is safe in a file name)."""
    return isinstance(text, str) and _ID.fullmatch(text) is not None


def _path(folder: str | Path, participant: str) -> Path:
    if not valid_participant_id(participant):
        raise WorkshopError(f"{participant!r} is not a participant id; expected p- and hex "
                            "digits, such as p-3f9a0c1d2b4e5f60.")
    return Path(folder) / f"session-{participant}.json"


def save_session(folder: str | Path, participant: str, state: dict, *,
                 saved_at: datetime) -> Path:
    """Write ``state`` (JSON-ready) as ``participant``'s session, atomically; return the path."""
    path = _path(folder, participant)
    doc = {"format": SESSION_FORMAT[0], "version": SESSION_FORMAT[1],
           "participant": participant, "saved_at": saved_at.isoformat(), "state": state}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(doc, ensure_ascii=False))
    except OSError as exc:
        raise WorkshopError(f"could not save your work ({exc.strerror or exc}).",
                            path=path) from None
    return path


def load_session(folder: str | Path, participant: str) -> dict | None:
    """The saved state of ``participant``, or None when there is none.

    Raises WorkshopError (naming the file) when a file is there but is not a session file.
    """
    path = _path(folder, participant)
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise WorkshopError("is too large for a workshop session file.", path=path)
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WorkshopError(f"cannot be read as a saved session ({exc}).", path=path) from None
    if (not isinstance(doc, dict) or [doc.get("format"), doc.get("version")]
            != list(SESSION_FORMAT) or doc.get("participant") != participant
            or not isinstance(doc.get("state"), dict)):
        raise WorkshopError(f"is not a saved session of {participant} (expected format "
                            f"{SESSION_FORMAT[0]!r} version {SESSION_FORMAT[1]}).", path=path)
    return doc["state"]


class Session:
    """One participant's workshop: their id, answers and drafts, saved as they go, and exports.

    ``session_folder`` keeps the page's state (answers, letter drafts) so a reload brings it
    back; it is the participant's own and never goes to the facilitator. ``drop_folder`` is
    where the participant file goes: at every change when ``live`` (exercise results only), and
    with the anonymised personal log when the participant presses Export. ``log_path`` is the
    participant's own follow-up log, or None.
    """

    def __init__(self, lesson, *, drop_folder: str | Path, session_folder: str | Path | None,
                 log_path: str | Path | None = None, salt: str | None = None,
                 participant: str | None = None, live: bool = True, clock=None) -> None:
        from followkit.workshop._collect import new_salt
        from followkit.workshop._exercises import Progress

        self.lesson = lesson
        self.drop_folder = Path(drop_folder)
        self.session_folder = None if session_folder is None else Path(session_folder)
        self.log_path = None if log_path is None else Path(log_path)
        self.salt = salt or new_salt()
        self.participant = participant or new_participant_id()
        self.live = live
        self.clock = clock or (lambda: datetime.now(UTC))
        self.progress = Progress()
        self.answers: dict[str, object] = {}
        self.share = False
        self.rows: list[dict] = []
        self.exported = False
        self.path: Path | None = None
        #: Called after :meth:`adopt` brought back saved answers (the page redraws them).
        self.on_restore: Callable[[], None] | None = None

    @property
    def export_path(self) -> Path:
        """The participant file: one per participant, replaced by every later save."""
        return self.drop_folder / f"workshop-{self.participant}.json"

    def remember(self, key: str, value: object) -> None:
        """Keep what the page shows for ``key`` (an answer, a draft) so a reload restores it."""
        self.answers[key] = value

    def state(self) -> dict:
        """Everything a reload needs, JSON-ready."""
        return {"progress": self.progress.results(), "answers": self.answers,
                "share": self.share, "rows": self.rows, "exported": self.exported}

    def shared_letters(self) -> list[dict]:
        """The letters the participant edited, anonymised, when they opted in to share them."""
        if not self.share:
            return []
        out = []
        for item in self.lesson.letters:
            draft = self.answers.get(f"letter:{item.id}")
            if isinstance(draft, str) and draft.strip() and draft != item.text:
                out.append({"exercise": f"letter:{item.id}", "text": draft})
        return out

    def _write_drop_file(self) -> Path:
        from followkit.workshop._collect import export_participant

        return export_participant(self.drop_folder, self.progress.results(), None, self.salt,
                                  exported_at=self.clock(), participant=self.participant,
                                  shared=self.shared_letters(), rows=self.rows)

    def save(self) -> Status:
        """Save the page's state, and (live, or once exported) the participant file."""
        try:
            if self.session_folder is not None:
                save_session(self.session_folder, self.participant, self.state(),
                             saved_at=self.clock())
            if (self.live or self.exported) and len(self.progress):
                self.path = self._write_drop_file()
        except WorkshopError as exc:
            return Status("warning", f"Your work could not be saved: {exc}")
        return Status("ok", "Saved.")

    def adopt(self, participant: str) -> Status:
        """Become ``participant`` (the id this browser kept) and bring back their saved work.

        What was done under the provisional id before is kept when nothing was saved for
        ``participant``; the provisional participant file, if any, is removed.
        """
        if participant == self.participant:
            return Status("ok", "Same participant.")
        if not valid_participant_id(participant):
            return Status("warning", f"{participant!r} is not a participant id; kept "
                          f"{self.participant}.")
        try:
            saved = (None if self.session_folder is None
                     else load_session(self.session_folder, participant))
        except WorkshopError as exc:
            saved = None
            note = f" (your earlier work could not be read: {exc.message})"
        else:
            note = ""
        old = self.export_path
        self.participant = participant
        if saved is not None:
            self._restore(saved)
        if old.exists():
            old.unlink(missing_ok=True)
        self.save()
        if self.on_restore is not None and saved is not None:
            self.on_restore()
        back = "Welcome back: your work is as you left it" if saved else "Ready"
        return Status("ok" if not note else "warning", f"{back}{note}.")

    def _restore(self, saved: dict) -> None:
        results = [r for r in saved.get("progress", ()) if isinstance(r, dict) and "id" in r]
        self.progress.restore(results)
        answers = saved.get("answers")
        self.answers = dict(answers) if isinstance(answers, dict) else {}
        self.share = bool(saved.get("share"))
        rows = saved.get("rows")
        self.rows = list(rows) if isinstance(rows, list) else []
        self.exported = bool(saved.get("exported"))

    def export(self, share: bool | None = None) -> Status:
        """Write the participant file with the anonymised personal log, if there is one.

        A log that cannot be read, or rows of it, are left out with a note; the exercise
        results always go in.
        """
        from followkit.workshop._collect import anonymize, anonymous_rows, read_participant_log

        if share is not None:
            self.share = bool(share)
        notes: list[str] = []
        if self.log_path is None or not self.log_path.exists():
            notes.append("No follow-up log of yours was found, so only your exercise results "
                         "go in.")
            self.rows = []
        else:
            frame, notes = read_participant_log(self.log_path)
            try:
                self.rows = [] if frame is None else anonymous_rows(anonymize(frame, self.salt))
            except WorkshopError as exc:
                self.rows = []
                notes.append(f"Your follow-up log was left out ({exc.message}).")
        self.exported = True
        try:
            self.path = self._write_drop_file()
            if self.session_folder is not None:
                save_session(self.session_folder, self.participant, self.state(),
                             saved_at=self.clock())
        except WorkshopError as exc:
            return Status("error", f"Nothing exported: {exc}")
        level = "warning" if any(n.startswith(("Row", "Your follow-up log")) for n in notes) \
            else "ok"
        return Status(level, " ".join(notes))
