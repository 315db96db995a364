"""Run the catalogue: :func:`check` for one letter, :func:`check_batch` for an interview's."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from followkit.checks._catalogue import RULES, RULES_BY_CODE
from followkit.checks._proofread import validate_locale
from followkit.checks._reader import read_letter
from followkit.checks._rule import Context, Hit, Rule
from followkit.errors import CheckOptionsError
from followkit.model import (
    SEVERITIES,
    Candidate,
    Finding,
    Interview,
    Interviewer,
    Letter,
    validate_channel,
)
from followkit.timing import require_aware

__all__ = ["check", "check_batch", "check_with_context", "validate_options"]


def _codes(codes: Iterable[str], what: str) -> list[str]:
    if isinstance(codes, str):
        codes = [codes]
    codes = [str(code).strip().upper() for code in codes]
    unknown = [code for code in codes if code not in RULES_BY_CODE]
    if unknown:
        raise CheckOptionsError(
            f"{what}: unknown rule code {', '.join(map(repr, unknown))}; "
            f"known codes are {RULES[0].code}–{RULES[-1].code} (see docs/rules.md)."
        )
    return codes


def _severities(severity: Mapping[str, str] | None) -> dict[str, str]:
    if not severity:
        return {}
    chosen = dict(zip(_codes(severity.keys(), "severity"), severity.values(), strict=True))
    for code, level in chosen.items():
        if level not in SEVERITIES:
            raise CheckOptionsError(
                f"severity: {level!r} for {code} is not a severity; "
                f"use one of {', '.join(SEVERITIES)}."
            )
    return chosen


def validate_options(disable: Iterable[str] = (), severity: Mapping[str, str] | None = None):
    """Raise ValueError naming any unknown rule code or severity in the options."""
    _codes(disable, "disable")
    _severities(severity)


def _context(letter, interview, interviewer, channel, sent_at, candidate, to,
             locale=None) -> Context:
    if isinstance(letter, Letter):
        interviewer = interviewer or letter.interviewer
        channel = channel or letter.channel
    elif not isinstance(letter, str):
        raise CheckOptionsError(
            f"letter: expected a Letter or the letter's text, got {type(letter).__name__}."
        )
    if interview is not None and not isinstance(interview, Interview):
        raise CheckOptionsError(
            f"interview: expected an Interview, got {type(interview).__name__}."
        )
    if interviewer is not None and not isinstance(interviewer, Interviewer):
        raise CheckOptionsError(
            f"interviewer: expected an Interviewer, got {type(interviewer).__name__}."
        )
    if candidate is not None and not isinstance(candidate, Candidate):
        raise CheckOptionsError(
            f"candidate: expected a Candidate, got {type(candidate).__name__}."
        )
    if channel is not None:
        channel = validate_channel(channel)
    if sent_at is not None:
        require_aware(sent_at, "sent_at")
    if locale is not None:
        try:
            locale = validate_locale(locale)
        except ValueError as exc:
            raise CheckOptionsError(f"locale: {exc}") from None
    return Context(interview, interviewer, channel, sent_at, candidate, to, locale)


def _text(letter) -> str:
    return letter.text if isinstance(letter, Letter) else letter


def _finding(rule: Rule, hit: Hit, severity: dict[str, str]) -> Finding:
    level = severity.get(rule.code) or hit.severity or rule.severity
    return Finding(rule.code, rule.name, level, hit.message, hit.line, rule.source)


def _sort(findings: list[Finding]) -> list[Finding]:
    """By line, then code; a finding said twice (the same slip twice on a line) once."""
    return sorted(dict.fromkeys(findings), key=lambda f: (f.line is None, f.line or 0, f.code))


def check(
    letter: Letter | str,
    interview: Interview | None = None,
    *,
    interviewer: Interviewer | None = None,
    channel: str | None = None,
    sent_at: datetime | None = None,
    candidate: Candidate | None = None,
    disable: Iterable[str] = (),
    severity: Mapping[str, str] | None = None,
    to: str | None = None,
    locale: str | None = None,
) -> list[Finding]:
    """What a careful coach would say about one letter, as findings sorted by line.

    ``letter`` is a :class:`~followkit.model.Letter` (which supplies its interviewer and
    channel) or the raw text. Rules that need context (the interview, the interviewer, the
    channel, ``sent_at``) stay silent when it is missing. ``disable`` switches rules off by
    code; ``severity`` maps a code to ``"error"``, ``"warning"`` or ``"info"``; ``to`` is the
    address the email goes to (default: the interviewer's); ``locale`` ("en-US", "en-GB") is
    the dialect FK702 spells in (default: the interview's, else the one most of the letter's
    own spellings follow). Unknown codes or
    locales raise CheckOptionsError; text that cannot be checked raises
    :class:`~followkit.errors.LetterError`.
    """
    ctx = _context(letter, interview, interviewer, channel, sent_at, candidate, to, locale)
    return check_with_context(_text(letter), ctx, disable=disable, severity=severity)


def check_with_context(
    text: str,
    ctx: Context,
    *,
    disable: Iterable[str] = (),
    severity: Mapping[str, str] | None = None,
) -> list[Finding]:
    """:func:`check` on raw text with a ready-made :class:`Context` (partial facts allowed)."""
    off, levels = set(_codes(disable, "disable")), _severities(severity)
    parsed = read_letter(text)
    findings = [
        _finding(rule, hit, levels)
        for rule in RULES
        if rule.scope == "letter" and rule.code not in off
        for hit in rule.check(parsed, ctx)
    ]
    return _sort(findings)


def check_batch(
    letters: Sequence[Letter | str],
    interview: Interview | None = None,
    *,
    interviewer: Interviewer | None = None,
    channel: str | None = None,
    sent_at: datetime | None = None,
    candidate: Candidate | None = None,
    disable: Iterable[str] = (),
    severity: Mapping[str, str] | None = None,
    to: str | None = None,
    locale: str | None = None,
) -> list[list[Finding]]:
    """:func:`check` for each letter of one interview, plus the rules across letters.

    Returns one list of findings per letter, in the same order. FK205 (copy-paste) compares
    letters to different interviewers; FK501 flags a second letter to the same person;
    FK502 flags an interviewer of ``interview`` with no letter in the batch.
    """
    letters = list(letters)
    options: dict[str, Any] = dict(interviewer=interviewer, channel=channel, sent_at=sent_at,
                                   candidate=candidate, disable=disable, severity=severity,
                                   to=to, locale=locale)
    results = [check(letter, interview, **options) for letter in letters]
    off, levels = set(_codes(disable, "disable")), _severities(severity)
    contexts = [_context(letter, interview, interviewer, channel, sent_at, candidate, to, locale)
                for letter in letters]
    for rule in RULES:
        if rule.scope != "batch" or rule.code in off:
            continue
        batch: list[list[Hit]] = rule.check(letters, contexts)  # type: ignore[assignment]
        for found, hits in zip(results, batch, strict=True):
            found.extend(_finding(rule, hit, levels) for hit in hits)
    return [_sort(found) for found in results]
