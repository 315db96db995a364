"""coverage() (FK501/FK502) on 100,000 follow-ups against a bare pandas groupby.

The baseline groups the same timeliness frame by (interview, interviewer as compared) and
counts rows and unsent rows per group: the least any implementation must do, with no
messages written. ``synthetic_log.big_log`` gives every interview ten follow-ups to one
interviewer, so every group is an FK501 finding: the worst case for writing messages.
Both agree on which groups are flagged. Before coverage was vectorised (a Python loop per
group) this log took minutes.

Goal (set by issue #20, to catch a return to per-group Python): coverage_groups at most 5x
the bare groupby; the loop it replaced was over 100x.

Run: ``.venv/bin/python benchmarks/bench_analysis.py [ROWS]``
"""

from __future__ import annotations

import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from synthetic_log import best, big_log
from verdict import exit_code, sandbox, size, verdict

import followkit as fk

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=ZoneInfo("America/Chicago"))


def bare_groupby(t):
    """Per (interview, person): how many follow-ups, and whether none went out."""
    person = t["interviewer"].str.casefold().str.split().str.join(" ")
    missing = t["status"] == "missing"
    groups = missing.groupby([t["interview_id"], person], sort=False)
    flags = groups.agg(["size", "all"])
    return flags[(flags["size"] > 1) | flags["all"]]


GOAL = 5.0


def main(rows: int) -> int:
    log = big_log(rows)
    print(f"{rows:,} follow-ups; best of 3 runs each")
    t, t_time = best(fk.timeliness, log, NOW)
    base, t_bare = best(bare_groupby, t)
    found, t_ours = best(fk.coverage, log, NOW)
    (found_again, _rows, _about), t_groups = best(fk.coverage_groups, t)
    assert found_again.equals(found), "coverage_groups and coverage disagree"
    flagged = int((base["size"] > 1).sum() + base["all"].sum())
    assert len(found) == flagged, f"{len(found)} findings, bare groupby flags {flagged}"
    print(f"  bare pandas groupby (flags only)  {t_bare:7.3f} s   {len(base):,} groups flagged")
    print(f"  coverage_groups(t)                {t_groups:7.3f} s   "
          f"{t_groups / t_bare:4.2f}x the bare groupby ({len(found):,} findings with messages)")
    print(f"  coverage(log, now)                {t_ours:7.3f} s   "
          f"{t_ours / t_bare:4.2f}x the bare groupby (includes timeliness: {t_time:.3f} s)")
    verdict("coverage_groups / bare groupby", t_groups / t_bare, GOAL, "x")
    return exit_code()


if __name__ == "__main__":
    with sandbox():
        sys.exit(main(size(100_000, 20_000)))
