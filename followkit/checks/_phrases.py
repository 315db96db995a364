"""Phrase lists as data: ``followkit/checks/phrases/NAME.txt``, one phrase a line.

A career center can extend a list by editing its file; lines starting with ``#`` are comments.
Phrases are matched case-insensitively as whole words, with curly apostrophes read as
straight ones; punctuation and white space between words do not matter.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache
from importlib import resources

from followkit.checks._matching import ascii_words

__all__ = ["find_phrases", "has_phrase", "normalise", "phrase_index", "phrase_list",
           "phrase_set", "phrase_spans", "phrase_words"]


@cache
def phrase_list(name: str) -> tuple[str, ...]:
    """The phrases of ``phrases/NAME.txt``, normalised, in file order."""
    text = resources.files("followkit.checks").joinpath("phrases", f"{name}.txt").read_text(
        encoding="utf-8"
    )
    phrases = (normalise(line) for line in text.splitlines())
    return tuple(p for p in phrases if p and not p.startswith("#"))


@cache
def phrase_set(name: str) -> frozenset[str]:
    """The phrases of ``phrases/NAME.txt`` as a set, for whole-string look-ups."""
    return frozenset(phrase_list(name))


def normalise(text: str) -> str:
    """Lower-case ``text``, straighten apostrophes and fold white space."""
    return " ".join(text.replace("’", "'").replace("‘", "'").lower().split())


_TOKEN = re.compile(r"[^\W_]+(?:['/][^\W_]+)*'?")
#: :data:`_TOKEN` for ASCII text lower-cased: there ``[^\W_]`` is ``[a-z0-9]``, a range test
#: the engine makes inline instead of asking Unicode's tables about each character.
_ASCII_TOKEN = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*'?")


@cache
def phrase_index(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The list's phrases as word tuples, keyed by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrase_list(name):
        tokens = tuple(_TOKEN.findall(phrase))
        if tokens:
            index.setdefault(tokens[0], []).append(tokens)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in index.items()}


@cache
def _by_length(name: str) -> dict[str, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]]:
    """:func:`phrase_index` as sets by length, longest first: one look-up per length."""
    return {first: tuple((size, frozenset(t for t in group if len(t) == size))
                         for size in sorted({len(t) for t in group}, reverse=True))
            for first, group in phrase_index(name).items()}


@cache
def _seconds(name: str) -> dict[str, tuple[bool, frozenset[str]]]:
    """Per first word: whether a one-word phrase starts with it, and every second word.

    Most places a common first word ("i", "you", "the") stands start no phrase: the word
    after it rules them out before any slice is made.
    """
    return {first: (any(size == 1 for size, _ in group),
                    frozenset(t[1] for size, phrases in group if size > 1 for t in phrases))
            for first, group in _by_length(name).items()}


def find_phrases(name: str, text: str) -> list[str]:
    """Every phrase of the list found in ``text`` (whole words), as written there, in order."""
    found = _matches(name, text, first_only=False)
    if not found:
        return []
    spans = [m.span() for m in _TOKEN.finditer(text.replace("’", "'"))]
    return [text[spans[start][0]:spans[end][1]] for start, end in found]


def phrase_spans(name: str, text: str) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    """The words of ``text`` (lower-cased) and the (first, last) word of each phrase found."""
    return _words(text), _matches(name, text, first_only=False)


def phrase_words(text: str) -> frozenset[str]:
    """The words of ``text`` as :func:`phrase_spans` reads them (lower-cased)."""
    return frozenset(_words(text))


def has_phrase(name: str, text: str) -> bool:
    """Whether any phrase of the list occurs in ``text`` (faster than :func:`find_phrases`)."""
    return bool(_matches(name, text, first_only=True))


def _matches(name: str, text: str, *, first_only: bool) -> list[tuple[int, int]]:
    """(first word, last word) positions of the list's phrases in ``text``, not overlapping."""
    index = _by_length(name)
    words = _words(text)
    if index.keys().isdisjoint(words):
        return []
    seconds = _seconds(name)
    found: list[tuple[int, int]] = []
    after, last = 0, len(words) - 1
    for i in itertools.compress(range(len(words)), map(index.__contains__, words)):
        if i < after:
            continue
        single, second = seconds[words[i]]
        if not single and (i == last or words[i + 1] not in second):
            continue
        for size, phrases in index[words[i]]:  # the longest phrase that is there wins
            if words[i:i + size] in phrases:
                found.append((i, i + size - 1))
                if first_only:
                    return found
                after = i + size
                break
    return found


@lru_cache(maxsize=256)
def _words(text: str) -> tuple[str, ...]:
    """The lower-cased words of ``text``, read line by line.

    A word never spans a line, and the rules look at the same lines in several texts (the
    body, the spoken text, a paragraph): each line is read once.
    """
    if "\n" not in text:
        return _line_words(text)
    return tuple(itertools.chain.from_iterable(map(_line_words, text.split("\n"))))


@lru_cache(maxsize=256)
def _line_words(line: str) -> tuple[str, ...]:
    line = line.replace("’", "'").lower()
    if not line.isascii():
        return tuple(_TOKEN.findall(line))
    if "'" not in line and "/" not in line:
        return tuple(ascii_words(line))  # the runs of letters and digits
    # Runs of letters, digits, apostrophes and slashes: each is one word ("i'm", "24/7",
    # "employees'") unless a mark opens a run, ends it with a slash or stands twice.
    runs = f" {line.translate(_NOT_WORD_OR_MARK)} "
    if not any(odd in runs for odd in _ODD_MARKS):
        return tuple(runs.split())
    return tuple(_ASCII_TOKEN.findall(line))


#: ASCII text lower-cased: every character but a letter, a digit, an apostrophe or a slash
#: as a space.
_NOT_WORD_OR_MARK = {code: " " for code in range(128)
                     if not (chr(code).isalnum() or chr(code) in "'/")}
#: Where a run of :data:`_NOT_WORD_OR_MARK` is not one word of :data:`_ASCII_TOKEN`.
_ODD_MARKS = (" '", " /", "/ ", "''", "//", "'/", "/'")
