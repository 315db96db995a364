"""Charts of a workshop cohort for the facilitator's slides (matplotlib Figures, no pyplot).

Each function takes a frame from the cohort analysis (or the cohort's timeliness frame) and
returns a :class:`matplotlib.figure.Figure`; :func:`png_bytes` and :func:`save_png` turn one
into a PNG for slides. Figures are made without pyplot, so nothing is shown twice and no
global state is touched. Every chart counts in whole numbers, labels exercises by their titles,
keeps its legend outside the plotted data, and shows text as written (a ``$`` is not maths).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from followkit.errors import import_optional
from followkit.history._redraw import png_bytes
from followkit.timing import DEFAULT_POLICY, STATUS_COLOURS, STATUS_LABELS, STATUSES
from followkit.workshop._cohort import SEND_GRADES

__all__ = ["empty_figure", "exercises_figure", "findings_figure", "hours_figure", "png_bytes",
           "quiz_figure", "save_png", "sections_figure", "send_time_figure", "status_figure"]

_COLORS = {**STATUS_COLOURS, "not_at_once": "#f0e442"}
_LABELS = STATUS_LABELS
_ON_TIME = STATUS_COLOURS["on_time"]
#: The most exercises the exercise chart shows (the rest are counted in its title).
MAX_EXERCISE_BARS = 40
_NO_LOGS = ("No personal follow-up logs in these files yet.\nThis chart fills in when "
            "participants export with their own log.")


def _plain(text: object) -> str:
    """Text as matplotlib should print it: a ``$`` is a dollar sign, not the start of maths."""
    return str(text).replace("$", r"\$")


def _wrap(text: object, width: int) -> str:
    return _plain("\n".join(textwrap.wrap(str(text), width)) or str(text))


def _figure(width: float = 7.0, height: float = 3.6):
    Figure = import_optional("matplotlib.figure", "the cohort charts").Figure

    figure = Figure(figsize=(width, height), layout="constrained")
    return figure, figure.add_subplot()


def _whole(axis) -> None:
    """Ticks at whole numbers only (counts of people are never 0.5)."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def _tidy(ax) -> None:
    ax.spines[["top", "right"]].set_visible(False)


def empty_figure(title: str, message: str = _NO_LOGS):
    """A chart that says why there is nothing to draw, instead of empty axes."""
    figure, ax = _figure(7.0, 2.0)
    ax.set_axis_off()
    ax.set_title(_plain(title))
    ax.text(0.5, 0.5, _plain(message), ha="center", va="center", transform=ax.transAxes,
            color="#555555")
    return figure


def status_figure(timed, on_time_rate: float | None = None):
    """Bars of the cohort's follow-ups by status; the title gives the on-time rate."""
    if timed.empty:
        return empty_figure("Follow-ups in the participants' own logs")
    figure, ax = _figure()
    counts = timed["status"].value_counts().reindex(list(STATUSES), fill_value=0)
    ax.bar([_LABELS[s] for s in counts.index], counts.to_numpy(),
           color=[_COLORS[s] for s in counts.index])
    for x, value in enumerate(counts.to_numpy()):
        ax.annotate(str(value), (x, value), ha="center", va="bottom")
    rate = "" if on_time_rate is None else f"; {on_time_rate:.0%} of those sent were on time"
    ax.set_title(f"{len(timed)} follow-ups in the cohort's logs{rate}")
    ax.set_ylabel("follow-ups")
    _whole(ax.yaxis)
    _tidy(ax)
    return figure


def hours_figure(timed, policy=DEFAULT_POLICY, cap_hours: float = 72.0):
    """Histogram of hours from the end of the interview to sending, with the guide's bounds."""
    hours = timed["hours_to_send"].dropna().astype(float) if len(timed) else timed
    if not len(hours):
        return empty_figure("Hours from interview to follow-up, from the participants' logs")
    figure, ax = _figure()
    earliest, recommended, deadline = (t.total_seconds() / 3600 for t in (
        policy.email_earliest, policy.email_recommended, policy.deadline))
    ax.axvspan(earliest, deadline, color=_ON_TIME, alpha=0.12,
               label=f"on time for an email ({earliest:g}–{deadline:g} h)")
    ax.axvline(recommended, color=_ON_TIME, linestyle="--", linewidth=1,
               label=f"recommended from {recommended:g} h")
    ax.hist(hours.clip(upper=cap_hours), bins=range(int(cap_hours) + 2), color="#0072b2",
            label="follow-ups sent")
    figure.legend(loc="outside upper right", frameon=False, ncols=3, fontsize="small")
    ax.set_title(f"Hours from interview to follow-up ({len(hours)} sent, median "
                 f"{hours.median():.1f} h)")
    ax.set_xlabel(f"hours after the interview ended (over {cap_hours:.0f} h shown at "
                  f"{cap_hours:.0f})")
    ax.set_ylabel("follow-ups")
    _whole(ax.yaxis)
    _tidy(ax)
    return figure


def findings_figure(counts, top: int = 10):
    """Horizontal bars of the findings most often left in exercise letters."""
    if counts.empty:
        return empty_figure("Findings left when participants moved on",
                            "No letter was left with a finding: nothing to discuss here.")
    figure, ax = _figure(7.0, 1.2 + 0.34 * max(min(top, len(counts)), 3))
    shown = counts.head(top).iloc[::-1]
    labels = [_plain(f"{c} {n}".strip()) for c, n in zip(shown["code"], shown["name"],
                                                          strict=True)]
    ax.barh(labels, shown["left"].to_numpy(), color="#cc79a7", label="left in the letter")
    ax.barh(labels, shown["introduced"].to_numpy(), color="#882255",
            label="of which brought in by an edit")
    ax.set_title("Findings left when participants moved on")
    ax.set_xlabel("letters (participants × exercises)")
    figure.legend(loc="outside lower center", frameon=False, ncols=2)
    _whole(ax.xaxis)
    _tidy(ax)
    return figure


def exercises_figure(summary, titles=None):
    """Bars of how many participants finished each exercise, labelled by its title.

    ``titles`` maps an exercise id (``letter:pushy``) to its title; without one the id shows.
    """
    if summary.empty:
        return empty_figure("Participants who finished each exercise",
                            "No exercise results in these files yet.")
    titles = dict(titles or {})
    shown = summary.head(MAX_EXERCISE_BARS).iloc[::-1]
    figure, ax = _figure(7.0, 1.0 + 0.42 * max(len(shown), 3))
    done = (shown["done_rate"].astype(float) * shown["participants"]).round().astype(int)
    labels = [_wrap(titles.get(e, e), 48) for e in shown["exercise"]]
    ax.barh(labels, shown["participants"].to_numpy(), color="#dddddd", label="tried it")
    ax.barh(labels, done.to_numpy(), color=_ON_TIME, label="finished it")
    for y, (d, n) in enumerate(zip(done, shown["participants"], strict=True)):
        ax.annotate(f"{d} of {n}", (n, y), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize="small")
    ax.set_xlabel("participants")
    _whole(ax.xaxis)
    more = (f" (the first {MAX_EXERCISE_BARS} of {len(summary):,})"
            if len(summary) > MAX_EXERCISE_BARS else "")
    figure.suptitle(f"Participants who finished each exercise{more}")
    figure.legend(loc="outside lower center", frameon=False, ncols=2)
    _tidy(ax)
    return figure


def send_time_figure(spread):
    """For each send-time exercise, how many chose each time, coloured by the guide's verdict."""
    if spread.empty or not spread["count"].sum():
        return empty_figure("When the room chose to send", "No send time chosen yet.")
    exercises = list(dict.fromkeys(spread["exercise"]))
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.0, 1.2 + 2.3 * len(exercises)), layout="constrained")
    axes = figure.subplots(len(exercises), 1, squeeze=False)[:, 0]
    shown_grades = set()
    for ax, key in zip(axes, exercises, strict=True):
        rows = spread[spread["exercise"] == key].sort_values("hours")
        timely = [i for i, g in enumerate(rows["grade"]) if g == "on_time"]
        if timely:
            ax.axvspan(timely[0] - 0.5, timely[-1] + 0.5, color=_ON_TIME, alpha=0.1, zorder=0)
        ax.bar(range(len(rows)), rows["count"].to_numpy(),
               color=[_COLORS[g] for g in rows["grade"]], edgecolor="#555555", linewidth=0.5)
        ax.set_xticks(range(len(rows)), [_plain(x) for x in rows["label"]], fontsize="small",
                      rotation=30, ha="right")
        ax.set_ylim(0, max(1, int(rows["count"].max())) * 1.15)
        ax.set_title(_plain(f"{rows['title'].iloc[0]} ({rows['channel'].iloc[0]})"),
                     fontsize="medium")
        ax.set_ylabel("participants")
        _whole(ax.yaxis)
        _tidy(ax)
        shown_grades |= set(rows["grade"])
    from matplotlib.patches import Patch

    handles = [Patch(color=_COLORS[g], label=label) for g, label in SEND_GRADES
               if g in shown_grades]
    handles.append(Patch(color=_ON_TIME, alpha=0.1, label="the on-time window"))
    figure.suptitle("When the room chose to send (time after the interview ended)")
    figure.legend(handles=handles, loc="outside lower center", frameon=False,
                  ncols=min(len(handles), 3))
    return figure


def quiz_figure(spread):
    """For each quiz question, how many first picked each answer; the right answer in green."""
    if spread.empty or not spread["count"].sum():
        return empty_figure("How the room answered the quiz", "No quiz answer yet.")
    questions = list(dict.fromkeys(spread["exercise"]))
    from matplotlib.figure import Figure

    heights = [spread["exercise"].eq(q).sum() for q in questions]
    figure = Figure(figsize=(7.5, 0.9 + sum(0.55 * h + 0.6 for h in heights)),
                    layout="constrained")
    axes = figure.subplots(len(questions), 1, squeeze=False,
                           gridspec_kw={"height_ratios": heights})[:, 0]
    for ax, key in zip(axes, questions, strict=True):
        rows = spread[spread["exercise"] == key].iloc[::-1]
        labels = [_wrap(t, 60) for t in rows["text"]]
        ax.barh(range(len(rows)), rows["count"].to_numpy(),
                color=[_ON_TIME if c else "#bbbbbb" for c in rows["correct"]])
        ax.set_yticks(range(len(rows)), labels, fontsize="small")
        ax.set_title(_wrap(rows["question"].iloc[0], 50), fontsize="medium")
        _whole(ax.xaxis)
        ax.set_xlim(0, max(1, int(spread["count"].max())) * 1.1)
        _tidy(ax)
    axes[-1].set_xlabel("participants, by their first answer (the right one in green)")
    figure.suptitle("How the room answered the quiz")
    return figure


def sections_figure(progress):
    """Bars per workshop section: how many participants finished it, of everyone."""
    if progress.empty or not progress["participants"].max():
        return empty_figure("Who is done with each section", "No participant file yet.")
    figure, ax = _figure(7.0, 2.8)
    shown = progress.iloc[::-1]
    total = int(shown["participants"].max())
    ax.barh(shown["section"], [total] * len(shown), color="#eeeeee", label="everyone")
    ax.barh(shown["section"], shown["started"].to_numpy(), color=STATUS_COLOURS["pending"],
            label="started")
    ax.barh(shown["section"], shown["done"].to_numpy(), color=_ON_TIME, label="done")
    for y, done in enumerate(shown["done"]):
        ax.annotate(f"{done} of {total} done", (total, y), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize="small")
    ax.set_xlabel("participants")
    _whole(ax.xaxis)
    figure.suptitle("Who is done with each section")
    figure.legend(loc="outside lower center", frameon=False, ncols=3)
    _tidy(ax)
    return figure


def save_png(figure, path: str | Path, dpi: int = 150) -> Path:
    """Save the figure as a PNG for slides; make the folder if needed; return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(figure, dpi))
    return path
