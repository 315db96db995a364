"""How every benchmark states its verdict, and keeps away from a person's own files.

Each ``bench_*.py`` prints each figure next to its goal with :func:`verdict`, and ends with
``sys.exit(exit_code())`` so a miss fails the run (``make bench`` then names it)::

    from verdict import exit_code, sandbox, verdict

    with sandbox():                                  # temp cwd, $FOLLOWKIT_LOG in it
        ...
        verdict("read_log / bare pandas", ratio, 1.5, "x")
    sys.exit(exit_code())

prints ``read_log / bare pandas      1.42 x  (goal <= 1.5 x)  ok`` (or ``MISSED``).

``make bench-quick`` sets ``$FOLLOWKIT_BENCH_QUICK=1`` (a benchmark then picks a size that
runs in well under a minute: :func:`size`) and ``$FOLLOWKIT_BENCH_TOLERANCE=2`` (a factor
that widens every goal, for a noisy CI machine; the printed goal says so).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

_MISSES: list[str] = []


def quick() -> bool:
    """True under ``make bench-quick`` (``$FOLLOWKIT_BENCH_QUICK=1``)."""
    return os.environ.get("FOLLOWKIT_BENCH_QUICK", "") not in ("", "0")


def size(full: int, small: int) -> int:
    """The size to run: the first command-line number if given, else ``small`` when quick."""
    import sys

    numbers = [a for a in sys.argv[1:] if a.replace("_", "").isdigit()]
    if numbers:
        return int(numbers[0])
    return small if quick() else full


def tolerance() -> float:
    """The factor every goal is widened by (``$FOLLOWKIT_BENCH_TOLERANCE``, default 1)."""
    try:
        factor = float(os.environ.get("FOLLOWKIT_BENCH_TOLERANCE", "") or 1)
    except ValueError:
        factor = 1.0
    return max(factor, 1.0)


def verdict(name: str, value: float, goal: float, unit: str = "", *,
            higher_is_better: bool = False, absolute: bool = False) -> bool:
    """Print ``name  value unit  (goal <= X unit)  ok|MISSED``; record a miss; return ok.

    The goal is widened by :func:`tolerance` (divided when ``higher_is_better``).
    ``absolute``: the figure is a time on this machine, not a ratio to a baseline of the same
    run; the quick guard (:func:`quick`, a CI machine of unknown speed) prints it beside its
    goal without judging it, and judges the benchmark's ratios instead. ``make bench`` judges it.
    """
    if absolute and quick():
        unit_text = f" {unit}" if unit else ""
        print(f"  {name:<40} {value:10.3g}{unit_text}  (goal <= {goal:g}{unit_text}: a time on "
              "this machine, judged by make bench, not by the quick guard)", flush=True)
        return True
    factor = tolerance()
    limit = goal / factor if higher_is_better else goal * factor
    ok = value >= limit if higher_is_better else value <= limit
    sign = ">=" if higher_is_better else "<="
    widened = f", {factor:g}x tolerance" if factor != 1 else ""
    unit_text = f" {unit}" if unit else ""
    print(f"  {name:<40} {value:10.3g}{unit_text}  (goal {sign} {limit:g}{unit_text}"
          f"{widened})  {'ok' if ok else 'MISSED'}", flush=True)
    if not ok:
        _MISSES.append(name)
    return ok


def misses() -> list[str]:
    """The names of the figures that missed their goal so far."""
    return list(_MISSES)


def exit_code() -> int:
    """0 when every figure met its goal; else 1, after a line naming the misses."""
    if _MISSES:
        print(f"MISSED: {', '.join(_MISSES)}", flush=True)
        return 1
    return 0


@contextlib.contextmanager
def sandbox(log: str | os.PathLike | None = None):
    """Run inside a fresh temp folder: the cwd and ``$FOLLOWKIT_LOG`` point there.

    ``log`` (a path) is copied in as the log; else the log path is set but the file is left
    for the benchmark to write. A person's ``data/followups.csv``, ``data/profile.json`` and
    ``exports/`` in the checkout are never read or written (relative paths land in the temp
    folder; subprocesses inherit both). Yields the folder; restores everything after.
    """
    saved_env = {k: os.environ.get(k) for k in ("FOLLOWKIT_LOG",)}
    saved_cwd = Path.cwd()
    with tempfile.TemporaryDirectory(prefix="followkit-bench-") as name:
        folder = Path(name)
        (folder / "data").mkdir()
        target = folder / "data" / "followups.csv"
        if log is not None:
            shutil.copyfile(log, target)
        os.environ["FOLLOWKIT_LOG"] = str(target)
        os.chdir(folder)
        try:
            yield folder
        finally:
            os.chdir(saved_cwd)
            for key, value in saved_env.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
