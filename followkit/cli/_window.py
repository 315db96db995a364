"""``python -m followkit window``: when to send a follow-up after an interview."""

from __future__ import annotations

import argparse
import sys

from followkit.cli._args import CHANNEL_CHOICES, time_in_zone, zone
from followkit.timetext import local_date_time
from followkit.timing import send_window

__all__ = ["add_window", "run_window"]


def add_window(subparsers) -> None:
    """Add the ``window`` subcommand."""
    parser = subparsers.add_parser(
        "window",
        help="when to send a follow-up after an interview",
        description="Print the earliest, recommended and latest send times, "
        "in the interview's own zone, with the guide's reason for each.",
    )
    parser.add_argument(
        "--interview-end", required=True, metavar="TIME",
        help="when the interview ended: 2026-11-19T15:30:00-06:00, or 2026-11-19 15:30 "
        "with --zone",
    )
    parser.add_argument("--zone", type=zone, metavar="ZONE",
                        help="the interview's time zone, e.g. America/Chicago (shows its "
                        "letters, CST; a time without an offset is taken in it)")
    parser.add_argument(
        "--channel", default="email", choices=CHANNEL_CHOICES,
        help="how you will follow up (default: email)",
    )


def run_window(args) -> int:
    """Print the window; 2 when the end time has no offset and no zone is given."""
    try:
        ended = time_in_zone(args.interview_end, "--interview-end", args.zone)
    except argparse.ArgumentTypeError as exc:
        print(f"followkit window: {exc}", file=sys.stderr)
        return 2
    if args.zone is not None:
        ended = ended.astimezone(args.zone)
    window = send_window(ended, args.channel)
    rows = (
        ("earliest", window.earliest, window.earliest_reason),
        ("recommended", window.recommended, window.recommended_reason),
        ("latest", window.latest, window.latest_reason),
    )
    print(f"{window.channel} follow-up after an interview that ended "
          f"{local_date_time(ended)} ({ended.isoformat(timespec='minutes')})")
    for label, when, reason in rows:
        print(f"  {label:<12} {when.isoformat(timespec='minutes')}  ({local_date_time(when)})"
              f"  guide: \"{reason}\"")
    return 0
