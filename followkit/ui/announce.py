"""When the send-window countdown is read out by a screen reader, and in which words.

The countdown on screen changes every tick; a polite live region that changed with it would
talk over the person every 30 seconds. :func:`countdown_announcement` decides, from what was
last announced and the time now, whether to say anything: only when the window's state
changes (not yet → time to send → late) and, in the last hour before it closes, at 60, 30,
15 and 5 minutes left. A pure function of its arguments (no clock, no widget).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from followkit.timetext import describe_window, window_state
from followkit.timing import SendWindow, elapsed, format_duration

__all__ = ["LAST_HOUR_MARKS", "WINDOW_LEADS", "countdown_announcement", "countdown_phase"]

#: The first words of the send-window sentence in each state, on screen and read out.
WINDOW_LEADS = {"too_soon": "Not yet.", "open": "Time to send.", "closed": "Late."}
#: Minutes before the window closes at which the countdown is read out again.
LAST_HOUR_MARKS = (60, 30, 15, 5)


def countdown_phase(window: SendWindow, now: datetime) -> str:
    """``"too_soon"``, ``"open"``, ``"closed"``, or ``"closing-N"`` with N minutes left or less.

    N is the smallest of :data:`LAST_HOUR_MARKS` not below the time left before the window
    closes, so the phase changes only at those marks in the last hour.
    """
    state = window_state(window, now)
    if state != "open":
        return state
    left = elapsed(now, window.latest)
    for mark in sorted(LAST_HOUR_MARKS):
        if left <= timedelta(minutes=mark):
            return f"closing-{mark}"
    return "open"


def countdown_announcement(heard: str | None, window: SendWindow,
                           now: datetime) -> tuple[str, str | None]:
    """``(phase, text)``: the phase at ``now`` and what to read out, or None to stay quiet.

    ``heard`` is the phase of the last announcement (None: nothing announced yet). Text is
    given only when the phase differs from ``heard``.
    """
    phase = countdown_phase(window, now)
    if phase == heard:
        return phase, None
    if phase.startswith("closing-"):
        left = format_duration(elapsed(now, window.latest))
        return phase, (f"{WINDOW_LEADS['open']} {left} left to send on time: the 24-hour "
                       "window closes soon.")
    return phase, f"{WINDOW_LEADS[window_state(window, now)]} {describe_window(window, now)}"
