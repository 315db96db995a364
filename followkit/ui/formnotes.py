"""What the coaching form says about the notes as they are typed, field by field.

The state side of the form's coaching (no widgets): :func:`form_notes` runs
``fk.check_form`` on what the form holds, even while other fields are still empty or wrong,
and files each finding under the form field it is about (``"challenges"``,
``"interviewers[1].bring"``), with the note it quotes. The view shows them beside the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from followkit.checks import FormFinding, check_form
from followkit.errors import FollowkitError, FormError
from followkit.model import DIALECTS, Candidate, Interview, Interviewer
from followkit.ui.formdata import FormResult, read_form, split_items

__all__ = ["FieldNote", "form_field", "form_notes", "lenient_interview"]

#: Stands in for what the form does not say yet, so the notes can be checked meanwhile.
_SOMEWHEN = datetime(2000, 1, 1, tzinfo=UTC)
_PATH = re.compile(r"^(?P<field>(?:interviewers\[\d+\]\.)?[a-z_]+)(?:\[(?P<index>\d+)\])?$")


@dataclass(frozen=True)
class FieldNote:
    """One finding about a form field; ``note`` is the item typed it is about ("" for all)."""

    field: str
    note: str
    finding: FormFinding


def _row_person(i: int, row: dict) -> Interviewer:
    """The row as an Interviewer; a field the model refuses is left out, never an error."""
    notes = {"topics": split_items(row.get("topics", "")), "bring": row.get("bring", ""),
             "skills": split_items(row.get("skills", ""))}
    name = (row.get("name") or "").strip() or f"Interviewer {i + 1}"
    try:
        return Interviewer(name=name, title=row.get("title", ""), email=row.get("email", ""),
                           salutation=row.get("salutation", ""), role=row.get("role", ""),
                           **notes)
    except FormError:
        return Interviewer(name=name, salutation=row.get("salutation", ""), **notes)


def lenient_interview(values: dict, result: FormResult | None = None
                      ) -> tuple[Interview, Candidate | None]:
    """The interview the form describes so far, with stand-ins for what is missing or wrong.

    Only the notes (topics, skills, what you would bring, the next step) and the names the
    proofreading must know are taken as typed. ``result`` is ``read_form(values)`` when the
    caller has it already.
    """
    result = result or read_form(values)
    if result.interview is not None:
        return result.interview, result.candidate
    people = [_row_person(i, row) for i, row in enumerate(values.get("interviewers") or [])]
    chosen = str(values.get("locale") or "")
    locale = chosen if chosen in DIALECTS else DIALECTS[0]
    by = values.get("next_step_by")
    interview = Interview(
        company=str(values.get("company") or "").strip() or "the company",
        position=str(values.get("position") or "").strip() or "the position",
        ended_at=_SOMEWHEN, interviewers=people or [Interviewer(name="Interviewer 1")],
        topics=split_items(values.get("topics", "")) + split_items(values.get("challenges", "")),
        skills=split_items(values.get("skills", "")),
        other_companies=split_items(values.get("other_companies", "")),
        next_step=values.get("next_step") or "",
        next_step_by=by if isinstance(by, date) else None, locale=locale)
    return interview, result.candidate


def form_field(path: str, values: dict) -> tuple[str, int | None]:
    """The form field a ``check_form`` path is about, and the item's place in that field.

    The form types the interview's topics in two fields ("Discussed", then "Their
    challenges"), so ``topics[3]`` may be ``("challenges", 1)``.
    """
    found = _PATH.match(path)
    if found is None:
        return path, None
    field, index = found["field"], found["index"]
    if index is None:
        return field, None
    index = int(index)
    if field == "topics":
        typed = len(split_items(values.get("topics", "")))
        if index >= typed:
            return "challenges", index - typed
    return field, index


def _typed(field: str, index: int | None, values: dict) -> str:
    if index is None:
        return ""
    if field.startswith("interviewers["):
        row_index, _, name = field[len("interviewers["):].partition("].")
        rows = values.get("interviewers") or []
        text = rows[int(row_index)].get(name, "") if int(row_index) < len(rows) else ""
    else:
        text = values.get(field, "")
    items = split_items(str(text or ""))
    return items[index] if index < len(items) else ""


def form_notes(values: dict, *, result: FormResult | None = None, templates=None
               ) -> dict[str, list[FieldNote]]:
    """Every ``check_form`` finding on the form, by form field, in form order.

    A skill marked for one interviewer is coached once, under "Your skills", where it is
    typed. ``result`` is ``read_form(values)`` when the caller has it already. An empty
    dict: every note reads well in a letter as typed.
    """
    try:
        interview, candidate = lenient_interview(values, result)
        findings = check_form(interview, candidate, templates=templates)
    except FollowkitError:  # the form cannot be read yet (its own messages say why)
        return {}
    typed_skills = {s.casefold() for s in interview.skills}
    notes: dict[str, list[FieldNote]] = {}
    for finding in findings:
        field, index = form_field(finding.field, values)
        note = _typed(field, index, values)
        if field.endswith(".skills") and note.casefold() in typed_skills:
            continue
        notes.setdefault(field, []).append(FieldNote(field, note, finding))
    return notes
