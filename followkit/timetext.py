"""Times and send windows as a person reads them: "tomorrow 3:30 pm", "in 1 h 12 min".

Every time is shown in the interview's own time zone, with the day named relative to ``now``
("today" is left out, then "tomorrow", "yesterday", else "Fri 20 Nov"). No function here reads
the clock: pass ``now``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from followkit.timing import SendWindow, elapsed, format_duration, require_aware

__all__ = [
    "clock_time",
    "date_time",
    "describe_window",
    "describe_window_dates",
    "relative_time",
    "window_state",
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


def date_time(when: datetime) -> str:
    """``"Fri 20 Nov 3:30 pm"``: a time that stays true on paper or in a calendar."""
    return f"{when:%a} {when.day} {when:%b} {_hour(when)}"


def describe_window_dates(window: SendWindow) -> str:
    """The window with full dates and no countdown, for a calendar entry or a printed card."""
    zone = window.ended_at.tzname() or ""
    if window.channel == "handwritten":
        return (f"Write and mail your note as soon as possible, by {date_time(window.latest)} "
                f"({zone}).")
    return (f"Send between {date_time(window.earliest)} and {date_time(window.latest)} "
            f"({zone}); recommended {date_time(window.recommended)}.")


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
    start = clock_time(window.earliest, now)
    end = clock_time(window.latest, now)
    best = clock_time(window.recommended, now)
    state = window_state(window, now)
    if window.channel == "handwritten":
        main = f"Write and mail your note as soon as possible, by {end}"
    else:
        main = f"Send between {start} and {end}; recommended {best}"
    if state == "closed":
        return (f"{main}. The 24-hour window closed {relative_time(window.latest, now)}: "
                "a thank-you sent now is late, but still better than none.")
    if state == "too_soon":
        return (f"{main} ({relative_time(window.recommended, now)}). The guide says "
                f"\"{window.earliest_reason}\".")
    if elapsed(window.recommended, now) < timedelta(0):
        return f"{main} ({relative_time(window.recommended, now)})."
    return f"{main}. Now is a good time: the window closes {relative_time(window.latest, now)}."
