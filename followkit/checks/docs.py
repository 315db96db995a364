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

## How a letter is read

Every rule reads the same parts, found by `followkit.checks.read_letter`:

- **subject**: a first line `Subject: …` (also `**Subject:**`, or a subject line in a typed
  letter's heading); `.eml` files give theirs;
- **heading**: in a typed letter, the sender's address, the date and the reader's name and
  address above the greeting (on a card, its printed title, "Thank You!"); a letter sent as
  `--channel letter` (or a `.docx`) is expected to have one, and FK601 does not apply to it;
- **greeting**: "Dear Dr. Walker:", "Respected Mr. Smith", "Hi team,", "Hello Ms. O’Neill -",
  or a card's "Frank, thank you for …", where the greeting opens the first sentence;
- **body paragraphs**: a paragraph ends at a blank line or an indented first line; lines
  hard-wrapped at ~72 characters are joined; lines typed one per paragraph are split;
- **sign-off, name and signature block**: titles, pronouns, phone | email | LinkedIn lines,
  "Sent from my iPhone", a logo placeholder or a confidentiality notice are never read as
  the body;
- **postscript**: a "P.S." after the name is read for tone but is not the last paragraph;
- **quoted or forwarded text**: "On … wrote:", "-----Original Message-----", Outlook's
  From/Sent/To block, "> " lines and forwarded messages are ignored by every rule and never
  counted or quoted (the attribution as mail programs set to German, French, Spanish,
  Portuguese, Dutch, Italian, Scandinavian or Polish write it, "Am … schrieb …:", "El …
  escribió:", is one too). A letter quoted whole, with "> " before every line and nothing
  else (as copied out of a reply or from Markdown), is read without its quote marks; a draft
  copied from Markdown is read without its title lines at the top ("# Thank-you email") and
  the bold marks of whole lines ("**Dear Gaurav,**"); mail
  headers pasted at the top ("To:", "From:", "Subject:", blank lines between them or not) are
  the letter's own, not a quote. A letter forwarded under a short note ("here is what I
  sent"), with "Forwarded message" or, from Outlook, with the writer's own name in From: and
  a note to someone else, is read as the letter; a chase on top of one's own earlier letter
  is the letter itself.

Line numbers always refer to the text as given (Windows line ends included). Names are
compared with accents, curly quotes and case folded ("O’Neill" is "O'Neill"); a company may
be written without its legal suffix or with "and" for "&"; topics are recalled by their word
stems (Snowball) and a small synonym list (`phrases/synonyms.txt`).

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
