"""Charts of a follow-up log, each a matplotlib ``Figure`` built from :func:`timeliness`'s frame.

Figures are made with the object API (no pyplot, no global state), so they work headless and
can be saved with ``fig.savefig("x.png")``. In a notebook a figure shows itself: the first
chart made registers a PNG display for ``Figure`` with the running IPython, if any.

Drawing is kept cheap so the history screen redraws fast on a big log: fixed margins instead
of a layout engine pass, no minor ticks, one scatter per status, and at most
:data:`MAX_DOTS` dots (a random pick, said so on the chart; counts are always of all rows).
"""

from __future__ import annotations

from followkit.timing import DEFAULT_POLICY, Policy

__all__ = ["MAX_DOTS", "hours_to_send_chart", "on_time_by_month_chart", "response_by_status_chart"]

#: The most dots the hours chart draws; above it, a random pick of this many is shown.
MAX_DOTS = 2000

_COLOURS = {"early": "#d9822b", "on_time": "#2b8a3e", "late": "#c92a2a",
            "pending": "#868e96", "missing": "#495057"}
_LABELS = {"early": "too early", "on_time": "on time", "late": "late"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _figure(margins: tuple[float, float, float, float], width: float = 8.0,
            height: float = 4.5):
    """A figure with one axes at fixed ``margins`` (left, right, bottom, top, as fractions).

    Fixed margins (measured once from matplotlib's constrained layout for these labels)
    spare a layout pass on every draw.
    """
    from matplotlib.figure import Figure

    _show_in_notebooks()
    fig = Figure(figsize=(width, height))
    left, right, bottom, top = margins
    fig.subplots_adjust(left=left, right=right, bottom=bottom, top=top)
    return fig


def _show_in_notebooks() -> None:
    """Let a bare Figure display as PNG in IPython/Jupyter (pyplot is never imported)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    from matplotlib.figure import Figure

    def png(fig) -> bytes:
        import io

        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=100)
        return buffer.getvalue()

    shell.display_formatter.formatters["image/png"].for_type(Figure, png)


def hours_to_send_chart(t, policy: Policy = DEFAULT_POLICY):
    """Hours from interview to follow-up, one dot per follow-up sent, by channel.

    Shaded bands show too early (under 1 h, email/phone/text only), on time and late; dashed
    lines mark 1 h and 24 h. The hour axis is logarithmic so minutes and days both show.
    Above :data:`MAX_DOTS` follow-ups a random pick of that many is drawn (the chart says so);
    the counts in the legend and under each channel are of all of them.
    """
    from matplotlib.ticker import NullLocator

    columns = t[["channel", "status", "hours_to_send"]]  # copy 3 columns, not the whole log
    sent = columns[columns["hours_to_send"].notna().to_numpy()]
    per_channel = sent["channel"].value_counts()
    channels = [c for c in t["channel"].cat.categories if per_channel.get(c, 0)]
    fig = _figure((0.103, 0.604, 0.151, 0.943))
    ax = fig.add_subplot()
    early_h = policy.email_earliest.total_seconds() / 3600
    late_h = policy.deadline.total_seconds() / 3600
    top = max(float(sent["hours_to_send"].max()) * 1.5 if len(sent) else 0, late_h * 3)
    for i, channel in enumerate(channels):
        hand = channel == "handwritten"  # a handwritten note is never too early
        ax.fill_between([i - 0.5, i + 0.5], 0.01, early_h, linewidth=0, alpha=0.10 if hand
                        else 0.12, color=_COLOURS["on_time" if hand else "early"],
                        label=None if hand else "_early")
    ax.fill_between([], [], color=_COLOURS["early"], alpha=0.12,
                    label="too-early band (< 1 h; not for handwritten)")
    ax.axhspan(early_h, late_h, color=_COLOURS["on_time"], alpha=0.08, label="on-time band")
    ax.axhspan(late_h, top, color=_COLOURS["late"], alpha=0.08, label="late band (> 24 h)")
    ax.axhline(early_h, color="#555", linestyle="--", linewidth=1, label="1 h")
    ax.axhline(late_h, color="#555", linestyle=":", linewidth=1.2, label="24 h")
    _dots(ax, sent, channels)
    if len(sent) > MAX_DOTS:
        fig.text(0.62, 0.16, f"Dots: a random {MAX_DOTS:,} of the {len(sent):,} follow-ups\n"
                 "sent; the counts are of all of them.", fontsize="small", color="#333")
    ax.set_yscale("log")
    ax.set_ylim(0.05, top)
    ax.set_yticks([0.1, 0.5, 1, 2, 6, 24, 72], ["6 min", "30 min", "1 h", "2 h", "6 h",
                                                "24 h", "3 days"])
    ax.yaxis.set_minor_locator(NullLocator())
    ax.set_xticks(range(len(channels)), [f"{c}\n(n={int(per_channel[c]):,})" for c in channels])
    ax.set_xlim(-0.6, len(channels) - 0.4)
    ax.set_xlabel("channel")
    ax.set_ylabel("time from interview end to sending (log scale)")
    ax.set_title("How soon each follow-up went out")
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize="small")
    return fig


def _dots(ax, sent, channels) -> None:
    """One scatter per status, jittered within each channel's column, at most MAX_DOTS."""
    import numpy as np

    rng = np.random.default_rng(0)
    status = sent["status"].to_numpy()
    counts = {s: int((status == s).sum()) for s in ("early", "on_time", "late")}
    if len(sent) > MAX_DOTS:
        picked = np.sort(rng.choice(len(sent), MAX_DOTS, replace=False))
        sent, status = sent.iloc[picked], status[picked]
    column = {c: i for i, c in enumerate(channels)}
    x = sent["channel"].astype("str").map(column).to_numpy(dtype=float)
    x += rng.uniform(-0.18, 0.18, len(x))
    hours = sent["hours_to_send"].clip(lower=0.02).to_numpy()
    for name in ("early", "on_time", "late"):
        mine = status == name
        ax.scatter(x[mine], hours[mine], s=22, color=_COLOURS[name], edgecolor="white",
                   linewidth=0.4, label=f"{_LABELS[name]} ({counts[name]:,})", zorder=3)


def on_time_by_month_chart(t):
    """Share of sent follow-ups that were on time, per month of the interview."""
    import pandas as pd

    columns = t[["status", "interview_end"]]
    sent = columns[columns["status"].isin(("early", "on_time", "late")).to_numpy()]
    wall = sent["interview_end"].dt.tz_localize(None).to_numpy()  # the log's own calendar
    month = wall.astype("M8[M]").astype("int64") + 1970 * 12  # year * 12 + month - 1
    on_time = pd.Series((sent["status"] == "on_time").to_numpy()).groupby(month).agg(
        ["mean", "size"])
    many = len(on_time) > 8  # then months take two lines: "Jul" over "2026"
    fig = _figure((0.076, 0.995, 0.15 if many else 0.106, 0.943))
    ax = fig.add_subplot()
    x = range(len(on_time))
    bars = ax.bar(x, on_time["mean"] * 100, color=_COLOURS["on_time"], label="on-time rate")
    for bar, n in zip(bars, on_time["size"], strict=True):
        ax.annotate(f"n={_count_text(n) if many else n}",
                    (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                    ha="center", va="bottom", fontsize="x-small" if many else "small",
                    xytext=(0, 2), textcoords="offset points")
    if len(sent):
        overall = (sent["status"] == "on_time").mean() * 100
        ax.axhline(overall, color="#333", linestyle="--", linewidth=1,
                   label=f"all months ({overall:.0f} %)")
    ax.set_xticks(list(x), [_month_text(m, short=many) for m in on_time.index])
    ax.set_ylim(0, 125)
    ax.set_xlabel("month of the interview")
    ax.set_ylabel("on time (% of follow-ups sent)")
    ax.set_title("On-time follow-ups by month")
    ax.legend(loc="upper center", ncol=2)
    return fig


def _month_text(month: int, *, short: bool) -> str:
    r"""``year * 12 + month - 1`` as "2026-07", or "Jul\n2026" where many months share the axis."""
    year, index = divmod(int(month), 12)
    if short:
        return f"{_MONTHS[index]}\n{year}"
    return f"{year}-{index + 1:02d}"


def _count_text(n: int) -> str:
    """A count in at most four characters: 85, 4.7k, 11k."""
    if n < 1000:
        return str(n)
    return f"{n / 1000:.1f}k" if n < 9950 else f"{n / 1000:.0f}k"


def response_by_status_chart(t, numbers: dict | None = None):
    """Share of sent follow-ups that got an answer, by how timely they were.

    ``numbers``: :func:`~followkit.analysis.summary` of ``t`` if already at hand.
    """
    from followkit.analysis import summary

    numbers = numbers if numbers is not None else summary(t)
    rates = numbers["response_rate_by_status"]
    statuses = [s for s in ("early", "on_time", "late") if s in rates]
    counts = numbers["by_status"]
    fig = _figure((0.094, 0.994, 0.115, 0.939), 6.5, 4.2)
    ax = fig.add_subplot()
    for i, status in enumerate(statuses):
        ax.bar(i, rates[status] * 100, color=_COLOURS[status],
               label=f"{_LABELS[status]} (n={int(counts[status]):,})")
        ax.annotate(f"{rates[status] * 100:.0f} %", (i, rates[status] * 100), ha="center",
                    va="bottom", xytext=(0, 2), textcoords="offset points")
    ax.set_xticks(range(len(statuses)), [_LABELS[s] for s in statuses])
    ax.set_ylim(0, 100)
    ax.set_xlabel("when the follow-up was sent")
    ax.set_ylabel("got an answer (% of those sent)")
    ax.set_title("Answers by timeliness of the follow-up")
    ax.legend(loc="upper right")
    return fig
