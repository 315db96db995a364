"""The history charts in words and as tables, for people who cannot see the images.

:func:`chart_texts` states what each of the three history charts shows, with its numbers
(the image's alternative text), and gives the same data as a caption, a header and rows.
:func:`figure_html` puts a chart's PNG, its alternative text and a "Show as table"
disclosure (``<details>``, opened with the keyboard as with a pointer) together; the history
screen and the HTML report both show charts through it, so they say the same words.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from html import escape

from followkit.history._charts import _months_sent, _sent
from followkit.history._sentences import median_text
from followkit.timing import SENT_STATUSES, STATUS_LABELS

__all__ = ["ChartText", "chart_texts", "figure_html", "table_html"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: How many months the alternative text names before pointing to the table.
_NAMED_MONTHS = 12
#: The order the charts' notes list the statuses in.
_ORDER = ("on_time", "late", "early")


@dataclass(frozen=True)
class ChartText:
    """One chart in words: its title, its alternative text, and its data as a table."""

    title: str
    alt: str
    header: tuple[str, ...]
    rows: tuple[tuple, ...]


def _n(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "none sent"


def hours_text(rows) -> ChartText:
    """How soon each follow-up went out: counts by status, the median per channel."""
    title = "How soon each follow-up went out"
    sent = _sent(rows, ["channel", "status", "hours_to_send"])
    by_status = {str(s): int(n) for s, n in sent["status"].value_counts().items()}
    counts = {s: by_status.get(s, 0) for s in SENT_STATUSES}
    # counted on the columns as they are (categories on a big log: no text per row)
    cells = {(str(c), str(s)): int(n) for (c, s), n in sent.groupby(
        ["channel", "status"], observed=True, dropna=False).size().items()}
    sizes: dict[str, int] = {}
    for (channel, _status), n in cells.items():
        sizes[channel] = sizes.get(channel, 0) + n
    median_hours = {str(c): float(m) for c, m in sent.groupby(
        "channel", observed=True, dropna=False)["hours_to_send"].median().items()}
    table = [(channel, sizes[channel], *(cells.get((channel, s), 0) for s in _ORDER),
              median_text(median_hours[channel])) for channel in sorted(sizes)]
    medians = "; ".join(f"{c} {m} ({n:,} sent)" for c, n, *_rest, m in table)
    alt = (f"{title}, from the end of the interview (on time: within 24 hours, an email not "
           f"before 1 h): {_n(len(sent), 'follow-up')} sent, "
           + ", ".join(f"{counts[s]:,} {STATUS_LABELS[s]}" for s in _ORDER)
           + (f". Median time to send: {medians}." if table else "."))
    header = ("Channel", "Sent", *(STATUS_LABELS[s].capitalize() for s in _ORDER),
              "Median time to send")
    return ChartText(title, alt, header, tuple(table))


def _month_words(month: int) -> str:
    year, index = divmod(int(month), 12)
    return f"{_MONTHS[index]} {year}"


def months_text(rows) -> ChartText:
    """The on-time share of sent follow-ups per month of the interview, and over all months."""
    import numpy as np

    title = "On-time follow-ups by month"
    months, status = _months_sent(rows)
    found, which = np.unique(months, return_inverse=True)  # one pass, not one per month
    sent_in = np.bincount(which, minlength=len(found))
    good_in = np.bincount(which, weights=status == 1, minlength=len(found))
    table = [(_month_words(month), int(n), int(good), _percent(int(good), int(n)))
             for month, n, good in zip(found.tolist(), sent_in, good_in, strict=True)]
    named = "; ".join(f"{m} {share} of {n}" for m, n, _good, share in table[:_NAMED_MONTHS])
    more = len(table) - _NAMED_MONTHS
    rest = f"; {_n(more, 'more month')} in the table" if more > 0 else ""
    total, good = len(status), int((status == 1).sum())
    alt = (f"{title} of the interview, share of the follow-ups sent that were on time: "
           f"{named}{rest}. All the months shown: {_percent(good, total)} on time."
           if table else f"{title}: no follow-up sent.")
    return ChartText(title, alt, ("Month", "Sent", "On time", "On-time share"), tuple(table))


def answers_text(rows, numbers: dict | None = None) -> ChartText:
    """The share of sent follow-ups that got an answer, by how timely they were."""
    from followkit.log._analysis import summary

    numbers = numbers if numbers is not None else summary(rows)
    rates, counts = numbers["response_rate_by_status"], numbers["by_status"]
    title = "Answers by timeliness of the follow-up"
    table = []
    for status in SENT_STATUSES:
        n = int(counts.get(status, 0))
        answered = round(float(rates.get(status, 0.0)) * n)
        table.append((STATUS_LABELS[status], n, answered, _percent(answered, n)))
    parts = "; ".join(f"{label}: {share} of {n}" if n else f"{label}: none sent"
                      for label, n, _answered, share in table)
    alt = f"{title}, share of those sent that got an answer. {parts}."
    return ChartText(title, alt, ("When it was sent", "Sent", "Got an answer", "Share"),
                     tuple(table))


def chart_texts(rows, numbers: dict | None = None) -> list[ChartText]:
    """The three charts of :func:`~followkit.history._report.chart_pngs`, in words, in order."""
    return [hours_text(rows), months_text(rows), answers_text(rows, numbers)]


def table_html(caption: str, header, rows) -> str:
    """An HTML table with a caption and column headers a screen reader announces."""
    head = "".join(f"<th scope='col'>{escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>"
                   for row in rows) or (
        f"<tr><td colspan='{len(header)}'>No data yet.</td></tr>")
    return (f"<table class='fk-chart-table'><caption>{escape(caption)}</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def figure_html(png: bytes, text: ChartText, width: int | None = None) -> str:
    """The chart's image with its alternative text, and its table under "Show as table"."""
    data = base64.b64encode(png).decode("ascii")
    size = f' width="{width}"' if width else ""
    return (f'<figure class="fk-chart" style="margin:0.6em 0">'
            f'<img src="data:image/png;base64,{data}" alt="{escape(text.alt)}"{size}'
            f' style="max-width:100%;height:auto;display:block">'
            f"<details><summary>Show as table: {escape(text.title)}</summary>"
            f"{table_html(text.title, text.header, text.rows)}</details></figure>")
