"""Looking back at one's follow-up log: which log to read, filters, and plain sentences.

The history notebook (``notebooks/history.ipynb``) and ``python -m followkit report --html``
use these pure functions; the widgets in :mod:`followkit.ui.history` only call them.
Every function that judges time takes ``now``; pandas is imported inside the functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from followkit.errors import LogError
from followkit.history._findings import judge_coverage
from followkit.history._sentences import history_sentences
from followkit.log._analysis import due, summary
from followkit.log._store import SAMPLE_LOG_PATH, default_log_path

__all__ = ["SAMPLE_NOW", "SAMPLE_TZ", "HistoryFilter", "HistoryView", "Judging", "LogChoice",
           "apply_filter", "choose_log", "filter_choices", "history_view", "judging",
           "log_problem"]

#: The sample log's "now" (``data/make_sample.py``'s AS_OF): its last interview is still due.
SAMPLE_NOW = datetime(2026, 10, 30, 9, 0, tzinfo=ZoneInfo("America/Chicago"))
#: The zone of the sample log's synthetic job seeker.
SAMPLE_TZ = "America/Chicago"


@dataclass(frozen=True)
class LogChoice:
    """Which log to read, and whether it is the synthetic sample (shown under a banner)."""

    path: Path
    is_sample: bool


def choose_log(log_path=None) -> LogChoice:
    """``log_path`` if given; else ``$FOLLOWKIT_LOG`` or ``data/followups.csv`` if it exists.

    With neither, the committed sample log (``is_sample=True``), so a first look shows
    something; the notebook then says plainly that the figures are sample data.
    """
    if log_path:
        path = Path(log_path).expanduser()
        return LogChoice(path, is_sample=path.resolve() == SAMPLE_LOG_PATH.resolve())
    own = default_log_path()
    if own.is_file():
        return LogChoice(own, is_sample=False)
    return LogChoice(SAMPLE_LOG_PATH, is_sample=True)


@dataclass(frozen=True)
class Judging:
    """When and in which zone a log is judged, and the sentence that says so for the sample."""

    now: datetime
    tz: object
    note: str | None


def judging(choice: LogChoice, now: datetime | None, tz=None) -> Judging:
    """The real now, except for the sample: judged at its frozen date, which ``note`` states.

    The history notebook, ``report`` and ``due`` all call this, so they agree on what is due
    and what was missed. ``tz`` (None: the sample's zone, else the machine's) reads naive times.
    """
    from datetime import UTC

    from followkit.timetext import local_date_time

    if not choice.is_sample:
        return Judging(now or datetime.now(UTC), tz, None)
    when = now or SAMPLE_NOW
    note = ("This is followkit's synthetic sample log, judged as of its frozen date, "
            f"{local_date_time(when, SAMPLE_TZ, year=True)}, not the real now.")
    return Judging(when, tz or SAMPLE_TZ, note)


def log_problem(error: LogError) -> str:
    """A LogError as advice to a person: where to look in the spreadsheet and what to fix."""
    where = []
    if error.row is not None:
        where.append(f"row {error.row}")
    if error.column is not None:
        where.append(f"column {error.column!r}")
    place = f" at {', '.join(where)}" if where else ""
    name = Path(error.path).name if error.path else "your follow-up log"
    return (f"followkit could not read {name}{place}: {error.message} "
            "Fix that cell in your spreadsheet, save it as CSV UTF-8, and run the notebook "
            "again. Nothing was changed in your log.")


@dataclass(frozen=True)
class HistoryFilter:
    """What to look at: interviews, channels and companies (empty: all).

    ``start`` and ``end`` are inclusive dates in the log's zone.
    """

    start: date | None = None
    end: date | None = None
    channels: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()


def filter_choices(log) -> dict:
    """The values the filters offer: channels used, companies A-Z, first and last day."""
    ends = log["interview_end"]
    channel = log["channel"]
    used = channel.cat.categories[sorted(set(channel.cat.codes.unique()) - {-1})]
    return {
        "channels": [str(c) for c in used],
        "companies": sorted(log["company"].unique(), key=str.casefold),
        "first": ends.min().date() if len(log) else None,
        "last": ends.max().date() if len(log) else None,
    }


def apply_filter(t, flt: HistoryFilter):
    """The rows of ``t`` (a log, or ``timeliness``'s frame) that ``flt`` keeps.

    Vectorised, so a 100,000-row log filters in milliseconds.
    """
    import pandas as pd

    ends = t["interview_end"]
    keep = pd.Series(True, index=t.index)
    zone = ends.dt.tz
    if flt.start is not None:
        keep &= ends >= pd.Timestamp(flt.start).tz_localize(zone)
    if flt.end is not None:
        keep &= ends < pd.Timestamp(flt.end + timedelta(days=1)).tz_localize(zone)
    if flt.channels:
        keep &= t["channel"].isin(flt.channels)
    if flt.companies:
        keep &= t["company"].isin(flt.companies)
    out = t[keep.to_numpy()]
    out.attrs = dict(t.attrs)
    return out


@dataclass(frozen=True)
class HistoryView:
    """What the history notebook shows for one filter: the rows and what they say."""

    rows: Any
    numbers: dict
    sentences: list[str]
    findings: Any
    pending: Any


def history_view(t, now: datetime, flt: HistoryFilter | None = None,
                 coverage=None) -> HistoryView:
    """Filter ``timeliness``'s frame ``t``; summarise what is left.

    Computes the summary, the sentences, the FK501/FK502 findings and the due list.
    ``coverage``: :func:`~followkit.history._findings.judge_coverage` of the whole ``t``,
    judged once; the view keeps the findings about the interviewers in the filtered rows.
    """
    rows = apply_filter(t, flt or HistoryFilter())
    numbers = summary(rows)
    found = (coverage or judge_coverage(t)).for_rows(rows)
    pending = due(rows[(rows["status"] == "pending").to_numpy()], now)  # judged as ``t`` was
    return HistoryView(rows=rows, numbers=numbers, findings=found, pending=pending,
                       sentences=history_sentences(numbers, found, pending))
