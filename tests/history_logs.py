"""Small logs for the history tests: the sample, a header-only log, one with a bad cell."""

from __future__ import annotations

from pathlib import Path

import followkit as fk


def sample_lines() -> list[str]:
    return fk.SAMPLE_LOG_PATH.read_text(encoding="utf-8-sig").splitlines()


def empty_log(folder: Path) -> Path:
    path = folder / "empty.csv"
    path.write_text(sample_lines()[0] + "\n", encoding="utf-8")
    return path


def bad_log(folder: Path, row: int = 5) -> Path:
    """The sample with row ``row`` (as a spreadsheet numbers it) sent "next tuesday"."""
    lines = sample_lines()
    cells = lines[row - 1].split(",")
    cells[fk.LOG_COLUMNS.index("sent_at")] = "next tuesday"
    lines[row - 1] = ",".join(cells)
    path = folder / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
