"""The history screen's charts: framed once on the whole log, redrawn per filter, cached.

When the screen opens, each chart's frame (axes, months, channels, legend, titles) is drawn
once from the whole log; a filter change then redraws only the data on top of it
(:class:`~followkit.history.ChartRedrawer`), in line with the sentences, so both change
together. A filter seen recently shows its charts straight from a small cache of PNGs. The
printed report draws each chart whole (:func:`chart_pngs`). Each image carries its
alternative text with its numbers and a "Show as table" disclosure, in the same words as the
HTML report (:func:`followkit.history.chart_texts`).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    from followkit.history import ChartRedrawer

from followkit.history import chart_pngs, chart_texts, figure_html

__all__ = ["ChartBox", "chart_pngs"]

_CACHE_SIZE = 8
_NOTHING = "<p>No follow-up was sent in these rows, so there is nothing to chart.</p>"


def _any_sent(rows) -> bool:
    return bool(rows["hours_to_send"].notna().any())


class ChartBox:
    """Fills an ``ipywidgets.VBox`` with the charts for the rows a filter keeps.

    ``t``: the whole log's :func:`~followkit.log.timeliness` frame; the charts' axes
    are fixed by it, so every filter is drawn on the same axes. The box keeps three HTML
    widgets (image, alternative text, table) and changes their content; each PNG is encoded
    on a helper thread while the next chart is drawn. ``pngs`` are the PNGs shown.
    """

    def __init__(self, box, t) -> None:
        self.box, self.t = box, t
        self._cache: OrderedDict = OrderedDict()  # filter -> (its three PNGs or none, words)
        # made on the first filter that has something to chart
        self._redrawers: list[ChartRedrawer] | None = None
        self._images: list | None = None
        self.pngs: list[bytes] = []
        self._encoder: ThreadPoolExecutor | None = None

    def show(self, key, rows, numbers: dict | None = None) -> None:
        """Show the charts for ``rows`` (``key``: a hashable filter naming them)."""
        import ipywidgets as w

        shown = self._cache.get(key)
        if shown is None:
            try:
                pngs = self._draw(rows, numbers) if _any_sent(rows) else []
                shown = (pngs, chart_texts(rows, numbers) if pngs else [])
            except Exception as exc:  # said to the person, never a traceback
                self.box.children = [w.HTML(
                    f"<p>The charts could not be drawn ({type(exc).__name__}: {exc}); "
                    "the sentences and lists above are not affected.</p>")]
                return
            self._cache[key] = shown
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        self._cache.move_to_end(key)
        self._put(*shown)

    def _draw(self, rows, numbers) -> list[bytes]:
        from concurrent.futures import ThreadPoolExecutor

        if self._encoder is None:
            self._encoder = ThreadPoolExecutor(1, thread_name_prefix="followkit-png")
        encoded = []
        for redrawer in self._charts():
            redrawer.draw(rows, numbers)
            encoded.append(self._encoder.submit(redrawer.encode))
        return [future.result() for future in encoded]

    def _put(self, pngs: list[bytes], texts: list) -> None:
        import ipywidgets as w

        self.pngs = pngs
        if not pngs:
            self.box.children = [w.HTML(_NOTHING)]
            return
        if self._images is None:
            self._images = [w.HTML(layout=w.Layout(max_width="100%")) for _png in pngs]
        for image, png, text in zip(self._images, pngs, texts, strict=True):
            image.value = figure_html(png, text, _width(png))
        if list(self.box.children) != self._images:
            self.box.children = self._images

    def _charts(self) -> list:
        from followkit.history import (
            ChartRedrawer,
            HoursToSendChart,
            OnTimeByMonthChart,
            ResponseByStatusChart,
        )

        if self._redrawers is None:
            self._redrawers = [ChartRedrawer(chart(self.t)) for chart in (
                HoursToSendChart, OnTimeByMonthChart, ResponseByStatusChart)]
        return self._redrawers


def _width(png: bytes) -> int:
    """The PNG's own pixel width (header bytes 16-20): the image is shown at it, never wider."""
    return int.from_bytes(png[16:20], "big")
