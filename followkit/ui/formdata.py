"""The coaching form's values as plain data, and the Interview they describe.

The widgets hand over a dict of what a person typed (:data:`EMPTY_FORM` shows its shape);
:func:`read_form` turns it into an Interview, a Candidate, a channel and a sign-off, and
collects *every* problem as ``{field: message}`` so each message can sit beside its field.
Pure: no widgets, no clock, no files.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from typing import Any
from zoneinfo import available_timezones

from followkit.errors import FormError, TimingError
from followkit.letters import LENGTHS
from followkit.model import DIALECTS, LETTER_CHANNELS, Candidate, Interview, Interviewer
from followkit.timing import parse_aware, parse_zone

__all__ = [
    "EMPTY_FORM",
    "EMPTY_INTERVIEWER",
    "FormResult",
    "form_from_interview",
    "join_items",
    "read_form",
    "split_items",
    "zone_name",
]

#: One interviewer row: ``topics`` and ``skills`` (the skills that matter to this person) are
#: lists written as the form shows them (``"SQL; Tableau"``); ``bring`` is what you would
#: bring to their topic.
EMPTY_INTERVIEWER = {"name": "", "salutation": "", "title": "", "email": "", "topics": "",
                     "role": "", "bring": "", "skills": ""}
EMPTY_FORM: dict[str, Any] = {
    "company": "", "position": "", "date": None, "time": None, "timezone": "",
    "locale": DIALECTS[0],
    "interviewers": [dict(EMPTY_INTERVIEWER)],
    "topics": "", "challenges": "", "skills": "", "other_companies": "",
    "next_step": "", "next_step_by": None,
    "agreed_channel": "", "channel": "email", "sign_off": "Sincerely", "length": "standard",
    "candidate": {"name": "", "email": "", "phone": "", "portfolio_url": "",
                  "contact_in_body": False},
}


def split_items(text: str) -> list[str]:
    """``"ERP rollout; close calendar"`` -> two items.

    Items are separated by semicolons or new lines; when neither is used, by commas.
    """
    text = text or ""
    separator = r"[;\n]" if re.search(r"[;\n]", text) else ","
    return [item.strip() for item in re.split(separator, text) if item.strip()]


def join_items(items) -> str:
    """The inverse of :func:`split_items`, as the form shows a list."""
    return "; ".join(items)


@dataclass(frozen=True)
class FormResult:
    """What the form describes; ``interview`` is None while ``errors`` is not empty."""

    interview: Interview | None
    candidate: Candidate | None
    channel: str
    sign_off: str
    errors: dict[str, str] = field(default_factory=dict)
    length: str = "standard"


def _zone(name: str) -> tzinfo | None:
    """An IANA zone ("America/Chicago") or a fixed offset ("UTC-06:00"); None if neither."""
    try:
        return parse_zone(name) if name.strip() else None
    except TimingError:
        return None


def _zone_hint(text: str) -> str:
    """``"did you mean America/Chicago?"`` for "chicago", else how to pick one."""
    wanted = text.strip().lower().replace(" ", "_")
    near = sorted(z for z in available_timezones() if wanted and z.lower().endswith(wanted))
    if near:
        return f"did you mean {' or '.join(near[:3])}?"
    return "pick one from the list, e.g. America/Chicago or Europe/Berlin."


def zone_name(zone: tzinfo | None) -> str:
    """The name the form shows for ``zone``: its IANA key, else "UTC-06:00"."""
    if zone is None:
        return ""
    return getattr(zone, "key", None) or zone.tzname(None) or "UTC"


def _ended_at(values: dict, errors: dict[str, str]) -> datetime | None:
    day, clock, zone_text = values.get("date"), values.get("time"), values.get("timezone") or ""
    if not isinstance(day, date):
        errors["date"] = "Pick the day the interview ended."
    if not isinstance(clock, time):
        errors["time"] = "Give the time the interview ended, e.g. 15:30."
    zone = _zone(zone_text)
    if zone is None and not zone_text.strip():
        errors["timezone"] = "Pick the time zone the interview was in, e.g. America/Chicago."
    elif zone is None:
        errors["timezone"] = f"{zone_text!r} is not a time zone; {_zone_hint(zone_text)}"
    if not isinstance(day, date) or not isinstance(clock, time) or zone is None:
        return None
    try:
        return parse_aware(datetime.combine(day, clock.replace(second=0, microsecond=0,
                                                               tzinfo=None)), zone=zone)
    except TimingError as exc:  # a time the clocks skipped that night
        errors["time"] = exc.message
        return None


def _interviewers(rows: list[dict], errors: dict[str, str]) -> list[Interviewer]:
    people = []
    for i, row in enumerate(rows):
        try:
            people.append(Interviewer(
                name=row.get("name", ""), title=row.get("title", ""), email=row.get("email", ""),
                salutation=row.get("salutation", ""), topics=split_items(row.get("topics", "")),
                role=row.get("role", ""), bring=row.get("bring", ""),
                skills=tuple(split_items(row.get("skills", ""))),
            ))
        except FormError as exc:
            errors[f"interviewers[{i}].{exc.field}"] = exc.message
    if not rows:
        errors["interviewers"] = "Add at least one person who interviewed you."
    return people


def _candidate(values: dict, errors: dict[str, str]) -> Candidate | None:
    fields = dict(EMPTY_FORM["candidate"], **(values.get("candidate") or {}))
    try:
        return Candidate(**fields)
    except FormError as exc:
        errors[f"candidate.{exc.field}"] = exc.message
    # one message per field: try the others alone, so every bad field is named at once
    for name in ("email", "phone", "portfolio_url"):
        try:
            Candidate(name="x", **{name: fields[name]})
        except FormError as exc:
            errors.setdefault(f"candidate.{exc.field}", exc.message)
    if not fields["name"].strip():
        errors.setdefault("candidate.name", "is empty; fill it in.")
    return None


def _next_step_by(values: dict, ended_at: datetime | None, errors: dict[str, str]
                  ) -> date | None:
    """The day the next step is due: none, or a day from the interview on."""
    by = values.get("next_step_by")
    if by is None:
        return None
    if not isinstance(by, date):
        errors["next_step_by"] = f"{by!r} is not a date; pick a day or leave it empty."
        return None
    if ended_at is not None and by < ended_at.date():
        errors["next_step_by"] = (f"{by:%B} {by.day} is before the interview "
                                  f"({ended_at:%B} {ended_at.day}); pick the day it is due, "
                                  "or leave it empty.")
    return by


def read_form(values: dict) -> FormResult:
    """Validate every field of the form; return what it describes and every problem found."""
    errors: dict[str, str] = {}
    for name in ("company", "position"):
        if not str(values.get(name) or "").strip():
            errors[name] = "is empty; fill it in."
    ended_at = _ended_at(values, errors)
    next_step_by = _next_step_by(values, ended_at, errors)
    length = values.get("length") or "standard"
    if length not in LENGTHS:
        errors["length"] = f"pick one of {', '.join(LENGTHS)}."
    people = _interviewers(values.get("interviewers") or [], errors)
    candidate = _candidate(values, errors)
    channel = values.get("channel") or "email"
    if channel not in LETTER_CHANNELS:
        errors["channel"] = f"pick one of {', '.join(LETTER_CHANNELS)}."
    if errors or ended_at is None:
        return FormResult(None, candidate, channel, values.get("sign_off", ""), errors, length)
    topics = split_items(values.get("topics", "")) + split_items(values.get("challenges", ""))
    try:
        interview = Interview(
            company=values["company"], position=values["position"], ended_at=ended_at,
            interviewers=people, topics=topics, skills=split_items(values.get("skills", "")),
            agreed_channel=values.get("agreed_channel") or None,
            other_companies=split_items(values.get("other_companies", "")),
            next_step=values.get("next_step") or "", next_step_by=next_step_by,
            locale=values.get("locale") or DIALECTS[0],
        )
    except FormError as exc:
        return FormResult(None, candidate, channel, values.get("sign_off", ""),
                          {exc.field: exc.message}, length)
    return FormResult(interview, candidate, channel, values.get("sign_off") or "Sincerely",
                      length=length)


def form_from_interview(interview: Interview, candidate: Candidate | None = None,
                        channel: str = "email", sign_off: str = "Sincerely",
                        length: str = "standard") -> dict:
    """The form values that describe ``interview`` (to fill the form from a saved form)."""
    values = copy.deepcopy(EMPTY_FORM)
    values.update(
        company=interview.company, position=interview.position,
        date=interview.ended_at.date(), time=interview.ended_at.timetz().replace(tzinfo=None),
        timezone=zone_name(interview.ended_at.tzinfo),
        interviewers=[
            {"name": p.name, "salutation": p.salutation, "title": p.title, "email": p.email,
             "topics": join_items(p.topics), "role": p.role, "bring": p.bring,
             "skills": join_items(p.skills)}
            for p in interview.interviewers
        ],
        topics=join_items(interview.topics), skills=join_items(interview.skills),
        other_companies=join_items(interview.other_companies),
        agreed_channel=interview.agreed_channel or "", channel=channel, sign_off=sign_off,
        next_step=interview.next_step, next_step_by=interview.next_step_by,
        locale=interview.locale, length=length,
    )
    if candidate is not None:
        values["candidate"] = {"name": candidate.name, "email": candidate.email,
                               "phone": candidate.phone, "portfolio_url": candidate.portfolio_url,
                               "contact_in_body": candidate.contact_in_body}
    return values
