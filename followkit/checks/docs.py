"""Write ``docs/rules.md`` from the catalogue: ``python -m followkit.checks.docs > docs/rules.md``.

A test compares the committed file with :func:`rules_markdown`, so the page is never stale.
"""

from __future__ import annotations

from followkit.checks._catalogue import RULES
from followkit.checks._examples import run_example
from followkit.checks._rule import Rule

__all__ = ["rules_markdown"]

_HEADER = """\
# The letter checker's rules

Generated from `followkit.checks.RULES` by `python -m followkit.checks.docs > docs/rules.md`;
do not edit by hand (a test fails when this page is stale).

Severity: **error** (fix before sending), **warning** (should fix), **info** (advice).
Each example changes one spot of the sample letter below; the *fails* version makes the rule
fire, the *passes* version (the sample letter) does not. Switch a rule off with
`check(..., disable=["FK305"])` or `--disable FK305`; change its severity with
`check(..., severity={"FK109": "warning"})`.

Rules that need context (the interview's company, position, topics and skills; the
interviewer; the channel; the send time; other companies you applied to) stay silent when it
is not given, except FK104 and FK105, which fall back on cue words.

## The sample letter

Written after the interview for Senior Staff Accountant at Harlow & Pike LLP (topics: the
quarter-end close, the ERP rollout; skills: account reconciliations; agreed channel: email;
sent 3 h after the interview ended; also applied to Brightline Foods).

```
{sample}```

## Summary

| code | name | severity | fires when |
|---|---|---|---|
"""


def _example(rule: Rule) -> str:
    example = rule.example
    lines: list[str] = []
    for passes, fails in example.changes:
        lines.append(f"- fails: `{_inline(fails) or '(removed)'}`")
        lines.append(f"- passes: `{_inline(passes)}`")
    for name, value in example.fail_context:
        lines.append(f"- fails: the sample letter with `{name}={value!r}`")
        lines.append("- passes: the sample letter as it is")
    if example.batch:
        lines.append(f"- fails: {example.batch}")
        lines.append("- passes: a letter to each interviewer, each written for its reader")
    fired = run_example(rule, failing=True)
    if fired:
        lines.append(f"- says: {fired[0].message}")
    return "\n".join(lines)


def _inline(text: str) -> str:
    return " ".join(text.split()).replace("`", "'")


def rules_markdown() -> str:
    """The whole of ``docs/rules.md`` as text."""
    from followkit.checks._examples import SAMPLE_LETTER

    parts = [_HEADER.replace("{sample}", SAMPLE_LETTER)]
    parts += [f"| {r.code} | {r.name} | {r.severity} | {r.fires_when} |\n" for r in RULES]
    for rule in RULES:
        parts.append(
            f"\n## {rule.code} {rule.name} ({rule.severity})\n\n"
            f"{rule.message} Fires when {rule.fires_when}.\n\n"
            f"Guide ({rule.source}): “{rule.guide}”\n\n{_example(rule)}\n"
        )
    return "".join(parts)


if __name__ == "__main__":
    print(rules_markdown(), end="")
