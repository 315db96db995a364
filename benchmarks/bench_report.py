"""``python -m followkit report LOG --html`` against a hand-written report of the same log.

The baseline is what a person could write in an afternoon: pandas reads the CSV, works out
hours to send, on-time share by month and answers by timeliness, matplotlib draws the same
three charts (PNG, same size and dpi), an f-string writes one HTML page. Each side runs as a
fresh ``python`` process (imports included: that is what a person waits for), alternating,
best of 3. Goal: followkit at most 1.5x the baseline; the file at most 100 KB plus its charts.

Run: ``.venv/bin/python benchmarks/bench_report.py [LOG.csv]`` (default: the sample log).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_RATIO = 1.5
GOAL_BYTES = 100_000
NOW = "2026-10-30T09:00:00-05:00"

BASELINE = r'''
import base64, io, sys
import matplotlib
matplotlib.use("Agg")
from matplotlib.figure import Figure
import pandas as pd

log = pd.read_csv(sys.argv[1])
for c in ("interview_end", "sent_at", "response_at"):
    log[c] = pd.to_datetime(log[c], utc=True, format="ISO8601")
now = pd.Timestamp(sys.argv[3])
hours = (log["sent_at"] - log["interview_end"]).dt.total_seconds() / 3600
sent = hours.notna()
on_time = sent & (hours >= 1) & (hours <= 24)
late = sent & (hours > 24)
missing = ~sent & (log["interview_end"] + pd.Timedelta(hours=24) < now)
pending = log[~sent & ~missing].sort_values("interview_end")
month = log["interview_end"].dt.strftime("%Y-%m")
by_month = on_time[sent].groupby(month[sent]).mean()
answered = log["response_at"].notna()
status = pd.Series("on time", index=log.index).where(on_time, "late")
status = status.where(~(sent & (hours < 1)), "early")
rates = answered[sent].groupby(status[sent]).mean()

def png(draw, size=(8, 3.2)):
    fig = Figure(figsize=size)
    draw(fig.add_subplot())
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    return base64.b64encode(buf.getvalue()).decode()

charts = [
    png(lambda ax: (ax.hist(hours[sent], bins=40), ax.axvspan(1, 24, alpha=0.15),
                    ax.set_xlabel("hours to send"))),
    png(lambda ax: (ax.bar(by_month.index, by_month.values * 100), ax.set_ylabel("% on time"))),
    png(lambda ax: (ax.bar(rates.index, rates.values * 100), ax.set_ylabel("% answered"))),
]
rows = "".join(f"<tr><td>{r.interviewer}</td><td>{r.company}</td>"
               f"<td>{r.interview_end + pd.Timedelta(hours=24):%a %d %b %H:%M}</td></tr>"
               for r in pending.itertuples())
html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Follow-ups</title></head>"
        f"<body><h1>Your follow-ups</h1><p>You sent {int(on_time.sum())} of {int(sent.sum())} "
        f"on time; {int(late.sum())} late; {int(missing.sum())} never sent.</p>"
        + "".join(f"<img src='data:image/png;base64,{c}'>" for c in charts)
        + f"<h2>Still due</h2><table>{rows}</table></body></html>")
open(sys.argv[2], "w", encoding="utf-8").write(html)
'''


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main(log: str) -> int:
    with tempfile.TemporaryDirectory() as folder:
        base_script = Path(folder) / "baseline.py"
        base_script.write_text(BASELINE, encoding="utf-8")
        ours_out, base_out = Path(folder) / "ours.html", Path(folder) / "base.html"
        ours_cmd = [sys.executable, "-m", "followkit", "report", log, "--now", NOW,
                    "--html", str(ours_out)]
        base_cmd = [sys.executable, str(base_script), log, str(base_out), NOW]
        ours, base = [], []
        for _ in range(3):
            base.append(timed(base_cmd))
            ours.append(timed(ours_cmd))
        html = ours_out.read_text(encoding="utf-8")
        charts = sum(len(m) for m in re.findall(r'src="(data:image/png;base64,[^"]+)"', html))
        size = len(html.encode()) - charts
        ratio = min(ours) / min(base)
        print(f"log {log}; best of 3 fresh processes each")
        print(f"  hand-written (pandas + matplotlib + f-string)  {min(base):6.2f} s")
        print(f"  followkit report --html                        {min(ours):6.2f} s   "
              f"{ratio:4.2f}x   goal <= {GOAL_RATIO}x")
        print(f"  report file without its charts                 {size / 1000:6.1f} KB  "
              f"goal <= {GOAL_BYTES / 1000:.0f} KB; scripts: {html.lower().count('<script')}")
        ok = ratio <= GOAL_RATIO and size <= GOAL_BYTES and "<script" not in html.lower()
        print("  " + ("goal met" if ok else "GOAL MISSED"))
        return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from followkit import SAMPLE_LOG_PATH

    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(SAMPLE_LOG_PATH)))
