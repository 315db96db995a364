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
