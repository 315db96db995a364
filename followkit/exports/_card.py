"""A printable page for a handwritten note: A6 in print (``@page``), escaped throughout.

:func:`card_problem` says, before anyone prints, when a note would spill onto a second A6
page. It estimates the printed height from the card's layout (the template's page, margins,
type size, line height and paragraph spacing) and the width of the text, line by line; the
average character width was measured with Chromium printing to PDF (DejaVu Serif), and a test
prints long and short cards and compares the page count with the estimate.
"""

from __future__ import annotations

import unicodedata

from followkit.model import Interview, Letter
from followkit.timetext import describe_window_dates
from followkit.timing import SendWindow

__all__ = ["card_font_size", "card_html", "card_problem"]

_MM_PER_PT = 25.4 / 72
_TEXT_MM = (105 - 2 * 7, 148 - 2 * 7)  # A6 less the 7 mm margins (card.html.j2's @page)
_CHAR_EM = 0.52  # average character width in em (measured: 0.50 matched every test card)
_LINE_HEIGHT = 1.38  # card.html.j2's .note p
_PARAGRAPH_MM = 2.6  # the space after each paragraph
_HEADER_LINE_MM = 7.5 * 1.3 * _MM_PER_PT  # the "To ..." line: 7.5 pt, line height 1.3
_HEADER_MM = 6.3  # its margin (4 mm), padding (2 mm) and rule


def card_html(letter: Letter, interview: Interview, window: SendWindow) -> str:
    """A printable page with the note to copy out by hand: A6 in print, escaped throughout."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("followkit.exports", "templates"), autoescape=True,
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
    )
    return env.get_template("card.html.j2").render(
        paragraphs=_paragraphs(letter), person=letter.interviewer, interview=interview,
        font_pt=card_font_size(len(letter.body.split())),
        window=describe_window_dates(window), problem=card_problem(letter, interview),
    )


def _paragraphs(letter: Letter) -> list[list[str]]:
    return [p.split("\n") for p in letter.body.strip().split("\n\n")]


def _width(word: str) -> int:
    """Characters of ``word``, counting a wide (CJK) character as two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in word)


def _lines(text: str, per_line: int) -> int:
    """How many lines ``text`` takes when wrapped at word boundaries, ``per_line`` wide."""
    lines, used = 1, 0
    for word in text.split():
        width = _width(word)
        if used and used + 1 + width > per_line:
            lines, used = lines + 1, 0
        used += width + (1 if used else 0)
        while used > per_line:  # a word longer than a line breaks anywhere
            lines, used = lines + 1, used - per_line
    return lines


def _header(interview: Interview, letter: Letter) -> str:
    person = letter.interviewer
    title = f", {person.title}" if person.title else ""
    return f"To {person.name}{title} · {interview.company} · {interview.position}"


def card_height_mm(letter: Letter, interview: Interview) -> float:
    """The estimated printed height of the card's text, in millimetres."""
    font_pt = card_font_size(len(letter.body.split()))
    per_line = int(_TEXT_MM[0] / (font_pt * _MM_PER_PT * _CHAR_EM))
    header_per_line = int(_TEXT_MM[0] / (7.5 * _MM_PER_PT * 0.55))
    height = _HEADER_MM + _lines(_header(interview, letter), header_per_line) * _HEADER_LINE_MM
    line_mm = font_pt * _LINE_HEIGHT * _MM_PER_PT
    for paragraph in _paragraphs(letter):
        height += sum(_lines(line, per_line) for line in paragraph) * line_mm + _PARAGRAPH_MM
    return height - _PARAGRAPH_MM  # the last paragraph's space falls off the page


def card_problem(letter: Letter, interview: Interview) -> str | None:
    """Why the card would not print on one A6 page (and what to do), or None if it fits."""
    height = card_height_mm(letter, interview)
    if height <= _TEXT_MM[1]:
        return None
    words = len(letter.body.split())
    keep = max(10, int(words * _TEXT_MM[1] / height) // 10 * 10)
    return (f"This note would not fit on one A6 card: printed, it runs to about "
            f"{height / _TEXT_MM[1]:.1f} pages. Shorten it to about {keep} words (or fewer "
            "paragraphs), or print it on a larger card.")


def card_font_size(words: int) -> float:
    """Points of type that fit ``words`` on an A6 card: 9 pt up to 170 words, then smaller."""
    return 9.0 if words <= 170 else round(max(6.5, 9.0 * (170 / words) ** 0.5), 1)
