"""Plain sentences about a follow-up log: how timely, what got answers, what is still due.

:func:`history_sentences` turns the numbers of :func:`followkit.log._analysis.summary`, the
FK501/FK502 findings and the due list into a few sentences a person reads first
("You sent 86 of 113 follow-ups on time; …"). Pure: no clock, no I/O.
"""

from __future__ import annotations

from datetime import timedelta

from followkit.timetext import local_date_time
from followkit.timing import STATUS_LABELS, format_duration

__all__ = ["history_sentences", "median_text"]

_CHANNEL_NOUNS = {"email": "emails", "handwritten": "handwritten notes", "phone": "calls",
                  "text": "texts"}


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _percent(rate: float) -> str:
    return f"{rate * 100:.0f} %"


def median_text(hours: float) -> str:
    """A median time to send as a person says it: "3.3 h", "35 min", "2.1 days"."""
    if hours < 1:
        return format_duration(timedelta(hours=hours))
    if hours < 48:
        return f"{hours:.1f} h"
    return f"{hours / 24:.1f} days"


def _timeliness_sentence(numbers: dict) -> str:
    sent, counts = numbers["sent"], numbers["by_status"]
    if not sent:
        return (f"You have {_count(numbers['followups'], 'follow-up')} in the log and none "
                "was sent yet, so there is no timeliness to show.")
    parts = [f"You sent {counts['on_time']} of {_count(sent, 'follow-up')} on time "
             f"({_percent(numbers['on_time_rate'])})"]
    off = [f"{counts['early']} too early (under 1 h)" if counts["early"] else "",
           f"{counts['late']} late (after 24 h)" if counts["late"] else ""]
    off = [part for part in off if part]
    if off:
        parts.append(" and ".join(off))
    return "; ".join(parts) + "."


def _median_sentence(numbers: dict) -> str:
    medians = list(numbers["median_hours_by_channel"].items())
    if not medians:
        return ""
    parts = [f"your {_CHANNEL_NOUNS.get(c, c)} after {median_text(h)}" for c, h in medians]
    parts[0] = parts[0].replace(" after ", " went out after a median of ", 1)
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return listed[0].upper() + listed[1:] + "."


def _answers_sentence(numbers: dict) -> str:
    rate = numbers["response_rate"]
    if rate is None:
        return ""
    by_status = numbers["response_rate_by_status"]
    detail = ", ".join(f"{_percent(r)} of the {STATUS_LABELS[s].replace(' ', '-')} ones"
                       for s, r in by_status.items())
    return f"{_percent(rate)} of the follow-ups you sent got an answer ({detail})."


def _coverage_sentence(findings) -> str:
    codes = findings["code"].value_counts() if len(findings) else {}
    never, twice = int(codes.get("FK502", 0)), int(codes.get("FK501", 0))
    if not never and not twice:
        return "Everyone who interviewed you got exactly one follow-up."
    parts = []
    if never:
        parts.append(f"{_count(never, 'interviewer')} {'was' if never == 1 else 'were'} "
                     "never thanked")
    if twice:
        parts.append(f"{_count(twice, 'interviewer')} got more than one message")
    return "; ".join(parts).capitalize() + " (see the findings below)."


def _due_sentence(pending) -> str:
    if not len(pending):
        return "Nothing is due: every open follow-up has been sent."
    first = pending.iloc[0]
    zone = first.get("time_zone")
    closes = local_date_time(first["deadline"], zone if isinstance(zone, str) else None)
    return (f"{_count(len(pending), 'follow-up')} {'is' if len(pending) == 1 else 'are'} "
            f"still due; the first window closes {closes} "
            f"(in {first['time_left_text']}), for {first['interviewer']} at "
            f"{first['company']}.")


def history_sentences(numbers: dict, findings, pending) -> list[str]:
    """The opening sentences: timeliness, median time to send, answers, coverage, due.

    ``numbers`` is :func:`~followkit.log._analysis.summary`'s dict, ``findings`` the FK501/FK502
    frame and ``pending`` :func:`~followkit.log._analysis.due`'s frame, all for the same rows.
    """
    if not numbers["followups"]:
        return ["There are no follow-ups to look at: the log is empty, or no row matches "
                "the filters. Log each thank-you you plan, and come back."]
    sentences = [_timeliness_sentence(numbers), _median_sentence(numbers),
                 _answers_sentence(numbers), _coverage_sentence(findings),
                 _due_sentence(pending)]
    return [s for s in sentences if s]
