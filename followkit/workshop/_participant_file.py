"""The workshop participant file: its fields, and reading one back with a reason when it fails.

Format ``followkit-workshop-participant``, version 1 (docs/workshop.md shows an example).
:func:`read_participant` checks every field a facilitator's view relies on and raises
:class:`~followkit.errors.WorkshopError` saying which field of which entry is wrong, so one bad
file can be listed and skipped while the rest of the cohort loads.

A participant file comes from someone else's machine, so it is read within bounds: at most
:data:`MAX_FILE_BYTES`, nested at most 32 levels, no number over 30 digits
(:mod:`followkit._bounded_json`), and then checked against a strict pydantic model: the type
of every field, at most :data:`MAX_EXERCISES` exercises and :data:`MAX_LOG_ROWS` follow-ups,
ids and texts of bounded length, counts and hours in range.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path

from followkit._bounded_json import load_bounded
from followkit.errors import JSONBoundsError, WorkshopError
from followkit.log._schema import TIME_COLUMNS
from followkit.model import CHANNELS, OUTCOMES, ROLES
from followkit.timing import STATUSES, parse_aware
from followkit.workshop._exercises import EXERCISE_KINDS

__all__ = [
    "ANONYMOUS_COLUMNS",
    "CHOICE_COLUMNS",
    "HASHED_COLUMNS",
    "MAX_EXERCISES",
    "MAX_FILE_BYTES",
    "MAX_LOG_ROWS",
    "MAX_SHARED",
    "MAX_SHARED_CHARS",
    "PARTICIPANT_FORMAT",
    "TIME_COLUMNS",
    "read_participant",
]

#: The ``format`` name and ``version`` every participant file declares.
PARTICIPANT_FORMAT = ("followkit-workshop-participant", 1)
#: Log columns replaced by a salted hash.
HASHED_COLUMNS = ("followup_id", "interview_id", "company", "position", "interviewer")
#: Log columns kept when the value is one of a fixed vocabulary.
CHOICE_COLUMNS = {
    "interviewer_role": ROLES,
    "channel": CHANNELS,
    "agreed_channel": CHANNELS,
    "outcome": OUTCOMES,
}
# Log columns holding times (TIME_COLUMNS, from the log's schema) are kept as they are.
#: The columns of an anonymised log, in order; every other column (notes!) is dropped.
ANONYMOUS_COLUMNS = (*HASHED_COLUMNS, *CHOICE_COLUMNS, *TIME_COLUMNS)
#: A participant file is a few kilobytes; anything over this is not one.
MAX_FILE_BYTES = 2_000_000

#: The most exercise results one file may hold (a lesson has about twenty exercises).
MAX_EXERCISES = 200
#: The most follow-ups one file's log may hold.
MAX_LOG_ROWS = 2_000
#: The most times one exercise may have been checked.
MAX_ATTEMPTS = 10_000
#: The most letters one file may share for the projector, and the longest one.
MAX_SHARED = 20
MAX_SHARED_CHARS = 6000

_EXERCISE_FIELDS = ("id", "kind", "attempts", "done", "first_try", "found_first", "remaining",
                    "status", "hours")


#: What each field must be, as the error message says it (the bounds are in ``_models``).
_EXPECTED = {
    "format": f"{PARTICIPANT_FORMAT[0]!r}",
    "version": f"{PARTICIPANT_FORMAT[1]}",
    "participant": "a non-empty id such as 'p-1a2b3c4d'",
    "exported_at": "an ISO 8601 time such as 2026-11-26T16:05:00+00:00",
    "exercises": f"a list of at most {MAX_EXERCISES} exercise results",
    "log": f"a list of at most {MAX_LOG_ROWS:,} follow-ups",
    "exercise": "an exercise result {\"id\": ..., \"kind\": ...}",
    "id": "an exercise id (text of at most 100 characters) such as 'letter:pushy'",
    "kind": "an exercise kind such as 'letter'",
    "attempts": f"a count from 0 to {MAX_ATTEMPTS:,}",
    "done": "true or false",
    "first_try": "true or false",
    "found_first": "a list of rule codes such as ['FK101']",
    "remaining": "a list of rule codes such as ['FK101']",
    "status": "a status such as 'on_time', or null",
    "hours": "a number of hours (at most 100,000), or null",
    "row": "a follow-up {\"interview_id\": ..., ...}",
    "answer": "the number of the quiz choice picked (0 for the first), or null",
    "shared": f"a list of at most {MAX_SHARED} shared letters",
    "letter": "a shared letter {\"exercise\": ..., \"text\": ...}",
    "text": f"the letter's text, at most {MAX_SHARED_CHARS:,} characters",
    "value": "text of at most 200 characters, or null",
}


@cache
def _models():
    """The participant file's shape and bounds as a pydantic model (built on first use).

    pydantic (v2, strict) rather than jsonschema: it checks a file of 2,000 follow-ups in
    about a tenth of a second where jsonschema took seconds, and names the field the same way.
    """
    from typing import Annotated

    from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr

    def text(longest: int, shortest: int = 0):
        return Annotated[StrictStr, Field(min_length=shortest, max_length=longest)]

    codes = Annotated[list[text(20)], Field(max_length=200)]

    class Exercise(BaseModel):
        model_config = ConfigDict(strict=True)
        id: text(100, 1)
        kind: text(20)
        attempts: Annotated[StrictInt, Field(ge=0, le=MAX_ATTEMPTS)]
        done: StrictBool
        first_try: StrictBool
        found_first: codes
        remaining: codes
        status: text(20) | None
        hours: Annotated[float, Field(ge=-100_000, le=100_000, allow_inf_nan=False)] | None
        answer: Annotated[StrictInt, Field(ge=0, le=100)] | None = None

    class Shared(BaseModel):
        model_config = ConfigDict(strict=True)
        exercise: text(100, 1)
        text: text(MAX_SHARED_CHARS)

    class Participant(BaseModel):
        model_config = ConfigDict(strict=True)
        format: text(100)
        version: StrictInt
        participant: text(100, 1)
        exported_at: text(40)
        exercises: Annotated[list[Exercise], Field(max_length=MAX_EXERCISES)]
        log: Annotated[list[dict[text(100), text(200) | None]], Field(max_length=MAX_LOG_ROWS)]
        shared: Annotated[list[Shared], Field(max_length=MAX_SHARED)] = []

    return Participant


def _where(loc) -> str:
    """``("exercises", 3, "id")`` -> ``"exercises[3].id"``."""
    where = ""
    for part in loc:
        where += f"[{part}]" if isinstance(part, int) else f".{part}" if where else str(part)
    return where


def _check_shape(doc: dict) -> None:
    """The first place ``doc`` breaks the participant file's shape or bounds, as WorkshopError."""
    from pydantic import ValidationError

    try:
        _models().model_validate(doc)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        loc = error["loc"]
        if loc[:1] == ("log",) and len(loc) > 2:
            loc = loc[:3]  # the row and the column; what follows is pydantic's own
        where = _where(loc)
        if error["type"] == "missing":
            parent, field = _where(loc[:-1]) or "the file", loc[-1]
            raise WorkshopError(f"{parent}: missing {field}.") from None
        items = {"exercises": "exercise", "log": "row", "shared": "letter"}
        name = loc[-1] if isinstance(loc[-1], str) else items[str(loc[0])]
        if loc[0] == "shared" and name == "exercise":
            name = "id"
        expected = _EXPECTED["value" if loc[0] == "log" and len(loc) == 3 else name]
        value = error["input"]
        if error["type"] == "too_long":
            found = f"{len(value):,} entries"
        elif error["type"] == "string_too_long":
            found = f"{len(value):,} characters"
        else:
            found = f"{value!r:.60}"
        raise WorkshopError(f"{where}: expected {expected}, got {found}.") from None


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
        doc = load_bounded(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise WorkshopError("is not text (not UTF-8); expected a JSON participant file.",
                            path=path) from None
    except JSONBoundsError as exc:
        raise WorkshopError(str(exc), path=path) from None
    try:
        return _document(doc)
    except ValueError as exc:
        raise WorkshopError(str(exc), path=path) from None


def _document(doc: object) -> dict:
    if not isinstance(doc, dict) or doc.get("format") != PARTICIPANT_FORMAT[0]:
        found = doc.get("format") if isinstance(doc, dict) else type(doc).__name__
        raise WorkshopError(f"is not a followkit workshop file (format {found!r}; expected "
                            f"{PARTICIPANT_FORMAT[0]!r}).")
    version = doc.get("version")
    if isinstance(version, int) and version > PARTICIPANT_FORMAT[1]:
        raise WorkshopError(f"was made by a newer followkit (version {version}); update "
                            "followkit to read it.")
    if version != PARTICIPANT_FORMAT[1]:
        raise WorkshopError(f"has version {version!r}; expected {PARTICIPANT_FORMAT[1]}.")
    _check_shape(doc)
    if not doc["participant"].strip():
        raise WorkshopError("participant: expected a non-empty id such as 'p-1a2b3c4d'.")
    _time(doc.get("exported_at"), "exported_at", required=True)
    exercises = _list(doc, "exercises")
    log = _list(doc, "log")
    checked = {**doc,
               "exercises": [_exercise(e, f"exercises[{i}]") for i, e in enumerate(exercises)],
               "log": [_log_row(r, f"log[{i}]") for i, r in enumerate(log)]}
    if "shared" in doc:  # the letters the participant agreed to show (checked by the model)
        checked["shared"] = [{"exercise": s["exercise"], "text": s["text"]}
                             for s in doc["shared"]]
    return checked


def _list(doc: dict, key: str) -> list:
    value = doc.get(key)
    if not isinstance(value, list):
        raise WorkshopError(f"{key}: expected a list, got {type(value).__name__}.")
    return value


def _time(value: object, where: str, *, required: bool) -> datetime | None:
    if value is None and not required:
        return None
    return parse_aware(value, where)


def _codes(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
        raise WorkshopError(f"{where}: expected a list of rule codes such as ['FK101'].")
    return value


def _exercise(entry: object, where: str) -> dict:
    if not isinstance(entry, dict):
        raise WorkshopError(f"{where}: expected an object, got {type(entry).__name__}.")
    missing = [k for k in _EXERCISE_FIELDS if k not in entry]
    if missing:
        raise WorkshopError(f"{where}: missing {', '.join(missing)}.")
    if entry["kind"] not in EXERCISE_KINDS:
        raise WorkshopError(f"{where}.kind: {entry['kind']!r} is not one of "
                            f"{', '.join(EXERCISE_KINDS)}.")
    if not isinstance(entry["attempts"], int) or entry["attempts"] < 0:
        raise WorkshopError(f"{where}.attempts: expected a count, got {entry['attempts']!r}.")
    if entry["status"] is not None and entry["status"] not in STATUSES:
        raise WorkshopError(f"{where}.status: {entry['status']!r} is not one of "
                            f"{', '.join(STATUSES)}.")
    if entry["hours"] is not None and not isinstance(entry["hours"], int | float):
        raise WorkshopError(f"{where}.hours: expected a number of hours, got {entry['hours']!r}.")
    return {k: entry[k] for k in _EXERCISE_FIELDS} | (
        {"answer": entry["answer"]} if "answer" in entry else {}) | {
        "done": bool(entry["done"]), "first_try": bool(entry["first_try"]),
        "found_first": _codes(entry["found_first"], f"{where}.found_first"),
        "remaining": _codes(entry["remaining"], f"{where}.remaining"),
    }


def _log_row(row: object, where: str) -> dict:
    if not isinstance(row, dict):
        raise WorkshopError(f"{where}: expected an object, got {type(row).__name__}.")
    for key in ("interview_id", "interviewer", "channel", "interview_end"):
        if not row.get(key):
            raise WorkshopError(f"{where}.{key}: missing; every follow-up needs it.")
    if row["channel"] not in CHANNELS:
        raise WorkshopError(f"{where}.channel: {row['channel']!r} is not one of "
                            f"{', '.join(CHANNELS)}.")
    end = _time(row["interview_end"], f"{where}.interview_end", required=True)
    sent = _time(row.get("sent_at"), f"{where}.sent_at", required=False)
    _time(row.get("response_at"), f"{where}.response_at", required=False)
    if sent is not None and end is not None and sent < end:
        raise WorkshopError(f"{where}.sent_at: {row['sent_at']} is before the interview ended "
                            f"({row['interview_end']}).")
    return {c: row.get(c) for c in ANONYMOUS_COLUMNS}
