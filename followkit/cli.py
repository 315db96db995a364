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


# --- report ----------------------------------------------------------------------------------


def _add_report(subparsers) -> None:
    parser = subparsers.add_parser(
        "report",
        help="how timely your follow-ups were, what got answers, what is due",
        description="Read a follow-up log (CSV) and print counts by status, the on-time "
        "rate, median hours by channel, response rates, FK501/FK502 findings and what is "
        "still due.",
    )
    parser.add_argument("log", metavar="LOG.csv", help="the follow-up log")
    parser.add_argument(
        "--now", type=_aware_datetime, metavar="ISO",
        help="judge as of this time (default: the current time)",
    )
    parser.add_argument("--tz", metavar="ZONE",
                        help="zone for times without a UTC offset (default: this machine's)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--plot", metavar="FILE.png",
                        help="also save the hours-to-send chart to this PNG")
    parser.add_argument("--html", metavar="OUT.html",
                        help="also render the history notebook to a printable HTML report "
                        "(no code; charts embedded)")


def _run_report(args) -> int:
    import json
    import warnings
    from datetime import UTC

    from followkit.analysis import coverage, due, summary, timeliness
    from followkit.log import read_log
    from followkit.report_text import report_lines

    now = args.now or datetime.now(UTC)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        log = read_log(args.log, tz=args.tz)
    for note in log.attrs["notes"]:
        print(f"followkit: note: {note}", file=sys.stderr)
    t = timeliness(log, now)
    numbers, findings, pending = summary(t), coverage(log, now), due(log, now)
    if args.plot:
        from followkit.charts import hours_to_send_chart

        hours_to_send_chart(t).savefig(args.plot, dpi=120)
    if args.json:
        print(json.dumps({
            "now": now.isoformat(), "summary": numbers,
            "findings": findings.drop(columns=["company"]).to_dict("records"),
            "due": [{"followup_id": r.followup_id, "interviewer": r.interviewer,
                     "deadline": r.deadline.isoformat(), "time_left": r.time_left_text}
                    for r in pending.itertuples()],
        }, indent=2, ensure_ascii=False))
    else:
        print("\n".join(report_lines(args.log, now, numbers, findings, pending)))
    if args.plot:
        print(f"followkit: chart saved to {args.plot}", file=sys.stderr)
    if args.html:
        from followkit.report_html import render_html_report

        render_html_report(args.log, args.html, now=now, tz=args.tz)
        print(f"followkit: HTML report saved to {args.html}", file=sys.stderr)
    return 0


_COMMANDS = (
    ("window", _add_window, _run_window),
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
