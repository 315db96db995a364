"""Rules FK201–FK204: a letter tailored to this interview and this reader.

Guide, "Follow-up Content": "tailor your follow-up messages for each interview you have";
"… a nod to your skills or experience as it pertains to the position".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from followkit.checks._matching import mentions, quote, words
from followkit.checks._reader import ParsedLetter
from followkit.checks._phrases import normalise, phrase_list, phrase_set
from followkit.checks._rule import Context, Hit

__all__ = ["company_named", "placeholder", "position_named", "wrong_name"]

_LEGAL = re.compile(
    r"[\s,]+(llp|llc|l\.l\.c\.|inc\.?|incorporated|ltd\.?|limited|corp\.?|corporation|co\.?|"
    r"gmbh|plc|pllc|p\.c\.|pc|s\.a\.|ag|pty\.? ltd\.?)$",
    re.IGNORECASE,
)
_TITLES = frozenset("mr mrs ms miss mx dr prof professor sir madam".split())
_GREETING_WORD = re.compile(
    r"^(dear|hi|hello|hey|greetings|good (morning|afternoon|evening|day))\b[\s,]*",
    re.IGNORECASE,
)
_BRACKETED = re.compile(
    r"\[[^\[\]\n]{1,40}\]"                     # [Name], [Company]
    r"|\{\{[^{}\n]{0,60}\}\}|\{%[^{}\n]{0,60}%\}"  # {{ name }}, {% if %}
    r"|\{[A-Za-z_][\w ]{0,30}\}"               # {company}
    r"|<(?![\w.+-]+@)[A-Za-z][A-Za-z _]{1,30}>"  # <company>, but not <sam@example.com>
    r"|_{3,}"                                    # ____
)


def company_core(company: str) -> str:
    """The company name without a legal suffix: "Harlow & Pike LLP" -> "Harlow & Pike"."""
    return _LEGAL.sub("", company.strip()).strip() or company


def company_named(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK201: the company is named (needs the company)."""
    if ctx.interview is None or not ctx.interview.company:
        return
    company = ctx.interview.company
    if not mentions(letter.text, company_core(company)):
        yield Hit(f"Name the company, {company}, so the reader sees the letter was written "
                  "for this interview; it is not mentioned.", _line(letter))


def position_named(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK202: the position is named (needs the position)."""
    if ctx.interview is None or not ctx.interview.position:
        return
    position = ctx.interview.position
    if not mentions(letter.text, position):
        yield Hit(f"Name the position, {position}, when you thank the reader; the letter "
                  "does not mention it.", _line(letter))


def _line(letter: ParsedLetter) -> int | None:
    return letter.paragraphs[0].line if letter.paragraphs else None


@cache
def _capitals() -> re.Pattern[str]:
    words = "|".join(re.escape(p.upper()) for p in phrase_list("placeholders"))
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])")


def placeholder(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK203: no unfilled placeholder such as [Name], {{ company }}, XXX or TODO."""
    capitals = _capitals()
    if not _BRACKETED.search(letter.text) and not capitals.search(letter.text):
        return
    for number, raw in enumerate(letter.lines, start=1):
        found = [m.group(0) for m in _BRACKETED.finditer(raw)]
        found += [m.group(0) for m in capitals.finditer(raw)]
        for item in found:
            yield Hit(f"Fill in the placeholder “{item}” before sending; a reader who sees it "
                      "knows the letter is a template.", number)


def _names(person) -> set[str]:
    parts = f"{person.name} {person.salutation}"
    return {w.lower() for w in words(parts) if w.lower().rstrip(".") not in _TITLES}


def wrong_name(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK204: the greeting names the recipient, and no other company is named.

    A greeting that still holds a placeholder ("Dear [Name],") is FK203's to report.
    """
    if ctx.interviewer is not None and letter.greeting is not None:
        addressee = _GREETING_WORD.sub("", letter.greeting.text).strip(" ,:;.!-")
        unfilled = _BRACKETED.search(addressee) or _capitals().search(addressee)
        nobody = normalise(addressee) in phrase_set("greetings_nobody")
        if addressee and not unfilled and not nobody:
            known = _names(ctx.interviewer)
            generic = {w for p in phrase_set("greetings_nobody") for w in p.split()} | {"and"}
            named = [w.lower() for w in words(addressee)
                     if w.lower().rstrip(".") not in _TITLES and w.lower() not in generic]
            strangers = [w for w in named if not any(_same_name(w, k) for k in known)]
            if named and strangers:
                yield Hit(f"Check the name: {quote(letter.greeting.text)} does not name "
                          f"{ctx.interviewer.addressed_as}, who this letter is for.",
                          letter.greeting.number)
    if ctx.interview is not None and ctx.interview.other_companies:
        own = normalise(company_core(ctx.interview.company))
        for other in ctx.interview.other_companies:
            core = company_core(other)
            if normalise(core) == own or normalise(core) in own:
                continue
            for number, raw in enumerate(letter.lines, start=1):
                if _names_company(raw, core):
                    yield Hit(f"Replace “{core}”: that is another company you applied to; this "
                              f"letter is for {ctx.interview.company or 'this interview'}.", number)


def _names_company(line: str, core: str) -> bool:
    pattern = re.escape(normalise(core)).replace(r"\ ", r"\s+")
    return re.search(rf"(?<!\w){pattern}(?!\w)", normalise(line)) is not None


def _same_name(written: str, known: str) -> bool:
    """A name written in the greeting matches a known one, or is a short form of it."""
    written, known = written.rstrip("."), known.rstrip(".")
    if written == known:
        return True
    return len(written) >= 3 and (known.startswith(written) or written.startswith(known))
