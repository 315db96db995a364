"""Argument types the commands share."""

from __future__ import annotations

import argparse
from datetime import datetime, tzinfo

from followkit.errors import TimingError
from followkit.model import CHANNELS as CHANNEL_CHOICES
from followkit.timing import parse_aware, parse_zone

__all__ = ["CHANNEL_CHOICES", "aware_datetime", "time_in_zone", "zone"]


def aware_datetime(text: str) -> datetime:
    """Argparse type: an ISO 8601 time with its UTC offset."""
    try:
        return parse_aware(text, "time")
    except TimingError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def zone(text: str) -> tzinfo:
    """Argparse type: an IANA time zone name, e.g. America/Chicago (or UTC-06:00)."""
    try:
        return parse_zone(text)
    except TimingError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def time_in_zone(text: str, what: str, where: tzinfo | None) -> datetime:
    """``--interview-end`` or ``--at``: with its own offset, else read in ``where``.

    Bad text is bad usage (argparse.ArgumentTypeError), with what is expected.
    """
    try:
        return parse_aware(text, what, zone=where, zone_from="--zone America/Chicago")
    except TimingError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
