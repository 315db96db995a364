"""Small text helpers the rules share: quoting, sentences, and finding a term in a letter."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["content_words", "mentions", "quote", "sentences", "words"]

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’&.+#-]*")
_ABBREVIATIONS = (
    "mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp",
    "e.g", "i.e", "etc", "vs", "a.m", "p.m", "u.s", "no", "approx", "dept",
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_STOP = frozenset(
    "a an the and or of for to in on at by with about your our my its this that new "
    "senior junior sr jr lead principal associate assistant".split()
)


def quote(text: str, limit: int = 8) -> str:
    """The first ``limit`` words of ``text`` in quotes, with an ellipsis when cut."""
    parts = text.split()
    shown = " ".join(parts[:limit])
    return f"\u201c{shown}\u2026\u201d" if len(parts) > limit else f"\u201c{shown}\u201d"


def words(text: str) -> list[str]:
    """The words of ``text`` (letters, digits, inner apostrophes and hyphens)."""
    return [w.rstrip(".-") for w in _WORD.findall(text)]


def sentences(text: str) -> list[str]:
    """``text`` split into sentences, not breaking after common abbreviations."""
    pieces = _SENTENCE_END.split(text.strip())
    merged: list[str] = []
    for piece in pieces:
        last = merged[-1].split()[-1].lower().rstrip(".") if merged else ""
        if merged and (last in _ABBREVIATIONS or len(last) == 1):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return [s for s in merged if s.strip()]


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    for suffix in ("'s", "ies", "es", "s", "ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """The stems of ``text``'s words that carry meaning (no articles, no seniority words)."""
    return [_stem(w) for w in words(text) if w.lower() not in _STOP]


@lru_cache(maxsize=64)
def _fold(text: str) -> str:
    text = text.lower().replace("’", "'").replace(" and ", " & ")
    return " ".join(re.sub(r"[^\w&'+#]+", " ", text).split())


def mentions(text: str, term: str) -> bool:
    """Whether ``text`` refers to ``term``: the phrase itself, or all its meaningful words.

    "ERP rollout" is found in "the rollout of the new ERP" (all the words within one
    paragraph); "Harlow & Pike" in "Harlow and Pike"; "Fourth-grade teacher" in "the
    fourth-grade teaching position".
    """
    folded, target = _fold(text), _fold(term)
    if not target:
        return False
    if f" {target} " in f" {folded} ":
        return True
    patterns = _stem_patterns(term)
    if not patterns:
        return False
    return any(all(p.search(paragraph) for p in patterns) for paragraph in _paragraphs(text))


@lru_cache(maxsize=256)
def _stem_patterns(term: str) -> tuple[re.Pattern[str], ...]:
    """One pattern per meaningful word of ``term``, finding the word or a close form of it.

    Short stems must match whole ("erp", "erps"); longer ones by a prefix of five letters or
    more ("teacher" finds "teaching", "centralized" finds "centralize").
    """
    patterns = []
    for stem in dict.fromkeys(content_words(_fold(term))):
        if len(stem) <= 5:
            body = re.escape(stem)
            patterns.append(re.compile(rf"(?<!\w){body}(?:s|es|ed|ing|'s)?(?!\w)"))
        else:
            patterns.append(re.compile(rf"(?<!\w){re.escape(stem[: max(5, len(stem) - 3)])}"))
    return tuple(patterns)


@lru_cache(maxsize=64)
def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(_fold(p) for p in re.split(r"\n\s*\n", text))
