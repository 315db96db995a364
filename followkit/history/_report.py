"""``python -m followkit report [LOG] --html [OUT.html]``: the history notebook, as one page.

Built straight from the pieces the history notebook shows (:mod:`followkit.history._html`,
:func:`chart_pngs`), so both say the same sentences and show the same charts and due list:
no kernel, no notebook file (it works from an installed wheel), no script, a small inline
style sheet, the charts embedded as PNG data. Written atomically.
"""

from __future__ import annotations

import io
from datetime import datetime
from html import escape
from pathlib import Path

from followkit._atomic import write_atomic
from followkit.errors import ReportError

__all__ = ["REPORT_FILE", "chart_pngs", "default_report_path", "log_banner",
           "render_html_report", "report_html"]

#: The report's file name in the exports folder.
REPORT_FILE = "followup-report.html"
_ROOT = Path(__file__).resolve().parents[2]

#: The notebook's section headings and their lead sentences, in its order.
SECTIONS = {
    "sentences": ("In a few sentences", ""),
    "charts": ("Charts", "How soon each follow-up went out (the guide: within 24 hours; an "
               "email not before an hour has passed), the on-time share by month, and how "
               "often each kind got an answer."),
    "due": ("Still due", "Follow-ups not yet sent whose window is still open, soonest "
            "deadline first."),
    "findings": ("One message to each person", "The guide asks for a single message to each "
                 "person who interviewed you."),
}
_STYLE = """<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
max-width:60em;margin:2em auto;padding:0 1em;color:#1f2933;line-height:1.45}
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #d9e2ec}
img{max-width:100%;height:auto;display:block;margin:0.6em 0}
summary{cursor:pointer;padding:4px 0}caption{text-align:left;font-weight:bold}
td,th{border:1px solid #767676;padding:2px 8px}
table{border-collapse:collapse}th{text-align:left}blockquote{color:#52606d;margin:0.4em 1em}
@media print{body{margin:0}h2{break-after:avoid}img{break-inside:avoid}}
</style>"""


def default_report_path() -> Path:
    """``exports/followup-report.html`` in the checkout followkit runs from, else the cwd's."""
    in_checkout = (_ROOT / "pyproject.toml").is_file() and (_ROOT / "followkit").is_dir()
    return (_ROOT if in_checkout else Path.cwd()) / "exports" / REPORT_FILE


def chart_pngs(rows, numbers: dict | None = None) -> list[bytes]:
    """The three history charts for ``rows``, each drawn whole, as PNGs (none if none sent).

    ``numbers``: :func:`~followkit.log._analysis.summary` of ``rows`` if already at hand.
    No pyplot; figures are not kept.
    """
    from followkit.history._charts import (
        hours_to_send_chart,
        on_time_by_month_chart,
        response_by_status_chart,
    )

    if not bool(rows["hours_to_send"].notna().any()):
        return []
    pngs = []
    for figure in (hours_to_send_chart(rows), on_time_by_month_chart(rows),
                   response_by_status_chart(rows, numbers)):
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=100, pil_kwargs={"compress_level": 1})
        pngs.append(buffer.getvalue())
    return pngs


def _figures(rows, numbers) -> str:
    """Each chart with its alternative text and its "Show as table", as the notebook shows it."""
    from followkit.history._chart_text import chart_texts, figure_html

    pngs = chart_pngs(rows, numbers)
    return "".join(figure_html(png, text) for png, text in
                   zip(pngs, chart_texts(rows, numbers) if pngs else [], strict=True))


def log_banner(path, is_sample: bool, note: str | None, count: int, as_of: str) -> str:
    """Where the figures come from: the sample (with its frozen date) or your log, as of when."""
    from followkit.history._html import banner_html

    if is_sample:
        return banner_html("Sample data.", f"{note} Its figures are not your follow-ups: save "
                           "your own log as data/followups.csv (or set FOLLOWKIT_LOG) to see "
                           "yours.", "sample")
    return banner_html("Your log:", f"{path} — {count} follow-ups, judged as of {as_of}.",
                       "info")


def report_html(log, now: datetime, *, path, is_sample: bool = False,
                note: str | None = None, view=None) -> str:
    """The whole report page for ``log`` (a read log) judged at ``now``.

    ``view``: :func:`~followkit.history._view.history_view` of the whole log at ``now``, if
    already at hand (the command line judged it for its text).
    """
    from followkit.history._findings import findings_advice
    from followkit.history._html import advice_html, due_html, sentences_html
    from followkit.history._view import history_view
    from followkit.log._analysis import timeliness
    from followkit.log._rows import reading_zone
    from followkit.timetext import local_date_time

    if view is None:
        view = history_view(timeliness(log, now), now)
    as_of = local_date_time(now, reading_zone(log), year=True)
    images = _figures(view.rows, view.numbers) or (
        "<p>No follow-up was sent yet, so there is nothing to chart.</p>")
    body = {"sentences": sentences_html(view.sentences), "charts": images,
            "due": due_html(view.pending),
            "findings": advice_html(findings_advice(view.findings))}
    sections = "".join(
        f'<section class="fk-{key}"><h2>{escape(title)}</h2>'
        f"{f'<p>{escape(lead)}</p>' if lead else ''}{body[key]}</section>"
        for key, (title, lead) in SECTIONS.items())
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Your follow-ups, as of {escape(as_of)}</title>{_STYLE}</head><body>"
            f"<h1>Looking back at your follow-ups</h1>"
            f"{log_banner(path, is_sample, note, len(view.rows), as_of)}"
            f"<p>This report covers the whole log.</p>{sections}</body></html>\n")


def render_html_report(log_path, out_path, *, now: datetime | None, tz=None,
                       log=None, view=None) -> Path:
    """Write the report for ``log_path`` as of ``now`` to ``out_path``; return its path.

    The sample log is named as such with its frozen date (``now`` None: the sample's, else
    the real now). ``log``: the log already read (in ``tz``), to skip reading it again;
    ``view``: its :func:`~followkit.history._view.history_view` at ``now``, to skip judging
    it again.
    The file is written atomically; on any failure the old ``out_path`` stays as it was.
    """
    import warnings

    from followkit.history._view import choose_log, judging
    from followkit.log._store import read_log

    choice = choose_log(log_path)
    judged = judging(choice, now, tz)
    if log is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            log = read_log(choice.path, tz=judged.tz)
    html = report_html(log, judged.now, path=choice.path, is_sample=choice.is_sample,
                       note=judged.note, view=view)
    out_path = Path(out_path)
    try:
        return write_atomic(out_path, html)
    except OSError as exc:
        raise ReportError(f"cannot write {out_path} ({exc.strerror}); choose a folder "
                          "you can write to.") from None
