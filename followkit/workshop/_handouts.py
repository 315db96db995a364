"""Printable pages for the facilitator: the participants' handout and the answer key.

Both are one self-contained HTML page (print it from the browser, A4 or Letter). Everything
comes from the lesson and followkit's own rule catalogue and send windows, so the pages cannot
drift from what the notebook grades.
"""

from __future__ import annotations

import base64
from datetime import UTC
from html import escape
from pathlib import Path

from followkit.checks import RULES
from followkit.timing import send_window
from followkit.workshop._exercises import AT_ONCE
from followkit.workshop._lesson import SECTIONS, Lesson

__all__ = ["answer_key_html", "handout_html", "write_page"]

_STYLE = """
<style>
 @page { margin: 14mm; }
 body { font-family: Georgia, serif; font-size: 10.5pt; line-height: 1.3; max-width: 46em;
        margin: auto; }
 h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 12pt; margin: 10pt 0 3pt; }
 ul { margin: 2pt 0; padding-left: 16pt; } li { margin: 1pt 0; }
 .quote { color: #444; font-style: italic; } .code { font-family: monospace; color: #555; }
 .letter { white-space: pre-wrap; font-family: monospace; font-size: 9pt; border: 1px solid
           #bbb; padding: 6pt; break-inside: avoid; }
 .room { float: right; text-align: center; font-family: monospace; font-size: 9pt; }
 .room img { width: 34mm; height: 34mm; display: block; margin: auto; }
 section { break-inside: avoid; }
</style>
"""


def _page(title: str, body: str) -> str:
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>"
            f"{escape(title)}</title>{_STYLE}</head><body>{body}</body></html>\n")


def _rules_by_section() -> dict[str, list]:
    """The rules grouped by the guide section they quote, in the order the workshop teaches."""
    order = [guide for _, guide in SECTIONS]
    sections: dict[str, list] = {}
    for rule in sorted(RULES, key=lambda r: order.index(r.source) if r.source in order
                       else len(order)):
        sections.setdefault(rule.source, []).append(rule)
    return sections


def handout_html(lesson: Lesson, link: str = "", qr_png: bytes | None = None) -> str:
    """The guide's rules on one page, with the room's link (and its QR code) in the corner."""
    room = ""
    if link:
        image = ("" if qr_png is None else "<img alt='QR code of the room link' src='data:"
                 f"image/png;base64,{base64.b64encode(qr_png).decode()}'>")
        room = f"<div class='room'>{image}{escape(link)}</div>"
    parts = [room, "<h1>Following up after an interview</h1>",
             "<p>A follow-up is a message of thanks and acknowledgement of the meeting: an email "
             "or a handwritten note, the way you agreed at the end of the interview.</p>"]
    email = next((e for e in lesson.send_time if e.channel == "email"), lesson.send_time[0])
    window = send_window(email.ended_at, "email")
    first = (window.earliest - email.ended_at).total_seconds() / 3600
    parts.append(
        "<section><h2>When to send it</h2><ul>"
        "<li>Within <b>24 hours</b> of the interview.</li>"
        f"<li>An email: not at once; wait at least <b>{first:g} hour"
        f"{'s' if first != 1 else ''}</b> (two is comfortable).</li>"
        f"<li>A handwritten note: write and mail it <b>as soon as possible</b> (the same "
        f"afternoon: within {AT_ONCE.total_seconds() / 3600:g} hours).</li></ul></section>")
    for section, rules in _rules_by_section().items():
        items = "".join(
            f"<li>{escape(rule.message)} <span class='code'>{escape(rule.code)}</span></li>"
            for rule in rules)
        parts.append(f"<section><h2>{escape(section)}</h2><ul>{items}</ul></section>")
    return _page("Following up after an interview: the handout", "".join(parts))


def _scenario(exercise) -> str:
    person, interview = exercise.interviewer, exercise.interview
    return (f"To <b>{escape(person.name)}</b>, {escape(person.title)}; "
            f"{escape(interview.position)} at {escape(interview.company)}; discussed: "
            f"{escape(', '.join((*person.topics, *interview.topics)))}; skills: "
            f"{escape(', '.join(interview.skills))}.")


def answer_key_html(lesson: Lesson) -> str:
    """Every exercise's answer, made from the lesson: quiz, letters, send times, the panel."""
    by_code = {rule.code: rule for rule in RULES}
    parts = ["<h1>Answer key: Following up after an interview</h1>", "<h2>Quiz</h2><ol>"]
    for question in lesson.quiz:
        right = next(c for c in question.choices if c.correct)
        parts.append(f"<li><b>{escape(question.question)}</b><br>{escape(right.text)}<br>"
                     f"<span class='quote'>{escape(right.why)}</span></li>")
    parts.append("</ol><h2>Fix this letter</h2>")
    for exercise in lesson.letters:
        flaws = "".join(
            f"<li><span class='code'>{escape(code)}</span> "
            f"{escape(by_code[code].message) if code in by_code else ''}</li>"
            for code in exercise.flaws)
        parts.append(f"<section><h2>{escape(exercise.title)}</h2><p>{_scenario(exercise)}</p>"
                     f"<p>What the checker finds:</p><ul>{flaws}</ul>"
                     f"<p>A model answer:</p><div class='letter'>{escape(exercise.answer)}</div>"
                     "</section>")
    parts.append("<h2>When to send it</h2><ul>")
    for item in lesson.send_time:
        window = send_window(item.ended_at, item.channel)
        if item.channel == "handwritten":
            soon = (item.ended_at.astimezone(UTC) + AT_ONCE).astimezone(item.ended_at.tzinfo)
            best = f"at once: by {soon:%a %H:%M}"
        else:
            best = (f"from {window.earliest:%a %H:%M}, comfortably from "
                    f"{window.recommended:%a %H:%M}")
        parts.append(f"<li><b>{escape(item.title)}</b> (ended {item.ended_at:%a %H:%M}): "
                     f"{escape(best)}; on time until {window.latest:%a %H:%M}.</li>")
    panel = lesson.panel
    people = "".join(f"<li><b>{escape(p.name)}</b>, {escape(p.title)}: mention "
                     f"{escape(', '.join(p.topics))}</li>" for p in panel.interview.interviewers)
    parts.append(f"</ul><h2>{escape(panel.title)}</h2><p>Done when every letter is edited, no "
                 "two are copies (FK205), and each names what was discussed with its reader "
                 f"(FK104):</p><ul>{people}</ul>")
    return _page("Answer key", "".join(parts))


def write_page(path: str | Path, html: str) -> Path:
    """Write a printable page; make the folder if needed; return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path
