"""A letter's reminder as an .ics file: one event at the recommended send time with an alarm.

The window is in the event's description; its UID is stable, so importing it twice updates one
event.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from followkit.exports._files import export_filename
from followkit.model import Interview, Letter
from followkit.timetext import date_time, describe_window_dates
from followkit.timing import SendWindow, elapsed, require_aware

__all__ = ["ics_reminder", "reminder_time"]


def reminder_time(window: SendWindow, now: datetime) -> datetime:
    """When the reminder rings: the recommended time, or ``now`` if that has already passed."""
    if elapsed(window.recommended, require_aware(now, "now")) > timedelta(0):
        return now.astimezone(window.recommended.tzinfo).replace(second=0, microsecond=0)
    return window.recommended


def ics_reminder(letter: Letter, interview: Interview, window: SendWindow, *, now: datetime
                 ) -> bytes:
    """A calendar file with one 15-minute event and a display alarm at :func:`reminder_time`."""
    from icalendar import Alarm, Calendar, Event

    person = letter.interviewer.name
    verb = "Mail your note to" if letter.channel == "handwritten" else "Send your thank-you to"
    at = reminder_time(window, now)
    description = (
        f"{describe_window_dates(window)}\n"
        f"Interview: {interview.position} at {interview.company}, ended "
        f"{date_time(interview.ended_at)}.\n"
        f"The guide: \"{window.recommended_reason}\"; \"{window.latest_reason}\"."
    )
    event = Event()
    event.add("uid", f"{export_filename(letter, interview, 'ics')[:-4]}@followkit")
    event.add("dtstamp", require_aware(now, "now").astimezone(UTC))
    event.add("dtstart", at)
    event.add("duration", timedelta(minutes=15))
    event.add("summary", f"{verb} {person}")
    event.add("description", description)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"{verb} {person} ({interview.company})")
    alarm.add("trigger", timedelta(0))
    event.add_component(alarm)
    calendar = Calendar()
    calendar.add("prodid", "-//followkit//follow-up reminder//EN")
    calendar.add("version", "2.0")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
