"""The "Your interviews" bar over the coaching screen: pick one to go back to, or start anew.

A view only: the list and its states come from :func:`followkit.log.interview_states`; the
callbacks ``on_pick(entry_id)`` and ``on_new()`` are passed in. ``.widget`` is what shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from followkit.ui.fields import note

__all__ = ["UNSAVED", "InterviewsView"]

#: The picker's value for a form that is not kept yet (an example, or a new empty form).
UNSAVED = ""


class InterviewsView:
    """A drop-down of every interview kept (newest first, with its state) and "New interview"."""

    def __init__(self, on_pick: Callable[[str], None], on_new: Callable[[], None]) -> None:
        import ipywidgets as w

        self._on_pick = on_pick
        self._quiet = False
        self.picker = w.Dropdown(options=[("This form (not kept yet)", UNSAVED)],
                                 value=UNSAVED, description="Your interviews",
                                 style={"description_width": "110px"},
                                 layout=w.Layout(flex="1 1 auto", width="auto",
                                                 min_width="300px", max_width="760px"))
        self.picker.add_class("fk-interviews")
        self.picker.observe(self._picked, names="value")
        self.new = w.Button(description="New interview", icon="plus",
                            tooltip="Start an empty form; this one stays in the list",
                            layout=w.Layout(width="auto", flex="0 0 auto"))
        self.new.add_class("fk-new-interview")
        self.new.on_click(lambda _b: on_new())
        self.note = w.HTML("")
        self.note.add_class("fk-interviews-note")
        self.widget = w.VBox([w.HBox([self.picker, self.new],
                                     layout=w.Layout(flex_flow="row wrap", grid_gap="8px")),
                              self.note])
        self.widget.add_class("fk-interviews-bar")

    def _picked(self, change) -> None:
        if not self._quiet and change["new"] != UNSAVED:
            self._on_pick(change["new"])

    def show(self, states: Sequence, current: str | None) -> None:
        """List ``states`` (each with ``.id`` and ``.label``); select ``current``."""
        options = [(state.label, state.id) for state in states]
        if not current or current not in {state.id for state in states}:
            options.insert(0, ("This form (not kept yet: it is kept once you type)", UNSAVED))
            current = UNSAVED
        self._quiet = True
        try:
            if list(self.picker.options) != options:
                self.picker.options = options
            self.picker.value = current
        finally:
            self._quiet = False

    def show_note(self, text: str, css: str = "fk-note") -> None:
        """A line under the picker (the example's notice, where work is kept, a problem)."""
        self.note.value = note(text, css) if text else ""
