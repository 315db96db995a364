"""followkit: coaching for the follow-up after a job interview.

``import followkit`` loads neither pandas, matplotlib nor ipywidgets, and no sub-package at
all: each public name is imported from its module the first time it is used (PEP 562), so
``python -m followkit check`` loads the checker and nothing else. ``_PUBLIC`` says where
each name lives; the ``TYPE_CHECKING`` imports say the same to type checkers and editors
(``tests/test_public_api.py`` holds the two equal).
"""

import typing as _typing
from importlib import import_module as _import_module

if _typing.TYPE_CHECKING:
    from followkit.checks import (
        RULES,
        FormFinding,
        Rule,
        check,
        check_batch,
        check_form,
        letter_similarity,
    )
    from followkit.errors import (
        CheckOptionsError,
        ExportError,
        FollowkitError,
        FormError,
        LetterError,
        LogError,
        MissingDependencyError,
        ReportError,
        TemplateError,
        TimingError,
        WorkshopError,
    )
    from followkit.exports import (
        EXPORT_KINDS,
        card_font_size,
        card_html,
        eml_draft,
        export_filename,
        ics_reminder,
        mailto_link,
        reminder_time,
        reminders_ics,
        slug,
        write_export,
        write_reminders,
    )
    from followkit.history import (
        HistoryFilter,
        HistoryView,
        apply_filter,
        choose_log,
        history_sentences,
        history_view,
        render_html_report,
    )
    from followkit.letters import LENGTHS, SIGN_OFFS, FormFile, compose, load_form, load_form_file
    from followkit.log import (
        LOG_COLUMNS,
        SAMPLE_LOG_PATH,
        append_followups,
        coverage,
        coverage_groups,
        default_log_path,
        due,
        mark_sent,
        read_log,
        save_followups,
        summary,
        timeliness,
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
    from followkit.timetext import (
        clock_time,
        date_time,
        describe_window,
        describe_window_dates,
        relative_time,
        window_state,
    )
    from followkit.timing import DEFAULT_POLICY, STATUSES, Policy, SendWindow, send_window, status
    from followkit.workshop import (
        BLOCKING,
        EXERCISE_KINDS,
        LESSON_FORMAT,
        PARTICIPANT_FORMAT,
        Choice,
        ChoiceResult,
        Cohort,
        Lesson,
        LetterExercise,
        LetterResult,
        PanelExercise,
        PanelResult,
        Progress,
        Question,
        SendTimeExercise,
        SendTimeResult,
        anonymize,
        export_participant,
        grade_choice,
        grade_letter,
        grade_panel,
        grade_send_time,
        load_cohort,
        load_lesson,
        new_salt,
        participant_record,
        read_participant,
        send_time_choices,
    )

    __version__: str

#: Where each public name lives: module -> names, imported on first use.
_PUBLIC: dict[str, tuple[str, ...]] = {
    "followkit.checks": (
        "RULES", "FormFinding", "Rule", "check", "check_batch", "check_form",
        "letter_similarity",
    ),
    "followkit.errors": (
        "CheckOptionsError", "ExportError", "FollowkitError", "FormError", "LetterError",
        "LogError", "MissingDependencyError", "ReportError", "TemplateError",
        "TimingError", "WorkshopError",
    ),
    "followkit.exports": (
        "EXPORT_KINDS", "card_font_size", "card_html", "eml_draft", "export_filename",
        "ics_reminder", "mailto_link", "reminder_time", "reminders_ics", "slug",
        "write_export", "write_reminders",
    ),
    "followkit.history": (
        "HistoryFilter", "HistoryView", "apply_filter", "choose_log", "history_sentences",
        "history_view", "render_html_report",
    ),
    "followkit.letters": (
        "LENGTHS", "SIGN_OFFS", "FormFile", "compose", "load_form", "load_form_file",
    ),
    "followkit.log": (
        "LOG_COLUMNS", "SAMPLE_LOG_PATH", "append_followups", "coverage",
        "coverage_groups", "default_log_path", "due", "mark_sent", "read_log",
        "save_followups", "summary", "timeliness", "write_log",
    ),
    "followkit.model": (
        "CHANNELS", "LETTER_CHANNELS", "Candidate", "Finding", "Interview", "Interviewer",
        "Letter",
    ),
    "followkit.timetext": (
        "clock_time", "date_time", "describe_window", "describe_window_dates",
        "relative_time", "window_state",
    ),
    "followkit.timing": (
        "DEFAULT_POLICY", "STATUSES", "Policy", "SendWindow", "send_window", "status",
    ),
    "followkit.workshop": (
        "BLOCKING", "EXERCISE_KINDS", "LESSON_FORMAT", "PARTICIPANT_FORMAT", "Choice",
        "ChoiceResult", "Cohort", "Lesson", "LetterExercise", "LetterResult",
        "PanelExercise", "PanelResult", "Progress", "Question", "SendTimeExercise",
        "SendTimeResult", "anonymize", "export_participant", "grade_choice",
        "grade_letter", "grade_panel", "grade_send_time", "load_cohort", "load_lesson",
        "new_salt", "participant_record", "read_participant", "send_time_choices",
    ),
}

_WHERE = {name: module for module, names in _PUBLIC.items() for name in names}

if not _typing.TYPE_CHECKING:  # type checkers see the imports above, not a catch-all

    def __getattr__(name: str) -> _typing.Any:
        """Import a public name from its module on first use (PEP 562), then keep it."""
        if name == "__version__":
            from importlib.metadata import version

            value: _typing.Any = version("followkit")
        elif name in _WHERE:
            value = getattr(_import_module(_WHERE[name]), name)
        else:
            raise AttributeError(f"module 'followkit' has no attribute {name!r}")
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    """The module's own names and every public name, loaded or not."""
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "BLOCKING",
    "CHANNELS",
    "DEFAULT_POLICY",
    "EXERCISE_KINDS",
    "EXPORT_KINDS",
    "LENGTHS",
    "LESSON_FORMAT",
    "LETTER_CHANNELS",
    "LOG_COLUMNS",
    "PARTICIPANT_FORMAT",
    "RULES",
    "SAMPLE_LOG_PATH",
    "SIGN_OFFS",
    "STATUSES",
    "Candidate",
    "CheckOptionsError",
    "Choice",
    "ChoiceResult",
    "Cohort",
    "ExportError",
    "Finding",
    "FollowkitError",
    "FormError",
    "FormFile",
    "FormFinding",
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
    "MissingDependencyError",
    "PanelExercise",
    "PanelResult",
    "Policy",
    "Progress",
    "Question",
    "ReportError",
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
    "card_font_size",
    "card_html",
    "check",
    "check_batch",
    "check_form",
    "choose_log",
    "clock_time",
    "compose",
    "coverage",
    "coverage_groups",
    "date_time",
    "default_log_path",
    "describe_window",
    "describe_window_dates",
    "due",
    "eml_draft",
    "export_filename",
    "export_participant",
    "grade_choice",
    "grade_letter",
    "grade_panel",
    "grade_send_time",
    "history_sentences",
    "history_view",
    "ics_reminder",
    "letter_similarity",
    "load_cohort",
    "load_form",
    "load_form_file",
    "load_lesson",
    "mailto_link",
    "mark_sent",
    "new_salt",
    "participant_record",
    "read_log",
    "read_participant",
    "relative_time",
    "reminder_time",
    "reminders_ics",
    "render_html_report",
    "save_followups",
    "send_time_choices",
    "send_window",
    "slug",
    "status",
    "summary",
    "timeliness",
    "window_state",
    "write_export",
    "write_log",
    "write_reminders",
]
