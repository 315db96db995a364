"""A big synthetic follow-up log for the benchmarks (seeded numpy, built column-wise)."""

from __future__ import annotations

import os
import threading
import time

import numpy as np
import pandas as pd

from followkit.log._schema import typed_log

ZONE = "America/Chicago"


def big_log(n: int, seed: int = 7):
    """``n`` follow-ups over two years (both DST offsets), 90 % sent, 30 % answered."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2025-01-06 09:00", tz=ZONE)
    end = start + pd.to_timedelta(rng.integers(0, 730 * 24 * 60, n), unit="min")
    delay = pd.to_timedelta(np.exp(rng.normal(1.2, 1.0, n)) * 3600, unit="s").round("s")
    sent = pd.Series(end + delay).where(rng.random(n) < 0.9)
    response = (sent + pd.to_timedelta(rng.integers(1, 300, n), unit="h")).where(
        rng.random(n) < 0.3)
    channel = rng.choice(["email", "handwritten", "phone", "text"], n, p=[0.8, 0.15, 0.03, 0.02])
    ids = pd.Series(np.arange(n)).astype("str")
    frame = pd.DataFrame({
        "followup_id": "f" + ids, "interview_id": "i" + (ids.str[:-1]),
        "company": rng.choice(["Harlow & Pike LLP", "Brightline Foods", "Marlow Freight"], n),
        "position": "Staff Accountant", "interview_end": end, "interviewer": "Dana Rivera",
        "channel": channel, "sent_at": sent, "response_at": response,
        "outcome": rng.choice(["none", "offer", "rejected", "second_interview"], n),
    })
    log, _ = typed_log(frame, path="<benchmark>", tz=end.tz)
    log.attrs = {"tz": end.tz, "delimiter": ","}
    return log


def rss_mb() -> float:
    """This process's resident memory now, in MB (Linux)."""
    with open(f"/proc/{os.getpid()}/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def timed(fn, *args):
    """``(result, seconds, peak MB above the start)``: RSS sampled every 5 ms meanwhile."""
    base, peak, done = rss_mb(), [0.0], threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_mb())
            time.sleep(0.005)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    t0 = time.perf_counter()
    result = fn(*args)
    seconds = time.perf_counter() - t0
    done.set()
    watcher.join()
    return result, seconds, max(peak[0], rss_mb()) - base


def best(fn, *args, runs=3):
    """``fn(*args)``'s result and its fastest wall time over ``runs`` runs."""
    results = [timed(fn, *args) for _ in range(runs)]
    return results[0][0], min(r[1] for r in results)
