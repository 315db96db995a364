"""Redrawing only a chart's data on its frame gives the picture a whole draw gives."""

import io

import matplotlib
import numpy as np
import pytest
from PIL import Image

import followkit as fk
from followkit.history import _charts as charts
from followkit.history._redraw import RC, ChartRedrawer
from followkit.history._view import SAMPLE_NOW, SAMPLE_TZ

CHARTS = [charts.HoursToSendChart, charts.OnTimeByMonthChart, charts.ResponseByStatusChart]


@pytest.fixture(scope="module")
def t():
    return fk.timeliness(fk.read_log(fk.SAMPLE_LOG_PATH, tz=SAMPLE_TZ), SAMPLE_NOW)


def _pixels(png: bytes):
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int)


def _whole(chart_class, t, rows) -> bytes:
    buffer = io.BytesIO()
    with matplotlib.rc_context(RC):  # the redrawer's text settings
        chart_class(t).update(rows).figure.savefig(buffer, format="png", dpi=100)
    return buffer.getvalue()


def _share_differing(a: bytes, b: bytes) -> float:
    pa, pb = _pixels(a), _pixels(b)
    assert pa.shape == pb.shape
    return float((np.abs(pa - pb).sum(axis=2) > 30).mean())


@pytest.mark.parametrize("chart_class", CHARTS)
def test_a_redrawn_chart_looks_like_the_same_chart_drawn_whole(chart_class, t):
    email = t[(t["channel"] == "email").to_numpy()]
    redrawn = ChartRedrawer(chart_class(t)).png(email)
    assert redrawn[:8] == b"\x89PNG\r\n\x1a\n"
    # Only the stacking of data over frame may differ (a dot over a dashed line, say).
    assert _share_differing(redrawn, _whole(chart_class, t, email)) < 0.005


@pytest.mark.parametrize("chart_class", CHARTS)
def test_nothing_of_the_previous_filter_is_left_on_the_picture(chart_class, t):
    redrawer = ChartRedrawer(chart_class(t))
    email = t[(t["channel"] == "email").to_numpy()]
    handwritten = t[(t["channel"] == "handwritten").to_numpy()]
    first = redrawer.png(email)
    assert redrawer.png(handwritten) != first
    assert redrawer.png(email) == first


def test_the_data_differs_between_filters_but_the_frame_does_not(t):
    redrawer = ChartRedrawer(charts.ResponseByStatusChart(t))
    a = _pixels(redrawer.png(t))
    b = _pixels(redrawer.png(t[(t["channel"] == "handwritten").to_numpy()]))
    differ = np.abs(a - b).sum(axis=2) > 30
    rows, columns = np.nonzero(differ)
    assert differ.any()
    # The title (top 8 % of the picture) and the y axis labels (left 6 %) are the frame.
    assert rows.min() > 0.08 * a.shape[0] and columns.min() > 0.06 * a.shape[1]
