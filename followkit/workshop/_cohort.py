"""What a workshop cohort did: exercise completion, the findings left in letters, timeliness.

Every function takes the frames of a :class:`Cohort` and returns a small
pandas frame or dict for the facilitator's view; none reads files or the clock.
"""

from __future__ import annotations

from datetime import UTC, timedelta

from followkit.log import summary, timeliness
from followkit.timing import format_duration
from followkit.workshop._exercises import EXERCISE_KINDS, grade_send_time, send_time_choices
from followkit.workshop._lesson import SECTIONS

__all__ = ["LETTERS_TO_FINISH", "SEND_GRADES", "cohort_summary", "cohort_timeliness",
           "exercise_summary", "finding_counts", "quiz_spread", "section_progress",
           "send_time_spread"]

#: How many "fix this letter" exercises finish section 2 (the notebook asks for two).
LETTERS_TO_FINISH = 2
#: The grades of a send time, in the order charts show them: (grade, label).
SEND_GRADES = (("early", "too early"), ("on_time", "on time"),
               ("not_at_once", "within 24 h, not at once"), ("late", "late"))

_WRITING_KINDS = ("letter", "panel")


def exercise_summary(exercises):
    """One row per exercise: kind, participants, done and first-try rates, median checks."""
    import pandas as pd

    columns = ["exercise", "kind", "participants", "done_rate", "first_try_rate",
               "median_checks"]
    if exercises.empty:
        return pd.DataFrame(columns=columns)
    grouped = exercises.assign(done=exercises["done"].astype(bool),
                               first_try=exercises["first_try"].astype(bool)).groupby(
        ["id", "kind"], sort=False)
    table = grouped.agg(participants=("participant", "nunique"), done_rate=("done", "mean"),
                        first_try_rate=("first_try", "mean"),
                        median_checks=("attempts", "median")).reset_index()
    rank = table["kind"].map({kind: i for i, kind in enumerate(EXERCISE_KINDS)})
    table = table.assign(rank=rank).sort_values("rank", kind="stable")
    return table.rename(columns={"id": "exercise"}).loc[:, columns].reset_index(drop=True)


def finding_counts(exercises, rules=None):
    """The findings most often left in the letters participants wrote or fixed.

    One row per rule code, most frequent first: ``left`` counts the letter and panel exercises
    whose last check still had the finding, ``introduced`` those where it was not there at the
    start (the participant's own edit brought it in). ``rules`` maps code to rule name.
    """
    import pandas as pd

    columns = ["code", "name", "left", "introduced"]
    writing = exercises[exercises["kind"].isin(_WRITING_KINDS)]
    if writing.empty:
        return pd.DataFrame(columns=columns)
    left = writing.loc[:, ["remaining", "found_first"]].explode("remaining").dropna(
        subset=["remaining"])
    if left.empty:
        return pd.DataFrame(columns=columns)
    new = [code not in first for code, first in zip(left["remaining"], left["found_first"],
                                                     strict=True)]
    table = (left.assign(introduced=new).groupby("remaining")
             .agg(left=("introduced", "size"), introduced=("introduced", "sum"))
             .reset_index().rename(columns={"remaining": "code"}))
    table["name"] = table["code"].map(dict(rules or {})).fillna("")
    table = table.sort_values(["left", "code"], ascending=[False, True], kind="stable")
    return table.loc[:, columns].reset_index(drop=True)


def cohort_timeliness(log, now):
    """The cohort's follow-ups with ``hours_to_send``, ``status`` and ``deadline`` added."""
    return timeliness(log, now=now)


def cohort_summary(cohort, now) -> dict:
    """The headline numbers for the facilitator: who took part and how timely they were."""
    timed = cohort_timeliness(cohort.log, now)
    exercises = cohort.exercises
    return {
        "participants": len(cohort.participants),
        "unreadable_files": len(cohort.unreadable),
        "followups": len(timed),
        "exercises_done_rate": float(exercises["done"].mean()) if len(exercises) else None,
        "timeliness": summary(timed),
    }


def _latest(exercises, kind: str):
    return exercises[exercises["kind"] == kind]


def send_time_spread(exercises, lesson):
    """How the room chose to send, per send-time exercise and chosen time.

    One row per exercise and time offered (and any other time chosen): ``exercise`` (id),
    ``title``, ``channel``, ``hours``, ``label`` ("2 h"), ``count`` (participants whose last
    choice it was; 0 for a time nobody chose) and ``grade`` (one of :data:`SEND_GRADES`, as
    the participant was told).
    """
    import pandas as pd

    columns = ["exercise", "title", "channel", "hours", "label", "count", "grade"]
    rows = []
    chosen = _latest(exercises, "send_time").dropna(subset=["hours"])
    for item in lesson.send_time:
        key = f"send_time:{item.id}"
        counts = chosen.loc[chosen["id"] == key, "hours"].astype(float).round(3).value_counts()
        offered = {round((when - item.ended_at).total_seconds() / 3600, 3)
                   for _, when in send_time_choices(item)}
        for value in sorted(offered | set(counts.index)):
            taken = timedelta(hours=float(value))
            result = grade_send_time(item, (item.ended_at.astimezone(UTC) + taken).astimezone(
                item.ended_at.tzinfo))
            grade = "not_at_once" if result.status == "on_time" and not result.done else (
                result.status)
            rows.append({"exercise": key, "title": item.title, "channel": item.channel,
                         "hours": float(value), "label": format_duration(taken),
                         "count": int(counts.get(value, 0)), "grade": grade})
    return pd.DataFrame(rows, columns=columns)


def quiz_spread(exercises, lesson):
    """How the room answered each quiz question: one row per question and choice.

    Columns ``exercise`` (id), ``question``, ``choice`` (number), ``text``, ``correct`` and
    ``count`` (participants whose first answer it was; 0 for a choice nobody picked).
    """
    import pandas as pd

    columns = ["exercise", "question", "choice", "text", "correct", "count"]
    answered = _latest(exercises, "quiz")
    if "answer" in answered.columns:
        answered = answered.dropna(subset=["answer"])
    else:
        answered = answered.iloc[0:0].assign(answer=None)
    rows = []
    for question in lesson.quiz:
        key = f"quiz:{question.id}"
        picked = answered.loc[answered["id"] == key, "answer"].astype(int).value_counts()
        for i, choice in enumerate(question.choices):
            rows.append({"exercise": key, "question": question.question, "choice": i,
                         "text": choice.text, "correct": choice.correct,
                         "count": int(picked.get(i, 0))})
    return pd.DataFrame(rows, columns=columns)


def section_progress(exercises, lesson, participants: int):
    """How many participants started and finished each section of the workshop.

    A section is finished when every exercise in it is done, except section 2's letters, where
    :data:`LETTERS_TO_FINISH` done letters are enough. Columns ``section``, ``started``,
    ``done`` and ``participants`` (everyone in the cohort).
    """
    import pandas as pd

    catalogue = lesson.exercises()
    rows = []
    for heading, _guide in SECTIONS:
        keys = [k for k, (section, _) in catalogue.items() if section == heading]
        mine = exercises[exercises["id"].isin(keys)]
        started = mine["participant"].nunique()
        done = 0
        for _participant, theirs in mine.groupby("participant"):
            finished = set(theirs.loc[theirs["done"].astype(bool), "id"])
            letters = [k for k in keys if k.startswith("letter:")]
            others = [k for k in keys if not k.startswith("letter:")]
            enough = min(LETTERS_TO_FINISH, len(letters))
            if all(k in finished for k in others) and sum(
                    k in finished for k in letters) >= enough:
                done += 1
        rows.append({"section": heading, "started": int(started), "done": int(done),
                     "participants": int(participants)})
    return pd.DataFrame(rows, columns=["section", "started", "done", "participants"])
