"""When to send a follow-up, and how timely one was.

The guide's "Follow-up Best Practices": send "within 24 hours of your interview"; an email
should not go "immediately – wait at least an hour or two"; a handwritten note is written and
mailed "as soon as possible". Phone and text are judged as email.

All times are timezone-aware; "24 hours" means 24 elapsed hours, also across a
daylight-saving change. Boundaries are inclusive: exactly 1 h and exactly 24 h are on time.
No function here reads the clock: pass ``now``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

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


def parse_aware(value: object, name: str) -> datetime:
    """An aware datetime from ISO 8601 text with its UTC offset, or from an aware datetime.

    The one parser for time strings (the command line, the lesson and participant files, the
    cohort's columns, a pinned ``now``). Anything else raises TimingError naming ``name``:
    text that is not ISO 8601, text without an offset, a naive datetime, another type.
    """
    if not isinstance(value, str):
        return require_aware(value, name)
    text = value.strip()
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise TimingError(
            f"{value!r} is not an ISO 8601 time; expected e.g. {AWARE_EXAMPLE}.", field=name
        ) from None
    if when.tzinfo is None or when.utcoffset() is None:
        raise TimingError(
            f"{value!r} has no UTC offset; add one, e.g. {text}-06:00 or {text}Z.", field=name
        )
    return when


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
