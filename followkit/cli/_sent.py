"""``python -m followkit sent FOLLOWUP_ID [--at TIME]``: record that a follow-up went out.

Goes through :func:`followkit.log.mark_sent`, the one locked, atomic way the coach, the history
notebook and the command line mark a follow-up sent. ``--at`` without an offset is taken in
``--zone``, else in the interview's own zone; without ``--at``, now.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from followkit.cli._args import time_in_zone, zone

__all__ = ["add_sent", "run_sent"]


def add_sent(subparsers) -> None:
    """Add the ``sent`` subcommand."""
    parser = subparsers.add_parser(
        "sent", help="mark a follow-up as sent (ids from 'followkit due')",
        description="Record in your follow-up log that a follow-up went out. Find the ids "
        "with: python -m followkit due")
    parser.add_argument("ids", nargs="+", metavar="FOLLOWUP_ID", help="the follow-up's id")
    parser.add_argument("--at", metavar="TIME",
                        help="when it went out: 2026-11-19T17:05-06:00, or 2026-11-19 17:05 "
                        "in the interview's zone (default: now)")
    parser.add_argument("--zone", type=zone, metavar="ZONE",
                        help="the zone of a --at time without an offset, e.g. America/Chicago")
    parser.add_argument("--log", metavar="LOG.csv",
                        help="your follow-up log (default: $FOLLOWKIT_LOG or data/followups.csv)")


def _when(args, log) -> datetime:
    """The send time: ``--at`` (its own offset, ``--zone``, else the interview's zone), or now."""
    if args.at is None:
        return datetime.now(UTC)
    if args.zone is not None:
        return time_in_zone(args.at, "--at", args.zone).astimezone(args.zone)
    rows = log[log["followup_id"].isin(args.ids).to_numpy()]
    zones = rows["time_zone"].dropna().unique() if "time_zone" in rows else []
    own = zone(zones[0]) if len(zones) else log.attrs["tz"]
    return time_in_zone(args.at, "--at", own)


def run_sent(args) -> int:
    """Mark the ids sent; say what was recorded, in the interview's own zone."""
    import warnings

    from followkit.errors import LogError
    from followkit.log import default_log_path, mark_sent, read_log
    from followkit.timetext import local_date_time, row_zone
    from followkit.timing import status

    path = args.log or default_log_path()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        try:
            log = read_log(path)
            when = _when(args, log)
        except argparse.ArgumentTypeError as exc:
            print(f"followkit sent: {exc}", file=sys.stderr)
            return 2
        except LogError as exc:
            raise LogError(f"{exc.message} 'sent' records in your own log; give it with "
                           "--log or FOLLOWKIT_LOG.", path=exc.path, row=exc.row,
                           column=exc.column) from None
        changed = mark_sent(path, args.ids, when)
        log = read_log(path).set_index("followup_id")
    verdicts = {"early": "sooner than the guide advises", "on_time": "on time",
                "late": "later than 24 hours"}
    for followup in args.ids:
        row = log.loc[followup]
        sent = row["sent_at"].to_pydatetime()
        shown = local_date_time(sent, row_zone(row))
        verdict = verdicts[status(row["interview_end"].to_pydatetime(), sent,
                                  str(row["channel"]), now=sent)]
        print(f"{followup}: {row['interviewer']} ({row['company']}), sent {shown}: {verdict}.")
    if changed < len(args.ids):
        print(f"followkit: {len(args.ids) - changed} of them had been marked sent before; "
              "their time was kept.", file=sys.stderr)
    return 0
