"""What the letters panel shows, as escaped HTML: findings, the send window, channel advice.

Pure functions of their arguments (no widgets, no clock), so they are tested directly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from followkit.history import SEVERITY_ICONS
from followkit.history import findings_html as shared_findings_html
from followkit.model import Finding, Interview
from followkit.timetext import describe_window, window_state
from followkit.timing import SendWindow
from followkit.ui.a11y import live
from followkit.ui.announce import WINDOW_LEADS
from followkit.ui.fields import escaped

__all__ = ["CHANNEL_CODES", "channel_advice", "findings_html", "form_notes_html", "tab_title",
           "window_html"]

#: Findings about the channel, shown in the advice box rather than in the list.
CHANNEL_CODES = ("FK403", "FK404")
_SHORT = {"phone": "phone call", "text": "text message"}
_GUIDE_ASK = ("“As your interview winds down, ask for the best ways to stay in touch – and "
              "follow-up accordingly.”")


def findings_html(findings: Sequence[Finding], rule_count: int,
                  guide: Mapping[str, str] | None = None) -> str:
    """The checker's findings as a list: severity, code, line, advice, and the guide's reason.

    ``rule_count`` is how many rules ran (to say how many passed); ``guide`` maps a code to
    the guide sentence it comes from, shown under "Why?".
    """
    guide = guide or {}
    shown = [f for f in findings if f.code not in CHANNEL_CODES]
    fired = {f.code for f in findings}
    serious = [f for f in findings if f.severity in ("error", "warning")]
    passed = max(rule_count - len(fired), 0)
    about_channel = any(f.code in CHANNEL_CODES for f in serious)
    if not serious:
        head = f'<div class="fk-ok">✔ Ready to send: {passed} checks pass.</div>'
    else:
        errors = sum(f.severity == "error" for f in serious)
        warnings = len(serious) - errors
        parts = [f"{errors} error{'s' if errors > 1 else ''} to fix" if errors else "",
                 f"{warnings} warning{'s' if warnings > 1 else ''} to look at" if warnings
                 else ""]
        channel = " (how you follow up: see the note below)" if about_channel else ""
        head = (f'<div><b>{", ".join(p for p in parts if p)}</b>{channel} '
                f'<span class="fk-why">({passed} checks pass)</span></div>')
    return f'<div class="fk-findings">{head}{shared_findings_html(shown, guide)}</div>'


#: What a note's finding means for the letter, in words (the colour only repeats it).
_NOTE_LEADS = {"error": "Fix:", "warning": "Check:", "info": "The letter fixes:"}


def _note_lead(finding: Finding) -> tuple[str, str]:
    """(the words before a note's advice, its severity for the colour)."""
    if getattr(finding, "left_out", False):
        return "Left out of the letter:", "warning"
    return _NOTE_LEADS[finding.severity], finding.severity


def form_notes_html(notes: Sequence) -> str:
    """The coaching of one form field's notes, in a polite live region (read out as it changes).

    ``notes`` are :class:`followkit.ui.formnotes.FieldNote`; each line says in words what the
    letter does with the note, the advice, and the suggested rewrite when there is one. No
    notes: an empty live region, ready to announce the first.
    """
    lines = []
    for note in notes:
        finding = note.finding
        lead, severity = _note_lead(finding)
        rewrite = getattr(finding, "suggestion", "")
        shown = (f' <span class="fk-rewrite">Suggested: “{escaped(rewrite)}”.</span>'
                 if rewrite and f"“{rewrite}”" not in finding.message else "")
        lines.append(f'<li class="fk-form-note"><span class="fk-sev fk-sev-{severity}">'
                     f"{escaped(lead)}</span> {escaped(finding.message)}{shown}</li>")
    body = f'<ul class="fk-form-notes">{"".join(lines)}</ul>' if lines else ""
    return live(body)


def window_html(window: SendWindow, now) -> str:
    """The send window sentence with its countdown, and the zone the times are in."""
    state = window_state(window, now)
    lead = WINDOW_LEADS[state]
    zone = getattr(window.ended_at.tzinfo, "key", None) or window.ended_at.tzname()
    return (f'<div class="fk-window fk-window-{state}"><b>{lead}</b> '
            f'{escaped(describe_window(window, now))} '
            f'<span class="fk-why">Times in {escaped(zone)}.</span></div>')


def channel_advice(interview: Interview, channel: str, findings: Sequence[Finding]) -> str:
    """Advice on the way of following up (FK403/FK404 and what was agreed), or ``""``."""
    agreed = interview.agreed_channel
    lines = [f"{SEVERITY_ICONS[f.severity]} {f.message}"
             for f in findings if f.code in CHANNEL_CODES]
    if agreed in ("phone", "text"):
        lines.append(
            f"You agreed to keep in touch by {agreed}. The guide says phone calls or texts "
            "“are not usually encouraged, but this may depend on your correspondence with a "
            f"company so far”: as it was agreed, a short {_SHORT[agreed]} is fine; this written "
            f"{'email' if channel == 'email' else 'note'} thanks them properly.")
    elif agreed is None:
        lines.append("Nothing was agreed about staying in touch, so email or a handwritten "
                     f"note is the safe choice. Next time: {_GUIDE_ASK}")
    if not lines:
        return ""
    return '<div class="fk-advice">' + "<br>".join(escaped(line) for line in lines) + "</div>"


def tab_title(name: str, findings: Sequence[Finding], edited: bool) -> str:
    """The tab's name in words: whose letter, and its state.

    ``"Letter to Dana Rivera, ready to send"``, ``"Letter to Omar Haddad, 1 error and 2
    warnings ⚠"``; ``", edited by you ✎"`` when the person edited it. The marks only repeat
    the words, so a screen reader (which reads the tab's name) misses nothing.
    """
    errors = sum(f.severity == "error" for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)
    parts = [f"{errors} error{'s' if errors != 1 else ''}" if errors else "",
             f"{warnings} warning{'s' if warnings != 1 else ''}" if warnings else ""]
    state = " and ".join(p for p in parts if p) + " ⚠" if errors or warnings else "ready to send"
    return (f"Letter to {name or 'a new interviewer'}, {state}"
            f"{', edited by you ✎' if edited else ''}")
