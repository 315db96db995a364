"""Write docs/examples/<form>.md: the letters followkit composes from each example form.

Run after changing a template or a form: ``.venv/bin/python docs/examples/make_examples.py``.
tests/test_examples.py fails while a committed page differs from what compose writes now.
"""

from __future__ import annotations

import sys
from pathlib import Path

import followkit as fk

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "data" / "examples" / "forms"
PAGES = ROOT / "docs" / "examples"


def _count(people: int) -> str:
    return f"{people} interviewer" if people == 1 else f"{people} interviewers"


def render_page(form_path: Path) -> str:
    """The Markdown page showing every letter composed from one form."""
    interview, candidate, channel, sign_off, length = fk.load_form_file(form_path)
    letters = fk.compose(interview, candidate, channel, sign_off=sign_off, length=length)
    people = ", ".join(
        f"{p.name} ({p.title})" if p.title else p.name for p in interview.interviewers
    )
    lines = [
        f"# {interview.position} at {interview.company}",
        "",
        f"Composed by `followkit.compose` from "
        f"[`data/examples/forms/{form_path.name}`](../../data/examples/forms/{form_path.name}): "
        f"{channel}{', brief' if length == 'brief' else ''}, signed \"{sign_off}\", "
        f"one letter to each of {people}.",
        "Regenerate with `.venv/bin/python docs/examples/make_examples.py`.",
    ]
    notes = fk.check_form(interview, candidate)
    if notes:
        lines += ["", "What `followkit.check_form` tells the writer about the notes:", ""]
        lines += [f"- `{f.field}` {f.code} {f.severity}: {f.message}" for f in notes]
    for letter in letters:
        words = len(letter.body.split())
        lines += ["", f"## To {letter.interviewer.name} ({words} words)", "", "```text",
                  letter.text, "```"]
    return "\n".join(lines) + "\n"


def main() -> int:
    """Write one page per example form, and an index."""
    index = ["# Example letters", "",
             "What followkit writes from each form in `data/examples/forms/`:", ""]
    for form_path in sorted(FORMS.glob("*.json")):
        page = PAGES / f"{form_path.stem}.md"
        page.write_text(render_page(form_path), encoding="utf-8")
        interview, _candidate, channel, _sign_off, length = fk.load_form_file(form_path)
        brief = ", brief" if length == "brief" else ""
        index.append(f"- [{interview.position} at {interview.company}]({page.name}): {channel}"
                     f"{brief}, {_count(len(interview.interviewers))}")
    (PAGES / "README.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"wrote {len(index) - 4} example pages to {PAGES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
