"""``python -m followkit report LOG.csv``: a follow-up log's timeliness, as text or JSON."""

from __future__ import annotations

import sys
from datetime import datetime

from followkit.cli._args import aware_datetime
from followkit.errors import ReportError
from followkit.timing import STATUS_LABELS

__all__ = ["add_report", "report_lines", "run_report"]

_LABELS = STATUS_LABELS


def _percent(rate: float | None) -> str:
    return "n/a (nothing sent yet)" if rate is None else f"{rate * 100:.0f} %"


def report_lines(path, now: datetime, numbers: dict, findings, pending, *,
                 note: str | None = None, zone=None) -> list[str]:
    """The report as lines: summary, findings (FK501/FK502), then what is due, soonest first.

    ``note`` (the sample's frozen date) opens it; ``zone`` is the zone "as of" is read in.
    """
    from followkit.cli._due import due_lines
    from followkit.timetext import local_date_time

    lines = [note] if note else []
    lines += [f"Follow-up log {path}, as of {local_date_time(now, zone, year=True)}",
              f"  {numbers['followups']} follow-ups, {numbers['sent']} sent"]
    for status, count in numbers["by_status"].items():
        lines.append(f"    {_LABELS[status]:<11} {count}")
    lines.append(f"  on time (of those sent): {_percent(numbers['on_time_rate'])}")
    hours = ", ".join(f"{c} {h:g} h" for c, h in numbers["median_hours_by_channel"].items())
    lines.append(f"  median time to send: {hours or 'n/a'}")
    lines.append(f"  answered (of those sent): {_percent(numbers['response_rate'])}")
    by_status = ", ".join(f"{_LABELS[s]} {r * 100:.0f} %"
                          for s, r in numbers["response_rate_by_status"].items())
    if by_status:
        lines.append(f"    by timeliness: {by_status}")
    lines.append("")
    lines.append(f"Findings ({len(findings)})" if len(findings) else "Findings: none")
    for f in findings.itertuples():
        lines.append(f"  {f.code} {f.severity} {f.name}: {f.message}")
    lines.append("")
    lines += due_lines(pending, now)
    return lines


def add_report(subparsers) -> None:
    """Add the ``report`` subcommand."""
    parser = subparsers.add_parser(
        "report",
        help="how timely your follow-ups were, what got answers, what is due",
        description="Read a follow-up log (CSV) and print counts by status, the on-time "
        "rate, median hours by channel, response rates, FK501/FK502 findings and what is "
        "still due.",
    )
    parser.add_argument("log", metavar="LOG.csv", nargs="?",
                        help="the follow-up log (default: $FOLLOWKIT_LOG or "
                        "data/followups.csv, else the sample)")
    parser.add_argument(
        "--now", type=aware_datetime, metavar="ISO",
        help="judge as of this time (default: the current time)",
    )
    parser.add_argument("--tz", metavar="ZONE",
                        help="zone for times with no UTC offset in rows with no time_zone "
                        "(default: this machine's)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--plot", metavar="FILE.png",
                        help="also save the hours-to-send chart to this PNG")
    parser.add_argument("--html", metavar="OUT.html", nargs="?", const="",
                        help="also write a printable HTML report (charts embedded, no "
                        "script); default file: exports/followup-report.html")


_CHART_SUFFIXES = (".png", ".svg", ".pdf")


def _chart_path(name: str):
    """Where ``--plot NAME`` saves the chart: NAME, with .png added when it has no suffix.

    A folder gets ``hours-to-send.png`` in it.
    """
    from pathlib import Path

    path = Path(name)
    if path.is_dir():
        return path / "hours-to-send.png"
    if not path.suffix:
        return path.with_name(path.name + ".png")
    if path.suffix.lower() not in _CHART_SUFFIXES:
        raise ReportError(f"{name}: --plot saves a picture of the chart; give a file name "
                          f"ending in {', '.join(_CHART_SUFFIXES)} (got {path.suffix!r}).")
    return path


def run_report(args) -> int:
    """Print the report for ``args.log``; 0 when done (a bad log raises LogError)."""
    import json
    import warnings

    from followkit.cli._due import due_records
    from followkit.history import choose_log, history_view, judging
    from followkit.log import read_log, reading_zone, timeliness
    from followkit.timetext import iso_in_zone

    choice = choose_log(args.log)
    judged = judging(choice, args.now, args.tz)
    now = judged.now
    plot = _chart_path(args.plot) if args.plot else None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        log = read_log(choice.path, tz=judged.tz)
    for note in log.attrs["notes"]:
        print(f"followkit: note: {note}", file=sys.stderr)
    t = timeliness(log, now)
    view = history_view(t, now)  # judged once for the text, the JSON and the HTML page
    numbers, findings, pending = view.numbers, view.findings, view.pending
    if plot:
        from followkit.history import hours_to_send_chart

        try:
            hours_to_send_chart(t).savefig(plot, dpi=120)
        except OSError as exc:
            raise ReportError(f"{plot}: could not save the chart ({exc.strerror}); "
                              "pick a folder you can write to.") from None
    if args.json:
        print(json.dumps({
            "now": iso_in_zone(now, reading_zone(log)), "sample": choice.is_sample,
            "note": judged.note, "summary": numbers,
            "findings": findings.drop(columns=["company"]).to_dict("records"),
            "due": due_records(pending),
        }, indent=2, ensure_ascii=False))
    else:
        print("\n".join(report_lines(choice.path, now, numbers, findings, pending,
                                      note=judged.note, zone=reading_zone(log))))
    if plot:
        print(f"followkit: chart saved to {plot}", file=sys.stderr)
    if args.html is not None:
        from followkit.history import default_report_path, render_html_report

        out = render_html_report(choice.path, args.html or default_report_path(), now=now,
                                 tz=judged.tz, log=log, view=view)
        print(f"followkit: HTML report saved to {out}", file=sys.stderr)
    return 0
