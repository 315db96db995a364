"""The command line: ``python -m followkit COMMAND ...``.

Each command is a pair of functions, ``_add_<command>(subparsers)`` and
``_run_<command>(args) -> exit code``, listed in ``_COMMANDS``. Exit codes: 0 fine,
1 the input has errors, 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from followkit.errors import FollowkitError

__all__ = ["main"]


def _aware_datetime(text: str) -> datetime:
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


# --- window ----------------------------------------------------------------------------------


def _add_window(subparsers) -> None:
    parser = subparsers.add_parser(
        "window",
        help="when to send a follow-up after an interview",
        description="Print the earliest, recommended and latest send times, "
        "in the interview's own UTC offset, with the guide's reason for each.",
    )
    parser.add_argument(
        "--interview-end", required=True, type=_aware_datetime, metavar="ISO",
        help="when the interview ended, e.g. 2026-11-19T15:30:00-06:00",
    )
    parser.add_argument(
        "--channel", default="email", choices=("email", "handwritten", "phone", "text"),
        help="how you will follow up (default: email)",
    )


def _run_window(args) -> int:
    from followkit.timing import send_window

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


# --- check -----------------------------------------------------------------------------------


def _add_check(subparsers) -> None:
    from followkit.check_command import add_check

    add_check(subparsers, _aware_datetime)


def _run_check(args) -> int:
    from followkit.check_command import run_check

    return run_check(args)


# --- report ----------------------------------------------------------------------------------


def _add_report(subparsers) -> None:
    from followkit.report_command import add_report

    add_report(subparsers, _aware_datetime)


def _run_report(args) -> int:
    from followkit.report_command import run_report

    return run_report(args)


_COMMANDS = (
    ("window", _add_window, _run_window),
    ("check", _add_check, _run_check),
    ("report", _add_report, _run_report),
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one subcommand per entry of ``_COMMANDS``."""
    parser = argparse.ArgumentParser(
        prog="python -m followkit",
        description="Coaching for the follow-up after a job interview.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for _name, add, _run in _COMMANDS:
        add(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit code (0 fine, 1 input has errors, 2 bad usage)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    run = {name: run for name, _add, run in _COMMANDS}[args.command]
    try:
        return run(args)
    except FollowkitError as exc:
        print(f"followkit: {exc}", file=sys.stderr)
        return 1
