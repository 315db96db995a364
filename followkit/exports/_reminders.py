"""One calendar file with a reminder for every follow-up that is still due.

:func:`reminders_ics` turns :func:`followkit.log._analysis.due`'s frame into an iCalendar file:
one event per pending follow-up, from when it may be sent (never before ``now``) to when its
24 h window closes, with an alarm two hours before the close. UIDs come from the
``followup_id``, so importing a newer file updates the events instead of doubling them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from followkit._atomic import write_atomic
from followkit.exports._calendar import ics_time
from followkit.timetext import local_date_time, row_zone
from followkit.timing import require_aware

__all__ = ["ALARM_BEFORE_CLOSE", "reminders_ics", "write_reminders"]

#: How long before the window closes the calendar alarm rings.
ALARM_BEFORE_CLOSE = timedelta(hours=2)
_UID_DOMAIN = "followkit.invalid"


def _event(row, now: datetime):
    from icalendar import Alarm, Event

    start = max(row.send_from.to_pydatetime(), now)
    end = row.deadline.to_pydatetime()
    event = Event()
    event.add("uid", f"{row.followup_id}@{_UID_DOMAIN}")
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", ics_time(start))
    event.add("dtend", ics_time(max(end, start)))
    event.add("summary", f"Send your thank-you to {row.interviewer} ({row.company})")
    event.add("description", (
        f"Your {row.channel} follow-up to {row.interviewer} about the {row.position} "
        f"interview at {row.company} is due by {local_date_time(end, row_zone(row))}. The "
        "guide: send "
        "within 24 hours; one message to each person who interviewed you."))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"2 h left to thank {row.interviewer}")
    alarm.add("trigger", -ALARM_BEFORE_CLOSE, parameters={"RELATED": "END"})
    event.add_component(alarm)
    return event


def reminders_ics(pending, now: datetime) -> bytes:
    """An iCalendar file (bytes) with one event per row of ``pending`` (``due()``'s frame)."""
    from icalendar import Calendar

    require_aware(now, "now")
    calendar = Calendar()
    calendar.add("prodid", "-//followkit//follow-up reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Follow-ups due")
    for row in pending.itertuples(index=False):
        calendar.add_component(_event(row, now))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def write_reminders(path, pending, now: datetime) -> Path:
    """Write :func:`reminders_ics` to ``path`` atomically (a temp file, then a rename)."""
    return write_atomic(path, reminders_ics(pending, now))
