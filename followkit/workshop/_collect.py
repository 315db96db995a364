"""Workshop participant files: anonymise a follow-up log, export one file, load a cohort.

A participant file is one JSON document (format ``followkit-workshop-participant``,
version 1; docs/workshop.md describes every field)::

    {"format": "followkit-workshop-participant", "version": 1,
     "participant": "p-1a2b3c4d", "exported_at": "2026-11-26T16:05:00+00:00",
     "exercises": [{"id": "letter:pushy", "kind": "letter", "attempts": 4, "done": true,
                    "first_try": false, "found_first": ["FK106", "FK303"], "remaining": [],
                    "status": null, "hours": null}, ...],
     "log": [{"followup_id": "9c0f…", "interview_id": "…", "company": "…", "position": "…",
              "interviewer": "…", "interviewer_role": "panel", "channel": "email",
              "agreed_channel": "email", "interview_end": "2026-11-19T15:30:00-06:00",
              "sent_at": "…", "response_at": null, "outcome": "none"}, ...]}

Names, companies, positions and ids are salted hashes; notes and any other column are
dropped; the letter texts a participant wrote are never kept. Times and channels stay.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from followkit._atomic import write_atomic
from followkit.errors import LogError, TimingError, WorkshopError
from followkit.timing import parse_aware
from followkit.workshop._participant_file import (
    ANONYMOUS_COLUMNS,
    CHOICE_COLUMNS,
    HASHED_COLUMNS,
    PARTICIPANT_FORMAT,
    TIME_COLUMNS,
    read_participant,
)

__all__ = [
    "Cohort",
    "anonymize",
    "anonymous_letter",
    "anonymous_rows",
    "export_participant",
    "load_cohort",
    "new_salt",
    "participant_record",
    "read_participant_log",
]

_REQUIRED = ("interview_id", "interviewer", "channel", "interview_end")


#: How many rows a participant's log may lose before the export gives up on the log.
_MAX_SKIPPED_ROWS = 1000


def read_participant_log(path: str | Path):
    """A participant's own follow-up log for the export: ``(frame or None, notes)``.

    Unlike :func:`followkit.read_log`, one row that cannot be read costs that row only: it is
    left out and ``notes`` says which row and why, in plain words. A role followkit does not
    know ("VP of Sales") becomes ``other``, as the export would make it anyway. A log that
    cannot be read at all gives ``None`` and one note; the exercise results never depend on it.
    """
    from followkit.log import local_zone
    from followkit.log._dialects import read_text_frame
    from followkit.log._schema import ROLES, typed_log

    path = Path(path)
    notes: list[str] = []
    try:
        raw, _ = read_text_frame(path)
    except LogError as exc:
        return None, [f"Your follow-up log could not be read ({exc.message}); "
                      "it was left out."]
    if "interviewer_role" in raw.columns:
        role = raw["interviewer_role"]
        named = role.notna() & (role.astype("string").str.strip() != "")
        known = role.astype("string").str.lower().str.replace("_", " ").str.split().str.join(
            " ").isin(ROLES)
        raw = raw.assign(interviewer_role=role.where(~(named & ~known).fillna(False), "other"))
    zone = local_zone()
    for _ in range(_MAX_SKIPPED_ROWS):
        try:
            frame, _assumed = typed_log(raw, path=path, tz=zone)
            return frame, notes
        except LogError as exc:
            if exc.row is None or exc.row < 2 or (exc.row - 2) not in raw.index:
                notes.append(f"Your follow-up log could not be read ({exc.message}); it was "
                             "left out.")
                return None, notes
            where = f"column {exc.column}: " if exc.column else ""
            notes.append(f"Row {exc.row} of your log was left out ({where}{exc.message})")
            raw = raw.drop(index=exc.row - 2)
    notes.append(f"Your follow-up log has over {_MAX_SKIPPED_ROWS} rows that cannot be read; "
                 "it was left out.")
    return None, notes


def _digest(salt: str, column: str, value: str) -> str:
    message = f"{column}\x00{' '.join(value.split()).casefold()}".encode()
    return hmac.new(salt.encode(), message, hashlib.sha256).hexdigest()[:16]


def anonymize(log, salt: str):
    """An anonymised copy of a follow-up log (a DataFrame with the log's columns).

    ``followup_id``, ``interview_id``, ``company``, ``position`` and ``interviewer`` become
    salted hashes (HMAC-SHA256, 16 hex digits; equal names give equal hashes, so interviews and
    people can still be counted); ``interviewer_role``, ``channel``, ``agreed_channel`` and
    ``outcome`` are kept when they are one of the known values; the times are kept; ``notes``
    and every other column are dropped. Keep ``salt`` secret: anyone who has it can test
    guesses against the hashes.
    """
    import pandas as pd

    if not isinstance(salt, str) or len(salt) < 8:
        raise WorkshopError("the salt must be a text of at least 8 characters; leave it to "
                            "followkit (new_salt()) unless your facilitator gave you one.")
    missing = [c for c in _REQUIRED if c not in log.columns]
    if missing:
        raise WorkshopError(f"the log has no column {', '.join(map(repr, missing))}; expected "
                            "a follow-up log as read_log returns it.")
    out = pd.DataFrame(index=log.index)
    for column in HASHED_COLUMNS:
        values = log[column] if column in log.columns else pd.Series(None, index=log.index)
        present = (values.astype("string").str.strip().fillna("") != "")
        unique = values[present].astype(str).unique()
        table = {value: _digest(salt, column, value) for value in unique}
        hashed = pd.Series([None] * len(log), index=log.index, dtype="object")
        hashed[present.to_numpy(dtype=bool)] = values[present].astype(str).map(table)
        out[column] = hashed
    for column, allowed in CHOICE_COLUMNS.items():
        values = log[column] if column in log.columns else pd.Series(None, index=log.index)
        text = values.astype("string").str.strip().str.lower().fillna("")
        known = text.isin(allowed).to_numpy(dtype=bool)
        result = pd.Series([None] * len(log), index=log.index, dtype="object")
        result[known] = text[known].astype("object")
        if column == "interviewer_role":
            result[~known & (text != "").to_numpy(dtype=bool)] = "other"
        out[column] = result
    for column in TIME_COLUMNS:
        out[column] = _times(log[column], column) if column in log.columns else None
    return out.loc[:, list(ANONYMOUS_COLUMNS)].reset_index(drop=True)


def _times(values, column: str):
    """A time column as it is, or text parsed as ISO 8601: free text never passes as a time."""
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(values):
        return values
    parsed: list[datetime | None] = []
    for row, value in enumerate(values, start=2):
        if value is None or (not isinstance(value, datetime) and pd.isna(value)) or value == "":
            parsed.append(None)
        elif isinstance(value, datetime):
            parsed.append(value)
        else:
            try:
                parsed.append(parse_aware(str(value), column))
            except TimingError as exc:
                raise WorkshopError(f"row {row}, column {column!r}: {exc.message}") from None
    return pd.Series(parsed, index=values.index, dtype="object")


def _iso(value) -> str | None:
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, str):
        return value or None
    return value.isoformat()


def anonymous_rows(anonymous_log) -> list[dict]:
    """An anonymised log (from :func:`anonymize`) as the JSON rows of a participant file."""
    if anonymous_log is None:
        return []
    return [{c: (_iso(row[c]) if c in TIME_COLUMNS else row[c]) for c in ANONYMOUS_COLUMNS}
            for row in anonymous_log.to_dict("records")]


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d ().-]{6,}\d")


def anonymous_letter(text: str) -> str:
    """A letter fit for the projector: the signature, email addresses and phone numbers masked.

    The masks are ordinary values (``name@example.com``, ``555-0100``, ``A. Participant``), so
    the checker reads the letter as it was and finds no placeholder.
    """
    from followkit.checks import parse_letter

    parsed = parse_letter(text)
    lines = text.splitlines()
    for line in parsed.signature:
        if 0 < line.number <= len(lines) and line.text:
            lines[line.number - 1] = "A. Participant" if line is parsed.signature[0] else ""
    masked = "\n".join(lines).rstrip() + "\n"
    return _PHONE.sub("555-0100", _EMAIL.sub("name@example.com", masked))


def participant_record(results: list[dict], anonymous_log, *, participant: str,
                       exported_at: datetime, shared: list[dict] | None = None,
                       rows: list[dict] | None = None) -> dict:
    """The JSON document of one participant file (see the module docstring).

    ``rows`` are already-anonymised log rows (instead of ``anonymous_log``); ``shared`` are
    the letters the participant agreed to show on the projector (``exercise``, ``text``); they
    go in through :func:`anonymous_letter`.
    """
    record = {
        "format": PARTICIPANT_FORMAT[0], "version": PARTICIPANT_FORMAT[1],
        "participant": participant, "exported_at": exported_at.isoformat(),
        "exercises": results,
        "log": rows if rows is not None else anonymous_rows(anonymous_log),
    }
    if shared:
        record["shared"] = [{"exercise": item["exercise"], "text": anonymous_letter(item["text"])}
                            for item in shared]
    return record


def new_salt() -> str:
    """A fresh random salt (32 hex digits) that stays on the participant's machine."""
    return secrets.token_hex(16)


def export_participant(folder: str | Path, results: list[dict], log, salt: str, *,
                       exported_at: datetime, participant: str | None = None,
                       shared: list[dict] | None = None,
                       rows: list[dict] | None = None) -> Path:
    """Write one participant file into ``folder`` atomically; return its path.

    ``log`` is the participant's own follow-up log (or None); it is anonymised with ``salt``.
    The same ``participant`` always writes the same file name, so exporting again replaces the
    earlier file. ``rows`` and ``shared``: see :func:`participant_record`.
    """
    participant = participant or f"p-{secrets.token_hex(8)}"
    anonymous = None if log is None else anonymize(log, salt)
    record = participant_record(results, anonymous, participant=participant,
                                exported_at=exported_at, shared=shared, rows=rows)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"workshop-{participant}.json"
        write_atomic(path, json.dumps(record, ensure_ascii=False, indent=1))
        path.chmod(0o644)  # a shared drop folder: the facilitator, another user, reads it
    except OSError as exc:
        raise WorkshopError(f"could not write the export ({exc.strerror or exc}); choose a "
                            "folder you can write to.", path=folder) from None
    return path


@dataclass(frozen=True)
class Cohort:
    """A workshop cohort as the facilitator's view uses it.

    ``participants``: one row per participant file read (participant, file, exported_at,
    exercises, followups). ``exercises``: one row per participant and exercise (the fields of
    the file's ``exercises`` entries). ``log``: every anonymised follow-up, with a
    ``participant`` column and the times as UTC timestamps. ``unreadable``: (file name, reason)
    for each file that was skipped. ``shared``: the letters participants agreed to show on the
    projector, as (participant, exercise id, text).
    """

    participants: Any
    exercises: Any
    log: Any
    unreadable: tuple[tuple[str, str], ...]
    shared: tuple[tuple[str, str, str], ...] = ()

    @classmethod
    def empty(cls, unreadable=()) -> Cohort:
        """A cohort with no participant, e.g. to show why a folder could not be read."""
        return _cohort({}, list(unreadable))


def load_cohort(folder: str | Path, *, progress=None) -> Cohort:
    """Read every participant file (``*.json``) in ``folder`` into one :class:`Cohort`.

    A file that cannot be used is skipped and listed in ``unreadable`` with the reason; so is
    an older export of a participant who exported twice (the newest is kept). ``progress``
    wraps the file list, e.g. ``tqdm.notebook.tqdm``; it is called as ``progress(files,
    total=n, ...)``.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise WorkshopError("is not a folder; expected the folder the participant files were "
                            "collected in.", path=folder)
    paths = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if progress is not None:
        paths = progress(paths, total=len(paths), desc="Reading participant files", unit="file")
    docs: dict[str, dict] = {}
    unreadable: list[tuple[str, str]] = []
    for path in paths:
        if path.suffix.lower() != ".json":
            unreadable.append((path.name, "is not a .json participant file."))
            continue
        try:
            doc = read_participant(path)
        except WorkshopError as exc:
            unreadable.append((path.name, exc.message))
            continue
        doc["file"] = path.name
        kept = docs.get(doc["participant"])
        if kept is not None:
            older, doc = sorted((kept, doc), key=lambda d: _when(d["exported_at"]))
            unreadable.append((older["file"], f"an older export of {doc['participant']} "
                               f"(the newer one, {doc['file']}, is used)."))
        docs[doc["participant"]] = doc
    return _cohort(docs, unreadable)


def _cohort(docs: dict[str, dict], unreadable: list[tuple[str, str]]) -> Cohort:
    import pandas as pd

    participants = pd.DataFrame(
        [{"participant": d["participant"], "file": d["file"], "exported_at": d["exported_at"],
          "exercises": len(d["exercises"]), "followups": len(d["log"])} for d in docs.values()],
        columns=["participant", "file", "exported_at", "exercises", "followups"])
    participants["exported_at"] = _utc(participants["exported_at"])
    exercises = pd.DataFrame([{"participant": p, **e} for p, d in docs.items()
                              for e in d["exercises"]],
                             columns=["participant", *_EXERCISE_COLUMNS])
    log = pd.DataFrame([{"participant": p, **row} for p, d in docs.items() for row in d["log"]],
                       columns=["participant", *ANONYMOUS_COLUMNS])
    for column in TIME_COLUMNS:
        log[column] = _utc(log[column])
    shared = tuple((p, s["exercise"], s["text"]) for p, d in docs.items()
                   for s in d.get("shared", ()))
    return Cohort(participants, exercises, log, tuple(sorted(unreadable)), shared)


_EXERCISE_COLUMNS = ("id", "kind", "attempts", "done", "first_try", "found_first", "remaining",
                     "status", "hours", "answer")


def _when(text: str) -> datetime:
    return parse_aware(text, "time")


def _utc(values):
    import pandas as pd

    return pd.to_datetime(values, utc=True, format="ISO8601")
