"""``check_form``: coach the interview notes before any letter is written.

People type notes fast, right after the interview. Each note is read the way a letter will
use it (:mod:`followkit.letters._notes`): a note written as a sentence, note-speak, a
lowercase "i", a doubled word, or a sensitive matter (pay, benefits, budget cuts, why people
left) gets a finding beside its field, with the rewrite to make. The letter already expands
what it safely can (those findings are ``info``); what it cannot use, it leaves out (a
``warning`` saying so). Codes are the checker's where one applies (FK306, FK701, FK703,
FK704, FK304); FK801 is a note written as a sentence, FK802 an achievement with no result,
FK803 a greeting the career center's pack cannot write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from followkit.letters._notes import Note, read_bring, read_next_step, read_skill, read_topic
from followkit.letters._templating import pack_settings, template_folder
from followkit.model import Candidate, Finding, Interview

__all__ = ["FormFinding", "check_form", "form_proofreader"]

_SOURCE = "Follow-up Content: tailor each message"


@dataclass(frozen=True)
class FormFinding(Finding):
    """A finding about one field of the form, with the rewrite to make.

    ``field`` is its path (``"skills[2]"``, ``"interviewers[1].topics[0]"``); ``suggestion``
    the rewrite, when there is one. ``line`` is always ``None``: a form has fields, not lines.
    """

    field: str = ""
    suggestion: str = ""


#: ``proofread(text, known_words) -> [(code, name, severity, message, suggestion)]`` for the
#: spelling and grammar the checker's FK7xx rules find; set by :func:`form_proofreader`.
_PROOFREAD: list[Callable[[str, frozenset[str]], Iterable[tuple]]] = []


def form_proofreader(proofread: Callable[[str, frozenset[str]], Iterable[tuple]] | None) -> None:
    """Plug in the checker's proofreading for notes (``None`` removes it)."""
    _PROOFREAD.clear()
    if proofread is not None:
        _PROOFREAD.append(proofread)


def _known_words(interview: Interview, candidate: Candidate | None) -> frozenset[str]:
    names = [interview.company, interview.position, *interview.other_companies,
             *(p.name for p in interview.interviewers), *(p.title for p in interview.interviewers)]
    if candidate is not None:
        names.append(candidate.name)
    return frozenset(w.strip(".,'’()").lower() for n in names for w in n.split())


def _findings(field: str, note: Note, known: frozenset[str]) -> list[FormFinding]:
    found = [FormFinding(code=p.code, name=p.name, severity=p.severity, message=p.message,
                         source=_SOURCE, field=field, suggestion=p.suggestion)
             for p in note.problems]
    for proofread in _PROOFREAD:
        seen = {f.code for f in found}
        found += [FormFinding(code=code, name=name, severity=severity, message=message,
                              source=_SOURCE, field=field, suggestion=suggestion)
                  for code, name, severity, message, suggestion in proofread(note.typed, known)
                  if code not in seen]
    return found


def _nothing_left(field: str, what: str, notes: list[Note], example: str) -> list[FormFinding]:
    if not notes or any(note.text for note in notes):
        return []
    return [FormFinding(
        code="FK801", name="note-is-a-sentence", severity="warning", source=_SOURCE,
        field=field,
        message=f"None of the {what} can go into the letter as typed, so it will not "
                f"{example}; rewrite one of them as the fixes above suggest.")]


def check_form(interview: Interview, candidate: Candidate | None = None, *,
               templates: str | Path | None = None) -> list[FormFinding]:
    """Findings about the form's notes, field by field, in form order.

    ``templates`` is the career center's pack, whose greeting may need a typed honorific.
    An empty list means every note reads well in a letter as typed.
    """
    known = _known_words(interview, candidate)
    greeting = pack_settings(template_folder(templates))["greeting"]
    found: list[FormFinding] = []
    for i, person in enumerate(interview.interviewers):
        where = f"interviewers[{i}]"
        if greeting == "title_surname" and not person.salutation:
            found.append(FormFinding(
                code="FK803", name="salutation", severity="warning", source=_SOURCE,
                field=f"{where}.salutation",
                message=f"Your career center's letters greet by title and surname; type how "
                        f"to address {person.name} (“Ms.”, “Mr.”, “Dr.” or “Mx.”), or the "
                        f"letter says “Dear {person.name},”.",
                suggestion=f"Dr. {person.surname}"))
        for j, topic in enumerate(person.topics):
            found += _findings(f"{where}.topics[{j}]", read_topic(topic), known)
        if person.bring:
            found += _findings(f"{where}.bring", read_bring(person.bring), known)
        for j, skill in enumerate(person.skills):
            found += _findings(f"{where}.skills[{j}]", read_skill(skill), known)
    topics = [read_topic(t) for t in interview.topics]
    for j, note in enumerate(topics):
        found += _findings(f"topics[{j}]", note, known)
    own = [read_topic(t) for p in interview.interviewers for t in p.topics]
    found += _nothing_left("topics", "topics", topics + own,
                           "recall what you discussed (FK104)")
    skills = [read_skill(s) for s in interview.skills]
    for j, note in enumerate(skills):
        found += _findings(f"skills[{j}]", note, known)
    found += _nothing_left("skills", "skills", skills, "say what you bring (FK105)")
    if interview.next_step:
        found += _findings("next_step", read_next_step(interview.next_step), known)
    return found
