"""Phrase lists as data: ``followkit/checks/phrases/NAME.txt``, one phrase a line.

A career center can extend a list by editing its file; lines starting with ``#`` are comments.
Phrases are matched case-insensitively on word boundaries, with curly apostrophes read as
straight ones and runs of white space read as one space.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

__all__ = ["find_phrases", "normalise", "phrase_list", "phrase_pattern", "phrase_set"]


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


@cache
def phrase_pattern(name: str) -> re.Pattern[str]:
    """One compiled pattern matching any phrase of the list on word boundaries."""
    phrases = sorted(phrase_list(name), key=len, reverse=True)
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])", re.IGNORECASE)


def find_phrases(name: str, text: str) -> list[str]:
    """Every phrase of the list found in ``text``, as written there, in order."""
    text = text.replace("’", "'")
    return [m.group(0) for m in phrase_pattern(name).finditer(text)]
