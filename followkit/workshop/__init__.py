"""The workshop: the lesson, its exercises and grading, participant files and the cohort.

Participants export one anonymised file each; the facilitator loads the folder as a
``Cohort`` and summarises it. The charts (``followkit.workshop._charts``) import matplotlib
when drawn, never on import.
"""

from followkit.workshop._cohort import (
    cohort_summary,
    cohort_timeliness,
    exercise_summary,
    finding_counts,
)
from followkit.workshop._collect import (
    Cohort,
    anonymize,
    export_participant,
    load_cohort,
    new_salt,
    participant_record,
)
from followkit.workshop._exercises import (
    BLOCKING,
    EXERCISE_KINDS,
    ChoiceResult,
    LetterResult,
    PanelResult,
    Progress,
    SendTimeResult,
    grade_choice,
    grade_letter,
    grade_panel,
    grade_send_time,
    send_time_choices,
)
from followkit.workshop._lesson import (
    LESSON_FORMAT,
    Choice,
    Lesson,
    LetterExercise,
    PanelExercise,
    Question,
    SendTimeExercise,
    load_lesson,
)
from followkit.workshop._participant_file import PARTICIPANT_FORMAT, read_participant

__all__ = [
    "BLOCKING",
    "EXERCISE_KINDS",
    "LESSON_FORMAT",
    "PARTICIPANT_FORMAT",
    "Choice",
    "ChoiceResult",
    "Cohort",
    "Lesson",
    "LetterExercise",
    "LetterResult",
    "PanelExercise",
    "PanelResult",
    "Progress",
    "Question",
    "SendTimeExercise",
    "SendTimeResult",
    "anonymize",
    "cohort_summary",
    "cohort_timeliness",
    "exercise_summary",
    "export_participant",
    "finding_counts",
    "grade_choice",
    "grade_letter",
    "grade_panel",
    "grade_send_time",
    "load_cohort",
    "load_lesson",
    "new_salt",
    "participant_record",
    "read_participant",
    "send_time_choices",
]
