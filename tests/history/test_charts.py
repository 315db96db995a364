import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from matplotlib.figure import Figure

import followkit as fk
from followkit.history import _charts as charts

NOW = datetime(2026, 10, 30, 9, 0, tzinfo=ZoneInfo("America/Chicago"))
CHARTS = [charts.hours_to_send_chart, charts.on_time_by_month_chart,
          charts.response_by_status_chart]


@pytest.fixture(scope="module")
def t():
    return fk.timeliness(fk.read_log(fk.SAMPLE_LOG_PATH, tz="America/Chicago"), NOW)


@pytest.mark.parametrize("chart", CHARTS)
def test_each_chart_has_a_title_and_labelled_axes(chart, t):
    fig = chart(t)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()


@pytest.mark.parametrize("chart", CHARTS[:2])
def test_the_hours_and_months_charts_explain_their_marks_in_a_legend(chart, t):
    assert chart(t).axes[0].get_legend().get_texts()


def test_the_response_bars_are_named_on_the_axis_and_say_how_many_they_are_of(t):
    ax = charts.response_by_status_chart(t).axes[0]
    assert [x.get_text() for x in ax.get_xticklabels()] == ["too early", "on time", "late"]
    on_time = int((t["status"] == "on_time").sum())
    assert any(x.get_text().endswith(f"% of {on_time}") for x in ax.texts)


@pytest.mark.parametrize("chart", CHARTS)
def test_each_chart_saves_as_png(chart, t, tmp_path):
    chart(t).savefig(tmp_path / "c.png")
    assert (tmp_path / "c.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_hours_chart_marks_1_h_and_24_h_and_counts_statuses(t):
    ax = charts.hours_to_send_chart(t).axes[0]
    legend = [text.get_text() for text in ax.get_legend().get_texts()]
    assert "1 h" in legend and "24 h" in legend and "on time" in legend
    (note,) = ax.figure.texts
    assert f"{int((t['status'] == 'on_time').sum())} on time" in note.get_text()
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


def test_charts_never_import_pyplot_nor_ipython_outside_a_notebook():
    code = ("import sys, followkit as fk, followkit.history._charts as c; "
            "from datetime import datetime, UTC; "
            "c.hours_to_send_chart(fk.timeliness(fk.read_log(fk.SAMPLE_LOG_PATH, tz='UTC'), "
            "datetime(2026, 11, 1, tzinfo=UTC))); "
            "print('matplotlib.pyplot' in sys.modules, 'IPython' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"  # IPython costs a report a third of a second


def test_above_max_dots_a_random_pick_is_drawn_and_the_chart_says_so(t):
    import pandas as pd

    copies = charts.MAX_DOTS // int(t["hours_to_send"].notna().sum()) + 1
    many = pd.concat([t] * copies, ignore_index=True)
    sent = int(many["hours_to_send"].notna().sum())
    fig = charts.hours_to_send_chart(many)
    ax = fig.axes[0]
    drawn = _dots_drawn(ax)
    assert drawn == charts.MAX_DOTS < sent
    note, dots = (x.get_text() for x in fig.texts)
    assert f"{sent:,} follow-ups sent" in note
    assert f"{int((many['status'] == 'on_time').sum()):,} on time" in note
    assert f"at most {charts.MAX_DOTS:,}, picked at random" in dots


def _dots_drawn(ax):
    from matplotlib.collections import PathCollection

    return sum(len(c.get_offsets()) for c in ax.collections if isinstance(c, PathCollection))


def test_few_dots_are_all_drawn_without_a_note(t):
    fig = charts.hours_to_send_chart(t)
    drawn = _dots_drawn(fig.axes[0])
    assert drawn == int(t["hours_to_send"].notna().sum())
    assert not any("random" in x.get_text() for x in fig.texts)


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


def test_the_frame_comes_from_the_whole_log_and_the_data_from_the_rows_shown(t):
    chart = charts.HoursToSendChart(t)
    email = t[(t["channel"] == "email").to_numpy()]
    chart.update(email)
    ax = chart.figure.axes[0]
    assert [x.get_text() for x in ax.get_xticklabels()] == ["email", "handwritten", "phone"]
    assert _dots_drawn(ax) == int(email["hours_to_send"].notna().sum())
    assert [x.get_text() for x in ax.texts] == [
        f"(n={int(email['hours_to_send'].notna().sum())})", "(n=0)", "(n=0)"]


def test_a_month_with_nothing_sent_in_the_rows_shown_has_no_bar_and_no_count(t):
    chart = charts.OnTimeByMonthChart(t)
    late_summer = t[(t["interview_end"].dt.month >= 8).to_numpy()]
    chart.update(late_summer)
    ax = chart.figure.axes[0]
    heights = [bar.get_height() for bar in ax.patches]
    assert len(heights) == len(chart.months) == 8
    assert heights[:5] == [0] * 5 and all(h > 0 for h in heights[5:])
    counts = [x.get_text() for x in ax.texts if x.get_text().startswith("n=")]
    assert len(counts) == 3


def test_a_status_with_nothing_sent_says_none_sent(t):
    chart = charts.ResponseByStatusChart(t)
    chart.update(t[(t["channel"] == "handwritten").to_numpy()])
    texts = [x.get_text() for x in chart.figure.axes[0].texts]
    assert texts[0] == "none sent"
    assert texts[1].endswith("% of 21") and texts[2].endswith("% of 3")
