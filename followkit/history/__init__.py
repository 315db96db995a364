"""Looking back: the history view of a log, its sentences, HTML pieces, findings and report.

The charts (``*_chart``, ``ChartRedrawer``) import matplotlib when drawn, never on import.
"""

from followkit.history._chart_text import ChartText, chart_texts, figure_html, table_html
from followkit.history._charts import (
    HoursToSendChart,
    OnTimeByMonthChart,
    ResponseByStatusChart,
    hours_to_send_chart,
    on_time_by_month_chart,
    response_by_status_chart,
)
from followkit.history._findings import (
    FINDING_ADVICE,
    JudgedCoverage,
    findings_advice,
    judge_coverage,
)
from followkit.history._html import (
    SEVERITY_ICONS,
    advice_html,
    banner_html,
    due_html,
    findings_html,
    sentences_html,
)
from followkit.history._redraw import ChartRedrawer, png_bytes
from followkit.history._report import (
    chart_pngs,
    default_report_path,
    log_banner,
    render_html_report,
    report_html,
)
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
    "SEVERITY_ICONS",
    "ChartRedrawer",
    "ChartText",
    "HistoryFilter",
    "HistoryView",
    "HoursToSendChart",
    "JudgedCoverage",
    "Judging",
    "LogChoice",
    "OnTimeByMonthChart",
    "ResponseByStatusChart",
    "advice_html",
    "apply_filter",
    "banner_html",
    "chart_pngs",
    "chart_texts",
    "choose_log",
    "default_report_path",
    "due_html",
    "figure_html",
    "filter_choices",
    "findings_advice",
    "findings_html",
    "history_sentences",
    "history_view",
    "hours_to_send_chart",
    "judge_coverage",
    "judging",
    "log_banner",
    "log_problem",
    "median_text",
    "on_time_by_month_chart",
    "png_bytes",
    "render_html_report",
    "report_html",
    "response_by_status_chart",
    "sentences_html",
    "table_html",
]
