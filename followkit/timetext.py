"""Times and send windows as a person reads them: "tomorrow 3:30 pm CST", "in 1 h 12 min".

The one place followkit formats a time for a person. Every time is shown in the interview's
own time zone with its abbreviation ("4:30 pm CST"), the day named relative to ``now`` where
there is a ``now`` ("today" is left out, then "tomorrow", "yesterday", else "Fri 20 Nov").
Files keep times in UTC; :func:`to_zone` turns one into the zone it is read in, and
:func:`iso_in_zone` writes it back as ISO 8601 with that zone's offset (JSON). No function
here reads the clock: pass ``now``.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from followkit.errors import TimingError
from followkit.timing import SendWindow, elapsed, format_duration, parse_zone, require_aware

__all__ = [
    "ZONE_COLUMN",
    "clock_time",
    "date_time",
    "describe_window",
    "describe_window_dates",
    "iso_in_zone",
    "local_clock",
    "local_date_time",
    "relative_time",
    "row_zone",
    "to_zone",
    "window_state",
    "zone_abbreviation",
]


def relative_time(when: datetime, now: datetime) -> str:
    """``"in 1 h 12 min"``, ``"3 h ago"``, or ``"now"`` within a minute either way."""
    delta = elapsed(require_aware(now, "now"), require_aware(when, "when"))
    if abs(delta) < timedelta(minutes=1):
        return "now"
    text = format_duration(delta)
    return f"in {text}" if delta > timedelta(0) else f"{text} ago"


def _hour(when: datetime) -> str:
    """``"3:30 pm"``, ``"9 am"``, ``"12 pm"`` (noon): 12-hour clock, minutes only when needed."""
    hour = when.hour % 12 or 12
    suffix = "am" if when.hour < 12 else "pm"
    return f"{hour} {suffix}" if when.minute == 0 else f"{hour}:{when.minute:02d} {suffix}"


def clock_time(when: datetime, now: datetime) -> str:
    """``when`` in its own zone, its day named relative to ``now`` seen in that zone."""
    require_aware(when, "when")
    today = require_aware(now, "now").astimezone(when.tzinfo).date()
    days = (when.date() - today).days
    day = {0: "", 1: "tomorrow ", -1: "yesterday "}.get(days, f"{when:%a} {when.day} {when:%b} ")
    return f"{day}{_hour(when)}"


#: The log's column with each interview's own time zone (IANA name), which "Save to my log"
#: writes after the schema's columns, so every view reads the row's times in it.
ZONE_COLUMN = "time_zone"


def row_zone(row) -> str | None:
    """The zone a log row's times are read in: its interview's own (``time_zone``), else None.

    None means the zone the log was read in. ``row`` is a namedtuple or a Series.
    """
    zone = getattr(row, ZONE_COLUMN, None)
    return zone if isinstance(zone, str) and zone.strip() else None


def to_zone(when: datetime, zone: tzinfo | str | None = None) -> datetime:
    """``when`` seen in ``zone`` (an IANA name or a tzinfo; None or unknown: its own zone).

    pandas Timestamps come back as plain datetimes.
    """
    when = require_aware(getattr(when, "to_pydatetime", lambda: when)(), "when")
    if isinstance(zone, str):
        try:
            zone = parse_zone(zone) if zone.strip() else None
        except TimingError:
            zone = None
    return when.astimezone(zone) if zone is not None else when


def zone_abbreviation(when: datetime) -> str:
    """``"CST"``, ``"CEST"``, ``"UTC"``; ``"UTC+03"`` where the zone has no letters."""
    name = require_aware(when, "when").tzname() or ""
    if not name or name[0] in "+-":
        offset = when.utcoffset() or timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
        tail = f":{minutes % 60:02d}" if minutes % 60 else ""
        return f"UTC{sign}{minutes // 60:02d}{tail}" if minutes else "UTC"
    return name


def local_clock(when: datetime, now: datetime, zone: tzinfo | str | None = None) -> str:
    """``"tomorrow 3:30 pm CST"``: :func:`clock_time` in ``zone`` with the zone's letters."""
    when = to_zone(when, zone)
    return f"{clock_time(when, now)} {zone_abbreviation(when)}"


def local_date_time(when: datetime, zone: tzinfo | str | None = None, *,
                    year: bool = False) -> str:
    """``"Fri 30 Oct 4 pm CDT"`` (``"Fri 30 Oct 2026 4 pm CDT"``): a date and time in ``zone``."""
    when = to_zone(when, zone)
    day = f"{when:%a} {when.day} {when:%b}" + (f" {when:%Y}" if year else "")
    return f"{day} {_hour(when)} {zone_abbreviation(when)}"


def iso_in_zone(when: datetime, zone: tzinfo | str | None = None) -> str:
    """``"2026-10-30T16:00:00-05:00"``: ISO 8601 with the offset of ``zone`` (for JSON)."""
    return to_zone(when, zone).isoformat(timespec="seconds")


def date_time(when: datetime) -> str:
    """``"Fri 20 Nov 3:30 pm"``: a time that stays true on paper or in a calendar."""
    return f"{when:%a} {when.day} {when:%b} {_hour(when)}"


def describe_window_dates(window: SendWindow) -> str:
    """The window with full dates and no countdown, for a calendar entry or a printed card."""
    if window.channel == "handwritten":
        return ("Write and mail your note as soon as possible, by "
                f"{local_date_time(window.latest)}.")
    return (f"Send between {_range(window, date_time)}; recommended "
            f"{local_date_time(window.recommended)}.")


def _range(window: SendWindow, show, *args) -> str:
    """``"4:30 pm and tomorrow 3:30 pm CST"``: the zone once, or at both ends if it changes."""
    start, end = window.earliest, window.latest
    first = show(start, *args)
    if zone_abbreviation(start) != zone_abbreviation(end):
        first = f"{first} {zone_abbreviation(start)}"
    return f"{first} and {show(end, *args)} {zone_abbreviation(end)}"


def window_state(window: SendWindow, now: datetime) -> str:
    """Where ``now`` falls: ``"too_soon"``, ``"open"`` or ``"closed"`` (bounds inclusive)."""
    require_aware(now, "now")
    if elapsed(window.earliest, now) < timedelta(0):
        return "too_soon"
    return "open" if elapsed(window.latest, now) <= timedelta(0) else "closed"


def describe_window(window: SendWindow, now: datetime) -> str:
    """The send window as one or two sentences, with the countdown that matters at ``now``.

    ``"Send between 4:30 pm and tomorrow 3:30 pm; recommended 5:30 pm (in 1 h 12 min)."``
    """
    state = window_state(window, now)
    if window.channel == "handwritten":
        main = f"Write and mail your note as soon as possible, by {local_clock(window.latest, now)}"
    else:
        main = (f"Send between {_range(window, clock_time, now)}; recommended "
                f"{local_clock(window.recommended, now)}")
    if state == "closed":
        return (f"{main}. The 24-hour window closed {relative_time(window.latest, now)}: "
                "a thank-you sent now is late, but still better than none.")
    if state == "too_soon":
        return (f"{main} ({relative_time(window.recommended, now)}). The guide says "
                f"\"{window.earliest_reason}\".")
    if elapsed(window.recommended, now) < timedelta(0):
        return f"{main} ({relative_time(window.recommended, now)})."
    return f"{main}. Now is a good time: the window closes {relative_time(window.latest, now)}."
