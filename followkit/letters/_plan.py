"""What each letter of a panel says: its lead topic, its skills, its phrasing.

A letter develops one topic (the interviewer's own first, else one of the interview's) and
links it to what the writer would bring, instead of listing everything that was said. The
skills are shared out: the ones marked for a person, else the ones whose words meet that
person's topic, then in turn, so panellists do not all get the same list.

Phrasing is chosen from a stable hash of the writer and the interviewer, not from the form
order: two people who use followkit do not send a manager the same letter, and the
letters of one panel never share a phrasing in every part (rule FK205).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from followkit.letters._notes import Note, read_skill, read_topic
from followkit.letters._wording import and_list
from followkit.model import Candidate, Interview, Interviewer

__all__ = ["VARIED_PARTS", "LetterPlan", "plan_letters", "skill_phrase"]

#: The parts of a letter whose phrasing varies (``v.<part>``, 0 to 3). From the fifth
#: interviewer of a panel on, each part shifts by its place here: the opening and the
#: closing, the two parts every letter has, come first so that they never shift alike (a
#: brief letter with no topic varies only in them).
VARIED_PARTS = ("opening", "closing", "shape", "recall", "skills", "next", "contact", "link")
_VARIANTS = 4
_WORD = re.compile(r"[a-z]{4,}")
_NAME = re.compile(r"\b[A-Z][a-z]+[A-Z]?[a-z]*\b")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


@dataclass(frozen=True)
class LetterPlan:
    """What one letter says: its topics, its skills (as notes) and its phrasing numbers."""

    person: Interviewer
    lead_topic: str
    more_topics: tuple[str, ...]
    own_topics: tuple[str, ...]
    shared_topics: tuple[str, ...]
    skills: tuple[Note, ...]
    variants: dict[str, int]


@lru_cache(maxsize=1024)
def _stable(*parts: str) -> int:
    digest = hashlib.blake2b("\x1f".join(parts).casefold().encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


@lru_cache(maxsize=256)
def _variants(writer: str, rank: int) -> dict[str, int]:
    """Phrasing numbers for the interviewer ranked ``rank`` by hash among the panel.

    Each part starts from an offset that depends on the writer; interviewers step through
    the variants from there, so the first four of a panel differ in every part and later ones
    shift each part differently.
    """
    return {
        part: (_stable(writer, part) + rank + step * (rank // _VARIANTS)) % _VARIANTS
        for step, part in enumerate(VARIED_PARTS)
    }


def _usable(notes: Sequence[Note], exclude: set[str]) -> list[str]:
    kept = []
    for note in notes:
        key = note.text.casefold()
        if note.text and key not in exclude:
            exclude.add(key)
            kept.append(note.text)
    return kept


@lru_cache(maxsize=1024)
def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


def _overlap(skill: Note, topics: Sequence[str]) -> int:
    return len(_words(" ".join(topics)) & _words(skill.typed))


def _skills_for(ranked: list[Interviewer], interview: Interview, brief: bool) -> dict[str, list]:
    """The skills each interviewer's letter names (by interviewer name)."""
    pool = [note for note in (read_skill(s) for s in interview.skills) if note.text]
    size = 1 if brief else (3 if len(ranked) == 1 else 2)
    chosen: dict[str, list] = {}
    for rank, person in enumerate(ranked):
        marked = [note for note in (read_skill(s) for s in person.skills) if note.text]
        if marked:
            chosen[person.name] = marked[:size + 1]
            continue
        if not pool:
            chosen[person.name] = []
            continue
        topics = [read_topic(t).text for t in person.topics]
        start = (rank * size) % len(pool)
        turn = pool[start:] + pool[:start]
        turn.sort(key=lambda note: -_overlap(note, topics))  # stable: ties keep their turn
        chosen[person.name] = turn[:size]
    return chosen


def skill_phrase(skills: Sequence[Note]) -> str:
    """The skills as one phrase after "I believe …": tools and deeds under one "my experience".

    ``my ACLS certification, my five years in the ER, and my experience with Tableau and
    building an on-call rotation``.
    """
    tools = [n.text.removeprefix("my experience with ") for n in skills if n.kind == "tool"
             and n.text.startswith("my experience with ")]
    deeds = [n.text.removeprefix("my experience ") for n in skills if n.kind == "deed"]
    rest = [n.text for n in skills if n.text and n.text.removeprefix("my experience with ")
            not in tools and n.text.removeprefix("my experience ") not in deeds]
    parts = [*rest]
    if tools and deeds:
        joint = "," if len(tools) > 1 else ""
        parts.append(f"my experience with {and_list(tools)}{joint} and in {and_list(deeds)}")
    elif tools:
        parts.append(f"my experience with {and_list(tools)}")
    elif deeds:
        parts.append(f"my experience {and_list(deeds)}")
    return and_list(parts)


def _casing(interview: Interview) -> dict[str, str]:
    """Names typed with capitals among the skills ("Terraform"), to write them so in topics."""
    found: dict[str, str] = {}
    for skill in interview.skills:
        for word in _NAME.findall(skill):
            found.setdefault(word.lower(), word)
    return found


def _cased(topic: str, casing: dict[str, str]) -> str:
    if not casing or not any(word in topic for word in casing):
        return topic
    return _LOWER_WORD.sub(lambda m: casing.get(m[0], m[0]), topic)


def plan_letters(interview: Interview, candidate: Candidate, *, brief: bool = False
                 ) -> list[LetterPlan]:
    """One plan per interviewer, in form order."""
    casing = _casing(interview)
    people = list(interview.interviewers)
    writer = candidate.name
    ranked = sorted(people, key=lambda p: (_stable(writer, interview.company, p.name), p.name))
    skills = _skills_for(ranked, interview, brief)
    shared_notes = [read_topic(t) for t in interview.topics]
    plans = []
    for person in people:
        rank = ranked.index(person)
        own = [_cased(t, casing) for t in _usable([read_topic(t) for t in person.topics], set())]
        shared = [_cased(t, casing)
                  for t in _usable(shared_notes, {t.casefold() for t in own})]
        if own:
            lead, others = own[0], own[1:2]
        elif shared:
            lead, others = shared[rank % len(shared)], []
        else:
            lead, others = "", []
        rest = [t for t in shared if t != lead]
        if rest:
            others.append(rest[rank % len(rest)])
        plans.append(LetterPlan(
            person=person, lead_topic=lead, more_topics=() if brief else tuple(others),
            own_topics=tuple(own), shared_topics=tuple(shared),
            skills=tuple(skills[person.name]), variants=_variants(writer, rank)))
    return plans
