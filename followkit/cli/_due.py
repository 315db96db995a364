"""``python -m followkit due [LOG]``: what is still due, soonest deadline first, with ids.

Times are in each interview's own zone with its letters; the ids go to ``followkit sent``.
Without LOG: your log (``$FOLLOWKIT_LOG`` or ``data/followups.csv``), else the sample, judged
at its frozen date (said on the first line).
"""

from __future__ import annotations

import json
import sys

from followkit.cli._args import aware_datetime

__all__ = ["add_due", "due_lines", "run_due"]


def add_due(subparsers) -> None:
    """Add the ``due`` subcommand."""
    parser = subparsers.add_parser(
        "due", help="what is still due, soonest first, with the ids 'sent' takes",
        description="List the follow-ups not sent whose window is still open, soonest "
        "deadline first, in each interview's own time zone.")
    parser.add_argument("log", nargs="?", metavar="LOG.csv",
                        help="the follow-up log (default: $FOLLOWKIT_LOG or data/followups.csv)")
    parser.add_argument("--now", type=aware_datetime, metavar="ISO",
                        help="judge as of this time (default: now; the sample: its own date)")
    parser.add_argument("--tz", metavar="ZONE",
                        help="zone for times written with no UTC offset in rows with no "
                        "time_zone")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def due_lines(pending, now) -> list[str]:
    """One line per follow-up due: deadline, time left, who, where, how, and its id."""
    from followkit.timetext import local_date_time, row_zone

    if not len(pending):
        return ["Nothing is due: every open follow-up has been sent (or its window closed)."]
    lines = [f"Due ({len(pending)}), soonest first:"]
    for p in pending.itertuples(index=False):
        lines.append(f"  by {local_date_time(p.deadline, row_zone(p)):<22} "
                     f"{p.time_left_text + ' left':>16}  {p.interviewer} ({p.company}, "
                     f"{p.channel})  id: {p.followup_id}")
    lines.append("Mark one as sent: python -m followkit sent ID [--at TIME]")
    return lines


def due_records(pending) -> list[dict]:
    """The due list as JSON records: ISO times with the interview's own offset, and text."""
    from followkit.timetext import iso_in_zone, local_date_time, row_zone

    return [{"followup_id": p.followup_id, "interviewer": p.interviewer, "company": p.company,
             "channel": p.channel, "send_from": iso_in_zone(p.send_from, row_zone(p)),
             "deadline": iso_in_zone(p.deadline, row_zone(p)),
             "deadline_text": local_date_time(p.deadline, row_zone(p)),
             "time_left": p.time_left_text} for p in pending.itertuples(index=False)]


def run_due(args) -> int:
    """Print the due list; 0 when done (a bad log raises LogError: exit 1)."""
    import warnings

    from followkit.history import choose_log, judging
    from followkit.log import due, read_log

    choice = choose_log(args.log)
    judged = judging(choice, args.now, args.tz)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        log = read_log(choice.path, tz=judged.tz)
    pending = due(log, judged.now)
    if args.json:
        print(json.dumps({"log": str(choice.path), "now": judged.now.isoformat(),
                          "sample": choice.is_sample, "due": due_records(pending)},
                         indent=2, ensure_ascii=False))
        return 0
    if judged.note:
        print(judged.note)
    else:
        print(f"Follow-up log {choice.path}")
    print("\n".join(due_lines(pending, judged.now)))
    if choice.is_sample:
        print("followkit: note: no log of yours yet; this is the sample.", file=sys.stderr)
    return 0
