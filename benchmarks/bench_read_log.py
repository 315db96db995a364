"""read_log() of a 1,000,000-row CSV against bare pandas.read_csv + to_datetime, same file.

Goal (issue #5): within 1.5x of the bare read. Peak memory (resident, above the start) is
sampled during each run. One run each; the CSV is a temp file, deleted afterwards.

Run: ``.venv/bin/python benchmarks/bench_read_log.py [ROWS]``
"""

from __future__ import annotations

import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd
from synthetic_log import big_log, timed

import followkit as fk


def bare(path):
    frame = pd.read_csv(path)
    for column in ("interview_end", "sent_at", "response_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True, format="ISO8601")
    return frame


def main(rows: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.csv"
        fk.write_log(path, big_log(rows))
        print(f"{rows:,} rows, {path.stat().st_size / 1e6:.0f} MB CSV; one run each")
        plain, t_bare, m_bare = timed(bare, path)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # the file has offsets: no naive-time note expected
            log, t_ours, m_ours = timed(fk.read_log, path, "America/Chicago")
        assert len(log) == len(plain) == rows
        ours, theirs = log["sent_at"].dt.tz_convert("UTC"), plain["sent_at"]
        assert ((ours == theirs) | (ours.isna() & theirs.isna())).all(), "times differ"
        print(f"  pandas read_csv + to_datetime  {t_bare:6.2f} s  peak +{m_bare:5.0f} MB")
        print(f"  followkit read_log             {t_ours:6.2f} s  peak +{m_ours:5.0f} MB"
              f"   {t_ours / t_bare:4.2f}x time (goal <= 1.5x), {m_ours / m_bare:4.2f}x memory")
    print("  (temp CSV deleted)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
