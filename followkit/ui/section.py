"""One notebook cell's part of a screen that spans several cells (workshop, room, history).

A screen whose parts sit in different cells returns one view per cell; a part with no class
of its own (a list of quiz questions, the room's controls, a history section) is a
:class:`Section`. Every view exposes ``.widget``, what the cell shows: a widget, or rich
HTML (``IPython.display.HTML``) for the printed page. The cell ends with ``.widget``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Section"]


@dataclass(frozen=True)
class Section:
    """``widget`` is what the cell shows (a widget, or rich HTML for the printed page).

    ``items`` are the views in it (the questions…; the printed charts, one by one).
    """

    widget: Any
    items: list = field(default_factory=list)
