"""``python -m followkit report LOG --html`` against a hand-written report of the same log.

Like with like: the baseline is what a person could write in an afternoon to get the same
page. pandas reads the CSV; it works out the statuses (an email under 1 h is too early, over
24 h late, a handwritten note never early), the same sentences (on time, median time to send
per channel, answers by timeliness, people never thanked or written to twice, what is due),
the due list with each deadline in the interview's own zone, and the two findings lists.
matplotlib draws the same three charts (the dots per channel on a log scale with the bands
and lines, the on-time bars by month with their counts and overall line, the answer bars),
at the same sizes, dpi and PNG settings, each with its title, labels and legend; an f-string
writes one HTML page. followkit does more: it validates every row (an error names its row
and column) and prints the text report too; the baseline trusts the file.

Each side runs as a fresh ``python`` process (imports included: that is what a person waits
for), alternating, best of N (5; 3 under ``make bench-quick``). Goals: followkit at most
1.5x the baseline in wall time, and in CPU time (which moves less when other work shares the
machine); the page at most 100 KB besides its charts, no script.

Run: ``.venv/bin/python benchmarks/bench_report.py [LOG.csv]`` (default: the sample log).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from verdict import exit_code, quick, sandbox, verdict

GOAL_RATIO = 1.5
GOAL_KB = 100
NOW = "2026-10-30T09:00:00-05:00"

BASELINE = r'''
import base64, html, io, sys
import matplotlib
matplotlib.use("Agg")
from matplotlib.figure import Figure
import numpy as np
import pandas as pd

log = pd.read_csv(sys.argv[1], encoding="utf-8-sig", dtype=str)
now = pd.Timestamp(sys.argv[3])
for c in ("interview_end", "sent_at", "response_at"):
    log[c] = pd.to_datetime(log[c], utc=True, format="ISO8601")
zone = log["time_zone"].fillna("UTC") if "time_zone" in log else pd.Series("UTC", log.index)
hours = (log["sent_at"] - log["interview_end"]).dt.total_seconds() / 3600
sent = hours.notna()
early = sent & (hours < 1) & (log["channel"] != "handwritten")
on_time = sent & ~early & (hours <= 24)
late = sent & (hours > 24)
deadline = log["interview_end"] + pd.Timedelta(hours=24)
missing = ~sent & (deadline < now)
status = pd.Series("", index=log.index).mask(early, "too early").mask(on_time, "on time")
status = status.mask(late, "late")
answered = log["response_at"].notna() | log["outcome"].isin(["second_interview", "offer",
                                                              "rejected"])

def local(when, tz):
    t = when.tz_convert(tz)
    clock = f"{t.hour % 12 or 12}" + (f":{t.minute:02d}" if t.minute else "")
    return f"{t:%a} {t.day} {t:%b} {clock} {'am' if t.hour < 12 else 'pm'} {t.tzname()}"

person = log["interview_id"] + "|" + log["interviewer"].str.casefold().str.strip()
per_person = log.assign(person=person, sent=~missing).groupby("person", sort=False)
twice = per_person.filter(lambda g: len(g) > 1).groupby("person", sort=False)
never = per_person.filter(lambda g: not g["sent"].any()).groupby("person", sort=False)
pending = log[~sent & ~missing].assign(deadline=deadline).sort_values("deadline")
n_sent = int(sent.sum())
medians = hours[sent].groupby(log["channel"][sent]).median()
rates = answered[sent].groupby(status[sent]).mean()
first = pending.iloc[0] if len(pending) else None
sentences = [
    f"You sent {int(on_time.sum())} of {n_sent} follow-ups on time "
    f"({on_time.sum() / n_sent:.0%}); {int(early.sum())} too early (under 1 h) and "
    f"{int(late.sum())} late (after 24 h).",
    "Your " + ", ".join(f"{c} went out after a median of {h:.1f} h"
                        for c, h in medians.items()) + ".",
    f"{answered[sent].mean():.0%} of the follow-ups you sent got an answer ("
    + ", ".join(f"{r:.0%} of the {s} ones" for s, r in rates.items()) + ").",
    f"{never.ngroups} interviewers were never thanked; {twice.ngroups} got more than one "
    "message.",
    f"{len(pending)} follow-ups are still due" + ("" if first is None else
    f"; the first window closes {local(first['deadline'], zone[first.name])}, for "
    f"{first['interviewer']} at {first['company']}."),
]

def png(draw, size):
    fig = Figure(figsize=size, dpi=100)
    draw(fig, fig.add_subplot())
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, pil_kwargs={"compress_level": 1})
    return base64.b64encode(buf.getvalue()).decode()

colours = {"too early": "#e69f00", "on time": "#009e73", "late": "#d55e00"}
channels = sorted(log.loc[sent, "channel"].unique())

def dots(fig, ax):
    fig.subplots_adjust(left=0.103, right=0.604, bottom=0.151, top=0.943)
    for i, channel in enumerate(channels):
        ax.fill_between([i - 0.5, i + 0.5], 0.01, 1, alpha=0.12, linewidth=0,
                        color=colours["on time" if channel == "handwritten" else "too early"])
    ax.fill_between([], [], color=colours["too early"], alpha=0.12,
                    label="too-early band (< 1 h; not for handwritten)")
    ax.axhspan(1, 24, color=colours["on time"], alpha=0.08, label="on-time band")
    ax.axhspan(24, hours.max() * 1.5, color=colours["late"], alpha=0.08, label="late band (> 24 h)")
    ax.axhline(1, color="#555", linestyle="--", linewidth=1, label="1 h")
    ax.axhline(24, color="#555", linestyle=":", linewidth=1.2, label="24 h")
    x = log["channel"].map({c: i for i, c in enumerate(channels)})
    x = x + np.random.default_rng(0).uniform(-0.18, 0.18, len(x))
    for s, colour in colours.items():
        mine = status == s
        ax.scatter(x[mine], hours[mine].clip(lower=0.02), s=22, color=colour,
                   edgecolor="white", linewidth=0.4, label=s, zorder=3)
    for i, channel in enumerate(channels):
        ax.annotate(f"(n={int((log['channel'][sent] == channel).sum())})", (i, 0),
                    xycoords=ax.get_xaxis_transform(), xytext=(0, -19),
                    textcoords="offset points", ha="center", va="top")
    fig.text(0.62, 0.3, f"{n_sent} follow-ups sent:\n{int(on_time.sum())} on time, "
             f"{int(late.sum())} late, {int(early.sum())} too early", fontsize="small")
    ax.set_yscale("log")
    ax.set_ylim(0.05, hours.max() * 1.5)
    ax.set_yticks([0.1, 0.5, 1, 2, 6, 24, 72],
                  ["6 min", "30 min", "1 h", "2 h", "6 h", "24 h", "3 days"])
    ax.minorticks_off()
    ax.set_xticks(range(len(channels)), channels)
    ax.set_xlabel("channel (n = follow-ups sent)")
    ax.xaxis.set_label_coords(0.5, -0.15)
    ax.set_ylabel("time from interview end to sending (log scale)")
    ax.set_title("How soon each follow-up went out")
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.6), fontsize="small")

month = log["interview_end"].dt.tz_convert(zone.iloc[0]).dt.strftime("%Y-%m")
by_month = on_time[sent].groupby(month[sent]).agg(["mean", "size"])

def months(fig, ax):
    fig.subplots_adjust(left=0.076, right=0.995, bottom=0.106, top=0.943)
    x = range(len(by_month))
    ax.bar(x, by_month["mean"] * 100, color=colours["on time"], label="on-time rate")
    overall = on_time.sum() / n_sent * 100
    ax.axhline(overall, color="#333", linestyle="--", linewidth=1, label="all the months")
    ax.text(0.99, 0.975, f"all the months shown:\n{overall:.0f} % on time",
            transform=ax.transAxes, ha="right", va="top", fontsize="small")
    for i, (rate, n) in enumerate(zip(by_month["mean"], by_month["size"])):
        ax.annotate(f"n={n}", (i, rate * 100), ha="center", va="bottom", fontsize="small",
                    xytext=(0, 3), textcoords="offset points",
                    bbox={"boxstyle": "square,pad=0.1", "facecolor": "white",
                          "edgecolor": "none"})
    ax.set_xticks(list(x), by_month.index)
    ax.set_ylim(0, 125)
    ax.set_yticks([0, 20, 40, 60, 80, 100])
    ax.set_xlabel("month of the interview")
    ax.set_ylabel("on time (% of follow-ups sent)")
    ax.set_title("On-time follow-ups by month")
    ax.legend(loc="upper center", ncol=2)

def answers(fig, ax):
    fig.subplots_adjust(left=0.094, right=0.994, bottom=0.115, top=0.939)
    names = list(colours)
    values = [rates.get(s, 0) * 100 for s in names]
    bars = ax.bar(range(3), values, color=list(colours.values()))
    for bar, s, v in zip(bars, names, values):
        ax.annotate(f"{v:.0f} % of {int((status[sent] == s).sum())}",
                    (bar.get_x() + bar.get_width() / 2, v), ha="center", va="bottom",
                    xytext=(0, 2), textcoords="offset points")
    ax.set_xticks(range(3), names)
    ax.set_ylim(0, 112)
    ax.set_yticks([0, 20, 40, 60, 80, 100])
    ax.set_xlabel("when the follow-up was sent")
    ax.set_ylabel("got an answer (% of those sent)")
    ax.set_title("Answers by timeliness of the follow-up")

charts = [png(dots, (8, 4.5)), png(months, (8, 4.5)), png(answers, (6.5, 4.2))]
e = html.escape
rows = "".join(f"<tr><td>{e(r.interviewer)}</td><td>{e(r.company)}</td><td>{r.channel}</td>"
               f"<td>{local(r.deadline, zone[r.Index])}</td></tr>"
               for r in pending.itertuples())
found = "".join(f"<li>{e(g['interviewer'].iloc[0])} ({e(g['company'].iloc[0])}): "
                f"{len(g)} follow-ups</li>" for _, g in twice)
found += "".join(f"<li>{e(g['interviewer'].iloc[0])} ({e(g['company'].iloc[0])}): never "
                 f"thanked; the window closed {local(deadline[g.index[0]], zone[g.index[0]])}"
                 "</li>" for _, g in never)
page = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Follow-ups"
        f"</title></head><body><h1>Your follow-ups</h1><ul>"
        + "".join(f"<li>{e(s)}</li>" for s in sentences) + "</ul>"
        + "".join(f"<img alt='chart' src='data:image/png;base64,{c}'>" for c in charts)
        + f"<h2>Still due</h2><table>{rows}</table><h2>Findings</h2><ul>{found}</ul>"
        "</body></html>")
open(sys.argv[2], "w", encoding="utf-8").write(page)
'''


ROOT = Path(__file__).resolve().parents[1]


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one fresh process running ``command``.

    It imports the followkit of this checkout, whatever the folder it runs in.
    """
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             env=env)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    errors = child.stderr.read().decode() if child.stderr else ""
    if status:
        raise SystemExit(f"{command[1]} failed:\n{errors}")
    return wall, usage.ru_utime + usage.ru_stime


def main(log: str) -> int:
    runs = 3 if quick() else 5
    with sandbox() as folder:
        base_script = folder / "baseline.py"
        base_script.write_text(BASELINE, encoding="utf-8")
        ours_out, base_out = folder / "ours.html", folder / "base.html"
        ours_cmd = [sys.executable, "-m", "followkit", "report", log, "--now", NOW,
                    "--html", str(ours_out)]
        base_cmd = [sys.executable, str(base_script), log, str(base_out), NOW]
        ours, base = [], []
        for _ in range(runs):
            base.append(timed(base_cmd))
            ours.append(timed(ours_cmd))
        page = ours_out.read_text(encoding="utf-8")
        charts = sum(len(m) for m in re.findall(r'src="(data:image/png;base64,[^"]+)"', page))
        size_kb = (len(page.encode()) - charts) / 1000
        wall = [min(w for w, _ in side) for side in (base, ours)]
        cpu = [min(c for _, c in side) for side in (base, ours)]
        print(f"log {log}; best of {runs} fresh processes each, alternating")
        print(f"  hand-written (pandas + matplotlib + f-string)  {wall[0]:6.2f} s wall "
              f"{cpu[0]:6.2f} s CPU")
        print(f"  followkit report --html                        {wall[1]:6.2f} s wall "
              f"{cpu[1]:6.2f} s CPU")
        verdict("report --html / hand-written (wall)", wall[1] / wall[0], GOAL_RATIO, "x")
        verdict("report --html / hand-written (CPU)", cpu[1] / cpu[0], GOAL_RATIO, "x")
        verdict("report page without its charts", size_kb, GOAL_KB, "KB")
        verdict("scripts in the report page", page.lower().count("<script"), 0)
    return exit_code()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from followkit.log import SAMPLE_LOG_PATH

    sys.exit(main(str(Path(sys.argv[1]).resolve()) if len(sys.argv) > 1
                  else str(SAMPLE_LOG_PATH)))
