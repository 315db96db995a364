"""Small pieces of natural English for letters: lists, role names, tidy punctuation and layout.

These are pure functions on text. ``and_list`` and ``as_role`` are also the filters letter
templates use (``{{ skills | and_list }}``); ``layout_body`` turns a rendered template into the
letter format every part of followkit shares (see ``followkit/letters/templates/README.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "and_list",
    "as_role",
    "clean_item",
    "clean_items",
    "is_time_served",
    "layout_body",
    "layout_line",
    "my_experience",
    "or_list",
    "proper_case",
    "sentence_case",
    "tidy_punctuation",
]

#: Words that already say "this is a job", so "the Summer Internship position" is not written.
_ROLE_NOUNS = frozenset(
    {"position", "role", "job", "opening", "internship", "fellowship", "apprenticeship", "post"}
)
#: Abbreviations whose final period belongs to the word ("Acme Inc.", "Smith Jr.").
_ABBREVIATIONS = frozenset({"inc", "ltd", "co", "corp", "jr", "sr", "etc", "llc", "st", "dept"})
_TRAILING_MARKS = ".,;:!?"
#: A skill typed as time served: "five years in cardiac care", "10+ years of payroll",
#: "a decade in retail", "over 5 years leading teams", "18 months at a clinic".
_TIME_SERVED = re.compile(
    r"^(?P<about>(?:over|about|almost|nearly|more than|some|around|close to)\s+)?"
    r"(?:(?P<article>an?\s+)(?:few\s+|couple of\s+)?"
    r"|(?:\d+(?:\.\d+)?\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|several|many)\s+)"
    r"(?:full\s+)?(?:years?|yrs?|months?|decades?)\b", re.IGNORECASE)


def _join(items: Iterable[str], word: str) -> str:
    items = [item for item in items if item]
    if len(items) == 2 and f" {word} " in items[0] and f" {word} " not in items[1]:
        items = items[::-1]  # "my six years in the ER and my English and German"
    if len(items) <= 2:
        return f" {word} ".join(items)
    return f"{', '.join(items[:-1])}, {word} {items[-1]}"


def and_list(items: Iterable[str]) -> str:
    """``"a"``, ``"a and b"``, ``"a, b, and c"``; empty items are left out.

    Of two items, the one with its own "and" goes last, where it cannot be misread: ``"the
    team culture and how sales and support work together"``.
    """
    return _join(items, "and")


def or_list(items: Iterable[str]) -> str:
    """``"a"``, ``"a or b"``, ``"a, b, or c"``; empty items are left out."""
    return _join(items, "or")


def is_time_served(skill: str) -> bool:
    """Whether ``skill`` is typed as time served ("five years in cardiac care")."""
    return bool(_TIME_SERVED.match(skill.strip()))


def _after_my(served: str, lead: str) -> str:
    """A time-served skill worded to follow "my".

    "a decade in retail" → "decade in retail"; "over 5 years leading teams" → "experience
    of over 5 years leading teams" (with ``lead`` "experience with").
    """
    found = _TIME_SERVED.match(served)
    if found is None:
        return served
    if found["about"]:  # "Over a decade…" was typed at the start of a line: lower it here
        return f"{lead.rsplit(' ', 1)[0]} of {served[0].lower()}{served[1:]}"
    if found["article"]:
        return served[found.end("article"):]
    return served


def my_experience(skills: Iterable[str], lead: str = "experience with") -> str:
    """What follows "my" where a letter names the writer's skills.

    ``["payroll", "SAP"]`` → ``experience with payroll and SAP``. A skill typed as time
    served is named as typed, so "my experience with five years in cardiac care" is never
    written: ``["five years in cardiac care", "triage"]`` → ``five years in cardiac care and
    experience with triage``. ``lead`` words the rest ("background in", "hands-on experience
    with"); its last word is dropped before "of" ("experience of over 5 years in sales").
    """
    skills = [item for item in skills if item]
    served = [_after_my(item.strip(), lead) for item in skills if is_time_served(item)]
    rest = [item for item in skills if not is_time_served(item)]
    return and_list([*served, f"{lead} {and_list(rest)}" if rest else ""])


#: Words a title typed all in lower case keeps lower ("head of maths", "director of nursing").
_SMALL_WORDS = frozenset("a an and as at by for in of on or the to with".split())
#: Job-title abbreviations people type in lower case ("it support", "rn", "hr assistant").
_TITLE_ACRONYMS = {w.lower(): w for w in "IT HR RN LPN CNA EMT QA UX UI ICU ER HVAC CNC "
                   "CDL ESL SEN PE AP AR".split()}


def proper_case(text: str) -> str:
    """A name or job title typed all in lower case, capitalised as a letter writes it.

    "jake miller" → "Jake Miller", "sous chef" → "Sous Chef", "it support lead" → "IT
    Support Lead"; anything typed with a capital is kept as typed ("eBay", "McDonald").
    """
    if text != text.lower() or not any(ch.isalpha() for ch in text):
        return text
    words = text.split(" ")
    cased = [_TITLE_ACRONYMS.get(w, w if i and w in _SMALL_WORDS else w.title())
             for i, w in enumerate(words)]
    return " ".join(cased)


def sentence_case(text: str) -> str:
    """``text`` with its first letter in capitals, the rest as typed ("Building X")."""
    return text[:1].upper() + text[1:]


def as_role(position: str, noun: str = "position") -> str:
    """The position followed by ``noun`` ("Senior Staff Accountant position").

    A position that already ends in a word such as "role" or "internship" is kept as typed.
    """
    last = position.split()[-1].lower().strip(_TRAILING_MARKS) if position.split() else ""
    return position if last in _ROLE_NOUNS else f"{position} {noun}".strip()


def clean_item(text: str) -> str:
    """One note as typed, without surplus spaces or trailing punctuation ("Acme Inc." kept)."""
    text = " ".join(text.split())
    while text and text[-1] in _TRAILING_MARKS:
        last_word = text[:-1].split()[-1].lower() if text[:-1].split() else ""
        if text[-1] == "." and (last_word in _ABBREVIATIONS or "." in last_word):
            break
        text = text[:-1].rstrip()
    return text


def clean_items(items: Iterable[str], *, exclude: Iterable[str] = ()) -> tuple[str, ...]:
    """Items as typed, without trailing punctuation, blanks or repeats (ignoring case).

    Items equal to one in ``exclude`` (ignoring case) are left out, so a topic already named
    for one interviewer is not repeated among the interview's topics.
    """
    seen = {clean_item(item).casefold() for item in exclude}
    kept = []
    for item in items:
        text = clean_item(item)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            kept.append(text)
    return tuple(kept)


_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:!?])")
_DOUBLE_PERIOD = re.compile(r"(?<!\.)\.\.(?!\.)")
_MARK_THEN_PERIOD = re.compile(r"([!?;:,])\.")
_DOUBLE_COMMA = re.compile(r",\s*,")
_ANY_UNTIDY = re.compile(r"\s[,.;:!?]|\.\.|[!?;:,]\.|,\s*,")


def tidy_punctuation(text: str) -> str:
    """One line of prose with single spaces and no doubled punctuation ("Inc.." → "Inc.")."""
    text = " ".join(text.split())
    if not _ANY_UNTIDY.search(text):
        return text
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _DOUBLE_PERIOD.sub(".", text)
    text = _MARK_THEN_PERIOD.sub(r"\1", text)
    return _DOUBLE_COMMA.sub(",", text)


def layout_line(text: str) -> str:
    """A one-line field such as the subject: whitespace folded, punctuation tidied."""
    return tidy_punctuation(text)


def _blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def layout_body(text: str) -> str:
    """A rendered letter in the shared format.

    Blank lines separate blocks. The first block (the greeting) and the last (sign-off and
    signature) keep their lines; the lines of each block between are joined into one
    paragraph. Paragraphs left empty are dropped; paragraphs are separated by one blank line.
    """
    blocks = _blocks(text)
    if len(blocks) < 2:
        return "\n".join(tidy_punctuation(line) for block in blocks for line in block)
    head, *middle, tail = blocks
    paragraphs = [tidy_punctuation(" ".join(block)) for block in middle]
    parts = [
        "\n".join(tidy_punctuation(line) for line in head),
        *(paragraph for paragraph in paragraphs if paragraph),
        "\n".join(line for line in tail),
    ]
    return "\n\n".join(parts)
