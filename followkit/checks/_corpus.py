"""Labelled example letters and the checker's accuracy on them.

Two folder layouts hold labelled letters:

- a folder of ``NAME.txt`` letters and one ``labels.toml`` giving, per letter, the interview
  context and the exact set of codes a careful coach would raise
  (``data/examples/letters/labels.toml``), read by :func:`load_corpus`;
- a folder of real published letters, each ``NAME.txt`` with a ``NAME.json`` sidecar (source
  URL, channel, context, ``labels`` with reasons, ``ignore``, ``send_as_is``;
  ``tests/corpus/real/README.md``), read by :func:`load_real_corpus`.

A career center that extends the phrase lists can run :func:`score` and :func:`accuracy` on
its own letters to see what changed.
"""

from __future__ import annotations

import inspect
import json
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache, partial
from pathlib import Path
from zoneinfo import ZoneInfo

from followkit.checks._rule import Context, Facts
from followkit.model import CHANNELS, Finding, Interview, Interviewer

__all__ = ["Accuracy", "Case", "accuracy", "check_case", "check_case_findings", "load_corpus",
           "load_real_corpus", "score"]

_ENDED = datetime(2026, 11, 19, 15, 30, tzinfo=ZoneInfo("America/Chicago"))


@dataclass(frozen=True)
class Case:
    """One labelled letter: its text, the check() arguments, and the expected codes."""

    name: str
    text: str
    interview: Interview | Facts
    options: dict
    expect: frozenset[str]
    ignore: frozenset[str] = frozenset()
    send_as_is: bool | None = None
    source: str = ""
    reasons: dict = field(default_factory=dict)


def _case(folder: Path, name: str, label: dict) -> Case:
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    person = Interviewer(name=label["interviewer"], salutation=label.get("salutation", ""),
                         email=label.get("email", ""), topics=label.get("interviewer_topics", []))
    interview = Interview(
        company=label["company"], position=label["position"], ended_at=_ENDED,
        interviewers=[person], topics=label.get("topics", []), skills=label.get("skills", []),
        agreed_channel=label.get("agreed_channel"),
        other_companies=label.get("other_companies", []),
    )
    channel = label.get("channel") or ("email" if text.lstrip().lower().startswith("subject:")
                                       else "handwritten")
    options = {"interviewer": person, "channel": channel,
               "sent_at": _ENDED + timedelta(hours=label.get("sent_after_hours", 3))}
    if "to" in label:
        options["to"] = label["to"]
    return Case(name, text, interview, options, frozenset(label.get("expect", [])))


def load_corpus(folder: str | Path) -> list[Case]:
    """Every labelled letter of ``folder`` (its ``labels.toml`` names them), in name order."""
    folder = Path(folder)
    labels = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))["letters"]
    return [_case(folder, name, labels[name]) for name in sorted(labels)]


def _real_case(folder: Path, name: str) -> Case:
    meta = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    ctx = meta.get("context", {})
    person = None
    if ctx.get("interviewer") or ctx.get("salutation"):
        person = Interviewer(name=ctx.get("interviewer") or ctx["salutation"],
                             salutation=ctx.get("salutation", ""),
                             topics=ctx.get("interviewer_topics", []))
    topics, skills = tuple(ctx.get("topics", ())), tuple(ctx.get("skills", ()))
    interview: Interview | Facts
    if ctx.get("company") and ctx.get("position") and person is not None:
        interview = Interview(company=ctx["company"], position=ctx["position"], ended_at=_ENDED,
                              interviewers=[person], topics=topics, skills=skills)
    else:  # part of the context is unknown: the rules that need it stay silent
        interview = Facts(company=ctx.get("company", ""), position=ctx.get("position", ""),
                          ended_at=_ENDED, interviewers=(person,) if person else (),
                          topics=topics, skills=skills)
    channel = meta.get("channel")
    options = {"interviewer": person, "sent_at": _ENDED + timedelta(hours=3),
               "channel": channel if channel in CHANNELS else None}
    if ctx.get("locale"):
        options["locale"] = ctx["locale"]
    labels = meta.get("labels", {})
    return Case(name, text, interview, options, frozenset(labels),
                frozenset(meta.get("ignore", {})), meta.get("send_as_is"), meta.get("source", ""),
                dict(labels))


def load_real_corpus(folder: str | Path) -> list[Case]:
    """Every ``NAME.txt`` of ``folder`` that has a ``NAME.json`` sidecar, in name order."""
    folder = Path(folder)
    return [_real_case(folder, path.stem) for path in sorted(folder.glob("*.json"))]


@cache
def _parameters(func) -> frozenset[str]:
    return frozenset(inspect.signature(func).parameters)


def check_case_findings(case: Case, **extra) -> list[Finding]:
    """The findings the checker raises on one case (``extra`` adds check() options)."""
    return case_check(case, **extra)()


def case_check(case: Case, **extra) -> Callable[[], list[Finding]]:
    """The checker's call on one case, ready to make (``extra`` adds check() options).

    The call a person makes, ``check(text, interview, …)``; for a real letter whose context
    is partial facts, :func:`check_with_context`. A benchmark times the call alone.
    """
    from followkit.checks._run import check, check_with_context

    options = {k: v for k, v in {**case.options, **extra}.items() if k in _parameters(check)}
    if isinstance(case.interview, Facts):
        kept = ("disable", "severity")
        ctx_options = {k: v for k, v in options.items() if k not in kept}
        ctx_fields = _parameters(Context)
        ctx = Context(case.interview, **{k: v for k, v in ctx_options.items() if k in ctx_fields})
        return partial(check_with_context, case.text, ctx,
                       **{k: v for k, v in options.items() if k in kept})
    return partial(check, case.text, case.interview, **options)


def check_case(case: Case, **extra) -> set[str]:
    """The codes the checker raises on one case, less the ones the case ignores."""
    return {f.code for f in check_case_findings(case, **extra)} - case.ignore


def score(cases: Iterable[Case], codes: Iterable[str]) -> dict[str, dict[str, float | int]]:
    """Per-rule true/false positives, false negatives, precision and recall.

    Precision is 1.0 when a rule never fired and recall is 1.0 when no letter expected it
    (nothing to get wrong); ``support`` says how many letters expected the rule. A code a
    case ignores is not scored on that case.
    """
    results = [(case.expect - case.ignore, check_case(case)) for case in cases]
    return _table(results, codes)


def _table(results, codes) -> dict[str, dict[str, float | int]]:
    table = {}
    for code in codes:
        tp = sum(code in e and code in f for e, f in results)
        fp = sum(code not in e and code in f for e, f in results)
        fn = sum(code in e and code not in f for e, f in results)
        table[code] = {"tp": tp, "fp": fp, "fn": fn, "support": tp + fn,
                       "precision": tp / (tp + fp) if tp + fp else 1.0,
                       "recall": tp / (tp + fn) if tp + fn else 1.0}
    return table


@dataclass(frozen=True)
class Accuracy:
    """How the checker did on a set of labelled letters, against the goals in docs/accuracy.md.

    ``false_alarms`` and ``misses`` list ``(letter, code)``; ``false_warnings`` are the false
    alarms of severity warning or error; ``errors_on_good`` are errors raised on letters a
    coach would send as they are; ``per_rule`` is :func:`score`'s table.
    """

    letters: int
    exact: int
    false_alarms: tuple[tuple[str, str], ...]
    misses: tuple[tuple[str, str], ...]
    false_warnings: tuple[tuple[str, str], ...]
    errors_on_good: tuple[tuple[str, str], ...]
    per_rule: dict

    @property
    def false_warnings_per_10(self) -> float:
        """False warnings and errors per ten letters."""
        return 10 * len(self.false_warnings) / max(self.letters, 1)

    def weak_rules(self, floor: float = 0.9) -> list[str]:
        """Codes whose precision or recall is under ``floor``."""
        return [code for code, row in self.per_rule.items()
                if row["precision"] < floor or row["recall"] < floor]


def accuracy(cases: Iterable[Case], codes: Iterable[str], **extra) -> Accuracy:
    """Score ``cases`` on ``codes``; ``extra`` adds check() options (e.g. ``disable``)."""
    cases = list(cases)
    false_alarms, misses, false_warnings, errors_on_good, results, exact = [], [], [], [], [], 0
    for case in cases:
        found = [f for f in check_case_findings(case, **extra) if f.code not in case.ignore]
        fired = {f.code for f in found}
        expect = case.expect - case.ignore
        results.append((expect, fired))
        exact += fired == expect
        for f in found:
            if f.code in expect:
                continue
            false_alarms.append((case.name, f.code))
            if f.severity != "info":
                false_warnings.append((case.name, f.code))
            if case.send_as_is and f.severity == "error":
                errors_on_good.append((case.name, f.code))
        misses += [(case.name, code) for code in sorted(expect - fired)]
    return Accuracy(len(cases), exact, tuple(sorted(set(false_alarms))), tuple(misses),
                    tuple(sorted(set(false_warnings))), tuple(sorted(set(errors_on_good))),
                    _table(results, codes))
