"""The printable card prints on one A6 page in chromium, even for the longest letter allowed."""

from __future__ import annotations

import re

import followkit as fk
from followkit.exports import card_html
from followkit.timing import send_window

SENTENCE = "I enjoyed learning about the close calendar and the audit plans of the team "


def letter_of(words: int, person: fk.Interviewer, channel: str) -> fk.Letter:
    """A letter whose four body paragraphs hold ``words`` words, with greeting and signature."""
    filler = (SENTENCE * (words // 10 + 1)).split()[:words]
    quarter = len(filler) // 4
    paragraphs = [" ".join(filler[i * quarter:(i + 1) * quarter if i < 3 else None]) + "."
                  for i in range(4)]
    body = "\n\n".join(["Dear Ms. Rivera,", *paragraphs,
                        "Sincerely,\nSam Lee\nsam.lee@example.com\n+1 312 555 0142"])
    return fk.Letter(interviewer=person, channel=channel, subject="", body=body)


def pdf_pages(page, html: str) -> tuple[int, list[bytes]]:
    page.set_content(html)
    pdf = page.pdf(prefer_css_page_size=True)
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    boxes = re.findall(rb"/MediaBox\s*\[([^\]]*)\]", pdf)
    return pages, boxes


def test_longest_handwritten_note_prints_on_one_a6_page(page, interview, screenshot):
    letter = letter_of(150, interview.interviewers[0], "handwritten")
    html = card_html(letter, interview, send_window(interview.ended_at, "handwritten"))
    pages, boxes = pdf_pages(page, html)
    assert pages == 1
    width, height = (float(x) for x in boxes[0].split()[2:4])
    assert (round(width), round(height)) == (298, 420)  # A6: 105 x 148 mm in points
    screenshot(page, "card")


def test_longest_email_prints_on_one_a6_page(page, interview):
    letter = letter_of(250, interview.interviewers[0], "email")
    html = card_html(letter, interview, send_window(interview.ended_at, "email"))
    assert pdf_pages(page, html)[0] == 1
