"""read_log() of a 1,000,000-row CSV against bare pandas.read_csv + to_datetime, same file.

Goals (issues #5 and #20): at most 1.5x the bare read's time and 1.1x its peak memory. Time
is the reading process's CPU time (user + system, all threads): on a shared machine the wall
clock mostly measures the neighbours, so it is printed beside it but not judged. The
baseline is the fastest honest pandas call: ``read_csv`` then ``to_datetime(...,
format="ISO8601")`` on the three time columns. Peak memory (resident, above the start) is
the process's high-water mark above its start. Each run is in a fresh Python process (so
one run's freed memory cannot flatter the next), best of 2 alternating runs (the machines are
noisy); the CSV is a temp file in a temp folder, deleted afterwards.

Run: ``.venv/bin/python benchmarks/bench_read_log.py [ROWS]`` (100,000 under bench-quick).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pandas as pd
from synthetic_log import big_log, rss_mb, timed
from verdict import exit_code, sandbox, size, verdict

import followkit as fk

TIME_GOAL, MEMORY_GOAL = 1.5, 1.1
RUNS = 2


def bare(path):
    frame = pd.read_csv(path)
    for column in ("interview_end", "sent_at", "response_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True, format="ISO8601")
    return frame


def ours(path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the file has offsets: no naive-time note expected
        return fk.read_log(path, "America/Chicago")


def one(which: str, path: Path) -> None:
    """In a child process: time one reader, check it, print seconds and MB as JSON.

    The peak is the process's high-water mark (``ru_maxrss``) above its resident memory just
    before the read, so no sampling gap can miss it.
    """
    start, cpu = rss_mb(), time.process_time()
    frame, seconds, _sampled = timed(bare if which == "bare" else ours, path)
    cpu = time.process_time() - cpu
    mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 * 1.048576 - start
    sent = frame["sent_at"].dt.tz_convert("UTC")
    frame = None
    reference = pd.to_datetime(pd.read_csv(path, usecols=["sent_at"])["sent_at"], utc=True,
                               format="ISO8601")
    same = bool(((sent == reference) | (sent.isna() & reference.isna())).all())
    print(json.dumps({"seconds": seconds, "cpu": cpu, "mb": mb, "rows": len(sent),
                      "same": same}))


def run(which: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--one", which, str(path)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(rows: int) -> int:
    with sandbox() as folder:
        path = folder / "big.csv"
        fk.write_log(path, big_log(rows))
        print(f"{rows:,} rows, {path.stat().st_size / 1e6:.0f} MB CSV; best of {RUNS} runs "
              "each, alternating, each run in a fresh process")
        bases, mines = [], []
        for _ in range(RUNS):
            bases.append(run("bare", path))
            mines.append(run("ours", path))
        for result in bases + mines:
            assert result["rows"] == rows and result["same"], result
        figures = {}
        for name, results in (("bare", bases), ("ours", mines)):
            figures[name] = [min(r[key] for r in results) for key in ("cpu", "seconds", "mb")]
        (c_bare, w_bare, m_bare), (c_ours, w_ours, m_ours) = figures["bare"], figures["ours"]
        print(f"  pandas read_csv + to_datetime  {c_bare:6.2f} s CPU  {w_bare:6.2f} s wall  "
              f"peak +{m_bare:5.0f} MB")
        print(f"  followkit read_log             {c_ours:6.2f} s CPU  {w_ours:6.2f} s wall  "
              f"peak +{m_ours:5.0f} MB   (wall ratio {w_ours / w_bare:4.2f}x)")
        verdict("read_log time (CPU) / bare pandas", c_ours / c_bare, TIME_GOAL, "x")
        verdict("read_log peak memory / bare pandas", m_ours / m_bare, MEMORY_GOAL, "x")
    print("  (temp CSV deleted)")
    return exit_code()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        one(sys.argv[2], Path(sys.argv[3]))
    else:
        sys.exit(main(size(1_000_000, 100_000)))
