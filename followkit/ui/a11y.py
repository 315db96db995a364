"""What every followkit screen shares for people using a keyboard, a screen reader or a pointer.

:data:`STYLE` (one ``<style>`` block for an HTML widget): a focus ring on every control under
``:focus-visible`` (disclosure summaries too), radio buttons and checkboxes at least 24 px
(WCAG 2.2 target size), tables with visible cell borders; accordion headers, tabs and
coloured buttons at a contrast of 4.5:1 or more in every state; letter tabs that wrap to a
second line (and the workshop's rows of a field and its button, and long check-box
labels, wrap too) rather than cut off on a narrow screen or at 200 % zoom; ``fk-sr-only``
text that only a screen reader reads. :func:`live` wraps a message in a polite live region,
so a screen reader reads findings and results as they change; :func:`spoken` says a sentence
without showing it (the countdown's news).
"""

from __future__ import annotations

__all__ = ["STYLE", "live", "spoken"]

STYLE = """<style>
.widget-radio-box input[type=radio], .widget-checkbox input[type=checkbox] {
  width: 24px; height: 24px; }
.widget-radio-box label { min-height: 28px; }
.jupyter-widgets button:focus-visible, .jupyter-widgets input:focus-visible,
.jupyter-widgets select:focus-visible, .jupyter-widgets textarea:focus-visible,
.widget-tab [role=tab]:focus-visible, .lm-TabBar-tab:focus-visible,
.jupyter-widgets [tabindex]:focus-visible, .jp-Collapse-header:focus-visible,
.jupyter-widgets summary:focus-visible, .fk-chart summary:focus-visible {
  outline: 3px solid #1a5fb4 !important; outline-offset: 2px; }
.jupyter-widgets input[type=date]:focus-within, .jupyter-widgets input[type=time]:focus-within,
.jupyter-widgets input[type=datetime-local]:focus-within {
  outline: 3px solid #1a5fb4 !important; outline-offset: 2px; }
.jupyter-widget-Collapse-header, .jupyter-widget-Collapse-header > span {
  color: #1f1f1f !important; background: #eeeeee; }
.widget-tab .lm-TabBar-tab, .widget-tab .lm-TabBar-tabLabel {
  color: #1f1f1f !important; opacity: 1 !important; }
.widget-tab .lm-TabBar-tab:not(.lm-mod-current) { background: #e8e8e8 !important; }
.jupyter-button.mod-success { background-color: #1e6b24 !important; color: #ffffff !important; }
.jupyter-button.mod-primary { background-color: #0b5cad !important; color: #ffffff !important; }
.widget-tab.fk-tabs > .lm-TabBar .lm-TabBar-content { flex-wrap: wrap; }
.widget-tab.fk-tabs > .lm-TabBar .lm-TabBar-tab { flex: 0 1 auto !important; max-width: 100%;
  min-width: 0; height: auto !important; min-height: 28px; }
.widget-tab.fk-tabs > .lm-TabBar .lm-TabBar-tabLabel { white-space: normal;
  overflow-wrap: anywhere; line-height: 1.3; padding: 4px 0; }
.widget-tab.fk-tabs > .lm-TabBar { height: auto !important; min-height: 30px; }
.fk-send-time .widget-hbox, .fk-letter-fixer .widget-hbox { flex-wrap: wrap; gap: 4px 0; }
.fk-send-time .jupyter-button, .fk-letter-fixer .jupyter-button { flex-shrink: 0; }
.fk-send-when, .fk-letter-choice { max-width: 100%; }
.widget-checkbox.fk-share, .widget-checkbox.fk-contact-in-body { height: auto !important;
  max-width: 100%; }
.fk-share .widget-label-basic, .fk-share .widget-label-basic span,
.fk-contact-in-body .widget-label-basic, .fk-contact-in-body .widget-label-basic span {
  white-space: normal !important; overflow: visible !important; }
.fk-sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.fk-chart summary { cursor: pointer; padding: 4px 0; min-height: 24px; }
.fk-chart-table { border-collapse: collapse; margin: 6px 0; }
.fk-chart-table caption { text-align: left; font-weight: bold; padding: 4px 0; }
.fk-chart-table th, .fk-chart-table td { border: 1px solid #767676; padding: 2px 8px;
  text-align: left; }
</style>"""


def live(html: str) -> str:
    """``html`` inside a polite live region (role=status): read out when it changes."""
    return f"<div role='status' aria-live='polite'>{html}</div>"


def spoken(text: str) -> str:
    """Plain ``text`` (escaped) in a polite live region that only a screen reader reads."""
    from html import escape

    return (f"<div class='fk-sr-only' role='status' aria-live='polite'>{escape(text)}</div>"
            if text else "")
