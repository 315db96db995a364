"""The history screen's chart box: in line, in the background, cached, latest wins."""

import threading

import ipywidgets as w
import pytest

import followkit as fk
from followkit.history import SAMPLE_NOW, SAMPLE_TZ, HistoryFilter, apply_filter
from followkit.ui import history_charts
from followkit.ui.history import HistoryScreen
from followkit.ui.history_charts import ChartBox, chart_pngs, iter_chart_pngs


@pytest.fixture(scope="module")
def t():
    return fk.timeliness(fk.read_log(fk.SAMPLE_LOG_PATH, tz=SAMPLE_TZ), SAMPLE_NOW)


def _pngs(box):
    return [c.value for c in box.children if isinstance(c, w.Image)]


def test_in_line_the_charts_are_there_when_show_returns(t):
    box = ChartBox(w.VBox(), background=False)
    box.show(HistoryFilter(), t)
    assert [p[:8] for p in _pngs(box.box)] == [b"\x89PNG\r\n\x1a\n"] * 3


def test_in_the_background_show_returns_first_and_says_the_charts_are_coming(t, monkeypatch):
    gate = threading.Event()
    real = history_charts.iter_chart_pngs

    def held(rows, numbers=None):
        gate.wait(10)
        yield from real(rows, numbers)

    monkeypatch.setattr(history_charts, "iter_chart_pngs", held)
    box = ChartBox(w.VBox(), background=True)
    box.show(HistoryFilter(), t)
    assert "Drawing the charts" in box.box.children[0].value
    gate.set()
    box.wait(60)
    assert len(_pngs(box.box)) == 3 and len(box.box.children) == 3


def test_a_filter_seen_before_comes_from_the_cache_without_drawing(t, monkeypatch):
    box = ChartBox(w.VBox(), background=False)
    email = HistoryFilter(channels=("email",))
    box.show(email, apply_filter(t, email))
    first = _pngs(box.box)
    box.show(HistoryFilter(), t)
    monkeypatch.setattr(history_charts, "iter_chart_pngs", pytest.fail)
    box.show(email, apply_filter(t, email))
    assert _pngs(box.box) == first


def test_only_the_latest_filter_is_drawn_to_the_end(t, monkeypatch):
    gate = threading.Event()
    real = history_charts.iter_chart_pngs

    def held(rows, numbers=None):
        gate.wait(10)
        yield from real(rows, numbers)

    monkeypatch.setattr(history_charts, "iter_chart_pngs", held)
    box = ChartBox(w.VBox(), background=True)
    handwritten = HistoryFilter(channels=("handwritten",))
    box.show(HistoryFilter(), t)
    box.show(handwritten, apply_filter(t, handwritten))
    gate.set()
    box.wait(60)
    assert _pngs(box.box) == chart_pngs(apply_filter(t, handwritten))
    assert list(box._cache) == [handwritten]


def test_a_chart_that_fails_is_explained_not_raised(t, monkeypatch):
    def broken(rows, numbers=None):
        raise ValueError("no such column")
        yield

    monkeypatch.setattr(history_charts, "iter_chart_pngs", broken)
    box = ChartBox(w.VBox(), background=True)
    box.show(HistoryFilter(), t)
    box.wait(60)
    assert "could not be drawn" in box.box.children[0].value
    assert not box._cache


def test_a_screen_in_the_background_ends_with_the_same_charts_as_in_line(t):
    inline = HistoryScreen(t, SAMPLE_NOW, background_charts=False)
    background = HistoryScreen(t, SAMPLE_NOW, background_charts=True)
    for screen in (inline, background):
        screen._widgets["channel"].value = "email"
        screen.charts.wait(60)
        assert "email" in screen._widgets["sentences"].value
    assert _pngs(background._widgets["charts"]) == _pngs(inline._widgets["charts"])


def test_nothing_sent_means_no_png(t):
    unsent = t[t["hours_to_send"].isna().to_numpy()]
    assert list(iter_chart_pngs(unsent)) == []
