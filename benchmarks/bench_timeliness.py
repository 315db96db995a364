"""timeliness() on 1,000,000 follow-ups against a bare numpy computation and DuckDB SQL.

Goal (issue #5): within 1.5x of the bare numpy/pandas computation of the same statuses, and
faster than DuckDB computing them on the same frame. All three run in this process on one
frame, and must agree row for row. DuckDB: ``pip install -r benchmarks/requirements.txt``.

Run: ``.venv/bin/python benchmarks/bench_timeliness.py [ROWS]``
"""

from __future__ import annotations

import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
from synthetic_log import best, big_log
from verdict import exit_code, sandbox, size, verdict

import followkit as fk

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=ZoneInfo("America/Chicago"))
H = np.timedelta64(3600, "s")


def bare(log, now):
    """The same statuses as plainly as numpy allows (what timeliness must stay close to)."""
    taken = (log["sent_at"] - log["interview_end"]).to_numpy()
    unsent = np.isnat(taken)
    open_now = (now - log["interview_end"]).to_numpy() <= 24 * H
    earliest = np.where(log["channel"].to_numpy() == "handwritten", 0 * H, H)
    return np.select([unsent & open_now, unsent, taken < earliest, taken <= 24 * H],
                     ["pending", "missing", "early", "on_time"], "late")


def bare_codes(log, now):
    """As :func:`bare`, with small integer codes instead of strings (the fastest plain form)."""
    taken = (log["sent_at"] - log["interview_end"]).to_numpy()
    unsent = np.isnat(taken)
    open_now = (now - log["interview_end"]).to_numpy() <= 24 * H
    earliest = np.where(log["channel"].to_numpy() == "handwritten", 0 * H, H)
    return np.select([unsent & open_now, unsent, taken < earliest, taken <= 24 * H],
                     [3, 4, 0, 1], 2).astype(np.int8)


def duck(log, now):
    import duckdb

    con = duckdb.connect()
    con.register("log", log[["interview_end", "sent_at", "channel"]])
    return con.execute("""
        SELECT CASE
          WHEN sent_at IS NULL AND ($now - interview_end) <= INTERVAL 24 HOUR THEN 'pending'
          WHEN sent_at IS NULL THEN 'missing'
          WHEN sent_at - interview_end < CASE WHEN channel = 'handwritten'
               THEN INTERVAL 0 HOUR ELSE INTERVAL 1 HOUR END THEN 'early'
          WHEN sent_at - interview_end <= INTERVAL 24 HOUR THEN 'on_time'
          ELSE 'late' END AS status
        FROM log""", {"now": now}).fetchnumpy()["status"]


def main(rows: int) -> int:
    log = big_log(rows)
    print(f"{rows:,} follow-ups; best of 3 runs each")
    ours, t_ours = best(fk.timeliness, log, NOW)
    base, t_bare = best(bare, log, NOW)
    assert (ours["status"].astype("str").to_numpy() == base).all(), "statuses differ (bare)"
    codes, t_codes = best(bare_codes, log, NOW)
    assert (ours["status"].cat.codes.to_numpy() == codes).all(), "statuses differ (codes)"
    print(f"  bare numpy, strings {t_bare:7.3f} s")
    print(f"  bare numpy, codes   {t_codes:7.3f} s")
    fastest = min(t_bare, t_codes)
    print(f"  followkit           {t_ours:7.3f} s   {t_ours / fastest:4.2f}x the faster bare "
          "(it also adds hours_to_send and deadline)")
    verdict("timeliness / faster bare numpy", t_ours / fastest, 1.5, "x")
    try:
        import duckdb  # noqa: F401
    except ImportError:
        print("  duckdb: not installed; run `.venv/bin/pip install -r benchmarks/requirements.txt`")
        return exit_code()
    sql, t_sql = best(duck, log, NOW)
    assert (np.asarray(sql, dtype=str) == base).all(), "statuses differ (duckdb)"
    print(f"  duckdb SQL          {t_sql:7.3f} s   followkit is {t_sql / t_ours:4.2f}x faster")
    return exit_code()


if __name__ == "__main__":
    with sandbox():
        sys.exit(main(size(1_000_000, 100_000)))
