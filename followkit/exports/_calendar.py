"""A letter's reminder as an .ics file: one event at the recommended send time with an alarm.

The window is in the event's description; its UID is stable, so importing it twice updates one
event, and different for each interview and person (two people never share one).

Times are written as RFC 5545 allows a calendar to read them back to the same instant
(:func:`ics_time`): local time with its IANA zone (and a VTIMEZONE) when that zone has a name
and the local time happens once; in UTC when the zone is only an offset (``-06:00``,
"UTC-06:00") or the local time is ambiguous (the hour repeated when clocks fall back) or
missing (the hour skipped when they spring forward). A calendar reading an ambiguous local
time takes its first occurrence, an hour early for the second.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from followkit.exports._files import export_filename
from followkit.model import Interview, Letter
from followkit.timetext import date_time, describe_window_dates
from followkit.timing import SendWindow, elapsed, require_aware

__all__ = ["ics_reminder", "ics_time", "reminder_time"]


def ics_time(when: datetime) -> datetime:
    """``when`` as an .ics should carry it: in its named zone when that is unambiguous, else UTC.

    Keeps the instant; only how it is spelled changes (see the module docstring).
    """
    when = require_aware(when, "time")
    key = getattr(when.tzinfo, "key", None)  # a zoneinfo.ZoneInfo's IANA name
    if not key or key in ("UTC", "Etc/UTC", "Etc/UCT", "UCT", "Zulu", "Etc/Zulu"):
        return when.astimezone(UTC)
    if when.replace(fold=0).utcoffset() != when.replace(fold=1).utcoffset():
        return when.astimezone(UTC)  # the local time happens twice, or not at all
    return when


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
    event.add("dtstart", ics_time(at))
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
