"""What every followkit screen shares for people using a keyboard, a screen reader or a pointer.

:data:`STYLE` (one ``<style>`` block for an HTML widget): a focus ring on every control under
``:focus-visible``, radio buttons and checkboxes at least 24 px (WCAG 2.2 target size), tables
with visible cell borders; accordion headers, tabs and coloured buttons at a contrast of
4.5:1 or more in every state. :func:`live` wraps a message in a polite live region, so a
screen reader reads findings and results as they change.
"""

from __future__ import annotations

__all__ = ["STYLE", "live"]

STYLE = """<style>
.widget-radio-box input[type=radio], .widget-checkbox input[type=checkbox] {
  width: 24px; height: 24px; }
.widget-radio-box label { min-height: 28px; }
.jupyter-widgets button:focus-visible, .jupyter-widgets input:focus-visible,
.jupyter-widgets select:focus-visible, .jupyter-widgets textarea:focus-visible,
.widget-tab [role=tab]:focus-visible, .lm-TabBar-tab:focus-visible,
.jupyter-widgets [tabindex]:focus-visible, .jp-Collapse-header:focus-visible {
  outline: 3px solid #1a5fb4 !important; outline-offset: 2px; }
.jupyter-widget-Collapse-header, .jupyter-widget-Collapse-header > span {
  color: #1f1f1f !important; background: #eeeeee; }
.widget-tab .lm-TabBar-tab, .widget-tab .lm-TabBar-tabLabel {
  color: #1f1f1f !important; opacity: 1 !important; }
.widget-tab .lm-TabBar-tab:not(.lm-mod-current) { background: #e8e8e8 !important; }
.jupyter-button.mod-success { background-color: #1e6b24 !important; color: #ffffff !important; }
.jupyter-button.mod-primary { background-color: #0b5cad !important; color: #ffffff !important; }
.fk-chart-table { border-collapse: collapse; margin: 6px 0; }
.fk-chart-table caption { text-align: left; font-weight: bold; padding: 4px 0; }
.fk-chart-table th, .fk-chart-table td { border: 1px solid #767676; padding: 2px 8px;
  text-align: left; }
</style>"""


def live(html: str) -> str:
    """``html`` inside a polite live region (role=status): read out when it changes."""
    return f"<div role='status' aria-live='polite'>{html}</div>"
