"""The workshop participant file: its fields, and reading one back with a reason when it fails.

Format ``followkit-workshop-participant``, version 1 (docs/workshop.md shows an example).
:func:`read_participant` checks every field a facilitator's view relies on and raises
:class:`~followkit.errors.WorkshopError` saying which field of which entry is wrong, so one bad
file can be listed and skipped while the rest of the cohort loads.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from followkit.errors import WorkshopError
from followkit.model import CHANNELS
from followkit.timing import STATUSES
from followkit.workshop._exercises import EXERCISE_KINDS

__all__ = [
    "ANONYMOUS_COLUMNS",
    "CHOICE_COLUMNS",
    "HASHED_COLUMNS",
    "MAX_FILE_BYTES",
    "PARTICIPANT_FORMAT",
    "TIME_COLUMNS",
    "read_participant",
]

#: The ``format`` name and ``version`` every participant file declares.
PARTICIPANT_FORMAT = ("followkit-workshop-participant", 1)
#: Log columns replaced by a salted hash.
HASHED_COLUMNS = ("followup_id", "interview_id", "company", "position", "interviewer")
#: Log columns holding times, kept as they are (ISO 8601 with offset).
TIME_COLUMNS = ("interview_end", "sent_at", "response_at")
#: Log columns kept when the value is one of a fixed vocabulary.
CHOICE_COLUMNS = {
    "interviewer_role": ("hiring manager", "department head", "recruiter", "panel", "other"),
    "channel": CHANNELS,
    "agreed_channel": CHANNELS,
    "outcome": ("none", "second_interview", "offer", "rejected"),
}
#: The columns of an anonymised log, in order; every other column (notes!) is dropped.
ANONYMOUS_COLUMNS = (*HASHED_COLUMNS, *CHOICE_COLUMNS, *TIME_COLUMNS)
#: A participant file is a few kilobytes; anything over this is not one.
MAX_FILE_BYTES = 5_000_000

_EXERCISE_FIELDS = ("id", "kind", "attempts", "done", "first_try", "found_first", "remaining",
                    "status", "hours")


def read_participant(path: str | Path) -> dict:
    """Read and check one participant file; return its document with validated fields.

    Raises WorkshopError naming the file and what is wrong (not JSON, another format, a newer
    version, a bad field in ``exercises[3]`` or ``log[2]``).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise WorkshopError(f"is {size / 1e6:.1f} MB, too large for a participant file "
                                f"(they are a few kB).", path=path)
        raw = path.read_bytes()
    except OSError as exc:
        raise WorkshopError(f"cannot be read ({exc.strerror or exc}).", path=path) from None
    try:
        doc = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise WorkshopError("is not text (not UTF-8); expected a JSON participant file.",
                            path=path) from None
    except json.JSONDecodeError as exc:
        raise WorkshopError(f"is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                            f"{exc.msg}); it may be cut short or edited by hand.",
                            path=path) from None
    try:
        return _document(doc)
    except ValueError as exc:
        raise WorkshopError(str(exc), path=path) from None


def _document(doc: object) -> dict:
    if not isinstance(doc, dict) or doc.get("format") != PARTICIPANT_FORMAT[0]:
        found = doc.get("format") if isinstance(doc, dict) else type(doc).__name__
        raise ValueError(f"is not a followkit workshop file (format {found!r}; expected "
                         f"{PARTICIPANT_FORMAT[0]!r}).")
    version = doc.get("version")
    if isinstance(version, int) and version > PARTICIPANT_FORMAT[1]:
        raise ValueError(f"was made by a newer followkit (version {version}); update "
                         "followkit to read it.")
    if version != PARTICIPANT_FORMAT[1]:
        raise ValueError(f"has version {version!r}; expected {PARTICIPANT_FORMAT[1]}.")
    participant = doc.get("participant")
    if not isinstance(participant, str) or not participant.strip():
        raise ValueError("participant: expected a non-empty id such as 'p-1a2b3c4d'.")
    _time(doc.get("exported_at"), "exported_at", required=True)
    exercises = _list(doc, "exercises")
    log = _list(doc, "log")
    shared = doc.get("shared", [])
    if not isinstance(shared, list):
        raise ValueError(f"shared: expected a list, got {type(shared).__name__}.")
    checked = {**doc,
               "exercises": [_exercise(e, f"exercises[{i}]") for i, e in enumerate(exercises)],
               "log": [_log_row(r, f"log[{i}]") for i, r in enumerate(log)]}
    if "shared" in doc:
        checked["shared"] = [_shared(s, f"shared[{i}]") for i, s in enumerate(shared)]
    return checked


#: The longest shared letter a file may carry (a follow-up is a few hundred words).
MAX_SHARED_CHARS = 6000


def _shared(entry: object, where: str) -> dict:
    """A letter the participant agreed to show on the projector: ``exercise`` and ``text``."""
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: expected an object, got {type(entry).__name__}.")
    exercise, text = entry.get("exercise"), entry.get("text")
    if not isinstance(exercise, str) or not exercise:
        raise ValueError(f"{where}.exercise: expected an exercise id such as 'letter:pushy'.")
    if not isinstance(text, str) or len(text) > MAX_SHARED_CHARS:
        raise ValueError(f"{where}.text: expected the letter's text, at most "
                         f"{MAX_SHARED_CHARS} characters.")
    return {"exercise": exercise, "text": text}


def _list(doc: dict, key: str) -> list:
    value = doc.get(key)
    if not isinstance(value, list):
        raise ValueError(f"{key}: expected a list, got {type(value).__name__}.")
    return value


def _time(value: object, where: str, *, required: bool) -> datetime | None:
    if value is None and not required:
        return None
    try:
        when = datetime.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{where}: {value!r} is not an ISO 8601 time with an offset, such "
                         "as 2026-11-19T15:30:00-06:00.") from None
    if when.tzinfo is None:
        raise ValueError(f"{where}: {value!r} has no UTC offset.")
    return when


def _codes(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
        raise ValueError(f"{where}: expected a list of rule codes such as ['FK101'].")
    return value


def _exercise(entry: object, where: str) -> dict:
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: expected an object, got {type(entry).__name__}.")
    missing = [k for k in _EXERCISE_FIELDS if k not in entry]
    if missing:
        raise ValueError(f"{where}: missing {', '.join(missing)}.")
    if entry["kind"] not in EXERCISE_KINDS:
        raise ValueError(f"{where}.kind: {entry['kind']!r} is not one of "
                         f"{', '.join(EXERCISE_KINDS)}.")
    if not isinstance(entry["attempts"], int) or entry["attempts"] < 0:
        raise ValueError(f"{where}.attempts: expected a count, got {entry['attempts']!r}.")
    if entry["status"] is not None and entry["status"] not in STATUSES:
        raise ValueError(f"{where}.status: {entry['status']!r} is not one of "
                         f"{', '.join(STATUSES)}.")
    if entry["hours"] is not None and not isinstance(entry["hours"], int | float):
        raise ValueError(f"{where}.hours: expected a number of hours, got {entry['hours']!r}.")
    answer = entry.get("answer")
    if answer is not None and (not isinstance(answer, int) or isinstance(answer, bool)
                               or answer < 0):
        raise ValueError(f"{where}.answer: expected the number of the choice picked (0 for "
                         f"the first), got {answer!r}.")
    return {k: entry[k] for k in _EXERCISE_FIELDS} | (
        {"answer": answer} if "answer" in entry else {}) | {
        "done": bool(entry["done"]), "first_try": bool(entry["first_try"]),
        "found_first": _codes(entry["found_first"], f"{where}.found_first"),
        "remaining": _codes(entry["remaining"], f"{where}.remaining"),
    }


def _log_row(row: object, where: str) -> dict:
    if not isinstance(row, dict):
        raise ValueError(f"{where}: expected an object, got {type(row).__name__}.")
    for key in ("interview_id", "interviewer", "channel", "interview_end"):
        if not row.get(key):
            raise ValueError(f"{where}.{key}: missing; every follow-up needs it.")
    if row["channel"] not in CHANNELS:
        raise ValueError(f"{where}.channel: {row['channel']!r} is not one of "
                         f"{', '.join(CHANNELS)}.")
    end = _time(row["interview_end"], f"{where}.interview_end", required=True)
    sent = _time(row.get("sent_at"), f"{where}.sent_at", required=False)
    _time(row.get("response_at"), f"{where}.response_at", required=False)
    if sent is not None and sent < end:
        raise ValueError(f"{where}.sent_at: {row['sent_at']} is before the interview ended "
                         f"({row['interview_end']}).")
    return {c: row.get(c) for c in ANONYMOUS_COLUMNS}
