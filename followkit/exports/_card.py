"""A printable page for a handwritten note: A6 in print (``@page``), escaped throughout."""

from __future__ import annotations

from followkit.model import Interview, Letter
from followkit.timetext import describe_window_dates
from followkit.timing import SendWindow

__all__ = ["card_font_size", "card_html"]


def card_html(letter: Letter, interview: Interview, window: SendWindow) -> str:
    """A printable page with the note to copy out by hand: A6 in print, escaped throughout."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("followkit.exports", "templates"), autoescape=True,
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
    )
    paragraphs = [p.split("\n") for p in letter.body.strip().split("\n\n")]
    return env.get_template("card.html.j2").render(
        paragraphs=paragraphs, person=letter.interviewer, interview=interview,
        font_pt=card_font_size(len(letter.body.split())),
        window=describe_window_dates(window),
    )


def card_font_size(words: int) -> float:
    """Points of type that fit ``words`` on an A6 card: 9 pt up to 170 words, then smaller."""
    return 9.0 if words <= 170 else round(max(6.5, 9.0 * (170 / words) ** 0.5), 1)
