"""The history notebook's due list with a "Mark as sent" button and an editable time per row.

A view: ``DueRows(on_sent).widget``; :meth:`DueRows.show` lists ``due()``'s rows, and the
button calls ``on_sent(followup_id, text)`` which returns a
:class:`~followkit.ui.status.Status` to show under the row. The time box holds a local time in
the interview's own zone, whose letters stand beside it ("CST", the zone's name on hover) and
follow what is typed (a date across a daylight-saving change says "CDT"). The log keeps the
time in UTC. :func:`parse_sent_time` and :func:`zone_letters` are pure.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from followkit.errors import TimingError
from followkit.timetext import local_date_time, row_zone, to_zone, zone_abbreviation
from followkit.timing import parse_aware
from followkit.ui.fields import escaped
from followkit.ui.status import Status, status_html

__all__ = ["DueRows", "parse_sent_time", "zone_letters"]

_FORMAT = "%Y-%m-%d %H:%M"


def parse_sent_time(text: str, zone) -> datetime:
    """``"2026-10-30 14:05"`` in ``zone`` (or with its own offset) as an aware datetime.

    Raises TimingError with a sentence a person can act on (:func:`~followkit.timing.parse_aware`).
    """
    return parse_aware(text, "sent_at", zone=zone)


def zone_letters(text: str, zone, now: datetime) -> str:
    """The letters of ``zone`` at the local time ``text`` ("CST", "CDT"), as HTML.

    The zone's name shows on hover. Text that is not a time yet gets the letters at ``now``.
    """
    try:
        when = parse_sent_time(text, zone).astimezone(zone)
    except TimingError:
        when = now.astimezone(zone)
    name = getattr(zone, "key", None) or zone_abbreviation(when)
    return (f'<span class="fk-sent-zone" title="{escaped(name)}">'
            f"{escaped(zone_abbreviation(when))}</span>")


class DueRows:
    """One line per follow-up due: who, by when, the time it went out, and the button."""

    def __init__(self, on_sent: Callable[[str, str], Status], *, enabled: bool = True,
                 why_not: str = "") -> None:
        import ipywidgets as w

        self._on_sent = on_sent
        self.enabled = enabled
        self.why_not = why_not
        self.rows: dict[str, dict] = {}
        self.widget = w.VBox([])
        self.widget.add_class("fk-due-rows")

    def show(self, pending, now: datetime) -> None:
        """List ``pending`` (``due()``'s frame); the time box starts at ``now`` in its zone."""
        import ipywidgets as w

        self.rows = {}
        boxes = []
        for p in pending.itertuples(index=False):
            local = to_zone(now, row_zone(p) or p.deadline.tzinfo)
            label = w.HTML(f"<b>{escaped(p.interviewer)}</b> ({escaped(p.company)}, "
                           f"{escaped(p.channel)}): due by "
                           f"{escaped(local_date_time(p.deadline, row_zone(p)))}")
            when = w.Text(value=local.strftime(_FORMAT), description="Sent at",
                          placeholder="YYYY-MM-DD HH:MM", style={"description_width": "56px"},
                          layout=w.Layout(width="210px"), disabled=not self.enabled)
            when.add_class("fk-sent-at")
            letters = w.HTML(zone_letters(when.value, local.tzinfo, now))
            when.observe(lambda change, html=letters, zone=local.tzinfo: setattr(
                html, "value", zone_letters(change["new"], zone, now)), names="value")
            button = w.Button(description="Mark as sent", icon="check",
                              layout=w.Layout(width="auto"), disabled=not self.enabled,
                              tooltip=self.why_not or "Record in your log that it went out")
            button.add_class("fk-due-sent")
            status = w.HTML("")
            button.on_click(lambda _b, fid=p.followup_id: self.click(fid))
            self.rows[p.followup_id] = {"time": when, "zone_letters": letters,
                                        "button": button, "status": status,
                                        "zone": local.tzinfo}
            row = w.VBox([w.HBox([label], layout=w.Layout(width="100%")),
                          w.HBox([when, letters, button]), status])
            row.add_class("fk-due-row")
            boxes.append(row)
        self.widget.children = boxes

    def click(self, followup_id: str) -> Status:
        """Mark one row as sent at the time in its box; show what happened under it."""
        parts = self.rows[followup_id]
        result = self._on_sent(followup_id, parts["time"].value)
        parts["status"].value = status_html(result)
        if followup_id not in self.rows and self.rows:
            # Marked, so no longer due: its row went, and the keyboard's place with it. Move
            # the focus to the next row's time (a keyboard user goes on from there).
            next(iter(self.rows.values()))["time"].focus()
        return result
