"""followkit: coaching for the follow-up after a job interview.

``import followkit`` loads neither pandas, matplotlib nor ipywidgets; the modules that need
them import them when first used.
"""

from followkit.analysis import coverage, coverage_groups, due, summary, timeliness
from followkit.checks import RULES, Rule, check, check_batch, letter_similarity
from followkit.compose import SIGN_OFFS, compose
from followkit.errors import (
    FollowkitError,
    FormError,
    LetterError,
    LogError,
    TemplateError,
    TimingError,
)
from followkit.export import (
    EXPORT_KINDS,
    card_font_size,
    card_html,
    eml_draft,
    export_filename,
    ics_reminder,
    mailto_link,
    reminder_time,
    slug,
    write_export,
)
from followkit.forms import load_form
from followkit.history import HistoryFilter, HistoryView, apply_filter, choose_log, history_view
from followkit.history_text import history_sentences
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
from followkit.reminders import reminders_ics, write_reminders
from followkit.report_html import render_html_report
from followkit.timetext import (
    clock_time,
    date_time,
    describe_window,
    describe_window_dates,
    relative_time,
    window_state,
)
from followkit.timing import DEFAULT_POLICY, STATUSES, Policy, SendWindow, send_window, status

__version__ = "0.1.0"

__all__ = [
    "CHANNELS",
    "DEFAULT_POLICY",
    "EXPORT_KINDS",
    "LETTER_CHANNELS",
    "LOG_COLUMNS",
    "RULES",
    "SAMPLE_LOG_PATH",
    "SIGN_OFFS",
    "STATUSES",
    "Candidate",
    "Finding",
    "FollowkitError",
    "FormError",
    "HistoryFilter",
    "HistoryView",
    "Interview",
    "Interviewer",
    "Letter",
    "LetterError",
    "LogError",
    "Policy",
    "Rule",
    "SendWindow",
    "TemplateError",
    "TimingError",
    "__version__",
    "append_followups",
    "apply_filter",
    "card_font_size",
    "card_html",
    "check",
    "check_batch",
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
    "history_sentences",
    "history_view",
    "ics_reminder",
    "letter_similarity",
    "load_form",
    "mailto_link",
    "mark_sent",
    "read_log",
    "relative_time",
    "reminder_time",
    "reminders_ics",
    "render_html_report",
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
