"""The history screen's chart box: drawn with the filter, on fixed axes, cached."""

import ipywidgets as w
import pytest

import followkit as fk
from followkit.history._view import SAMPLE_NOW, SAMPLE_TZ, HistoryFilter, apply_filter
from followkit.ui.history_charts import ChartBox, chart_pngs


@pytest.fixture(scope="module")
def t():
    return fk.timeliness(fk.read_log(fk.SAMPLE_LOG_PATH, tz=SAMPLE_TZ), SAMPLE_NOW)


def _pngs(box):
    return box.pngs


def test_the_charts_are_there_when_show_returns(t):
    box = ChartBox(w.VBox(), t)
    box.show(HistoryFilter(), t)
    assert [p[:8] for p in _pngs(box)] == [b"\x89PNG\r\n\x1a\n"] * 3


def test_a_filter_seen_before_comes_from_the_cache_without_drawing(t, monkeypatch):
    box = ChartBox(w.VBox(), t)
    email = HistoryFilter(channels=("email",))
    box.show(email, apply_filter(t, email))
    first = _pngs(box)
    box.show(HistoryFilter(), t)
    assert _pngs(box) != first
    monkeypatch.setattr(box, "_charts", pytest.fail)
    box.show(email, apply_filter(t, email))
    assert _pngs(box) == first


def test_each_chart_says_its_numbers_in_words_and_as_a_table(t):
    box = ChartBox(w.VBox(), t)
    box.show(HistoryFilter(), t)
    html = [c.value for c in box.box.children]
    assert len(html) == 3
    assert 'alt="How soon each follow-up went out, from the end of the interview' in html[0]
    assert "113 follow-ups sent, 86 on time, 20 late, 7 too early" in html[0]
    assert "All the months shown: 76 % on time." in html[1]
    assert "<summary>Show as table: Answers by timeliness of the follow-up</summary>" in html[2]
    assert "<th scope='col'>Got an answer</th>" in html[2]
    email = HistoryFilter(channels=("email",))
    box.show(email, apply_filter(t, email))
    assert "88 follow-ups sent, 65 on time" in box.box.children[0].value


def test_the_same_three_chart_widgets_show_every_filter(t):
    box = ChartBox(w.VBox(), t)
    box.show(HistoryFilter(), t)
    images = list(box.box.children)
    email = HistoryFilter(channels=("email",))
    box.show(email, apply_filter(t, email))
    box.show("unsent", t[t["hours_to_send"].isna().to_numpy()])
    assert "nothing to chart" in box.box.children[0].value
    box.show(HistoryFilter(), t)
    assert list(box.box.children) == images


def test_the_screen_shows_what_the_redrawers_draw_for_its_rows(t):
    box = ChartBox(w.VBox(), t)
    email = HistoryFilter(channels=("email",))
    box.show(email, apply_filter(t, email))
    assert _pngs(box) == [r.png(apply_filter(t, email)) for r in box._charts()]


def test_the_cache_keeps_the_eight_latest_filters(t):
    box = ChartBox(w.VBox(), t)
    companies = sorted(set(t["company"]))[:9]
    for company in companies:
        flt = HistoryFilter(companies=(company,))
        box.show(flt, apply_filter(t, flt))
    assert [f.companies[0] for f in box._cache] == companies[1:]


def test_the_frame_is_drawn_once_for_every_filter(t, monkeypatch):
    from followkit.history import _redraw as chart_redraw

    made = []
    real = chart_redraw.ChartRedrawer.__init__
    monkeypatch.setattr(chart_redraw.ChartRedrawer, "__init__",
                        lambda self, chart: made.append(chart) or real(self, chart))
    box = ChartBox(w.VBox(), t)
    for channel in ("email", "handwritten", "phone"):
        flt = HistoryFilter(channels=(channel,))
        box.show(flt, apply_filter(t, flt))
    assert len(made) == 3


def test_a_chart_that_fails_is_explained_not_raised(t, monkeypatch):
    box = ChartBox(w.VBox(), t)

    def broken():
        raise ValueError("no such column")

    monkeypatch.setattr(box, "_charts", broken)
    box.show(HistoryFilter(), t)
    assert "could not be drawn" in box.box.children[0].value
    assert "no such column" in box.box.children[0].value
    assert not box._cache


def test_rows_with_nothing_sent_say_there_is_nothing_to_chart(t):
    box = ChartBox(w.VBox(), t)
    unsent = t[t["hours_to_send"].isna().to_numpy()]
    box.show("unsent", unsent)
    assert "nothing to chart" in box.box.children[0].value
    assert chart_pngs(unsent) == []


def test_the_printed_report_draws_the_same_three_charts(t):
    assert [p[:8] for p in chart_pngs(t)] == [b"\x89PNG\r\n\x1a\n"] * 3
