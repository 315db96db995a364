"""Charts of a workshop cohort for the facilitator's slides (matplotlib Figures, no pyplot).

Each function takes a frame from the cohort analysis (or the cohort's timeliness frame) and
returns a :class:`matplotlib.figure.Figure`; :func:`png_bytes` and :func:`save_png` turn one
into a PNG for slides. Figures are made without pyplot, so nothing is shown twice and no
global state is touched.
"""

from __future__ import annotations

from pathlib import Path

from followkit.errors import import_optional
from followkit.history._redraw import png_bytes
from followkit.timing import DEFAULT_POLICY, STATUS_COLOURS, STATUS_LABELS, STATUSES

__all__ = ["exercises_figure", "findings_figure", "hours_figure", "png_bytes", "save_png",
           "status_figure"]

_COLORS = STATUS_COLOURS
_LABELS = STATUS_LABELS
_ON_TIME = STATUS_COLOURS["on_time"]
#: The most exercises the exercise chart shows (the rest are counted in its title).
MAX_EXERCISE_BARS = 40


def _plain(text: object) -> str:
    """A label shown as typed: a ``$`` would start matplotlib's math mode."""
    return str(text).replace("$", r"\$")


def _figure(width: float = 7.0, height: float = 3.6):
    Figure = import_optional("matplotlib.figure", "the cohort charts").Figure

    figure = Figure(figsize=(width, height), layout="constrained")
    return figure, figure.add_subplot()


def status_figure(timed, on_time_rate: float | None = None):
    """Bars of the cohort's follow-ups by status; the title gives the on-time rate."""
    figure, ax = _figure()
    counts = timed["status"].value_counts().reindex(list(STATUSES), fill_value=0)
    ax.bar([_LABELS[s] for s in counts.index], counts.to_numpy(),
           color=[_COLORS[s] for s in counts.index])
    for x, value in enumerate(counts.to_numpy()):
        ax.annotate(str(value), (x, value), ha="center", va="bottom")
    rate = "" if on_time_rate is None else f"; {on_time_rate:.0%} of those sent were on time"
    ax.set_title(f"{len(timed)} follow-ups in the cohort's logs{rate}")
    ax.set_ylabel("follow-ups")
    ax.spines[["top", "right"]].set_visible(False)
    return figure


def hours_figure(timed, policy=DEFAULT_POLICY, cap_hours: float = 72.0):
    """Histogram of hours from the end of the interview to sending, with the guide's bounds."""
    figure, ax = _figure()
    hours = timed["hours_to_send"].dropna().astype(float)
    earliest, recommended, deadline = (t.total_seconds() / 3600 for t in (
        policy.email_earliest, policy.email_recommended, policy.deadline))
    ax.axvspan(earliest, deadline, color=_ON_TIME, alpha=0.12,
               label=f"on time for an email ({earliest:g}–{deadline:g} h)")
    ax.axvline(recommended, color=_ON_TIME, linestyle="--", linewidth=1,
               label=f"recommended from {recommended:g} h")
    ax.hist(hours.clip(upper=cap_hours), bins=range(int(cap_hours) + 2), color="#0072b2",
            label="follow-ups sent")
    ax.legend(loc="upper right", frameon=False)
    median = f", median {hours.median():.1f} h" if len(hours) else ""
    ax.set_title(f"Hours from interview to follow-up ({len(hours)} sent{median})")
    ax.set_xlabel(f"hours after the interview ended (over {cap_hours:.0f} h shown at "
                  f"{cap_hours:.0f})")
    ax.set_ylabel("follow-ups")
    ax.spines[["top", "right"]].set_visible(False)
    return figure


def findings_figure(counts, top: int = 10):
    """Horizontal bars of the findings most often left in exercise letters."""
    figure, ax = _figure(7.0, 0.5 + 0.32 * max(min(top, len(counts)), 3))
    shown = counts.head(top).iloc[::-1]
    labels = [_plain(f"{c} {n}".strip())
              for c, n in zip(shown["code"], shown["name"], strict=True)]
    ax.barh(labels, shown["left"].to_numpy(), color="#cc79a7", label="left in the letter")
    ax.barh(labels, shown["introduced"].to_numpy(), color="#882255",
            label="of which brought in by an edit")
    ax.set_title("Findings left when participants moved on")
    ax.set_xlabel("exercises")
    if len(shown):
        ax.legend(loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return figure


def exercises_figure(summary):
    """Bars of the share of participants who finished each exercise."""
    shown = summary.head(MAX_EXERCISE_BARS).iloc[::-1]
    figure, ax = _figure(7.0, 0.5 + 0.32 * max(len(shown), 3))
    ax.barh([_plain(e) for e in shown["exercise"]], shown["done_rate"].to_numpy(dtype=float),
            color=_ON_TIME)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda x, _: f"{x:.0%}")
    more = (f" (the first {MAX_EXERCISE_BARS} of {len(summary):,})"
            if len(summary) > MAX_EXERCISE_BARS else "")
    figure.suptitle(f"Share of participants who finished each exercise{more}")
    ax.spines[["top", "right"]].set_visible(False)
    return figure


def save_png(figure, path: str | Path, dpi: int = 150) -> Path:
    """Save the figure as a PNG for slides; make the folder if needed; return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(figure, dpi))
    return path
