"""Small HTML pieces of the history notebook, its printed report and every findings list.

Shared by the widgets (:mod:`followkit.ui`) and the static report so all read the same;
plain strings with every value escaped, no ipywidgets, no pandas styling.
:func:`findings_html` and :data:`SEVERITY_ICONS` are the one way a list of findings is shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from followkit.log._rows import row_zone
from followkit.model import Finding
from followkit.timetext import local_date_time

__all__ = [
    "SEVERITY_ICONS",
    "advice_html",
    "banner_html",
    "due_html",
    "findings_html",
    "sentences_html",
]

#: One icon per severity, wherever a finding is shown.
SEVERITY_ICONS = {"error": "✖", "warning": "⚠", "info": "ℹ"}

_BANNER_STYLES = {
    "sample": "background:#fff4e6;border-left:6px solid #d9822b",
    "error": "background:#fff5f5;border-left:6px solid #c92a2a",
    "info": "background:#e7f5ff;border-left:6px solid #1c7ed6",
}


def banner_html(title: str, text: str, kind: str = "info") -> str:
    """A boxed notice: ``kind`` is "sample" (orange), "error" (red) or "info" (blue)."""
    return (f'<div class="fk-banner fk-banner-{kind}" style="{_BANNER_STYLES[kind]};'
            f'padding:0.6em 1em;margin:0.4em 0"><strong>{escape(title)}</strong> '
            f"{escape(text)}</div>")


def sentences_html(sentences: list[str]) -> str:
    """The opening sentences as a short list, large enough to read first."""
    items = "".join(f"<li>{escape(s)}</li>" for s in sentences)
    return f'<ul class="fk-sentences" style="font-size:1.1em;line-height:1.6">{items}</ul>'


def due_html(pending) -> str:
    """The due list as a table, soonest deadline first: who, where, how, from, by, time left.

    Times are in each interview's own zone, with its letters ("Fri 30 Oct 4 pm CDT").
    """
    if not len(pending):
        return "<p class='fk-due'>Nothing is due: every open follow-up has been sent.</p>"
    head = ("<tr><th>Send to</th><th>Company</th><th>Channel</th><th>From</th>"
            "<th>Deadline</th><th>Time left</th></tr>")
    rows = "".join(
        f"<tr><td>{escape(str(p.interviewer))}</td><td>{escape(str(p.company))}</td>"
        f"<td>{escape(str(p.channel))}</td>"
        f"<td>{escape(local_date_time(p.send_from, row_zone(p)))}</td>"
        f"<td><strong>{escape(local_date_time(p.deadline, row_zone(p)))}</strong></td>"
        f"<td>{escape(p.time_left_text)}</td></tr>"
        for p in pending.itertuples(index=False))
    style = "<style>table.fk-due td, table.fk-due th {padding: 0.2em 0.9em}</style>"
    return f'{style}<table class="fk-due">{head}{rows}</table>'


def findings_html(findings: Sequence[Finding], guide: Mapping[str, str] | None = None) -> str:
    """Findings as a list a person reads: icon and severity, code, line, advice, and why.

    "Why?" opens the guide sentence behind the rule: ``guide`` maps a code to it (default:
    the guide section the finding names). An empty list gives an empty ``<ul>``.
    """
    items = []
    for f in findings:
        where = f"line {f.line}" if f.line else "whole letter"
        reason = (guide or {}).get(f.code) or f.source
        why = (f'<details class="fk-why"><summary>Why? ({escape(f.source)})</summary>'
               f"“{escape(reason)}”</details>") if reason else ""
        items.append(
            f'<li><span class="fk-sev fk-sev-{escape(f.severity)}">'
            f"{SEVERITY_ICONS[f.severity]} {escape(f.severity)}</span> <b>{escape(f.code)}</b> "
            f"{where}: {escape(f.message)} <span class='fk-rule'>({escape(f.name)})</span>"
            f"{why}</li>")
    return f'<ul class="fk-findings-list">{"".join(items)}</ul>'


def advice_html(advice: list[dict], limit: int = 20) -> str:
    """FK501/FK502 as advice: heading, the guide's words, what to do, then the cases.

    At most ``limit`` cases per code are listed, with how many more there are.
    """
    if not advice:
        return ("<p class='fk-findings'>No findings: every interviewer got exactly one "
                "follow-up.</p>")
    parts = []
    for item in advice:
        cases = "".join(f"<li>{escape(m)}</li>" for m in item["messages"][:limit])
        more = len(item["messages"]) - limit
        tail = f"<li>… and {more} more.</li>" if more > 0 else ""
        parts.append(
            f"<h4>{escape(item['code'])} · {escape(item['heading'])}</h4>"
            f"<blockquote>“{escape(item['guide'])}”</blockquote>"
            f"<p>{escape(item['advice'])}</p><ul>{cases}{tail}</ul>")
    return f'<div class="fk-findings">{"".join(parts)}</div>'
