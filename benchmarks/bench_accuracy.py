"""The checker's accuracy on real published letters, labelled by hand before it ran.

Run: .venv/bin/python benchmarks/bench_accuracy.py [--markdown]
Prints, per rule and in total, false alarms, misses, letters exactly right, precision and
recall, each with its goal; exits 1 when a goal is missed. ``--markdown`` prints the tables
that docs/accuracy.md quotes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import followkit as fk
from followkit.checks._corpus import accuracy, load_real_corpus

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "corpus" / "real"
FLOOR = 0.9
WARNINGS_PER_10 = 1.0


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISS"


def report(markdown: bool = False) -> bool:
    """Print the accuracy report; True when every goal is met."""
    cases = load_real_corpus(REAL)
    codes = [rule.code for rule in fk.RULES if rule.scope == "letter"]
    result = accuracy(cases, codes)
    good = [c for c in cases if c.send_as_is]
    rows = [(code, row) for code, row in result.per_rule.items() if row["support"] or row["fp"]]
    bar = "|" if markdown else " "
    print(f"{bar} rule  {bar} labelled {bar} found {bar} false alarms {bar} misses {bar} "
          f"precision {bar} recall {bar} goal ≥ {FLOOR} {bar}")
    if markdown:
        print("|---|---:|---:|---:|---:|---:|---:|---|")
    for code, row in rows:
        ok = row["precision"] >= FLOOR and row["recall"] >= FLOOR
        print(f"{bar} {code} {bar} {row['support']:>8} {bar} {row['tp']:>5} {bar} "
              f"{row['fp']:>12} {bar} {row['fn']:>6} {bar} {row['precision']:>9.2f} {bar} "
              f"{row['recall']:>6.2f} {bar} {_verdict(ok):>10} {bar}")
    silent = [code for code, row in result.per_rule.items() if not row["support"] and not row["fp"]]
    print(f"\nrules with no label and no finding here: {', '.join(silent) or 'none'}")
    goals = [
        (f"letters exactly right: {result.exact} of {result.letters}", None),
        (f"false alarms: {len(result.false_alarms)}, misses: {len(result.misses)}", None),
        (f"errors on the {len(good)} letters a coach would send: "
         f"{len(result.errors_on_good)} (goal 0)", not result.errors_on_good),
        (f"false warnings per 10 letters: {result.false_warnings_per_10:.1f} "
         f"(goal ≤ {WARNINGS_PER_10:.0f})", result.false_warnings_per_10 <= WARNINGS_PER_10),
        (f"rules under {FLOOR} precision or recall: {len(result.weak_rules(FLOOR))} "
         f"(goal 0) {' '.join(result.weak_rules(FLOOR))}", not result.weak_rules(FLOOR)),
    ]
    print()
    for line, ok in goals:
        print(("- " if markdown else "") + line + ("" if ok is None else f"  [{_verdict(ok)}]"))
    if not markdown:
        print("\nmisses:", ", ".join(f"{n}:{c}" for n, c in result.misses) or "none")
        print("false alarms:", ", ".join(f"{n}:{c}" for n, c in result.false_alarms) or "none")
    return all(ok for _, ok in goals if ok is not None)


if __name__ == "__main__":
    sys.exit(0 if report("--markdown" in sys.argv) else 1)
