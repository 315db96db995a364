"""One notebook cell's part of a screen that spans several cells (the workshop, the room).

A screen whose parts sit in different cells returns one view per cell; a part with no class
of its own (a list of quiz questions, the room's controls) is a :class:`Section`. Every view
exposes ``.widget``, the container the cell shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Section"]


@dataclass(frozen=True)
class Section:
    """``widget`` is what the cell shows; ``items`` are the views in it (the questions…)."""

    widget: Any
    items: list = field(default_factory=list)
