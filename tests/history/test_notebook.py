"""notebooks/history.ipynb run with papermill as a person's log would meet it, and the
HTML report ``python -m followkit report LOG.csv --html OUT.html``, built from the same pieces."""

import json
import re

import papermill
import pytest

from followkit.cli._main import main
from tests.history_logs import bad_log, empty_log

HISTORY_NOTEBOOK = __import__("pathlib").Path(__file__).resolve().parents[2] / "notebooks" / \
    "history.ipynb"

NOW = "2026-10-30T09:00:00-05:00"


def run(tmp_path, monkeypatch, **parameters):
    monkeypatch.setenv("FOLLOWKIT_LOG", str(tmp_path / "not-yet.csv"))
    out = papermill.execute_notebook(
        str(HISTORY_NOTEBOOK), str(tmp_path / "out.ipynb"), parameters=parameters,
        cwd=str(HISTORY_NOTEBOOK.parent), progress_bar=False, kernel_name="python3")
    outputs = [o for cell in out.cells if cell.cell_type == "code" for o in cell.outputs]
    return outputs, json.dumps(outputs)


def test_notebook_cells_are_thin_tagged_and_start_and_end_as_the_style_asks():
    notebook = json.loads(HISTORY_NOTEBOOK.read_text(encoding="utf-8"))
    cells = notebook["cells"]
    assert "You will:" in "".join(cells[0]["source"])
    assert "".join(cells[-1]["source"]).startswith("## Recap")
    assert [c["id"] for c in cells if "parameters" in c["metadata"].get("tags", [])] \
        == ["parameters"]
    for cell in cells:
        assert cell["id"] and not cell.get("outputs") and cell.get("execution_count") is None
        if cell["cell_type"] == "code":
            assert len("".join(cell["source"]).splitlines()) <= 15


def test_sample_log_runs_top_to_bottom_under_the_sample_banner(tmp_path, monkeypatch):
    outputs, text = run(tmp_path, monkeypatch)
    assert "Sample data." in text
    assert not [o for o in outputs if o["output_type"] == "error" or o.get("name") == "stderr"]
    widgets = [o for o in outputs if "application/vnd.jupyter.widget-view+json"
               in o.get("data", {})]
    assert len(widgets) == 5


def test_empty_log_runs_and_says_there_is_nothing_yet(tmp_path, monkeypatch):
    outputs, text = run(tmp_path, monkeypatch, log_path=str(empty_log(tmp_path)), now=NOW,
                        interactive=False)
    assert "There are no follow-ups to look at" in text
    assert "nothing to chart" in text
    assert not [o for o in outputs if o["output_type"] == "error"]


def test_a_bad_row_shows_a_friendly_message_and_no_traceback(tmp_path, monkeypatch):
    outputs, text = run(tmp_path, monkeypatch, log_path=str(bad_log(tmp_path, row=9)), now=NOW)
    assert "Your log needs a fix." in text
    assert "row 9, column &#x27;sent_at&#x27;" in text
    assert "Traceback" not in text
    assert not [o for o in outputs if o["output_type"] in ("error", "stream")]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from followkit import SAMPLE_LOG_PATH

    out = tmp_path_factory.mktemp("report") / "history.html"
    code = main(["report", str(SAMPLE_LOG_PATH), "--now", NOW, "--tz", "America/Chicago",
                 "--html", str(out)])
    return code, out.read_text(encoding="utf-8")


def test_html_report_holds_the_sentences_and_the_charts_as_embedded_images(report):
    code, html = report
    assert code == 0
    assert "You sent 86 of 113 follow-ups on time" in html
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64,', html)) == 3
    assert "Sample data." in html and "Still due" in html and "FK502" in html


def test_html_report_has_no_code_and_fetches_no_script(report):
    _code, html = report
    assert "open_history" not in html and "screen.charts()" not in html
    assert not re.search(r'<script[^>]+src="https?://', html)
    assert "<div class=\"highlight" not in html and "screen = " not in html


def test_report_html_on_a_bad_log_exits_1_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "r.html"
    code = main(["report", str(bad_log(tmp_path)), "--now", NOW, "--html", str(out)])
    assert code == 1
    assert "row 5, column 'sent_at'" in capsys.readouterr().err
    assert not out.exists()


def test_report_html_is_small_loads_no_script_and_says_only_where_it_was_saved(tmp_path):
    import subprocess
    import sys

    from followkit import SAMPLE_LOG_PATH

    out = subprocess.run(
        [sys.executable, "-m", "followkit", "report", str(SAMPLE_LOG_PATH), "--now", NOW,
         "--html", str(tmp_path / "r.html")], capture_output=True, text=True, check=True)
    assert out.stderr.strip() == f"followkit: HTML report saved to {tmp_path / 'r.html'}"
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    charts = sum(len(m) for m in re.findall(r'src="(data:image/png;base64,[^"]+)"', html))
    assert len(html.encode()) - charts <= 100_000
    assert "<script" not in html.lower() and "http://" not in html and "https://" not in html


def test_report_html_without_a_path_goes_to_the_exports_folder(monkeypatch, tmp_path, capsys):
    from followkit import SAMPLE_LOG_PATH
    from followkit.history import _report

    monkeypatch.setattr(_report, "_ROOT", tmp_path)
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "followkit").mkdir()
    assert main(["report", str(SAMPLE_LOG_PATH), "--html"]) == 0
    assert (tmp_path / "exports" / "followup-report.html").is_file()
    assert "exports/followup-report.html" in capsys.readouterr().err


def test_report_html_shows_what_the_history_notebook_shows(tmp_path):
    import base64

    from followkit import SAMPLE_LOG_PATH
    from followkit.history._report import render_html_report
    from followkit.ui.history import open_history

    screen = open_history(SAMPLE_LOG_PATH, interactive=False)
    charts = screen.charts()
    shown = [screen.banner().widget, screen.filters().widget, screen.sentences().widget,
             *charts.items, screen.due().widget, screen.findings().widget]
    html = render_html_report(SAMPLE_LOG_PATH, tmp_path / "r.html", now=None).read_text(
        encoding="utf-8")
    pieces = [o.data for o in shown if isinstance(o.data, str)]
    assert len(pieces) == 8
    # banner, "covers the whole log", sentences, 3 charts (image, words, table), due, findings
    for piece in pieces:
        assert piece in html
    assert charts.widget.data in html  # the printed cell: the three figures, in order
    embedded = [base64.b64decode(m) for m in re.findall(r'base64,([^"]+)"', html)]
    assert len(embedded) == 3 and all(png.startswith(b"\x89PNG") for png in embedded)
