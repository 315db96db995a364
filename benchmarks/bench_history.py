"""How the history notebook scales: run-all and filter redraw, sample log vs 100,000 rows.

Run: ``.venv/bin/python benchmarks/bench_history.py [ROWS]``. The big log is the committed
sample tiled (each copy shifted back a week more, ids made unique) and written as CSV, so
interviews keep one to three interviewers (``synthetic_log.big_log`` names one interviewer
for every row, which would make every interview an FK501 case).
Prints the run-all time of the notebook via nbclient on both logs and their ratio (target:
under 3x), and the filter redraw time (target: under 300 ms) split into the data part
(filter, summary, sentences, findings, due list) and the three charts redrawn on their
frames; then a whole click through the widget (the target's measure), going back to a filter
seen before (charts from the cache), and, as the baseline, the three charts drawn from
scratch. Pass ``--redraw`` to skip run-all.

Run: ``.venv/bin/python benchmarks/bench_history.py [ROWS] [--redraw]``
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import nbformat
import pandas as pd
from nbclient import NotebookClient
from verdict import exit_code, sandbox, verdict

import followkit as fk
from followkit.history._view import SAMPLE_NOW, SAMPLE_TZ, HistoryFilter, history_view
from followkit.ui.history import HistoryScreen, chart_pngs

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "history.ipynb"
_ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
ROWS = int(_ARGS[0]) if _ARGS else 100_000
REDRAW_ONLY = "--redraw" in sys.argv


def big_log(path: Path, rows: int) -> Path:
    sample = pd.read_csv(fk.SAMPLE_LOG_PATH, dtype="str", encoding="utf-8-sig",
                         keep_default_na=False)
    copies = -(-rows // len(sample))
    parts = []
    for i in range(copies):
        part = sample.copy()
        for column in ("interview_end", "sent_at", "response_at"):
            when = pd.to_datetime(part[column].replace("", None), format="ISO8601")
            shifted = when - pd.Timedelta(days=7 * (i % 30) + i // 30)
            part[column] = shifted.map(lambda t: "" if pd.isna(t) else t.isoformat())
        for column in ("followup_id", "interview_id"):
            part[column] = part[column] + f"-{i}"
        parts.append(part)
    pd.concat(parts, ignore_index=True).iloc[:rows].to_csv(path, index=False)
    return path


def run_all(log_path: Path) -> float:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    index = next(i for i, c in enumerate(notebook.cells)
                 if "parameters" in c.metadata.get("tags", []))
    notebook.cells.insert(index + 1, nbformat.v4.new_code_cell(
        f"log_path = {str(log_path)!r}\nnow = {SAMPLE_NOW.isoformat()!r}\ntz = {SAMPLE_TZ!r}"))
    client = NotebookClient(notebook, timeout=600, kernel_name="python3",
                            store_widget_state=False,
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    start = time.perf_counter()
    client.execute()
    return time.perf_counter() - start


def redraw_times(log_path: Path, repeats: int = 3) -> dict:
    """Median seconds of each part of a filter change, the chart cache emptied every time.

    ``data``: filter, summary, sentences, findings, due list. ``charts``: the three charts
    redrawn on their frames (as the screen does). ``whole``: a click on the channel filter,
    through the widget, everything redrawn. ``drawn whole``: the three charts drawn from
    scratch instead (the printed report's way, and this screen's way before it kept frames).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = fk.timeliness(fk.read_log(log_path, tz=SAMPLE_TZ), SAMPLE_NOW)
    screen = HistoryScreen(t, SAMPLE_NOW)
    coverage = screen.coverage  # judged once on the whole log when the screen opens
    filters = [HistoryFilter(channels=("email",)), HistoryFilter()]
    times = {"data": [], "charts": [], "whole": [], "drawn whole": []}
    for _ in range(repeats):
        for flt in filters:
            start = time.perf_counter()
            view = history_view(t, SAMPLE_NOW, flt, coverage)
            times["data"].append(time.perf_counter() - start)
            start = time.perf_counter()
            for redrawer in screen.chart_box._charts():
                redrawer.png(view.rows, view.numbers)
            times["charts"].append(time.perf_counter() - start)
            start = time.perf_counter()
            chart_pngs(view.rows, view.numbers)
            times["drawn whole"].append(time.perf_counter() - start)
        for value in ("email", "(all)"):
            screen.chart_box._cache.clear()  # measure drawing, not the cache
            start = time.perf_counter()
            screen._widgets["channel"].value = value  # the widget path, as a click does
            times["whole"].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def cached_redraw(log_path: Path) -> float:
    """Median seconds of going back to a filter seen before (charts from the cache)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = fk.timeliness(fk.read_log(log_path, tz=SAMPLE_TZ), SAMPLE_NOW)
    screen = HistoryScreen(t, SAMPLE_NOW)
    channel, times = screen._widgets["channel"], []
    channel.value = "email"
    for value in ("(all)", "email") * 3:
        start = time.perf_counter()
        channel.value = value
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def print_run_all(small: Path, big: Path) -> None:
    runs = {"sample": [], "big": []}
    for _ in range(2):  # alternate, so machine load hits both alike
        runs["sample"].append(run_all(small))
        runs["big"].append(run_all(big))
    s, b = min(runs["sample"]), min(runs["big"])
    print(f"run-all  sample ({len(fk.read_log(small))} rows): {s:6.2f} s   "
          f"{ROWS:,} rows: {b:6.2f} s")
    verdict("run-all, big log / sample log", b / s, 3, "x")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        big = big_log(Path(folder) / "big.csv", ROWS)
        print(f"generated {ROWS:,} rows in {time.perf_counter() - start:.1f} s")
        small = fk.SAMPLE_LOG_PATH
        if not REDRAW_ONLY:
            print_run_all(small, big)
        small_r, big_r = redraw_times(small), redraw_times(big)
        small_r["cached"], big_r["cached"] = cached_redraw(small), cached_redraw(big)
        for name in ("data", "charts", "whole", "cached", "drawn whole"):
            print(f"redraw {name:<9} sample: {small_r[name] * 1000:7.0f} ms   "
                  f"{ROWS:,} rows: {big_r[name] * 1000:7.0f} ms   "
                  f"ratio {big_r[name] / small_r[name]:.2f}")
        for name in ("whole", "cached"):  # the target's measure: a click through the widget
            verdict(f"redraw {name}, {ROWS:,} rows", big_r[name] * 1000, 300, "ms")
    return exit_code()


if __name__ == "__main__":
    with sandbox():
        sys.exit(main())
