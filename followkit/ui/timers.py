"""Debounced calls and a periodic tick on the kernel's event loop.

In a running kernel (JupyterLab, Voilà) the calls are scheduled on its asyncio loop; with no
running loop (a plain test, a script) or a zero delay they run at once, so tests need no
sleeping.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

__all__ = ["Debounced", "Ticker"]


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class Debounced:
    """Call ``function()`` once, ``delay`` seconds after the last of a burst of calls."""

    def __init__(self, function: Callable[[], None], delay: float) -> None:
        self.function = function
        self.delay = delay
        self._handle: asyncio.TimerHandle | None = None

    def __call__(self) -> None:
        """Ask for a call: it happens ``delay`` seconds after the last request."""
        loop = _running_loop()
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self.delay <= 0 or loop is None:
            self.function()
        else:
            self._handle = loop.call_later(self.delay, self._fire)

    def _fire(self) -> None:
        self._handle = None
        self.function()

    def flush(self) -> None:
        """Run a waiting call now."""
        if self._handle is not None:
            self._handle.cancel()
            self._fire()


class Ticker:
    """Call ``function()`` every ``seconds`` while a loop runs (the countdown); stop() ends it."""

    def __init__(self, function: Callable[[], None], seconds: float) -> None:
        self.function = function
        self.seconds = seconds
        self._handle: asyncio.TimerHandle | None = None
        self._loop = _running_loop()
        if self._loop is not None:
            self._handle = self._loop.call_later(seconds, self._tick)

    def _tick(self) -> None:
        try:
            self.function()
        finally:
            if self._loop is not None and not self._loop.is_closed():
                self._handle = self._loop.call_later(self.seconds, self._tick)

    def stop(self) -> None:
        """Stop ticking."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._loop = None
