"""The letters panel: one tab per interviewer with the letter, its findings and its exports.

Views only: each exposes ``.widget``; what the controls do comes in as callbacks
(:class:`TabCallbacks`), and what an action did comes back as a
:class:`~followkit.model.Status` to show (:meth:`LetterTab.show_status`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from followkit.model import Status
from followkit.ui.a11y import live, spoken
from followkit.ui.fields import note
from followkit.ui.status import status_html

__all__ = ["EXPORT_BUTTONS", "LetterTab", "LettersPanel", "TabCallbacks"]

#: The export buttons of a tab: (what, label, icon).
EXPORT_BUTTONS = (("eml", "Save .eml draft", "envelope"), ("mailto", "Email link", "link"),
                  ("ics", "Reminder .ics", "calendar"), ("card", "Printable card", "print"))


@dataclass(frozen=True)
class TabCallbacks:
    """What a letter tab's controls call, each with the tab's key (the interviewer row's)."""

    #: The person typed in the letter: ``on_edit(key, text)``.
    on_edit: Callable[[int, str], None]
    #: "Use the updated letter": ``on_accept(key)``.
    on_accept: Callable[[int], None]
    #: "Keep my edits": ``on_dismiss(key)``.
    on_dismiss: Callable[[int], None]
    #: An export button: ``on_export(key, kind)`` with kind eml, mailto, ics or card.
    on_export: Callable[[int, str], None]
    #: "Mark as sent": ``on_sent(key)``.
    on_sent: Callable[[int], None]


class LetterTab:
    """One interviewer's letter: an editable text area and what the coach says about it."""

    def __init__(self, key: int, callbacks: TabCallbacks) -> None:
        import ipywidgets as w

        self.key = key
        self._quiet = False
        self.text = w.Textarea(continuous_update=True,
                               layout=w.Layout(width="100%", height="380px"))
        self.text.add_class("fk-letter")
        self.text.observe(self._typed, names="value")
        self._callbacks = callbacks
        self._pending = None
        self.findings = w.HTML("")
        self.findings.add_class("fk-findings-box")
        self.advice = w.HTML("")
        self.window = w.HTML("")
        self.window.add_class("fk-window-box")
        #: The countdown as a screen reader hears it: changed only when there is news.
        self.announce = w.HTML("")
        self.announce.add_class("fk-window-announce")
        self.buttons = {}
        for kind, label, icon in EXPORT_BUTTONS:
            button = w.Button(description=label, icon=icon, layout=w.Layout(width="auto"))
            button.add_class(f"fk-export-{kind}")
            button.on_click(lambda _b, kind=kind: callbacks.on_export(key, kind))
            self.buttons[kind] = button
        self.sent = w.Button(description="Mark as sent", icon="check",
                             layout=w.Layout(width="auto"))
        self.sent.add_class("fk-mark-sent")
        self.sent.on_click(lambda _b: callbacks.on_sent(key))
        self.status = w.HTML("")
        self.status.add_class("fk-export-status")
        self.widget = w.VBox([
            self.text, self.findings, self.advice, self.window, self.announce,
            w.HBox([*self.buttons.values(), self.sent], layout=w.Layout(flex_flow="row wrap")),
            self.status,
        ])

    def _typed(self, change) -> None:
        if not self._quiet:
            self._callbacks.on_edit(self.key, change["new"])

    def show_text(self, text: str) -> None:
        """Put ``text`` in the text area without counting it as the person's edit."""
        if self.text.value != text:
            self._quiet = True
            try:
                self.text.value = text
            finally:
                self._quiet = False

    @property
    def pending(self):
        """The offer to replace an edited letter, made the first time it is needed."""
        if self._pending is None:
            import ipywidgets as w

            self.pending_note = w.HTML("")
            self.accept = w.Button(description="Use the updated letter", icon="refresh",
                                   layout=w.Layout(width="auto"))
            self.accept.add_class("fk-accept")
            self.dismiss = w.Button(description="Keep my edits", layout=w.Layout(width="auto"))
            self.dismiss.add_class("fk-dismiss")
            self.accept.on_click(lambda _b: self._callbacks.on_accept(self.key))
            self.dismiss.on_click(lambda _b: self._callbacks.on_dismiss(self.key))
            self._pending = w.VBox([self.pending_note, w.HBox([self.accept, self.dismiss])],
                                   layout=w.Layout(display="none"))
            self.widget.children = (self._pending, *self.widget.children)
        return self._pending

    def show_pending(self, name: str | None) -> None:
        """Offer the updated letter for ``name`` (None: hide the offer)."""
        if name is None:
            if self._pending is not None:
                self._pending.layout.display = "none"
            return
        offer = self.pending
        self.pending_note.value = note(
            f"You edited this letter, and the form has changed since. Replace your text with "
            f"the letter written from the form for {name}, or keep your edits?", "fk-pending")
        offer.layout.display = None

    def show_status(self, status: Status | None) -> None:
        """The line under the buttons (a live region): what was saved where, or what went wrong."""
        self.status.value = status_html(status)

    def show_findings(self, html: str) -> None:
        """The checker's findings (read out when they change: "Ready to send", a rule's advice)."""
        self.findings.value = live(html) if html else ""

    def say(self, text: str) -> None:
        """Read ``text`` out (polite), without showing it: the countdown's news."""
        self.announce.value = spoken(text)


class LettersPanel:
    """The tabs, and what sits under them (saving to the log, messages for the whole form)."""

    def __init__(self, callbacks: TabCallbacks, on_save: Callable[[], None]) -> None:
        import ipywidgets as w

        self._callbacks = callbacks
        self.tabs: dict[int, LetterTab] = {}
        self.tab = w.Tab(children=[], layout=w.Layout(display="none"))
        self.tab.add_class("fk-tabs")
        self.message = w.HTML(note("Fill in the form on the left: your letters appear here."))
        self.message.add_class("fk-letters-message")
        self.save = w.Button(description="Save to my log", icon="save",
                             layout=w.Layout(width="auto", display="none"))
        self.save.add_class("fk-save-log")
        self.save.on_click(lambda _b: on_save())
        self.log_status = w.HTML("")
        self.log_status.add_class("fk-log-status")
        self.widget = w.VBox([w.HTML('<h3 class="fk-title">Your letters</h3>'), self.message,
                           self.tab, w.HBox([self.save]), self.log_status],
                          layout=w.Layout(width="100%"))

    def set_keys(self, keys: list[int]) -> list[LetterTab]:
        """One tab per key, in order; tabs of keys that went away are dropped."""
        self.tabs = {key: self.tabs.get(key) or LetterTab(key, self._callbacks) for key in keys}
        children = tuple(tab.widget for tab in self.tabs.values())
        if tuple(self.tab.children) != children:
            self.tab.children = children
        shown = None if children else "none"
        if self.tab.layout.display != shown:
            self.tab.layout.display = self.save.layout.display = shown
        return list(self.tabs.values())

    def set_titles(self, titles: list[str]) -> None:
        """Tab titles (plain text: the tab bar never renders them as HTML)."""
        if tuple(self.tab.titles) != tuple(titles):
            self.tab.titles = tuple(titles)

    def show_messages(self, lines: list[tuple[str, str]]) -> None:
        """Several lines over the tabs, each ``(text, css class)``."""
        self.message.value = "".join(note(text, css) for text, css in lines)

    def show_message(self, text: str, css: str = "fk-note") -> None:
        """A message over the tabs (empty text hides it)."""
        self.message.value = note(text, css) if text else ""

    def show_log_status(self, status: Status | None) -> None:
        """What happened when saving to the log."""
        self.log_status.value = status_html(status)
