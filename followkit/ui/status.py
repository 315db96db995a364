"""What an action reports back to its screen: ok, warning or error, and a sentence."""

from __future__ import annotations

from dataclasses import dataclass

from followkit.ui.fields import escaped

__all__ = ["Status"]

_CSS = {"ok": "fk-note", "warning": "fk-note", "error": "fk-error-note"}
_MARK = {"ok": "✔ ", "warning": "⚠ ", "error": ""}


@dataclass(frozen=True)
class Status:
    """``kind`` is "ok", "warning" or "error"; ``text`` is advice to a person (plain text)."""

    kind: str
    text: str

    @property
    def ok(self) -> bool:
        """True when the action did what was asked."""
        return self.kind == "ok"

    def html(self) -> str:
        """The status as one escaped line for an HTML widget."""
        return f'<div class="{_CSS[self.kind]}">{_MARK[self.kind]}{escaped(self.text)}</div>'
