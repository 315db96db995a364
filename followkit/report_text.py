"""The plain-text report ``python -m followkit report`` prints."""

from __future__ import annotations

from datetime import datetime

__all__ = ["report_lines"]

_LABELS = {"early": "too early", "on_time": "on time", "late": "late",
           "pending": "still due", "missing": "never sent"}


def _percent(rate: float | None) -> str:
    return "n/a (nothing sent yet)" if rate is None else f"{rate * 100:.0f} %"


def report_lines(path, now: datetime, numbers: dict, findings, pending) -> list[str]:
    """The report as lines: summary, findings (FK501/FK502), then what is due, soonest first."""
    lines = [f"Follow-up log {path}, as of {now.isoformat(timespec='minutes')}",
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
    if len(pending):
        lines.append(f"Due ({len(pending)}), soonest first")
        for p in pending.itertuples():
            lines.append(f"  {p.deadline:%a %d %b %H:%M}  {p.time_left_text:>12} left  "
                         f"{p.interviewer} ({p.company}, {p.channel})  [{p.followup_id}]")
    else:
        lines.append("Due: nothing")
    return lines
