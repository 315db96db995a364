"""Rules FK701–FK704: proofreading the body of the letter, offline.

Guide, "Follow-up Best Practices": "be enthusiastic, personable, and professional"; a
doubled word, a misspelling, a lowercase "i" or note-speak ("5 yrs exp. w/ forklifts") reads
as unprofessional. The work is done by :func:`followkit.checks._proofread.proofread`, the
same function the form coach uses; these rules only choose what to read (the body
paragraphs), what is known to be right (names, companies, places and terms from the
interview, the candidate and the letter's own greeting and signature) and the dialect.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from followkit.checks._proofread import (
    Issue,
    NoDictionary,
    letter_dialect,
    proofread,
    sign_off_slip,
)
from followkit.checks._reader import ParsedLetter
from followkit.checks._rule import Context, Hit

__all__ = ["grammar", "note_speak", "repeated_word", "spelling"]

def locale_of(ctx: Context, body: str = "") -> str:
    """The dialect to proofread in.

    The check's ``locale``, else the interview's, else the one ``body`` itself spells in
    (:func:`~followkit.checks._proofread.letter_dialect`).
    """
    chosen = getattr(ctx, "locale", None) or getattr(ctx.interview, "locale", None)
    return chosen or letter_dialect(body)


def _known_words(parsed: ParsedLetter, ctx: Context) -> tuple[str, ...]:
    known: list[str] = []
    interview = ctx.interview
    if interview is not None:
        known += [interview.company, interview.position, *interview.topics, *interview.skills,
                  *getattr(interview, "other_companies", ())]
        for person in getattr(interview, "interviewers", ()):
            known += [person.name, person.salutation, getattr(person, "title", ""),
                      *getattr(person, "topics", ())]
    for person in (ctx.interviewer, ctx.candidate):
        if person is not None:
            known += [getattr(person, "name", ""), getattr(person, "salutation", ""),
                      getattr(person, "email", "")]
    for line in (parsed.greeting, parsed.sign_off, *parsed.signature):
        if line is not None:
            known.append(line.text)
    return tuple(sorted({word for word in known if word}))


def _body(parsed: ParsedLetter) -> str:
    return "\n\n".join(p.text for p in parsed.paragraphs)


_WRITING = ("FK701", "FK703", "FK704")  # no dictionary needed
_SPELLING = ("FK702",)


@lru_cache(maxsize=256)
def _issues(body: str, known: tuple[str, ...], locale: str,
            codes: tuple[str, ...]) -> tuple[Issue, ...]:
    return tuple(proofread(body, known_words=known, locale=locale, codes=codes))


def _line(parsed: ParsedLetter, offset: int) -> int | None:
    """The 1-based line of the letter where ``offset`` of the joined body falls."""
    start = 0
    for paragraph in parsed.paragraphs:
        end = start + len(paragraph.text)
        if offset <= end:
            inside, number = offset - start, paragraph.line
            for index in range(paragraph.line - 1, len(parsed.lines)):
                text = parsed.lines[index].strip()
                if not text:
                    continue
                if inside <= len(text):
                    return index + 1
                inside -= len(text) + 1
                number = index + 1
            return number
        start = end + 2
    return None


def _hits(parsed: ParsedLetter, ctx: Context, code: str) -> Iterator[Hit]:
    body = _body(parsed)
    if not body.strip():
        return
    codes: tuple[str, ...]
    if code == "FK702":
        codes, locale = _SPELLING, locale_of(ctx, body)
    else:  # no dictionary, so no dialect: the key stays the same for FK701, FK703, FK704
        codes, locale = _WRITING, "en-US"
    issues = _issues(body, _known_words(parsed, ctx), locale, codes)
    for issue in issues:
        if issue.code == code:
            yield Hit(issue.message, _line(parsed, issue.start))


def repeated_word(parsed: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK701: the same word twice in a row ("about about")."""
    yield from _hits(parsed, ctx, "FK701")


def spelling(parsed: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK702: a word the locale's dictionary does not know (names and terms excepted).

    The subject line is read too ("Thank you for the interveiw").
    """
    try:
        yield from _hits(parsed, ctx, "FK702")
        if parsed.subject is not None and parsed.subject.text.strip():
            locale = locale_of(ctx, _body(parsed))
            for issue in _issues(parsed.subject.text, _known_words(parsed, ctx), locale,
                                 _SPELLING):
                yield Hit(issue.message, parsed.subject.number)
    except NoDictionary as exc:
        yield Hit(f"Spelling was not checked: {exc}", None, "info")


def grammar(parsed: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK703: grammar slips in the body, and a misformed sign-off ("Your sincerely").

    In the body: lowercase "i", a count without its plural, a sentence starting in lowercase,
    a second-language slip ("discuss about").

    FK108 judges whether there is a professional sign-off; a misformed one is still the
    sign-off it accepts, so only this rule names the slip.
    """
    yield from _hits(parsed, ctx, "FK703")
    if parsed.sign_off is not None and (meant := sign_off_slip(parsed.sign_off.text)):
        yield Hit(f"“{parsed.sign_off.text.strip()}” is a misformed sign-off; write "
                  f"“{meant},”.", parsed.sign_off.number)


def note_speak(parsed: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK704: abbreviations from notes left in running text ("yrs", "mgmt", "w/", "&")."""
    yield from _hits(parsed, ctx, "FK704")

