"""Charts of a follow-up log, each a matplotlib ``Figure`` built from :func:`timeliness`'s frame.

Figures are made with the object API (no pyplot, no global state), so they work headless and
can be saved with ``fig.savefig("x.png")``. In a notebook a figure shows itself: the first
chart made registers a PNG display for ``Figure`` with the running IPython, if any.

Each chart is a *frame* fixed by the whole log (axes, scale, channels, months, bands, legend,
titles) and *data* set for any selection of its rows by ``update``: the bars, dots, counts
and percentages, all listed in ``dynamic``. The history screen keeps the frame and redraws
only the data when a filter changes (:mod:`followkit.history._redraw`); the axes stay put, so
two filters can be compared by eye. The functions at the bottom draw frame and data at once.

Drawing is kept cheap: fixed margins instead of a layout pass, no minor ticks, one scatter
per status, and at most :data:`MAX_DOTS` dots (a random pick, said so on the chart; counts are
always of all rows).
"""

from __future__ import annotations

import sys

from followkit.errors import import_optional
from followkit.log._analysis import summary
from followkit.timing import (
    DEFAULT_POLICY,
    SENT_STATUSES,
    STATUS_COLOURS,
    STATUS_LABELS,
    Policy,
)

__all__ = ["MAX_DOTS", "HoursToSendChart", "OnTimeByMonthChart", "ResponseByStatusChart",
           "hours_to_send_chart", "on_time_by_month_chart", "response_by_status_chart"]

#: The most dots the hours chart draws; above it, a random pick of this many is shown.
MAX_DOTS = 2000

_COLOURS = STATUS_COLOURS
_LABELS = STATUS_LABELS
_TIMELY = SENT_STATUSES
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _figure(margins: tuple[float, float, float, float], width: float = 8.0,
            height: float = 4.5):
    """A figure with one axes at fixed ``margins`` (left, right, bottom, top, as fractions).

    Fixed margins (measured once from matplotlib's constrained layout for these labels)
    spare a layout pass on every draw, and so does a title at a fixed height.
    """
    Figure = import_optional("matplotlib.figure", "the history charts").Figure

    _show_in_notebooks()
    fig = Figure(figsize=(width, height), dpi=100)
    left, right, bottom, top = margins
    fig.subplots_adjust(left=left, right=right, bottom=bottom, top=top)
    return fig, fig.add_subplot()


def _show_in_notebooks() -> None:
    """Let a bare Figure display as PNG in IPython/Jupyter (pyplot is never imported).

    A running IPython has imported itself; elsewhere (the command line) it is not imported
    just to find that no shell runs, which would cost a report a third of a second.
    """
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return
    from matplotlib.figure import Figure

    def png(fig) -> bytes:
        import io

        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=100)
        return buffer.getvalue()

    shell.display_formatter.formatters["image/png"].for_type(Figure, png)


def _sent(rows, columns):
    """``columns`` of the rows whose follow-up was sent (so it has an hours_to_send)."""
    part = rows[list(columns)]  # copy a few columns, not the whole log
    return part[rows["hours_to_send"].notna().to_numpy()]


class HoursToSendChart:
    """Hours from interview to follow-up, one dot per follow-up sent, by channel.

    Shaded bands show too early (under 1 h, email/phone/text only), on time and late; dashed
    lines mark 1 h and 24 h. The hour axis is logarithmic so minutes and days both show.
    The frame has a column per channel that ``t`` sent on, and room for its latest follow-up.
    Above :data:`MAX_DOTS` follow-ups a random pick of that many is drawn (the chart says so
    when ``t`` has more); the counts under each channel and beside the legend are of all.
    """

    def __init__(self, t, policy: Policy = DEFAULT_POLICY) -> None:
        sent = _sent(t, ["channel", "hours_to_send"])
        used = set(sent["channel"].astype("str"))
        self.channels = [c for c in t["channel"].cat.categories if c in used]
        self.figure, ax = _figure((0.103, 0.604, 0.151, 0.943))
        early_h = policy.email_earliest.total_seconds() / 3600
        late_h = policy.deadline.total_seconds() / 3600
        top = max(float(sent["hours_to_send"].max()) * 1.5 if len(sent) else 0, late_h * 3)
        self._bands(ax, early_h, late_h, top)
        self._scatters = {s: ax.scatter([], [], s=22, color=_COLOURS[s], edgecolor="white",
                                        linewidth=0.4, label=_LABELS[s], zorder=3)
                          for s in _TIMELY}
        self._counts = [ax.annotate("", (i, 0), xycoords=ax.get_xaxis_transform(),
                                    xytext=(0, -19), textcoords="offset points",
                                    ha="center", va="top")
                        for i in range(len(self.channels))]
        self._note = self.figure.text(0.62, 0.3, "", fontsize="small", color="#333",
                                      va="top", linespacing=1.5)
        if len(sent) > MAX_DOTS:  # true of any rows of t, so part of the frame
            self.figure.text(0.62, 0.2, f"Dots: at most {MAX_DOTS:,}, picked at random;\n"
                             "the counts are of all.", fontsize="small", color="#333",
                             va="top", linespacing=1.5)
        ax.set_yscale("log")
        ax.set_ylim(0.05, top)
        ax.set_yticks([0.1, 0.5, 1, 2, 6, 24, 72], ["6 min", "30 min", "1 h", "2 h", "6 h",
                                                    "24 h", "3 days"], minor=False)
        ax.minorticks_off()
        ax.set_xticks(range(len(self.channels)), self.channels)
        ax.set_xlim(-0.6, len(self.channels) - 0.4)
        ax.set_xlabel("channel (n = follow-ups sent)")
        ax.xaxis.set_label_coords(0.5, -0.15)  # below the counts under the channel names
        ax.set_ylabel("time from interview end to sending (log scale)")
        ax.set_title("How soon each follow-up went out", y=1.0)
        ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.6), fontsize="small")
        self.dynamic = (*self._scatters.values(), *self._counts, self._note)

    def _bands(self, ax, early_h: float, late_h: float, top: float) -> None:
        for i, channel in enumerate(self.channels):
            hand = channel == "handwritten"  # a handwritten note is never too early
            ax.fill_between([i - 0.5, i + 0.5], 0.01, early_h, linewidth=0,
                            alpha=0.10 if hand else 0.12,
                            color=_COLOURS["on_time" if hand else "early"])
        ax.fill_between([], [], color=_COLOURS["early"], alpha=0.12,
                        label="too-early band (< 1 h; not for handwritten)")
        ax.axhspan(early_h, late_h, color=_COLOURS["on_time"], alpha=0.08, label="on-time band")
        ax.axhspan(late_h, top, color=_COLOURS["late"], alpha=0.08, label="late band (> 24 h)")
        ax.axhline(early_h, color="#555", linestyle="--", linewidth=1, label="1 h")
        ax.axhline(late_h, color="#555", linestyle=":", linewidth=1.2, label="24 h")

    def update(self, rows, numbers: dict | None = None) -> HoursToSendChart:
        """Set the dots and counts for ``rows`` (rows of the log the frame was made from)."""
        import numpy as np

        sent = _sent(rows, ["channel", "status", "hours_to_send"])
        per_channel = sent["channel"].value_counts()
        for text, channel in zip(self._counts, self.channels, strict=True):
            text.set_text(f"(n={int(per_channel.get(channel, 0)):,})")
        status = _status_codes(sent["status"])
        counts = dict(zip(_TIMELY, np.bincount(status, minlength=3).tolist(), strict=True))
        column = [self.channels.index(c) if c in self.channels else -1
                  for c in sent["channel"].cat.categories]
        x = np.array([*column, -1], dtype=float)[sent["channel"].cat.codes.to_numpy()]
        hours = sent["hours_to_send"].clip(lower=0.02).to_numpy()
        rng = np.random.default_rng(0)
        if len(sent) > MAX_DOTS:
            picked = np.sort(rng.choice(len(sent), MAX_DOTS, replace=False))
            x, hours, status = x[picked], hours[picked], status[picked]
        x += rng.uniform(-0.18, 0.18, len(x))
        for code, scatter in enumerate(self._scatters.values()):
            mine = status == code
            scatter.set_offsets(np.column_stack([x[mine], hours[mine]]))
        self._note.set_text(_sent_note(counts))
        return self


def _status_codes(status):
    """Each row's status as its place in ("early", "on_time", "late"), -1 if not sent."""
    import numpy as np

    place = [_TIMELY.index(c) if c in _TIMELY else -1 for c in status.cat.categories]
    return np.array([*place, -1], dtype=np.int64)[status.cat.codes.to_numpy()]


def _sent_note(counts: dict) -> str:
    """'113 follow-ups sent:' over '86 on time, 20 late, 7 too early'."""
    sent = sum(counts.values())
    return (f"{sent:,} follow-up{'s' if sent != 1 else ''} sent:\n"
            + ", ".join(f"{counts[s]:,} {_LABELS[s]}" for s in ("on_time", "late", "early")))


def _months_sent(rows):
    """Per sent follow-up: its interview's month, ``year * 12 + month - 1``, and status code.

    Months are the log's own wall calendar (the interview's date); codes: :func:`_status_codes`.
    """
    status = _status_codes(rows["status"])
    sent = status >= 0
    wall = rows["interview_end"].dt.tz_localize(None).to_numpy()[sent]
    return wall.astype("M8[M]").astype("int64") + 1970 * 12, status[sent]


class OnTimeByMonthChart:
    """Share of sent follow-ups that were on time, per month of the interview.

    The frame has a bar per month in which ``t`` sent a follow-up; a month with none sent
    in the rows shown has no bar and no count.
    """

    def __init__(self, t) -> None:
        import numpy as np

        months, _ = _months_sent(t)
        self.months = [int(m) for m in np.unique(months)]
        many = len(self.months) > 8  # then months take two lines: "Jul" over "2026"
        self._short = many
        self.figure, ax = _figure((0.076, 0.995, 0.15 if many else 0.106, 0.943))
        x = range(len(self.months))
        self._bars = ax.bar(x, [0] * len(self.months), color=_COLOURS["on_time"],
                            label="on-time rate")
        self._overall = ax.axhline(0, color="#333", linestyle="--", linewidth=1,
                                   label="all the months shown")
        self._overall_text = ax.text(0.99, 0.975, "", transform=ax.transAxes, ha="right",
                                     va="top", fontsize="small")
        self._counts = [ax.annotate(  # on white, so the dashed line never crosses a count
            "", (i, 0), ha="center", va="bottom", fontsize="x-small" if many else "small",
            xytext=(0, 3), textcoords="offset points",
            bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none"})
            for i in x]
        ax.set_xticks(list(x), [_month_text(m, short=many) for m in self.months])
        ax.set_xlim(-0.6, max(len(self.months), 1) - 0.4)
        ax.set_ylim(0, 125)
        ax.set_yticks([0, 20, 40, 60, 80, 100])
        ax.set_xlabel("month of the interview")
        ax.set_ylabel("on time (% of follow-ups sent)")
        ax.set_title("On-time follow-ups by month", y=1.0)
        ax.legend(loc="upper center", ncol=2)
        self.dynamic = (*self._bars, self._overall, self._overall_text, *self._counts)

    def update(self, rows, numbers: dict | None = None) -> OnTimeByMonthChart:
        """Set each month's bar and count, and the line for all months, for ``rows``."""
        import numpy as np

        months, status = _months_sent(rows)
        framed = np.array(self.months, dtype=np.int64)
        place = np.searchsorted(framed, months).clip(max=max(len(framed) - 1, 0))
        ours = framed[place] == months if len(framed) else np.zeros(len(months), dtype=bool)
        size = np.bincount(place[ours], minlength=len(framed))
        on_time = np.bincount(place[ours], weights=status[ours] == 1, minlength=len(framed))
        for i, (n, good) in enumerate(zip(size.tolist(), on_time.tolist(), strict=True)):
            rate = 100 * good / n if n else 0.0
            self._bars[i].set_height(rate)
            self._counts[i].xy = (i, rate)
            self._counts[i].set_text(f"n={_count_text(n) if self._short else n}" if n else "")
        overall = 100 * on_time.sum() / size.sum() if size.sum() else None
        self._overall.set_visible(overall is not None)
        self._overall.set_ydata([overall or 0] * 2)
        self._overall_text.set_text("" if overall is None else
                                    f"all the months shown:\n{overall:.0f} % on time")
        return self


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


class ResponseByStatusChart:
    """Share of sent follow-ups that got an answer, by how timely they were.

    The frame always has the three bars (too early, on time, late); one with nothing sent
    in the rows shown says "none sent". Above each bar: the share and how many it is of.
    """

    def __init__(self, t=None) -> None:
        self.figure, ax = _figure((0.094, 0.994, 0.115, 0.939), 6.5, 4.2)
        self._bars = ax.bar(range(3), [0, 0, 0], color=[_COLOURS[s] for s in _TIMELY])
        self._rates = [ax.annotate("", (i, 0), ha="center", va="bottom", xytext=(0, 2),
                                   textcoords="offset points") for i in range(3)]
        ax.set_xticks(range(3), [_LABELS[s] for s in _TIMELY])
        ax.set_xlim(-0.6, 2.6)
        ax.set_ylim(0, 112)
        ax.set_yticks([0, 20, 40, 60, 80, 100])
        ax.set_xlabel("when the follow-up was sent")
        ax.set_ylabel("got an answer (% of those sent)")
        ax.set_title("Answers by timeliness of the follow-up", y=1.0)
        self.dynamic = (*self._bars, *self._rates)

    def update(self, rows, numbers: dict | None = None) -> ResponseByStatusChart:
        """Set the bars for ``rows``; ``numbers``: their ``summary``."""
        numbers = numbers if numbers is not None else summary(rows)
        rates, counts = numbers["response_rate_by_status"], numbers["by_status"]
        for bar, text, status in zip(self._bars, self._rates, _TIMELY, strict=True):
            n = int(counts.get(status, 0))
            rate = float(rates[status]) * 100 if n and status in rates else 0.0
            bar.set_height(rate)
            text.xy = (bar.get_x() + bar.get_width() / 2, rate)
            text.set_text(f"{rate:.0f} % of {n:,}" if n else "none sent")
        return self


def hours_to_send_chart(t, policy: Policy = DEFAULT_POLICY):
    """:class:`HoursToSendChart` of ``t``, framed and filled from it, as a ``Figure``."""
    return HoursToSendChart(t, policy).update(t).figure


def on_time_by_month_chart(t):
    """:class:`OnTimeByMonthChart` of ``t``, framed and filled from it, as a ``Figure``."""
    return OnTimeByMonthChart(t).update(t).figure


def response_by_status_chart(t, numbers: dict | None = None):
    """:class:`ResponseByStatusChart` of ``t`` as a ``Figure``.

    ``numbers``: :func:`~followkit.log._analysis.summary` of ``t`` if already at hand.
    """
    return ResponseByStatusChart(t).update(t, numbers).figure
