"""When to send a follow-up, and how timely one was.

The guide's "Follow-up Best Practices": send "within 24 hours of your interview"; an email
should not go "immediately – wait at least an hour or two"; a handwritten note is written and
mailed "as soon as possible". Phone and text are judged as email.

All times are timezone-aware; "24 hours" means 24 elapsed hours, also across a
daylight-saving change. Boundaries are inclusive: exactly 1 h and exactly 24 h are on time.
No function here reads the clock: pass ``now``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followkit.errors import TimingError
from followkit.model import CHANNELS, validate_channel

__all__ = [
    "AWARE_EXAMPLE",
    "DEFAULT_POLICY",
    "SENT_STATUSES",
    "STATUSES",
    "STATUS_COLOURS",
    "STATUS_LABELS",
    "Policy",
    "SendWindow",
    "elapsed",
    "format_duration",
    "parse_aware",
    "parse_zone",
    "require_aware",
    "send_window",
    "status",
]

#: Every status a planned follow-up can have.
STATUSES = ("early", "on_time", "late", "pending", "missing")
#: The statuses of a follow-up that was sent.
SENT_STATUSES = ("early", "on_time", "late")
#: How each status reads in a sentence, a table or a chart.
STATUS_LABELS = {"early": "too early", "on_time": "on time", "late": "late",
                 "pending": "still due", "missing": "never sent"}
#: One colour per status wherever followkit draws or marks one: the Okabe–Ito palette, which
#: people with any common colour-vision deficiency can tell apart.
STATUS_COLOURS = {"early": "#e69f00", "on_time": "#009e73", "late": "#d55e00",
                  "pending": "#56b4e9", "missing": "#999999"}


@dataclass(frozen=True)
class Policy:
    """The thresholds a career center may change; each comes from one sentence of the guide."""

    #: "If you are writing an email, do not follow-up immediately – wait at least an hour or two."
    email_earliest: timedelta = timedelta(hours=1)
    #: "… wait at least an hour or two": two hours is the comfortable time to send an email.
    email_recommended: timedelta = timedelta(hours=2)
    #: "The best practice in sending a follow-up is to do so within 24 hours of your interview."
    deadline: timedelta = timedelta(hours=24)
    #: "If you send a hand-written message, write and mail it as soon as possible."
    handwritten_recommended: timedelta = timedelta(0)

    def __post_init__(self) -> None:
        zero = timedelta(0)
        if not zero <= self.email_earliest <= self.email_recommended <= self.deadline:
            raise TimingError(
                "Policy needs 0 ≤ email_earliest ≤ email_recommended ≤ deadline "
                f"(got {self.email_earliest}, {self.email_recommended}, {self.deadline})."
            )
        if not zero <= self.handwritten_recommended <= self.deadline:
            raise TimingError(
                "Policy needs 0 ≤ handwritten_recommended ≤ deadline "
                f"(got {self.handwritten_recommended}, {self.deadline})."
            )

    def earliest(self, channel: str) -> timedelta:
        """How long after the interview the first acceptable send time is, for ``channel``."""
        return timedelta(0) if channel == "handwritten" else self.email_earliest

    def recommended(self, channel: str) -> timedelta:
        """How long after the interview the recommended send time is, for ``channel``."""
        if channel == "handwritten":
            return self.handwritten_recommended
        return self.email_recommended


DEFAULT_POLICY = Policy()

_REASONS = {
    "email": (
        "do not follow-up immediately – wait at least an hour or two",
        "wait at least an hour or two",
        "do so within 24 hours of your interview",
    ),
    "handwritten": (
        "write and mail it as soon as possible",
        "write and mail it as soon as possible",
        "do so within 24 hours of your interview",
    ),
}


@dataclass(frozen=True)
class SendWindow:
    """When a follow-up on ``channel`` may go out, in the interview's own time zone.

    ``earliest`` and ``latest`` bound the on-time window (both inclusive); ``recommended`` is
    the time to aim for. The ``*_reason`` fields quote the guide.
    """

    channel: str
    ended_at: datetime
    earliest: datetime
    recommended: datetime
    latest: datetime
    earliest_reason: str
    recommended_reason: str
    latest_reason: str


def require_aware(when: object, name: str) -> datetime:
    """Return ``when`` if it is a timezone-aware datetime, else raise TimingError saying so."""
    if not isinstance(when, datetime):
        raise TimingError(
            f"expected a timezone-aware datetime or ISO 8601 text such as {AWARE_EXAMPLE} "
            f"(got {when!r}).",
            field=name,
        )
    if when.tzinfo is None or when.utcoffset() is None:
        raise TimingError(
            f"must be a timezone-aware datetime (got {when:%Y-%m-%d %H:%M}, which has no "
            "tzinfo); attach its time zone, e.g. tzinfo=ZoneInfo('America/Chicago').",
            field=name,
        )
    return when


#: What an aware time looks like in text, for messages.
AWARE_EXAMPLE = "2026-11-19T15:30:00-06:00"


_OFFSET_ZONE = re.compile(r"^(?:UTC|GMT)\s*([+-])(\d{1,2}):?(\d{2})?$", re.IGNORECASE)
#: A single-digit hour ("2026-11-19 9:05"), which ISO 8601 writes with two.
_ONE_DIGIT_HOUR = re.compile(r"^(\d{4}-\d{2}-\d{2}[ T])(\d):")


def parse_zone(value: object, name: str | None = None) -> tzinfo:
    """A time zone from its IANA name (``"America/Chicago"``) or a fixed ``"UTC-06:00"``.

    A tzinfo is returned as it is. Anything else raises TimingError naming ``name`` (the field
    or option), quoting what was given and what is expected.
    """
    if isinstance(value, tzinfo):
        return value
    text = value.strip() if isinstance(value, str) else ""
    offset = _OFFSET_ZONE.match(text)
    if offset:
        hours, minutes = int(offset[2]), int(offset[3] or 0)
        if hours <= 14 and minutes < 60:
            sign = -1 if offset[1] == "-" else 1
            return timezone(sign * timedelta(hours=hours, minutes=minutes))
    elif text:
        try:
            return ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "America" is a folder
            pass
    raise TimingError(f"{value!r} is not a time zone; expected an IANA name such as "
                      "America/Chicago or Europe/Berlin (or a fixed offset such as UTC-06:00).",
                      field=name)


def _in_zone(naive: datetime, zone: tzinfo, text: str, name: str | None) -> datetime:
    """``naive`` read as a wall-clock time in ``zone``; a time the clocks skipped is refused."""
    when = naive.replace(tzinfo=zone)
    if when.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:
        zone_name = getattr(zone, "key", None) or when.tzname()
        raise TimingError(
            f"{text!r} does not exist in {zone_name}: the clocks skipped that hour (daylight "
            "saving time began); expected the time as the clock on the wall showed it.",
            field=name)
    return when


def parse_aware(value: object, name: str | None = None, *, zone: object = None,
                zone_from: str = "") -> datetime:
    """An aware datetime from ISO 8601 text or a datetime; the one parser for time strings.

    Text with a UTC offset (``2026-11-19T15:30:00-06:00``, ``…Z``) or an aware datetime is kept
    as it is. A local time without an offset (``2026-11-19 15:30``, also ``9:05`` for the hour,
    or a naive datetime) is read in ``zone``, an IANA name (``"America/Chicago"``) or a tzinfo;
    without a zone it is refused; an hour the clocks repeat (autumn) is read as its first
    occurrence. Used by the command line, forms, the lesson and participant
    files, the cohort's columns, a pinned ``now`` and the due list's "sent at" box.

    Anything else raises TimingError naming ``name`` (the field or option), quoting what was
    given and saying what is expected: text that is not a time, a time without an offset and
    no zone (``zone_from`` says where a person gives one, e.g. ``"--zone America/Chicago"``),
    a local time the clocks skipped, a zone that is not one, another type.
    """
    where = None if zone is None else parse_zone(zone, "zone")
    if isinstance(value, str):
        text = value.strip()
        try:
            when = datetime.fromisoformat(_ONE_DIGIT_HOUR.sub(r"\g<1>0\2:", text))
        except ValueError:
            example = (f"2026-11-19 15:30 (in {getattr(where, 'key', None) or where}) or "
                       if where is not None else "")
            raise TimingError(f"{value!r} is not an ISO 8601 time; expected e.g. {example}"
                              f"{AWARE_EXAMPLE}.", field=name) from None
    elif isinstance(value, datetime):
        when, text = value, f"{value:%Y-%m-%d %H:%M}"
    else:
        return require_aware(value, name or "time")
    if when.tzinfo is not None and when.utcoffset() is not None:
        return when
    if where is not None:
        return _in_zone(when, where, text, name)
    if isinstance(value, datetime):
        return require_aware(value, name or "time")
    give = f", or give {zone_from}" if zone_from else ""
    raise TimingError(f"{value!r} has no UTC offset; add one, e.g. {text}-06:00 or {text}Z"
                      f"{give}.", field=name)


def send_window(ended_at: datetime, channel: str, policy: Policy = DEFAULT_POLICY) -> SendWindow:
    """The send window for a follow-up on ``channel`` after an interview ending at ``ended_at``."""
    require_aware(ended_at, "ended_at")
    channel = validate_channel(channel, "channel", CHANNELS)
    zone = ended_at.tzinfo
    reasons = _REASONS["handwritten" if channel == "handwritten" else "email"]
    return SendWindow(
        channel=channel,
        ended_at=ended_at,
        earliest=_after(ended_at, policy.earliest(channel), zone),
        recommended=_after(ended_at, policy.recommended(channel), zone),
        latest=_after(ended_at, policy.deadline, zone),
        earliest_reason=reasons[0],
        recommended_reason=reasons[1],
        latest_reason=reasons[2],
    )


def _after(start: datetime, elapsed: timedelta, zone) -> datetime:
    """``elapsed`` real time after ``start``, shown in ``zone`` (correct across DST changes)."""
    try:
        return (start.astimezone(UTC) + elapsed).astimezone(zone)
    except OverflowError:
        raise TimingError(f"{start.isoformat(timespec='minutes')} is too close to the end of "
                          "the calendar (year 9999) to add a send window; check the date."
                          ) from None


def elapsed(start: datetime, end: datetime) -> timedelta:
    """Real time from ``start`` to ``end``.

    Plain ``end - start`` gives the wall-clock difference when both carry the same ``ZoneInfo``,
    which is an hour off across a daylight-saving change; this compares the instants in UTC.
    """
    return end.astimezone(UTC) - start.astimezone(UTC)


def status(
    ended_at: datetime,
    sent_at: datetime | None,
    channel: str,
    now: datetime,
    policy: Policy = DEFAULT_POLICY,
) -> str:
    """How timely one follow-up is: ``early``, ``on_time``, ``late``, ``pending`` or ``missing``.

    ``pending`` means not sent and the window still open at ``now``; ``missing`` means not sent
    and the window closed. A ``sent_at`` before ``ended_at`` is bad data and raises TimingError.
    """
    require_aware(ended_at, "ended_at")
    channel = validate_channel(channel, "channel", CHANNELS)
    if sent_at is None:
        require_aware(now, "now")
        return "pending" if elapsed(ended_at, now) <= policy.deadline else "missing"
    require_aware(sent_at, "sent_at")
    taken = elapsed(ended_at, sent_at)
    if taken < timedelta(0):
        raise TimingError(
            f"sent_at {sent_at.isoformat()} is before the interview ended "
            f"({ended_at.isoformat()}); a follow-up is sent after the interview."
        )
    if taken < policy.earliest(channel):
        return "early"
    return "on_time" if taken <= policy.deadline else "late"


def format_duration(delta: timedelta) -> str:
    """A duration as a person says it: ``"1 h 12 min"``, ``"45 min"``, ``"2 days 3 h"``."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = []
    if days:
        parts.append(f"{days} day" + ("s" if days != 1 else ""))
    if hours:
        parts.append(f"{hours} h")
    if minutes and not days:
        parts.append(f"{minutes} min")
    return " ".join(parts) or "0 min"
