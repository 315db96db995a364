"""benchmarks/verdict.py: every benchmark's figure printed beside its goal, misses fail the
run, and benchmarks work in a temp folder whatever the checkout holds."""

import importlib.util
import os
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "verdict.py"


@pytest.fixture
def verdict(monkeypatch):
    monkeypatch.delenv("FOLLOWKIT_BENCH_TOLERANCE", raising=False)
    monkeypatch.delenv("FOLLOWKIT_BENCH_QUICK", raising=False)
    spec = importlib.util.spec_from_file_location("bench_verdict", _PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # a fresh copy: no misses from another test
    return module


def test_a_figure_within_its_goal_is_ok_and_exits_zero(verdict, capsys):
    assert verdict.verdict("read_log / pandas", 1.42, 1.5, "x")
    line = capsys.readouterr().out
    assert "1.42 x" in line and "(goal <= 1.5 x)" in line and line.rstrip().endswith("ok")
    assert verdict.exit_code() == 0


def test_a_miss_is_printed_named_and_exits_one(verdict, capsys):
    verdict.verdict("redraw", 340, 300, "ms")
    verdict.verdict("accuracy", 0.9, 0.95, higher_is_better=True)
    assert verdict.exit_code() == 1
    out = capsys.readouterr().out
    assert out.count("MISSED") == 3 and "MISSED: redraw, accuracy" in out


def test_the_quick_tolerance_widens_the_goal_and_says_so(verdict, monkeypatch, capsys):
    monkeypatch.setenv("FOLLOWKIT_BENCH_TOLERANCE", "2")
    assert verdict.verdict("read_log / pandas", 2.9, 1.5, "x")
    assert "(goal <= 3 x, 2x tolerance)" in capsys.readouterr().out


def test_an_absolute_time_is_judged_by_bench_not_by_the_quick_guard(verdict, monkeypatch,
                                                                     capsys):
    assert not verdict.verdict("check (median)", 2.2, 1, "ms", absolute=True)
    assert verdict.misses() == ["check (median)"]
    monkeypatch.setenv("FOLLOWKIT_BENCH_QUICK", "1")
    assert verdict.verdict("check again (median)", 2.2, 1, "ms", absolute=True)
    assert "judged by make bench, not by the quick guard" in capsys.readouterr().out
    assert verdict.misses() == ["check (median)"]


def test_the_quick_size_is_taken_only_under_bench_quick(verdict, monkeypatch):
    monkeypatch.setattr("sys.argv", ["bench.py"])
    assert verdict.size(1_000_000, 100_000) == 1_000_000
    monkeypatch.setenv("FOLLOWKIT_BENCH_QUICK", "1")
    assert verdict.size(1_000_000, 100_000) == 100_000
    monkeypatch.setattr("sys.argv", ["bench.py", "5000"])
    assert verdict.size(1_000_000, 100_000) == 5000


def test_the_sandbox_keeps_a_persons_log_out_of_reach(verdict, monkeypatch, tmp_path):
    mine = tmp_path / "followups.csv"
    mine.write_text("a person's log")
    monkeypatch.setenv("FOLLOWKIT_LOG", str(mine))
    before = Path.cwd()
    with verdict.sandbox() as folder:
        assert Path.cwd() == folder and folder != before
        assert Path(os.environ["FOLLOWKIT_LOG"]).parent.parent == folder
        Path(os.environ["FOLLOWKIT_LOG"]).write_text("benchmark rows")
    assert Path.cwd() == before and os.environ["FOLLOWKIT_LOG"] == str(mine)
    assert mine.read_text() == "a person's log" and not folder.exists()
