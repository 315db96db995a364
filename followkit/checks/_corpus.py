"""Labelled example letters and the checker's accuracy on them.

A corpus is a folder of ``NAME.txt`` letters and a ``labels.toml`` giving, per letter, the
interview context and the exact set of codes a careful coach would raise (see
``data/examples/letters/labels.toml``). A career center that extends the phrase lists can
run :func:`score` on its own letters to see what changed.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from followkit.model import Interview, Interviewer

__all__ = ["Case", "check_case", "load_corpus", "score"]

_ENDED = datetime(2026, 11, 19, 15, 30, tzinfo=ZoneInfo("America/Chicago"))


@dataclass(frozen=True)
class Case:
    """One labelled letter: its text, the check() arguments, and the expected codes."""

    name: str
    text: str
    interview: Interview
    options: dict
    expect: frozenset[str]


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


def check_case(case: Case) -> set[str]:
    """The codes the checker raises on one case."""
    from followkit.checks._run import check

    return {f.code for f in check(case.text, case.interview, **case.options)}


def score(cases: Iterable[Case], codes: Iterable[str]) -> dict[str, dict[str, float | int]]:
    """Per-rule true/false positives, false negatives, precision and recall.

    Precision is 1.0 when a rule never fired and recall is 1.0 when no letter expected it
    (nothing to get wrong); ``support`` says how many letters expected the rule.
    """
    results = [(case.expect, check_case(case)) for case in cases]
    table = {}
    for code in codes:
        tp = sum(code in e and code in f for e, f in results)
        fp = sum(code not in e and code in f for e, f in results)
        fn = sum(code in e and code not in f for e, f in results)
        table[code] = {"tp": tp, "fp": fp, "fn": fn, "support": tp + fn,
                       "precision": tp / (tp + fp) if tp + fp else 1.0,
                       "recall": tp / (tp + fn) if tp + fn else 1.0}
    return table
