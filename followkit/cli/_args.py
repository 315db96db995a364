"""Argument types the commands share."""

from __future__ import annotations

import argparse
from datetime import datetime

__all__ = ["CHANNEL_CHOICES", "aware_datetime"]

from followkit.model import CHANNELS as CHANNEL_CHOICES


def aware_datetime(text: str) -> datetime:
    """Argparse type: an ISO 8601 time with its UTC offset."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 time; expected e.g. 2026-11-19T15:30:00-06:00."
        ) from None
    if when.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} has no UTC offset; add one, e.g. {text}-06:00 or {text}Z."
        )
    return when
