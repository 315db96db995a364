"""followkit: coaching for the follow-up after a job interview.

``import followkit`` loads neither pandas, matplotlib nor ipywidgets; the modules that need
them import them when first used.
"""

from followkit.analysis import coverage, due, summary, timeliness
from followkit.checks import RULES, Rule, check, check_batch, letter_similarity
from followkit.compose import SIGN_OFFS, compose
from followkit.errors import (
    FollowkitError,
    FormError,
    LetterError,
    LogError,
    TemplateError,
    TimingError,
    WorkshopError,
)
from followkit.exercises import (
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
from followkit.forms import load_form
from followkit.history import HistoryFilter, HistoryView, apply_filter, choose_log, history_view
from followkit.history_findings import coverage_findings
from followkit.history_text import history_sentences
from followkit.lesson import (
    LESSON_FORMAT,
    Choice,
    Lesson,
    LetterExercise,
    PanelExercise,
    Question,
    SendTimeExercise,
    load_lesson,
)
from followkit.log import (
    LOG_COLUMNS,
    SAMPLE_LOG_PATH,
    append_followups,
    default_log_path,
    mark_sent,
    read_log,
    write_log,
)
from followkit.model import (
    CHANNELS,
    LETTER_CHANNELS,
    Candidate,
    Finding,
    Interview,
    Interviewer,
    Letter,
)
from followkit.participant_file import PARTICIPANT_FORMAT, read_participant
from followkit.reminders import reminders_ics, write_reminders
from followkit.report_html import render_html_report
from followkit.timing import DEFAULT_POLICY, STATUSES, Policy, SendWindow, send_window, status
from followkit.workshop import (
    Cohort,
    anonymize,
    export_participant,
    load_cohort,
    new_salt,
    participant_record,
)

__version__ = "0.1.0"

__all__ = [
    "BLOCKING",
    "CHANNELS",
    "DEFAULT_POLICY",
    "EXERCISE_KINDS",
    "LESSON_FORMAT",
    "LETTER_CHANNELS",
    "LOG_COLUMNS",
    "PARTICIPANT_FORMAT",
    "RULES",
    "SAMPLE_LOG_PATH",
    "SIGN_OFFS",
    "STATUSES",
    "Candidate",
    "Choice",
    "ChoiceResult",
    "Cohort",
    "Finding",
    "FollowkitError",
    "FormError",
    "HistoryFilter",
    "HistoryView",
    "Interview",
    "Interviewer",
    "Lesson",
    "Letter",
    "LetterError",
    "LetterExercise",
    "LetterResult",
    "LogError",
    "PanelExercise",
    "PanelResult",
    "Policy",
    "Progress",
    "Question",
    "Rule",
    "SendTimeExercise",
    "SendTimeResult",
    "SendWindow",
    "TemplateError",
    "TimingError",
    "WorkshopError",
    "__version__",
    "anonymize",
    "append_followups",
    "apply_filter",
    "check",
    "check_batch",
    "choose_log",
    "compose",
    "coverage",
    "coverage_findings",
    "default_log_path",
    "due",
    "export_participant",
    "grade_choice",
    "grade_letter",
    "grade_panel",
    "grade_send_time",
    "history_sentences",
    "history_view",
    "letter_similarity",
    "load_cohort",
    "load_form",
    "load_lesson",
    "mark_sent",
    "new_salt",
    "participant_record",
    "read_log",
    "read_participant",
    "reminders_ics",
    "render_html_report",
    "send_time_choices",
    "send_window",
    "status",
    "summary",
    "timeliness",
    "write_log",
    "write_reminders",
]
