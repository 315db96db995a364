import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from matplotlib.figure import Figure

import followkit as fk
from followkit import charts

NOW = datetime(2026, 10, 30, 9, 0, tzinfo=ZoneInfo("America/Chicago"))
CHARTS = [charts.hours_to_send_chart, charts.on_time_by_month_chart,
          charts.response_by_status_chart]


@pytest.fixture(scope="module")
def t():
    return fk.timeliness(fk.read_log(fk.SAMPLE_LOG_PATH, tz="America/Chicago"), NOW)


@pytest.mark.parametrize("chart", CHARTS)
def test_each_chart_has_a_title_labelled_axes_and_a_legend(chart, t):
    fig = chart(t)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    assert ax.get_legend() is not None and ax.get_legend().get_texts()


@pytest.mark.parametrize("chart", CHARTS)
def test_each_chart_saves_as_png(chart, t, tmp_path):
    chart(t).savefig(tmp_path / "c.png")
    assert (tmp_path / "c.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_hours_chart_marks_1_h_and_24_h_and_counts_statuses(t):
    ax = charts.hours_to_send_chart(t).axes[0]
    legend = [text.get_text() for text in ax.get_legend().get_texts()]
    assert "1 h" in legend and "24 h" in legend
    assert f"on time ({int((t['status'] == 'on_time').sum())})" in legend
    assert sorted({line.get_ydata()[0] for line in ax.get_lines()}) == [1.0, 24.0]


def test_a_figure_shows_as_png_in_ipython():
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    try:
        fig = charts.on_time_by_month_chart(
            fk.timeliness(fk.read_log(fk.SAMPLE_LOG_PATH, tz="America/Chicago"), NOW))
        data, _ = shell.display_formatter.format(fig)
        assert data["image/png"][:4] == b"\x89PNG"
    finally:
        InteractiveShell.clear_instance()


def test_charts_never_import_pyplot():
    code = ("import sys, followkit as fk, followkit.charts as c; "
            "from datetime import datetime, UTC; "
            "c.hours_to_send_chart(fk.timeliness(fk.read_log(fk.SAMPLE_LOG_PATH, tz='UTC'), "
            "datetime(2026, 11, 1, tzinfo=UTC))); print('matplotlib.pyplot' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_above_max_dots_a_random_pick_is_drawn_and_the_chart_says_so(t):
    import pandas as pd

    copies = charts.MAX_DOTS // int(t["hours_to_send"].notna().sum()) + 1
    many = pd.concat([t] * copies, ignore_index=True)
    sent = int(many["hours_to_send"].notna().sum())
    fig = charts.hours_to_send_chart(many)
    ax = fig.axes[0]
    drawn = _dots_drawn(ax)
    assert drawn == charts.MAX_DOTS < sent
    assert any(f"{charts.MAX_DOTS:,} of the {sent:,}" in x.get_text() for x in fig.texts)
    legend = [text.get_text() for text in ax.get_legend().get_texts()]
    assert f"on time ({int((many['status'] == 'on_time').sum()):,})" in legend


def _dots_drawn(ax):
    from matplotlib.collections import PathCollection

    return sum(len(c.get_offsets()) for c in ax.collections if isinstance(c, PathCollection))


def test_few_dots_are_all_drawn_without_a_note(t):
    fig = charts.hours_to_send_chart(t)
    drawn = _dots_drawn(fig.axes[0])
    assert drawn == int(t["hours_to_send"].notna().sum())
    assert not fig.texts


def test_many_months_are_labelled_by_name_and_year():
    ax = charts.on_time_by_month_chart(_months(12)).axes[0]
    labels = [x.get_text() for x in ax.get_xticklabels()]
    assert labels[0] == "Jan\n2026" and labels[-1] == "Dec\n2026"


def _months(n):
    from datetime import timedelta

    log = fk.read_log(fk.SAMPLE_LOG_PATH, tz="America/Chicago")
    first = log.iloc[[0]]
    rows = []
    for m in range(n):
        row = first.copy()
        end = datetime(2026, m + 1, 10, 10, tzinfo=ZoneInfo("America/Chicago"))
        row["interview_end"] = row["interview_end"].map(lambda _e, end=end: end)
        row["sent_at"] = row["interview_end"] + timedelta(hours=2)
        rows.append(row)
    import pandas as pd

    frame = pd.concat(rows, ignore_index=True)
    frame.attrs = log.attrs
    return fk.timeliness(frame, NOW)
