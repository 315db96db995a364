"""How long the facilitator's view takes to load a cohort of 500 participant files.

Makes 499 participant files and 1 unreadable one in a temporary folder (50 made by the demo
cohort's generator, data/workshop/make_demo_cohort.py, each copied under 9 more participant
ids, which is much faster than generating 500), then times, best of 3:

- baseline: a bare read of the same files (json.loads each, one DataFrame of all log rows);
- load_cohort: followkit.load_cohort (every field checked, bad files listed, times parsed);
- + summary: load_cohort, then the cohort's timeliness, summary, exercise and finding tables.

The issue asks for the whole facilitator load in under 10 s.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from verdict import exit_code, sandbox, verdict

import followkit as fk
from followkit.workshop._cohort import cohort_summary, exercise_summary, finding_counts

REPO = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 26, 17, 0, tzinfo=UTC)


def generator():
    path = REPO / "data" / "workshop" / "make_demo_cohort.py"
    spec = importlib.util.spec_from_file_location("make_demo_cohort", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make(folder: Path, distinct: int = 50, copies: int = 10) -> None:
    generator().make_cohort(folder, n=distinct, seed=1, bad=1)
    for path in sorted(folder.glob("workshop-p-0*.json")):
        doc = json.loads(path.read_text())
        base = doc["participant"]
        for k in range(1, copies):
            if len(list(folder.iterdir())) >= 500:
                return
            doc["participant"] = f"{base}-{k}"
            (folder / f"workshop-{doc['participant']}.json").write_text(json.dumps(doc))


def baseline(folder: Path):
    import pandas as pd

    rows = []
    for path in sorted(folder.glob("*.json")):
        try:
            doc = json.loads(path.read_bytes())
        except ValueError:
            continue
        rows.extend(doc["log"])
    return pd.DataFrame(rows)


def full(folder: Path):
    cohort = fk.load_cohort(folder)
    cohort_summary(cohort, NOW)
    exercise_summary(cohort.exercises)
    finding_counts(cohort.exercises)
    return cohort


def best(function, folder: Path, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function(folder)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        make(folder)
        made = time.perf_counter() - start
        cohort = full(folder)
        files = len(list(folder.iterdir()))
        print(f"{files} files ({len(cohort.participants)} read, {len(cohort.unreadable)} "
              f"unreadable), {len(cohort.log)} follow-ups, {len(cohort.exercises)} exercise "
              f"results; made in {made:.1f} s")
        base = best(baseline, folder)
        load = best(fk.load_cohort, folder)
        whole = best(full, folder)
    print(f"baseline (json.loads + one DataFrame): {base:.3f} s")
    print(f"load_cohort:                           {load:.3f} s  ({load / base:.1f}x baseline)")
    print(f"load_cohort + cohort summary:          {whole:.3f} s  ({whole / base:.1f}x baseline)")
    verdict("load_cohort + summary, 500 files", whole, 10, "s")
    return exit_code()


if __name__ == "__main__":
    with sandbox():
        sys.exit(main())
