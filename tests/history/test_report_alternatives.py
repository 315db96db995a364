"""The HTML report's charts say what they show: alternative text with the numbers, a table."""

from html.parser import HTMLParser

import followkit as fk
from followkit.history import chart_texts
from followkit.history._report import report_html
from followkit.history._view import SAMPLE_NOW, SAMPLE_TZ, history_view


class Page(HTMLParser):
    """The report's images (their attributes) and, per <details>, its summary and table."""

    def __init__(self) -> None:
        super().__init__()
        self.images: list[dict] = []
        self.details: list[dict] = []
        self._in: list[str] = []
        self._open = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img":
            self.images.append(attrs)
        elif tag == "details":
            self._open = True
            self.details.append({"summary": "", "caption": "", "headers": [], "cells": []})
        elif tag == "th" and self._open:
            self.details[-1]["headers"].append(attrs.get("scope"))
        if tag in ("summary", "caption", "td", "th"):
            self._in.append(tag)

    def handle_endtag(self, tag):
        self._open = self._open and tag != "details"
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data):
        if not (self._in and self._open):
            return
        where = self._in[-1]
        if where in ("summary", "caption"):
            self.details[-1][where] += data
        elif where == "td":
            self.details[-1]["cells"].append(data)


def test_every_report_chart_has_its_numbers_in_words_and_a_table(tmp_path):
    log = fk.read_log(fk.SAMPLE_LOG_PATH, tz=SAMPLE_TZ)
    page = Page()
    page.feed(report_html(log, SAMPLE_NOW, path=fk.SAMPLE_LOG_PATH, is_sample=True))
    view = history_view(fk.timeliness(log, SAMPLE_NOW), SAMPLE_NOW)
    words = chart_texts(view.rows, view.numbers)
    assert len(page.images) == 3
    # The same words as the history notebook's charts: one function says them.
    assert [image["alt"] for image in page.images] == [w.alt for w in words]
    assert "113 follow-ups sent, 86 on time, 20 late, 7 too early" in page.images[0]["alt"]
    assert "Median time to send: email 3.3 h (88 sent)" in page.images[0]["alt"]
    assert "All the months shown: 76 % on time" in page.images[1]["alt"]
    assert "on time: 40 % of 86" in page.images[2]["alt"]
    assert len(page.details) == 3
    for details, said in zip(page.details, words, strict=True):
        assert details["summary"] == f"Show as table: {said.title}"
        assert details["caption"] == said.title
        assert details["headers"] == ["col"] * len(said.header)
        assert details["cells"] == [str(c) for row in said.rows for c in row]
    assert ["email", "88", "65", "17", "6", "3.3 h"] == page.details[0]["cells"][:6]


def test_a_report_with_nothing_sent_has_no_image_and_says_so(tmp_path):
    log = fk.read_log(fk.SAMPLE_LOG_PATH, tz=SAMPLE_TZ)
    unsent = log[log["sent_at"].isna().to_numpy()]
    html = report_html(unsent, SAMPLE_NOW, path=fk.SAMPLE_LOG_PATH, is_sample=True)
    assert "<img" not in html and "nothing to chart" in html
