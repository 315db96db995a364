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

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from followkit.checks._proofread import Issue, NoDictionary, proofread
from followkit.letters._notes import Note, read_bring, read_next_step, read_skill, read_topic
from followkit.letters._templating import pack_settings, template_folder
from followkit.model import Candidate, Finding, Interview, Interviewer

__all__ = ["FormFinding", "check_form"]

_SOURCE = "Follow-up Content: tailor each message"


@dataclass(frozen=True)
class FormFinding(Finding):
    """A finding about one field of the form, with the rewrite to make.

    ``field`` is its path (``"skills[2]"``, ``"interviewers[1].topics[0]"``); ``suggestion``
    the rewrite, when there is one; ``left_out`` is true when the letter leaves the note out
    (a sensitive note, or one it cannot word). ``line`` is always ``None``: a form has
    fields, not lines.
    """

    field: str = ""
    suggestion: str = ""
    left_out: bool = False


_NAMES = {"FK701": "repeated-word", "FK702": "spelling", "FK703": "grammar",
          "FK704": "note-speak"}


def _starts_a_sentence(note: str, issue: Issue) -> bool:
    """A note is a fragment: "the roadmap" need not start with a capital letter."""
    word = note[issue.start:issue.end]
    return word != "i" and issue.suggestion == word[:1].upper() + word[1:]


@lru_cache(maxsize=512)
def _proofread(note: str, known: frozenset[str], locale: str) -> tuple[Issue, ...]:
    """The checker's FK7xx proofreading of one note (spelling skipped without a dictionary).

    Cached: the form re-checks every note on each keystroke, and only one of them changed.
    """
    try:
        issues = proofread(note, known_words=known, locale=locale)
    except NoDictionary:
        issues = proofread(note, known_words=known, locale=locale, spelling=False)
    return tuple(issue for issue in issues
                 if not (issue.code == "FK703" and _starts_a_sentence(note, issue)))


def _known_words(interview: Interview, candidate: Candidate | None) -> frozenset[str]:
    names = [interview.company, interview.position, *interview.other_companies,
             *(p.name for p in interview.interviewers), *(p.title for p in interview.interviewers)]
    if candidate is not None:
        names.append(candidate.name)
    return frozenset(names)


def _findings(field: str, note: Note, known: frozenset[str], locale: str) -> list[FormFinding]:
    """The note's own findings, then the proofreader's on the note as the letter writes it.

    What the letter corrects itself is ``info``; what it would still copy (a misspelling) is
    a warning.
    """
    found = [FormFinding(code=p.code, name=p.name, severity=p.severity, message=p.message,
                         source=_SOURCE, field=field, suggestion=p.suggestion,
                         left_out=note.left_out)
             for p in note.problems]
    if note.left_out:
        return found
    seen = {(f.code, f.suggestion) for f in found}
    # what is still wrong in the letter, read inside a sentence as the letter has it
    for issue in _proofread(f"We discussed {note.text}.", known, locale):
        if (issue.code, issue.suggestion) in seen:
            continue
        found.append(FormFinding(code=issue.code, name=_NAMES.get(issue.code, "proofreading"),
                                 severity="warning", message=issue.message, source=_SOURCE,
                                 field=field, suggestion=issue.suggestion))
    return found


def _nothing_left(field: str, what: str, notes: list[Note], example: str) -> list[FormFinding]:
    if not notes or any(note.text for note in notes):
        return []
    return [FormFinding(
        code="FK801", name="note-is-a-sentence", severity="warning", source=_SOURCE,
        field=field,
        message=f"None of the {what} can go into the letter as typed, so it will not "
                f"{example}; rewrite one of them as the fixes above suggest.")]


def _same_bring(where: str, person: Interviewer, earlier: Sequence[Interviewer]
                ) -> list[FormFinding]:
    """FK205 ahead of time: two people given the same "what you would bring" get alike letters."""
    key = " ".join(person.bring.casefold().split())
    twin = next((p for p in earlier if " ".join(p.bring.casefold().split()) == key), None)
    if not key or twin is None:
        return []
    return [FormFinding(
        code="FK205", name="copy-paste", severity="warning", source=_SOURCE,
        field=f"{where}.bring",
        message=f"You typed the same thing you would bring for {twin.name} and {person.name}, "
                "so their letters will read alike, and panels compare notes. Link something "
                f"of yours to what {person.first_name or person.name} asked about, or leave "
                "this box empty.")]


def check_form(interview: Interview, candidate: Candidate | None = None, *,
               templates: str | Path | None = None, locale: str | None = None
               ) -> list[FormFinding]:
    """Findings about the form's notes, field by field, in form order.

    ``templates`` is the career center's pack, whose greeting may need a typed honorific;
    ``locale`` the spelling the proofreading follows (``"en-US"`` or ``"en-GB"``; default:
    the interview's own). An empty list means every note reads well in a letter as typed.
    """
    locale = locale or interview.locale
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
            found += _findings(f"{where}.topics[{j}]", read_topic(topic), known, locale)
        if person.bring:
            found += _findings(f"{where}.bring", read_bring(person.bring), known, locale)
            found += _same_bring(where, person, interview.interviewers[:i])
        for j, skill in enumerate(person.skills):
            found += _findings(f"{where}.skills[{j}]", read_skill(skill), known, locale)
    topics = [read_topic(t) for t in interview.topics]
    for j, note in enumerate(topics):
        found += _findings(f"topics[{j}]", note, known, locale)
    own = [read_topic(t) for p in interview.interviewers for t in p.topics]
    found += _nothing_left("topics", "topics", topics + own,
                           "recall what you discussed (FK104)")
    skills = [read_skill(s) for s in interview.skills]
    for j, note in enumerate(skills):
        found += _findings(f"skills[{j}]", note, known, locale)
    found += _nothing_left("skills", "skills", skills, "say what you bring (FK105)")
    if interview.next_step:
        found += _findings("next_step", read_next_step(interview.next_step), known, locale)
    return found
