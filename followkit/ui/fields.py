"""A labelled form field with its own message line, and the page's small style sheet.

Everything a person typed is shown through :func:`escaped` (or as a widget value), never as
raw HTML.
"""

from __future__ import annotations

import html
from typing import Any

__all__ = ["STYLE", "Field", "escaped", "note"]

#: CSS for the coaching screen, shown once in an HTML widget (class names start with fk-).
STYLE = """<style>
.fk-app { font-size: 14px; color: #1f2933; }
.fk-title { font-weight: 600; font-size: 15px; margin: 2px 0 6px; }
.fk-label { color: #3e4c59; }
.fk-error { color: #b42318; font-size: 12.5px; line-height: 1.3; margin: -2px 0 4px 132px; }
.fk-error-note { color: #b42318; line-height: 1.35; }
.fk-row-error { color: #b42318; font-size: 12.5px; margin: 0 0 4px 4px; }
.fk-note { color: #52606d; font-size: 12.5px; line-height: 1.35; }
.fk-person { border: 1px solid #d9e2ec; border-radius: 6px; padding: 4px 6px; margin: 3px 0; }
.fk-findings ul { list-style: none; padding-left: 0; margin: 4px 0; }
.fk-findings li { margin: 3px 0; line-height: 1.35; }
.fk-sev { display: inline-block; min-width: 64px; font-weight: 600; }
.fk-sev-error { color: #b42318; } .fk-sev-warning { color: #b54708; }
.fk-sev-info { color: #175cd3; } .fk-ok { color: #067647; font-weight: 600; }
.fk-why { color: #52606d; font-size: 12px; }
.fk-form-notes { list-style: none; padding-left: 0; margin: 0 0 4px 132px; font-size: 12.5px; }
.fk-person .fk-form-notes { margin-left: 4px; }
.fk-form-notes li { margin: 2px 0; line-height: 1.35; }
.fk-form-notes .fk-sev { min-width: 0; margin-right: 4px; }
.fk-rewrite { font-style: italic; }
.fk-marks-title { line-height: 1.35; margin: 4px 0 0 4px; }
.fk-window { background: #f0f4f8; border-radius: 6px; padding: 6px 10px; line-height: 1.4; }
.fk-advice { background: #fffaeb; border-radius: 6px; padding: 6px 10px; line-height: 1.4; }
.fk-pending { background: #eff8ff; border-radius: 6px; padding: 6px 10px; }
.fk-letter textarea { font-family: Georgia, "DejaVu Serif", serif; font-size: 14px;
                      line-height: 1.45; }
.fk-download { font-weight: 600; }
.fk-warning-note { color: #8a4b00; }
.celltag_notebook-only { display: none; }
</style>"""
# The last rule: as an app (Voilà) the notebook's cells tagged "notebook-only", which speak of
# JupyterLab's menus and code cells, are hidden (nbconvert names a tag's cells celltag_<tag>).


def escaped(text: object) -> str:
    """``text`` safe to put inside HTML: ``<img …>`` shows as the characters typed."""
    return html.escape(str(text), quote=True)


def note(text: str, css: str = "fk-note") -> str:
    """A line of plain text as an HTML paragraph with ``css`` class, escaped."""
    return f'<div class="{css}">{escaped(text)}</div>'


class Field:
    """A widget with its label (the widget's own description) and a message line under it.

    ``box`` is what goes on screen; :meth:`show_error` fills or clears the message. For a
    row of several widgets, pass the row as ``widget`` and label its first widget yourself.
    """

    def __init__(self, label: str, widget, *, label_width: str = "125px") -> None:
        import ipywidgets as w

        self.label = label
        self.widget = widget
        self._message = None
        #: The line coaching the field's notes (an HTML widget), once there was something.
        self.notes: Any = None  # an ipywidgets HTML once there is something to say
        if not isinstance(widget, w.Box):
            widget.description = label
            widget.style.description_width = label_width
            widget.layout.width = "auto"
        self.box = w.VBox([widget])

    @property
    def message(self):
        """The message line (an HTML widget), made the first time it is needed."""
        if self._message is None:
            import ipywidgets as w

            self._message = w.HTML("", layout=w.Layout(display="none"))
            self.box.children = (*self.box.children, self._message)
        return self._message

    def show_notes(self, html: str, *, empty: bool) -> None:
        """Show the coaching of the field's notes under it (``empty``: there is none).

        The line is made the first time there is something to say (most fields never need
        one), then kept, so a screen reader hears when it changes or empties.
        """
        if self.notes is None and empty:
            return
        if self.notes is None:
            import ipywidgets as w

            self.notes = w.HTML("")
            self.notes.add_class("fk-notes")
            self.box.children = (self.widget, self.notes, *self.box.children[1:])
        if self.notes.value != html:
            self.notes.value = html

    def show_error(self, message: str | None) -> None:
        """Show ``message`` under the field in red, or hide the line when None."""
        if message:
            self.message.value = note(message, "fk-error")
            self.message.layout.display = None
        elif self._message is not None:
            self._message.value = ""
            self._message.layout.display = "none"
