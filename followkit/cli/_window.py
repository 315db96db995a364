"""``python -m followkit window``: when to send a follow-up after an interview."""

from __future__ import annotations

from followkit.cli._args import CHANNEL_CHOICES, aware_datetime
from followkit.timing import send_window

__all__ = ["add_window", "run_window"]


def add_window(subparsers) -> None:
    parser = subparsers.add_parser(
        "window",
        help="when to send a follow-up after an interview",
        description="Print the earliest, recommended and latest send times, "
        "in the interview's own UTC offset, with the guide's reason for each.",
    )
    parser.add_argument(
        "--interview-end", required=True, type=aware_datetime, metavar="ISO",
        help="when the interview ended, e.g. 2026-11-19T15:30:00-06:00",
    )
    parser.add_argument(
        "--channel", default="email", choices=CHANNEL_CHOICES,
        help="how you will follow up (default: email)",
    )


def run_window(args) -> int:
    window = send_window(args.interview_end, args.channel)
    rows = (
        ("earliest", window.earliest, window.earliest_reason),
        ("recommended", window.recommended, window.recommended_reason),
        ("latest", window.latest, window.latest_reason),
    )
    print(f"{window.channel} follow-up after an interview that ended "
          f"{window.ended_at.isoformat(timespec='minutes')}")
    for label, when, reason in rows:
        print(f"  {label:<12} {when.isoformat(timespec='minutes')}  ({when:%a %d %b %H:%M})"
              f"  guide: \"{reason}\"")
    return 0
