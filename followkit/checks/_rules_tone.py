"""Rules FK301–FK305: the tone of the letter.

Guide, "Follow-up Best Practices": "be enthusiastic, personable, and professional"; "You may
or may not get a response but that is all part of the interviewing process."
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followkit.checks._matching import quote, sentences
from followkit.checks._reader import Line, ParsedLetter, is_contact_line
from followkit.checks._phrases import find_phrases, has_phrase, phrase_list, phrase_set
from followkit.checks._rule import Context, Hit

__all__ = ["casual", "enthusiasm", "exclamations", "pushy", "shouting"]

_EMOJI = re.compile(
    "[\U0001f300-\U0001faff\U00002600-\U000027bf\U0001f000-\U0001f2ff\u2b50\u2764\ufe0f]"
    r"|(?<![\w:/])(?::-?\)|:-?\(|;-?\)|:-?D\b|:-?P\b|<3|\^_\^|xD\b)"
)
_TWO_CAPITALS = re.compile(r"[A-Z]{2}[A-Z'’]*\W+(?:I\W+)?[A-Z]{2}")
_CAPS_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _prose_lines(letter: ParsedLetter) -> list[Line]:
    """Every line a person wrote as words, with its number.

    The greeting, the body, and any line after the signature's name that is not contact
    details (a "LOL!!" or "P.S." there is read too); the subject and sign-off are left out.
    """
    start = letter.subject.number + 1 if letter.subject else 1
    skip = {letter.sign_off.number} if letter.sign_off else set()
    skip |= {line.number for line in letter.signature[:1]}  # the writer's name
    skip |= {line.number for line in letter.signature if is_contact_line(line.text)}
    return [Line(i, letter.lines[i - 1]) for i in range(start, len(letter.lines) + 1)
            if letter.lines[i - 1].strip() and i not in skip]


def casual(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK301: no slang, text-speak or emoji."""
    short = {p for p in phrase_list("casual") if len(p) <= 2}
    for line in _prose_lines(letter):
        found = [w for w in find_phrases("casual", line.text)
                 if w.lower() not in short or w == w.lower()]
        found += _EMOJI.findall(line.text)
        if found:
            shown = ", ".join(f"“{w}”" for w in dict.fromkeys(found))
            yield Hit(f"Keep the tone professional: replace {shown} with plain words.",
                      line.number)


def exclamations(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK302: at most one exclamation mark."""
    lines = [line for line in _prose_lines(letter) if "!" in line.text]
    if letter.sign_off and "!" in letter.sign_off.text:
        lines.append(letter.sign_off)
    total = sum(line.text.count("!") for line in lines)
    if total > 1:
        marked = [s for line in lines for s in sentences(line.text) if "!" in s]
        shown = "; ".join(quote(s, 6) for s in marked[:2])
        yield Hit(f"Use at most one exclamation mark; the letter has {total} ({shown}). "
                  "Let the words carry the enthusiasm.", lines[0].number)


def shouting(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK303: no runs of everyday words in capitals (acronyms and company names are fine)."""
    common = phrase_set("shouting_words")
    exempt = set()
    if ctx.interview is not None:
        names = [ctx.interview.company, ctx.interview.position, *ctx.interview.skills,
                 *ctx.interview.topics]
        exempt = {w.lower() for n in names for w in _CAPS_WORD.findall(n)}
    for line in _prose_lines(letter):
        if not _TWO_CAPITALS.search(line.text):
            continue
        for run in _capital_runs(line.text):
            everyday = [w for w in run if w.lower().replace("’", "'") in common
                        and w.lower() not in exempt]
            if len(everyday) >= 2 and any(len(w) >= 3 for w in everyday):
                yield Hit(f"Write “{' '.join(run)}” in normal case; capitals read as "
                          "shouting.", line.number)


def _capital_runs(text: str) -> Iterator[list[str]]:
    """Runs of consecutive ALL-CAPS words of two letters or more ("I" rides along)."""
    run: list[str] = []
    for token in re.split(r"(\s+|[,;:.!?()\"“”—–-]+)", text):
        if not token or token.isspace():
            continue
        word = token.strip("'’")
        if _CAPS_WORD.fullmatch(word) and word.isupper():
            if len(word) >= 2:
                run.append(word)
            continue
        if len(run) >= 2:
            yield run
        run = []
    if len(run) >= 2:
        yield run


def pushy(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK304: nothing presumptive or demanding."""
    for line in _prose_lines(letter):
        for phrase in dict.fromkeys(find_phrases("pushy", line.text)):
            yield Hit(f"Drop “{phrase}”: it presumes or demands an answer, and the reader owes "
                      "you none. Say you look forward to hearing from them instead.",
                      line.number)


def enthusiasm(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK305: some sign of enthusiasm."""
    if letter.paragraphs and not has_phrase("enthusiasm", letter.body_text):
        yield Hit("Let your enthusiasm show: say what you enjoyed or that you are excited "
                  "about the position; the letter has no such word.", letter.paragraphs[0].line)
