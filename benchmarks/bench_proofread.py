"""Which offline proofreader: harper-py, pyspellchecker, or Hunspell (spylls) + rules.

Run: .venv/bin/python benchmarks/bench_proofread.py
Needs the bench-only packages (pip install -r benchmarks/requirements.txt) and Debian's
hunspell-en-us / hunspell-en-gb. On the real letters of tests/corpus/real (whose only
misspellings a coach flags are none: FK702 is never labelled there) it counts spelling flags
on correct words (false alarms), then checks planted errors each tool should catch, and
times the first call and the per-letter median. Prints the numbers that docs/accuracy.md
quotes for the choice; exits 1 when followkit's proofreader misses a planted error or
raises a false alarm on the real letters.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

from followkit.checks._corpus import load_real_corpus
from followkit.checks._proofread import proofread

ROOT = Path(__file__).resolve().parent.parent
CASES = load_real_corpus(ROOT / "tests" / "corpus" / "real")
PLANTED = [  # (text, what must be flagged, locale)
    ("I enjoyed learning about about the new system.", "about about", "en-US"),
    ("Last year i worked in logistics.", "i", "en-US"),
    ("I worked 4 year in a warehouse.", "4 year", "en-US"),
    ("I hope to recieve your reply.", "recieve", "en-US"),
    ("I hold a forklift licence.", "licence", "en-US"),
    ("We met a 6 person team.", "6 person", "en-US"),
    ("we discussed the rollout.", "we", "en-US"),
]
NOT_ERRORS = [("I hold a forklift licence.", "licence", "en-GB")]
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


def _known(case) -> list[str]:
    ctx = case.interview
    people = [p.name for p in ctx.interviewers] + [p.salutation for p in ctx.interviewers]
    return [ctx.company, ctx.position, *people, *ctx.topics, *ctx.skills]


def _timed(func, items) -> tuple[float, float]:
    start = time.perf_counter()
    func(items[0])
    first = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(3):
        for item in items:
            start = time.perf_counter()
            func(item)
            times.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(times)


def followkit_tool():
    def flags(text, locale="en-US", known=()):
        return [text[i.start:i.end] for i in proofread(text, known_words=known, locale=locale)]
    return flags


def harper_tool():
    from harper import Dialect, Linter

    linters = {}

    def flags(text, locale="en-US", known=()):
        dialect = Dialect.BRITISH if locale == "en-GB" else Dialect.AMERICAN
        if dialect not in linters:
            linters[dialect] = Linter(dialect)
        return [lint.problem_text for lint in linters[dialect].lint(text, language="plaintext")]
    return flags


def pyspellchecker_tool():
    from spellchecker import SpellChecker

    checker = SpellChecker()

    def flags(text, locale="en-US", known=()):
        words = [w for w in _WORD.findall(text) if not w.isupper()]
        return sorted(checker.unknown(words))
    return flags


def evaluate(name, make) -> bool:
    start = time.perf_counter()
    try:
        flags = make()
        flags("Warm up.")
    except ImportError as exc:
        print(f"{name}: not installed ({exc.name}); pip install -r benchmarks/requirements.txt")
        return True
    load = (time.perf_counter() - start) * 1000
    first, median = _timed(lambda c: flags(c.text, known=_known(c)), CASES)
    alarms = {c.name: flags(c.text, known=_known(c)) for c in CASES}
    alarm_count = sum(len(v) for v in alarms.values())
    caught = [want for text, want, loc in PLANTED
              if any(want.lower() == f.lower() or want.lower() in f.lower()
                     for f in flags(text, loc))]
    wrong = [want for text, want, loc in NOT_ERRORS if want in flags(text, loc)]
    print(f"\n== {name}")
    print(f"load {load:.0f} ms; first letter {first:.1f} ms; median per letter {median:.2f} ms")
    print(f"flags on the {len(CASES)} real letters (none is a misspelling a coach flags): "
          f"{alarm_count}")
    sample = sorted({" ".join(w.split())[:30] for v in alarms.values() for w in v})[:25]
    print(f"  e.g. {', '.join(sample) or 'none'}")
    print(f"planted errors caught: {len(caught)} of {len(PLANTED)} "
          f"(missed: {', '.join(w for _, w, _ in PLANTED if w not in caught) or 'none'})")
    print(f"en-GB 'licence' wrongly flagged: {'yes' if wrong else 'no'}")
    return name != "followkit (Hunspell via spylls + rules)" or (
        len(caught) == len(PLANTED) and not wrong)


if __name__ == "__main__":
    ok = True
    for name, make in (("followkit (Hunspell via spylls + rules)", followkit_tool),
                       ("harper-py", harper_tool), ("pyspellchecker", pyspellchecker_tool)):
        ok = evaluate(name, make) and ok
    sys.exit(0 if ok else 1)
