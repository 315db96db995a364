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
    "DEFAULT_POLICY",
    "STATUSES",
    "Policy",
    "SendWindow",
    "elapsed",
    "format_duration",
    "require_aware",
    "send_window",
    "status",
]

#: Every status a planned follow-up can have.
STATUSES = ("early", "on_time", "late", "pending", "missing")


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
            raise ValueError(
                "Policy needs 0 ≤ email_earliest ≤ email_recommended ≤ deadline "
                f"(got {self.email_earliest}, {self.email_recommended}, {self.deadline})."
            )
        if not zero <= self.handwritten_recommended <= self.deadline:
            raise ValueError(
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
        raise TimingError(f"{name!r} must be a timezone-aware datetime (got {when!r}).")
    if when.tzinfo is None or when.utcoffset() is None:
        raise TimingError(
            f"{name!r} must be a timezone-aware datetime "
            f"(got {when:%Y-%m-%d %H:%M}, which has no tzinfo)."
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
