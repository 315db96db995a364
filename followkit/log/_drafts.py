"""Your interviews: every coaching form a person started, kept as they type, beside the log.

One JSON file (``drafts.json`` in the log's folder, git-ignored: personal data) holds one
entry per interview: the form as plain data, the letters the person edited (by interviewer
row; ``None`` where the letter is still the one written from the form), and the log id the
interview was saved under. :func:`interview_states` says, for each, what is left to do
("2 letters to send, window closes in 5 h"; "all sent"), newest first.

Writes are atomic (temp file, fsync, rename). The file is bounded (:data:`MAX_INTERVIEWS`
entries, :data:`MAX_TEXT` characters a field); the oldest entries go first. A damaged file is
never overwritten: it is set aside (``drafts.json.damaged-<time>``) and a plain note says so;
one damaged entry is left out, the others load. Pure but for :meth:`DraftStore.load` and
:meth:`DraftStore.save`; no widgets, no clock (pass ``now``).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

from followkit._atomic import write_atomic
from followkit._names import slug
from followkit.timetext import relative_time
from followkit.timing import parse_aware, parse_zone, send_window

__all__ = [
    "DRAFTS_FILE",
    "MAX_INTERVIEWS",
    "MAX_TEXT",
    "DraftStore",
    "InterviewState",
    "drafts_path",
    "entry_followup_ids",
    "form_from_json",
    "form_to_json",
    "interview_states",
    "sent_followup_ids",
]

#: The drafts file's name, in the log's folder.
DRAFTS_FILE = "drafts.json"
#: At most this many interviews are kept (the least recently changed go first).
MAX_INTERVIEWS = 200
#: A field or a letter longer than this is cut (a follow-up letter is a few hundred words).
MAX_TEXT = 20_000
_VERSION = 1
_MAX_ROWS = 30
#: The form's fields that hold a day (kept as ISO text, "2026-11-20").
_DAYS = ("date", "next_step_by")


def drafts_path(log_path) -> Path:
    """Where the drafts of the log at ``log_path`` live: ``drafts.json`` beside it."""
    return Path(log_path).with_name(DRAFTS_FILE)


def _text(value) -> str:
    return str(value or "")[:MAX_TEXT]


#: The one candidate choice a draft keeps: contact details in the body too.
_IN_BODY = "contact_in_body"


def form_to_json(values: dict) -> dict:
    """The coaching form's values as JSON-able data (dates as ISO text; row keys dropped)."""
    out: dict[str, object] = {key: _text(value) for key, value in values.items()
           if key not in ("time", "interviewers", "candidate", *_DAYS)}
    clock = values.get("time")
    for key in _DAYS:
        out[key] = values[key].isoformat() if isinstance(values.get(key), date) else None
    out["time"] = clock.strftime("%H:%M") if isinstance(clock, time) else None
    out["interviewers"] = [{k: _text(v) for k, v in row.items() if k != "key"}
                           for row in (values.get("interviewers") or [])[:_MAX_ROWS]]
    # the person's details live in their profile; only this choice is the interview's
    out[_IN_BODY] = bool((values.get("candidate") or {}).get(_IN_BODY))
    return out


def form_from_json(data: dict) -> dict:
    """The inverse of :func:`form_to_json` (bad dates become empty fields, never an error)."""
    values: dict[str, object] = {key: _text(value) for key, value in data.items()
              if key not in ("time", "interviewers", _IN_BODY, *_DAYS)
              and not isinstance(value, dict)}
    values["candidate"] = {_IN_BODY: data.get(_IN_BODY) is True}
    for key in _DAYS:
        try:
            values[key] = date.fromisoformat(data[key]) if data.get(key) else None
        except (TypeError, ValueError):
            values[key] = None
    try:
        values["time"] = time.fromisoformat(data["time"]) if data.get("time") else None
    except (TypeError, ValueError):
        values["time"] = None
    rows = data.get("interviewers") or []
    values["interviewers"] = [{k: _text(v) for k, v in row.items()}
                              for row in rows if isinstance(row, dict)]
    return values


def _ended_at(form: dict) -> datetime | None:
    """When the interview ended, if the form says it fully (date, time and an IANA zone)."""
    try:
        day = date.fromisoformat(form.get("date") or "")
        clock = time.fromisoformat(form.get("time") or "")
        return parse_aware(datetime.combine(day, clock.replace(tzinfo=None)),
                           zone=parse_zone(form.get("timezone") or ""))
    except (TypeError, ValueError):  # TimingError too: a zone or time that is not one
        return None


def entry_followup_ids(entry: dict) -> list[str]:
    """The log ids the entry's follow-ups have (or will have once saved to the log)."""
    form = entry.get("form") or {}
    key = entry.get("log_key")
    if not key:
        ended = _ended_at(form)
        if ended is None:
            return []
        key = f"{ended:%Y-%m-%d-%H%M}-{slug(form.get('company') or '')}"
    names = [row.get("name", "") for row in form.get("interviewers") or []]
    return [f"{key}-{slug(name)}" for name in names if name.strip()]


@dataclass(frozen=True)
class InterviewState:
    """One line of the picker: which interview, and what is left to do."""

    id: str
    title: str
    state: str
    updated: str

    @property
    def label(self) -> str:
        """``"Harlow & Pike LLP · Senior Staff Accountant, Thu 19 Nov — all sent"``."""
        return f"{self.title} — {self.state}"


def _title(form: dict) -> str:
    company = (form.get("company") or "").strip() or "(no company yet)"
    position = (form.get("position") or "").strip()
    ended = _ended_at(form)
    when = f", {ended:%a} {ended.day} {ended:%b}" if ended else ""
    return f"{company}{' · ' + position if position else ''}{when}"


def _state(entry: dict, sent_ids: set[str], now: datetime) -> str:
    form = entry.get("form") or {}
    names = [row.get("name", "") for row in form.get("interviewers") or []
             if row.get("name", "").strip()]
    ids = entry_followup_ids(entry)
    to_send = sum(i not in sent_ids for i in ids) if ids else len(names)
    if names and ids and not to_send:
        return "all sent"
    if not names:
        return "not finished: nobody to write to yet"
    letters = f"{to_send} letter{'s' if to_send != 1 else ''} to send"
    ended = _ended_at(form)
    if ended is None:
        return f"{letters}; the interview's time is not filled in"
    window = send_window(ended, form.get("channel") or "email")
    if window.latest <= now:
        return f"{letters}, window closed {relative_time(window.latest, now)} (still worth it)"
    return f"{letters}, window closes {relative_time(window.latest, now)}"


def interview_states(entries: list[dict], sent_ids: set[str], now: datetime
                     ) -> list[InterviewState]:
    """Every interview with its state, the most recently changed first.

    ``sent_ids``: the log's follow-up ids that have a send time.
    """
    ordered = sorted(entries, key=_recency, reverse=True)
    return [InterviewState(e["id"], _title(e.get("form") or {}), _state(e, sent_ids, now),
                           e.get("updated") or "") for e in ordered]


def _recency(entry: dict) -> tuple[str, int]:
    """Sort key: the time of the last change, then the order of the changes (same minute)."""
    seq = entry.get("seq")
    return (entry.get("updated") or "", seq if isinstance(seq, int) else 0)


def _valid(entry) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("id"), str)
            and isinstance(entry.get("form"), dict)
            and isinstance(entry.get("letters", []), list))


@dataclass
class DraftStore:
    """The interviews of one drafts file, by id; ``notes`` says what was wrong when loading."""

    path: Path
    entries: dict[str, dict] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path, now: datetime) -> DraftStore:
        """Read the file (none yet: an empty store); never raises for a damaged file."""
        path = Path(path)
        store = cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return store
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            store._set_aside(now, f"it could not be read ({exc})")
            return store
        items = data.get("interviews") if isinstance(data, dict) else None
        if not isinstance(items, list):
            store._set_aside(now, "it does not hold a list of interviews")
            return store
        bad = 0
        for entry in items:
            if _valid(entry):
                store.entries[entry["id"]] = entry
            else:
                bad += 1
        if bad:
            store.notes.append(f"{bad} saved interview{'s' if bad > 1 else ''} in {path} "
                               "could not be read and {} left out; the others are here."
                               .format("was" if bad == 1 else "were"))
        return store

    def _set_aside(self, now: datetime, why: str) -> None:
        aside = self.path.with_name(f"{self.path.name}.damaged-{now:%Y%m%d-%H%M%S}")
        try:
            self.path.replace(aside)
            where = f"It was kept as {aside}."
        except OSError:
            where = "It was left as it is."
        self.notes.append(f"Your saved interviews in {self.path} could not be used: {why}. "
                          f"{where} New work is saved in a fresh file.")

    def new_id(self, now: datetime) -> str:
        """A fresh id: the time it was started and a few random letters."""
        return f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"

    def newest(self) -> dict | None:
        """The most recently changed interview, or None."""
        if not self.entries:
            return None
        return max(self.entries.values(), key=_recency)

    def put(self, entry_id: str, form: dict, letters: list[str | None], now: datetime,
            *, log_key: str | None = None) -> bool:
        """Keep the interview's form and letters; True when something changed (then save)."""
        old = self.entries.get(entry_id)
        letters = [None if text is None else _text(text) for text in letters[:_MAX_ROWS]]
        stamp = now.astimezone(UTC).isoformat(timespec="seconds")
        key = log_key or (old or {}).get("log_key")
        if old and old["form"] == form and old.get("letters") == letters \
                and old.get("log_key") == key:
            return False
        self.entries[entry_id] = {
            "id": entry_id, "created": (old or {}).get("created") or stamp,
            "updated": stamp, "form": form, "letters": letters, "log_key": key,
            "seq": max((_recency(e)[1] for e in self.entries.values()), default=0) + 1}
        self._bound()
        return True

    def _bound(self) -> None:
        if len(self.entries) > MAX_INTERVIEWS:
            ordered = sorted(self.entries.values(), key=_recency)
            for entry in ordered[:len(self.entries) - MAX_INTERVIEWS]:
                del self.entries[entry["id"]]

    def save(self) -> Path:
        """Write every interview atomically (the old file stays whole on error)."""
        data = {"version": _VERSION, "interviews": list(self.entries.values())}
        return write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def sent_followup_ids(log_path) -> set[str]:
    """The ids of the log's follow-ups that have a send time (no log yet: none)."""
    import warnings

    from followkit.log._store import read_log

    path = Path(log_path)
    if not path.is_file() or not path.stat().st_size:
        return set()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        log = read_log(path)
    return set(log.loc[log["sent_at"].notna().to_numpy(), "followup_id"])
