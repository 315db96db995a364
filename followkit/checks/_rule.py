"""What a rule is: a small immutable record plus one pure function.

A rule's ``check`` takes the parsed letter and its :class:`Context` and yields
:class:`Hit` records (a message, the line, and a severity only when the rule varies it).
Rules that look across several letters (FK205, FK501, FK502) have ``scope="batch"`` and are
run by :func:`followkit.checks.check_batch` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from followkit.model import Candidate, Interview, Interviewer

__all__ = ["Context", "Example", "Facts", "Hit", "Rule"]


@dataclass(frozen=True)
class Facts:
    """Part of an interview, for callers who know only some of it (the command line).

    Has the attributes of :class:`~followkit.model.Interview` the rules read; an empty value
    means "not known", and the rules that need it stay silent.
    """

    company: str = ""
    position: str = ""
    ended_at: datetime | None = None
    interviewers: tuple[Interviewer, ...] = ()
    topics: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    agreed_channel: str | None = None
    other_companies: tuple[str, ...] = ()


@dataclass(frozen=True)
class Context:
    """What the checker knows besides the letter; anything may be missing (``None``).

    ``locale`` ("en-US", "en-GB") is the dialect the letter is proofread in (FK702).
    """

    interview: Interview | Facts | None = None
    interviewer: Interviewer | None = None
    channel: str | None = None
    sent_at: datetime | None = None
    candidate: Candidate | None = None
    to: str | None = None
    locale: str | None = None


class Hit(NamedTuple):
    """One place a rule fired: advice quoting what was found, and the line (1-based).

    A named tuple: made for every finding of every check, several times faster than a
    frozen dataclass.
    """

    message: str
    line: int | None = None
    severity: str | None = None


@dataclass(frozen=True)
class Example:
    """How to make the sample letter fail a rule, for the docs and the tests.

    Each pair in ``changes`` is ``(passing text, failing text)``: the sample letter holds the
    first; the failing letter has it replaced by the second. ``fail_context`` changes the
    context instead (``("sent_after_hours", 0.5)``, ``("channel", "phone")``); ``batch``
    names a batch of letters for the rules that look across letters. The runner is
    :mod:`followkit.checks._examples`.
    """

    changes: tuple[tuple[str, str], ...] = ()
    fail_context: tuple[tuple[str, object], ...] = ()
    batch: str = ""


@dataclass(frozen=True)
class Rule:
    """One rule of the catalogue. ``code`` and ``name`` are public API."""

    code: str
    name: str
    severity: str
    fires_when: str
    message: str
    source: str
    guide: str
    example: Example
    check: Callable[..., Iterator[Hit]]
    scope: str = "letter"
