"""What a workshop cohort did: exercise completion, the findings left in letters, timeliness.

Every function takes the frames of a :class:`Cohort` and returns a small
pandas frame or dict for the facilitator's view; none reads files or the clock.
"""

from __future__ import annotations

from followkit.log import summary, timeliness
from followkit.workshop._exercises import EXERCISE_KINDS

__all__ = ["cohort_summary", "cohort_timeliness", "exercise_summary", "finding_counts"]

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
