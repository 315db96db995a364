"""The checker on real published letters, held to labels written by hand before it ran.

Targets (docs/accuracy.md): no error on a letter a coach would send as it is; at most one
false warning per ten letters; every rule's precision and recall at least 0.9; every label
found.
"""

import json
from pathlib import Path

import pytest

import followkit as fk
from followkit.checks._corpus import accuracy, check_case_findings, load_real_corpus

FOLDER = Path(__file__).resolve().parents[1] / "corpus" / "real"
CASES = load_real_corpus(FOLDER)
CODES = [rule.code for rule in fk.RULES if rule.scope == "letter"]

# Where the checker and the hand labels still disagree. Strict: the day one is fixed, its test
# passes unexpectedly and fails the suite, so the entry must be removed. docs/accuracy.md has
# the numbers; benchmarks/bench_accuracy.py reports them against the targets.
KNOWN_MISSES = {
    "cityofirvine-email-template": "FK105 missed: “my skills and abilities make me a strong "
                                   "candidate” is read as a nod to skills",
    "spectrumsociety-blanks-unsigned": "FK105 missed (“contributing my own skills”); FK108 "
                                       "missed: a letter with “Best regards,” and no name",
    "hireme-jeanette-good-afternoon": "FK105 missed: “my skills and experiences are a great "
                                      "match” is read as a nod to skills",
    "umn-nursing-body-organization-slots": "FK105 missed: “I have the skills, knowledge, and "
                                           "passion to join your team” is read as a nod to "
                                           "skills",
}


def _known(cases):
    return [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[c.name]))
            if c.name in KNOWN_MISSES else c for c in cases]


def test_corpus_is_real_labelled_and_well_formed():
    assert len(CASES) >= 30
    assert {json.loads(p.read_text())["channel"] for p in FOLDER.glob("*.json")} == {
        "email", "handwritten", "letter"}
    for case in CASES:
        assert case.source.startswith(("http://", "https://")), case.name
        assert case.text.strip(), case.name
        assert set(case.expect) | set(case.ignore) <= set(CODES), case.name
        assert all(reason.strip() for reason in case.reasons.values()), case.name
        assert case.send_as_is is not None, case.name
    assert sum(bool(c.send_as_is) for c in CASES) >= 2


@pytest.mark.parametrize("case", _known(CASES), ids=lambda c: c.name)
def test_every_label_is_found(case):
    found = {f.code for f in check_case_findings(case)}
    assert set(case.expect - case.ignore) <= found, case.reasons


@pytest.mark.parametrize("case", [c for c in CASES if c.send_as_is], ids=lambda c: c.name)
def test_no_error_on_a_letter_a_coach_would_send(case):
    errors = [f for f in check_case_findings(case) if f.severity == "error"]
    assert errors == []


def test_at_most_one_false_warning_per_ten_letters():
    result = accuracy(CASES, CODES)
    assert result.false_warnings_per_10 <= 1.0, result.false_warnings


def test_every_rule_has_precision_and_recall_of_at_least_0_9():
    result = accuracy(CASES, CODES)
    assert result.weak_rules(0.9) == [], {c: result.per_rule[c] for c in result.weak_rules(0.9)}
