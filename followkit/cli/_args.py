"""Argument types the commands share."""

from __future__ import annotations

import argparse
from datetime import datetime

from followkit.errors import TimingError
from followkit.model import CHANNELS as CHANNEL_CHOICES
from followkit.timing import parse_aware

__all__ = ["CHANNEL_CHOICES", "aware_datetime"]


def aware_datetime(text: str) -> datetime:
    """Argparse type: an ISO 8601 time with its UTC offset."""
    try:
        return parse_aware(text, "time")
    except TimingError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None
