"""The history screen's charts: PNGs drawn off the kernel's thread, cached per filter.

When a filter changes, the sentences, due list and findings show at once; the three charts
are drawn on one background thread (when a Jupyter kernel runs) and replace the old ones one
by one, under a note saying they are being drawn. A filter seen recently shows its charts
straight from a small cache. Without a kernel (tests, scripts) charts are drawn in line.
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict

__all__ = ["ChartBox", "chart_pngs", "iter_chart_pngs", "running_in_kernel"]

_CACHE_SIZE = 8
_NOTHING = "<p>No follow-up was sent in these rows, so there is nothing to chart.</p>"
_DRAWING = "<p class='fk-drawing'><em>Drawing the charts for these filters…</em></p>"


def iter_chart_pngs(rows, numbers: dict | None = None):
    """The three charts of :mod:`followkit.charts` for ``rows``, as PNG bytes, one by one.

    ``numbers``: :func:`~followkit.analysis.summary` of ``rows`` if already at hand. Nothing
    is yielded when no follow-up in ``rows`` was sent. PNGs are compressed lightly (zlib
    level 1): a little bigger, faster to write. No pyplot; figures are not kept.
    """
    from followkit.charts import (
        hours_to_send_chart,
        on_time_by_month_chart,
        response_by_status_chart,
    )

    if not rows["hours_to_send"].notna().any():
        return
    for chart in (hours_to_send_chart, on_time_by_month_chart,
                  lambda r: response_by_status_chart(r, numbers)):
        buffer = io.BytesIO()
        chart(rows).savefig(buffer, format="png", dpi=100, pil_kwargs={"compress_level": 1})
        yield buffer.getvalue()


def chart_pngs(rows, numbers: dict | None = None) -> list[bytes]:
    """All of :func:`iter_chart_pngs` as a list (empty when nothing was sent)."""
    return list(iter_chart_pngs(rows, numbers))


def running_in_kernel() -> bool:
    """Whether a Jupyter kernel runs this code (so widgets can be updated later)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    return getattr(get_ipython(), "kernel", None) is not None


class ChartBox:
    """Fills an ``ipywidgets.VBox`` with the charts for the rows a filter keeps.

    ``background``: draw on a worker thread so :meth:`show` returns at once. Only the
    latest :meth:`show` is drawn to the end; an older drawing stops at its next chart.
    """

    def __init__(self, box, *, background: bool) -> None:
        self.box, self.background = box, background
        self._cache: OrderedDict = OrderedDict()  # filter -> the widgets showing its charts
        self._lock = threading.Lock()
        self._generation = 0
        self._executor = None
        self._future = None

    def show(self, key, rows, numbers: dict | None = None) -> None:
        """Show the charts for ``rows`` (``key``: a hashable filter naming them)."""
        import ipywidgets as w

        with self._lock:
            self._generation += 1
            generation = self._generation
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                self.box.children = cached
                return
            old = [c for c in self.box.children if isinstance(c, w.Image)]
            if self.background:
                self.box.children = [w.HTML(_DRAWING), *old]
        if not self.background:
            self._draw(key, rows, numbers, generation, [])
            return
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1,
                                                thread_name_prefix="followkit-charts")
        self._future = self._executor.submit(self._draw, key, rows, numbers, generation, old)

    def wait(self, timeout: float | None = None) -> None:
        """Block until the latest charts are shown (for scripts, tests and benchmarks)."""
        if self._future is not None:
            self._future.result(timeout)

    def _draw(self, key, rows, numbers, generation, old) -> None:
        """Draw each chart; while in the background, swap it in for the old one at once."""
        import ipywidgets as w

        shown = []
        try:
            for png in iter_chart_pngs(rows, numbers):
                image = _image(png)
                with self._lock:
                    if generation != self._generation:
                        return
                    shown.append(image)
                    if self.background:
                        self.box.children = [w.HTML(_DRAWING), *shown, *old[len(shown):]]
        except Exception as exc:  # said to the person, never a traceback
            with self._lock:
                if generation == self._generation:
                    self.box.children = [w.HTML(
                        f"<p>The charts could not be drawn ({type(exc).__name__}: {exc}); "
                        "the sentences and lists above are not affected.</p>")]
            return
        with self._lock:
            if generation != self._generation:
                return
            self.box.children = shown or [w.HTML(_NOTHING)]
            self._cache[key] = self.box.children
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)


def _image(png: bytes):
    """An Image widget at the PNG's own pixel width (header bytes 16-20), never wider."""
    import ipywidgets as w

    return w.Image(value=png, format="png", width=str(int.from_bytes(png[16:20], "big")),
                   layout=w.Layout(max_width="100%", height="auto"))
