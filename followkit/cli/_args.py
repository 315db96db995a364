"""Argument types the commands share."""

from __future__ import annotations

import argparse
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followkit.errors import TimingError
from followkit.model import CHANNELS as CHANNEL_CHOICES
from followkit.timing import parse_aware

__all__ = ["CHANNEL_CHOICES", "aware_datetime", "in_zone", "local_or_aware", "zone"]


def aware_datetime(text: str) -> datetime:
    """Argparse type: an ISO 8601 time with its UTC offset."""
    try:
        return parse_aware(text, "time")
    except TimingError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def local_or_aware(text: str) -> datetime:
    """Argparse type: an ISO 8601 time, with its offset or without (then ``--zone`` says)."""
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 time; expected e.g. 2026-11-19T15:30:00-06:00, "
            "or 2026-11-19 15:30 with --zone America/Chicago."
        ) from None


def zone(text: str) -> tzinfo:
    """Argparse type: an IANA time zone name, e.g. America/Chicago."""
    try:
        return ZoneInfo(text.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time zone; use an IANA name such as America/Chicago or "
            "Europe/Berlin."
        ) from None


def in_zone(when: datetime, where: tzinfo | None, what: str) -> datetime:
    """``when`` with ``where`` attached if it has no offset; a clear error if neither says."""
    if when.tzinfo is not None:
        return when.astimezone(where) if where is not None else when
    if where is None:
        raise argparse.ArgumentTypeError(
            f"{what} {when.isoformat()} has no UTC offset; add one (e.g. -06:00) or give "
            "--zone America/Chicago.")
    return when.replace(tzinfo=where)
