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
from datetime import datetime
from pathlib import Path

from followkit._atomic import write_atomic
from followkit.errors import WorkshopError

__all__ = ["SESSION_FORMAT", "load_session", "new_participant_id", "save_session",
           "valid_participant_id"]

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
