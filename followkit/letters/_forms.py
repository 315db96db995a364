"""Interview forms saved as JSON files: one form, one file.

The coaching notebook, the command line and ``data/examples/forms/`` share this format::

    {
      "company": "Harlow & Pike LLP",
      "position": "Senior Staff Accountant",
      "ended_at": "2026-11-19T15:30:00-06:00",      ISO 8601 with its UTC offset
      "timezone": "America/Chicago",                 optional IANA zone, attached to ended_at
      "interviewers": [{"name": "Dana Rivera", "title": "Controller", "email": "...",
                        "salutation": "Ms. Rivera", "topics": ["the ERP rollout"], "role": "",
                        "bring": "leading the close that went from ten days to six",
                        "skills": ["NetSuite"]}],
      "topics": ["..."], "skills": ["..."], "agreed_channel": "email",
      "other_companies": ["..."], "interview_id": "",
      "next_step": "send my references", "next_step_by": "2026-11-20", "locale": "en-US",
      "candidate": {"name": "Sam Lee", "email": "...", "phone": "...", "portfolio_url": "...",
                    "contact_in_body": false},
      "channel": "email", "sign_off": "Sincerely", "length": "standard"
    }

Only company, position, ended_at, interviewers (each with a name) and candidate (with a name)
are required. ``bring`` is what you would bring to that interviewer's topic, ``skills`` (per
interviewer) the skills that matter to them; ``next_step`` is what was agreed, with an optional
day ``next_step_by``; ``locale`` the dialect the letters are proofread in (``en-US``, the
default, or ``en-GB``); ``length`` is ``standard`` or ``brief``.

Bad input raises :class:`~followkit.errors.FormError` naming the file and the field. A form
is read within bounds (:data:`MAX_FORM_BYTES`, nesting 32 deep, numbers of at most 30 digits);
a UTF-8 byte order mark is accepted.
"""

from __future__ import annotations

import difflib
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from followkit._bounded_json import load_bounded
from followkit.errors import FormError, JSONBoundsError, TimingError
from followkit.letters._compose import validate_length, validate_sign_off
from followkit.model import LETTER_CHANNELS, Candidate, Interview, Interviewer, validate_channel
from followkit.timing import parse_aware, parse_zone

__all__ = ["FormFile", "load_form", "load_form_file"]

#: The largest form file read: a form is a few kB.
MAX_FORM_BYTES = 1_000_000
_FORM_KEYS = {
    "company", "position", "ended_at", "timezone", "interviewers", "topics", "skills",
    "agreed_channel", "other_companies", "interview_id", "candidate", "channel", "sign_off",
    "next_step", "next_step_by", "length", "locale",
}
_REQUIRED = ("company", "position", "ended_at", "interviewers", "candidate")
_INTERVIEWER_KEYS = {"name", "title", "email", "salutation", "topics", "role", "bring",
                     "skills"}
_CANDIDATE_KEYS = {"name", "email", "phone", "portfolio_url", "contact_in_body"}


def _object(value: object, keys: set[str], where: str) -> dict:
    """``value`` as a dict with only known keys; a typo gets a "did you mean" suggestion."""
    if not isinstance(value, dict):
        raise FormError(where or "form", f"expected a JSON object {{...}}, got {value!r:.60}.")
    for key in value:
        if key not in keys:
            near = difflib.get_close_matches(str(key), sorted(keys), n=1)
            hint = f"did you mean {near[0]!r}?" if near else f"use {', '.join(sorted(keys))}."
            raise FormError(f"{where}.{key}" if where else str(key),
                            f"is not a field of the form; {hint}")
    return value


def _lists_are_lists(fields: dict) -> dict:
    """Refuse a list field given as something else (a number, an object) before the model does."""
    for key in ("topics", "skills", "other_companies"):
        value = fields.get(key)
        if value is not None and not isinstance(value, (list, str)):
            raise FormError(
                key, f"expected a list of text such as [\"a\", \"b\"], got {value!r:.60}."
            )
    return fields


def _build(cls: type, fields: dict, where: str):
    """Make ``cls(**fields)``, naming the field as it sits in the file when it is refused."""
    try:
        return cls(**_lists_are_lists(fields))
    except FormError as exc:
        raise FormError(f"{where}.{exc.field}" if where else exc.field, exc.message) from None


def _ended_at(text: object, zone_name: object) -> datetime:
    """The form's ``ended_at``, read in its ``timezone`` when it has no offset of its own.

    With both an offset and a zone, they must agree (the zone then names the interview's zone).
    """
    try:
        zone = None if zone_name in (None, "") else parse_zone(zone_name)
    except TimingError as exc:
        raise FormError("timezone", exc.message) from None
    if not isinstance(text, str):
        raise FormError("ended_at", f"expected ISO 8601 text, got {text!r}.")
    try:
        when = parse_aware(text, zone=zone, zone_from='"timezone" (e.g. America/Chicago)')
    except TimingError as exc:
        raise FormError("ended_at", exc.message) from None
    if zone is None:
        return when
    local = when.astimezone(zone)
    if local.utcoffset() != when.utcoffset():
        raise FormError(
            "ended_at",
            f"{text!r} has offset {when:%z} but {zone_name} was at {local:%z} then "
            f"({local:%H:%M} local time); correct the offset or the time zone.",
        )
    return local


def _day(text: object) -> date:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise FormError("next_step_by", f"{text!r} is not a date; expected e.g. 2026-11-20.") \
            from None


def _interview(form: dict) -> Interview:
    missing = [key for key in _REQUIRED if key not in form]
    if missing:
        raise FormError(missing[0], "is missing; every form needs "
                        f"{', '.join(_REQUIRED)}.")
    people = form["interviewers"]
    if not isinstance(people, list):
        raise FormError("interviewers", f"expected a list of people, got {people!r:.60}.")
    interviewers = [
        _build(Interviewer, _object(person, _INTERVIEWER_KEYS, f"interviewers[{i}]"),
               f"interviewers[{i}]")
        for i, person in enumerate(people)
    ]
    fields = {key: form[key] for key in ("company", "position", "topics", "skills",
                                        "agreed_channel", "other_companies", "interview_id",
                                        "next_step", "locale")
              if key in form}
    if form.get("next_step_by") not in (None, ""):
        fields["next_step_by"] = _day(form["next_step_by"])
    return _build(Interview, {**fields, "interviewers": interviewers,
                              "ended_at": _ended_at(form["ended_at"], form.get("timezone"))}, "")


class FormFile(NamedTuple):
    """A form read from a file: what compose needs, with the person's choices."""

    interview: Interview
    candidate: Candidate
    channel: str
    sign_off: str
    length: str


def _parse(path: Path) -> FormFile:
    try:
        if path.stat().st_size > MAX_FORM_BYTES:
            raise FormError("form", f"is {path.stat().st_size / 1e6:.1f} MB; an interview form "
                            f"is a few kB (at most {MAX_FORM_BYTES // 1000:,} kB).")
        text = path.read_text(encoding="utf-8-sig")  # a UTF-8 BOM (Notepad) is fine
    except FileNotFoundError:
        raise FormError("form", "no such file; check the path.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FormError("form", f"cannot be read as UTF-8 text ({exc}).") from None
    try:
        form = load_bounded(text)
    except JSONBoundsError as exc:
        raise FormError("form", str(exc)) from None
    form = _object(form, _FORM_KEYS, "")
    interview = _interview(form)
    candidate = _build(Candidate, _object(form["candidate"], _CANDIDATE_KEYS, "candidate"),
                       "candidate")
    channel = validate_channel(form.get("channel", "email"), "channel", LETTER_CHANNELS)
    sign_off = validate_sign_off(form.get("sign_off", "Sincerely"))
    length = validate_length(form.get("length", "standard"))
    return FormFile(interview, candidate, channel, sign_off, length)


def load_form_file(path: str | Path) -> FormFile:
    """Read one interview form with every choice it holds, ``length`` included.

    Raises FormError like :func:`load_form`.
    """
    try:
        return _parse(Path(path))
    except FormError as exc:
        raise FormError(exc.field, exc.message, path=path) from None


def load_form(path: str | Path) -> tuple[Interview, Candidate, str, str]:
    """Read one interview form: ``(interview, candidate, channel, sign_off)``.

    ``channel`` defaults to ``"email"`` and ``sign_off`` to ``"Sincerely"``. Raises FormError
    whose ``path`` is the file and ``field`` the field as the file names it
    (``"interviewers[1].email"``). :func:`load_form_file` also gives the letter length.
    """
    form = load_form_file(path)
    return form.interview, form.candidate, form.channel, form.sign_off
