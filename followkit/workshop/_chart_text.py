"""The room's charts in words and as tables, for people who cannot see the images.

Each ``*_text`` function states what the matching chart in :mod:`._charts` shows, with its
numbers (the image's alternative text); each ``*_rows`` function gives the same data as a
header and rows (an accessible HTML table). Both take the frames :mod:`._cohort` computes.
"""

from __future__ import annotations

from followkit.history import table_html  # noqa: F401 (the room view's tables, re-exported)
from followkit.timing import STATUS_LABELS
from followkit.workshop._cohort import SEND_GRADES

_GRADE_WORDS = dict(SEND_GRADES)
_STATUS_WORDS = tuple((status, STATUS_LABELS[status])
                      for status in ("on_time", "early", "late", "missing", "pending"))
#: How many bars the alternative text names before pointing to the table.
_NAMED = 5


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def sections_text(progress) -> str:
    """Who is done with each section, with the numbers."""
    if progress.empty or not int(progress["participants"].max()):
        return "Who is done with each section: no participant file yet."
    total = int(progress["participants"].max())
    parts = [f"{row.section}: {int(row.done)} done, {int(row.started)} started"
             for row in progress.itertuples()]
    return f"Who is done with each section, of {total} participants. " + "; ".join(parts) + "."


def sections_rows(progress):
    """Header and rows of the sections chart."""
    return (["Section", "Done", "Started", "Participants"],
            [[r.section, int(r.done), int(r.started), int(r.participants)]
             for r in progress.itertuples()])


def send_time_text(spread) -> str:
    """Per send-time exercise: how many chose inside the window, early or late, and the top."""
    if spread.empty or not int(spread["count"].sum()):
        return "When the room chose to send: no send-time choice yet."
    parts = []
    for _key, rows in spread.groupby("exercise", sort=False):
        total = int(rows["count"].sum())
        if not total:
            parts.append(f"{rows['title'].iloc[0]}: no choice yet")
            continue
        by_grade = rows.groupby("grade")["count"].sum()
        grades = ", ".join(f"{int(by_grade[g])} {words}" for g, words in SEND_GRADES
                           if int(by_grade.get(g, 0)))
        top = rows.loc[rows["count"].idxmax()]
        parts.append(f"{rows['title'].iloc[0]} ({rows['channel'].iloc[0]}): "
                     f"{int(by_grade.get('on_time', 0))} of {total} choices on time ({grades}); "
                     f"most chose {top['label']} after ({int(top['count'])})")
    return "When the room chose to send. " + "; ".join(parts) + "."


def send_time_rows(spread):
    """Header and rows of the send-time chart."""
    return (["Exercise", "Time after the interview", "Participants", "Verdict"],
            [[r.title, r.label, int(r.count), _GRADE_WORDS.get(r.grade, r.grade)]
             for r in spread.itertuples()])


def quiz_text(spread) -> str:
    """Per question: how many first answers were right, and the most common wrong one."""
    if spread.empty or not int(spread["count"].sum()):
        return "How the room answered the quiz: no answer yet."
    parts = []
    for _key, rows in spread.groupby("exercise", sort=False):
        total = int(rows["count"].sum())
        right = int(rows.loc[rows["correct"], "count"].sum())
        wrong = rows.loc[~rows["correct"]]
        part = f"{rows['question'].iloc[0]} {right} of {total} right"
        if len(wrong) and int(wrong["count"].max()):
            top = wrong.loc[wrong["count"].idxmax()]
            part += f"; most common wrong answer: “{top['text']}” ({int(top['count'])})"
        parts.append(part)
    return "How the room answered the quiz, first answers. " + " ".join(
        p if p.endswith(".") else p + "." for p in parts)


def quiz_rows(spread):
    """Header and rows of the quiz chart."""
    return (["Question", "Answer", "Right answer", "Participants"],
            [[r.question, r.text, "yes" if r.correct else "no", int(r.count)]
             for r in spread.itertuples()])


def findings_text(counts) -> str:
    """The findings left most often, with how many were brought in by the participant's edits."""
    if counts.empty:
        return "Findings left when participants moved on: none yet."
    named = [f"{r.code} {r.name} {int(r.left)} ({int(r.introduced)} brought in by edits)"
             for r in counts.head(_NAMED).itertuples()]
    more = len(counts) - _NAMED
    rest = f"; {_n(more, 'more rule')} in the table" if more > 0 else ""
    return ("Findings left when participants moved on, most frequent first: "
            + "; ".join(named) + rest + ".")


def findings_rows(counts):
    """Header and rows of the findings chart."""
    return (["Rule", "Name", "Left in letters", "Brought in by edits"],
            [[r.code, r.name, int(r.left), int(r.introduced)] for r in counts.itertuples()])


def exercises_text(summary, titles: dict[str, str]) -> str:
    """The share of participants who finished each exercise."""
    if summary.empty:
        return "Participants who finished each exercise: no exercise result yet."
    parts = [f"{titles.get(r.exercise, r.exercise)} {r.done_rate:.0%} of {int(r.participants)}"
             for r in summary.itertuples()]
    return "Participants who finished each exercise: " + "; ".join(parts) + "."


def exercises_rows(summary, titles: dict[str, str]):
    """Header and rows of the exercises chart."""
    return (["Exercise", "Participants", "Finished", "Right first time", "Median checks"],
            [[titles.get(r.exercise, r.exercise), int(r.participants), f"{r.done_rate:.0%}",
              f"{r.first_try_rate:.0%}", f"{r.median_checks:g}"]
             for r in summary.itertuples()])


def _status_counts(timed) -> dict[str, int]:
    counts = timed["status"].value_counts() if len(timed) else {}
    return {status: int(counts.get(status, 0)) for status, _ in _STATUS_WORDS}


def on_time_text(timed, on_time_rate: float | None) -> str:
    """The follow-ups in the participants' logs by status, and the on-time share."""
    if not len(timed):
        return "On-time follow-ups: no participant exported their own log yet."
    counts = _status_counts(timed)
    parts = ", ".join(f"{counts[s]} {words}" for s, words in _STATUS_WORDS)
    rate = "" if on_time_rate is None else f"; {on_time_rate:.0%} of those sent were on time"
    return f"{_n(len(timed), 'follow-up')} in the participants' logs: {parts}{rate}."


def on_time_rows(timed):
    """Header and rows of the on-time chart."""
    counts = _status_counts(timed)
    return (["Status", "Follow-ups"], [[words, counts[s]] for s, words in _STATUS_WORDS])


def _hours(timed):
    return timed.dropna(subset=["hours_to_send"]) if len(timed) else timed


def hours_text(timed) -> str:
    """How many hours the participants took to send, overall and by channel."""
    sent = _hours(timed)
    if not len(sent):
        return "Hours from interview to follow-up: no participant exported their own log yet."
    by_channel = "; ".join(f"{channel} median {rows['hours_to_send'].median():.1f} h "
                           f"({len(rows)})" for channel, rows in sent.groupby("channel"))
    within = int((sent["hours_to_send"] <= 24).sum())
    return (f"Hours from interview to follow-up, {len(sent)} sent: median "
            f"{sent['hours_to_send'].median():.1f} h, {within} within 24 h; {by_channel}.")


def hours_rows(timed):
    """Header and rows of the hours chart: per channel, count, median and within 24 h."""
    sent = _hours(timed)
    rows = [] if not len(sent) else [
        [channel, len(part), f"{part['hours_to_send'].median():.1f}",
         int((part["hours_to_send"] <= 24).sum())]
        for channel, part in sent.groupby("channel")]
    return ["Channel", "Sent", "Median hours", "Within 24 h"], rows
