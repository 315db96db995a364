"""benchmarks/bench_history.py times the history screen through its own parts; it must keep up
with them (a renamed part would only show as a crash in ``make bench``)."""

import importlib
import sys
from pathlib import Path

import followkit as fk

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_the_history_benchmark_drives_the_screen_it_times(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["bench_history.py", "--redraw"])
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    monkeypatch.delitem(sys.modules, "bench_history", raising=False)
    bench = importlib.import_module("bench_history")
    times = bench.redraw_times(fk.SAMPLE_LOG_PATH, repeats=1)
    assert set(times) == {"data", "charts", "whole", "drawn whole"}
    assert all(seconds > 0 for seconds in times.values())
    assert bench.cached_redraw(fk.SAMPLE_LOG_PATH) > 0
