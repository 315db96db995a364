"""Looking back: the history view of a log, its sentences, HTML pieces, findings and report.

The charts (``followkit.history._charts``) import matplotlib when drawn, never on import.
"""

from followkit.history._findings import (
    FINDING_ADVICE,
    JudgedCoverage,
    findings_advice,
    judge_coverage,
)
from followkit.history._report import chart_pngs, render_html_report, report_html
from followkit.history._sentences import history_sentences, median_text
from followkit.history._view import (
    SAMPLE_NOW,
    SAMPLE_TZ,
    HistoryFilter,
    HistoryView,
    Judging,
    LogChoice,
    apply_filter,
    choose_log,
    filter_choices,
    history_view,
    judging,
    log_problem,
)

__all__ = [
    "FINDING_ADVICE",
    "SAMPLE_NOW",
    "SAMPLE_TZ",
    "HistoryFilter",
    "HistoryView",
    "JudgedCoverage",
    "Judging",
    "LogChoice",
    "apply_filter",
    "chart_pngs",
    "choose_log",
    "filter_choices",
    "findings_advice",
    "history_sentences",
    "history_view",
    "judge_coverage",
    "judging",
    "log_problem",
    "median_text",
    "render_html_report",
    "report_html",
]
