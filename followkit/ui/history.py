"""The history notebook's screen: filters that redraw the sentences and charts together.

:func:`open_history` reads the log (or the sample, under a banner; or a LogError as
advice in the banner) and returns a :class:`HistoryScreen`; it displays nothing. Each
notebook cell ends with one section's ``.widget`` (``screen.banner().widget``,
``screen.filters().widget``, ...): what the cell shows, an ipywidgets box, or with
``interactive=False`` (the printed page) rich HTML (``IPython.display.HTML``, the charts as
embedded PNG images) instead of widgets. The logic lives in :mod:`followkit.history`; this
is thin.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import followkit.history as history
from followkit.errors import FollowkitError, LogError
from followkit.history import (
    HistoryView,
    advice_html,
    banner_html,
    due_html,
    log_banner,
    sentences_html,
)
from followkit.log import reading_zone
from followkit.timetext import local_date_time, row_zone
from followkit.timing import parse_aware
from followkit.ui.a11y import STYLE as A11Y_STYLE
from followkit.ui.due_rows import DueRows, parse_sent_time
from followkit.ui.history_charts import ChartBox, chart_pngs
from followkit.ui.section import Section
from followkit.ui.status import Status, saved, status_html

__all__ = ["HistoryScreen", "chart_pngs", "open_history"]

_REMINDERS_FILE = "followups-due.ics"
_ALL = "(all)"


def _now(now) -> datetime:
    if now is None:
        return datetime.now(UTC)
    return parse_aware(now, "now")


def open_history(log_path=None, *, now=None, tz=None, interactive: bool = True,
                 reminders_dir="exports") -> HistoryScreen:
    """Read the log; the screen's :meth:`~HistoryScreen.banner` says where it came from.

    Never raises for a person's mistake, and displays nothing.

    ``log_path`` None: ``$FOLLOWKIT_LOG`` or ``data/followups.csv``, else the sample log
    (judged at its own "now" unless ``now`` is given). ``now``: an aware datetime or ISO
    text (papermill passes text). A LogError becomes a red banner naming row and column, and
    every other section is empty.
    """
    import warnings

    from followkit.log import read_log, timeliness

    choice = history.choose_log(log_path)
    try:
        judged = history.judging(choice, _now(now) if now is not None else None, tz)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            log = read_log(choice.path, tz=judged.tz)
        t = timeliness(log, judged.now)
    except FollowkitError as exc:
        problem = history.log_problem(exc) if isinstance(exc, LogError) else str(exc)
        return HistoryScreen(None, None, interactive=interactive, reminders_dir=reminders_dir,
                             banner=banner_html("Your log needs a fix.", problem, "error"))
    as_of = local_date_time(judged.now, reading_zone(log), year=True)
    return HistoryScreen(t, judged.now, interactive=interactive, reminders_dir=reminders_dir,
                         source=(choice.path, judged.tz, choice.is_sample),
                         banner=log_banner(choice.path, choice.is_sample, judged.note, len(t),
                                           as_of))


class HistoryScreen:
    """The sections of the history notebook for one log, one per cell.

    :meth:`banner`, :meth:`filters`, :meth:`sentences`, :meth:`charts`, :meth:`due` and
    :meth:`findings` each return a :class:`~followkit.ui.section.Section` whose ``.widget``
    is what the cell shows. ``t`` is :func:`~followkit.log.timeliness`'s frame (None when
    the log failed to load: then every section but the banner is empty HTML). Filters change
    ``view`` and redraw all sections, charts included (see :mod:`followkit.ui.history_charts`).
    """

    def __init__(self, t, now, *, interactive=True, reminders_dir="exports",
                 source=None, banner: str = "") -> None:
        from followkit.history import history_view, judge_coverage

        self.t, self.now, self.interactive = t, now, interactive
        #: (path, tz, is_sample) of the log, to mark follow-ups sent in it and read it again.
        self.source = source
        #: The banner's HTML: where the log came from and as of when, or why it failed.
        self.banner_html = banner
        self.reminders_dir = Path(reminders_dir)
        self.chart_box: ChartBox | None = None
        self.coverage = None if t is None else judge_coverage(t)
        self.view = None if t is None else history_view(t, now, coverage=self.coverage)
        self._widgets: dict | None = self._build() if interactive and t is not None else None

    @property
    def _current(self) -> HistoryView:
        """The view of the filtered rows; only sections of a screen with a log ask for it."""
        if self.view is None:
            raise LogError("there is no log to show; the banner above says why.")
        return self.view

    # --- widgets -------------------------------------------------------------------------

    def _build(self) -> dict:
        import ipywidgets as w

        from followkit.history import filter_choices

        options = filter_choices(self.t)
        parts = {
            "start": w.DatePicker(description="From", value=options["first"]),
            "end": w.DatePicker(description="To", value=options["last"]),
            "channel": w.Dropdown(description="Channel", options=[_ALL, *options["channels"]]),
            "company": w.Dropdown(description="Company", options=[_ALL, *options["companies"]]),
            "style": w.HTML(A11Y_STYLE),  # focus rings, target sizes, tables (ui/a11y.py)
            "sentences": w.HTML(), "due": w.HTML(), "findings": w.HTML(), "saved": w.HTML(),
            "charts": w.VBox(),
            "remind": w.Button(description="Add reminders for what is due", icon="calendar",
                               layout=w.Layout(width="max-content")),
        }
        for name in ("start", "end", "channel", "company"):
            parts[name].add_class(f"fk-filter-{name}")
            parts[name].observe(lambda _change: self.redraw(), names="value")
        is_sample = self.source is None or self.source[2]
        self.due_rows = DueRows(self.mark_sent, enabled=not is_sample, why_not=(
            "This is the sample log: marking is for your own log." if is_sample else ""))
        parts["due_rows"] = self.due_rows.widget
        parts["due_rows_head"] = w.HTML(
            "<p class='fk-note'>" + ("This is the sample log, so nothing here can be marked "
                                     "sent." if is_sample else "Went out? Correct the time if "
                                     "needed, then mark it as sent:") + "</p>")
        parts["remind"].add_class("fk-remind")
        parts["remind"].on_click(lambda _button: self.save_reminders())
        parts["charts"].add_class("fk-charts")
        self.chart_box = ChartBox(parts["charts"], self.t)
        self._widgets = parts
        self._draw_sections()
        return parts

    def current_filter(self):
        """The :class:`~followkit.history.HistoryFilter` the widgets describe now."""
        from followkit.history import HistoryFilter

        if self._widgets is None:
            return HistoryFilter()
        get = {k: self._widgets[k].value for k in ("start", "end", "channel", "company")}
        return HistoryFilter(
            start=get["start"], end=get["end"],
            channels=() if get["channel"] == _ALL else (get["channel"],),
            companies=() if get["company"] == _ALL else (get["company"],))

    def redraw(self) -> None:
        """Recompute the view for the current filters and redraw every section."""
        from followkit.history import history_view

        self.view = history_view(self.t, self.now, self.current_filter(), self.coverage)
        self._draw_sections()

    def _draw_sections(self) -> None:
        from followkit.history import findings_advice

        parts, charts = self._widgets, self.chart_box
        assert parts is not None and charts is not None  # drawn only when interactive
        parts["sentences"].value = sentences_html(self._current.sentences)
        parts["due"].value = due_html(self._current.pending)
        self.due_rows.show(self._current.pending, self.now)
        parts["findings"].value = advice_html(findings_advice(self._current.findings))
        charts.show(self.current_filter(), self._current.rows, self._current.numbers)
        parts["saved"].value = ""

    def mark_sent(self, followup_id: str, text: str) -> Status:
        """Mark one follow-up sent at ``text`` (its interview's zone) in the log; redraw."""
        from followkit.history import judge_coverage
        from followkit.log import mark_sent, read_log, timeliness

        if self.source is None or self.source[2]:
            return Status("error", "This is the sample log: marking is for your own log.")
        path, tz, _sample = self.source
        zone = self.due_rows.rows[followup_id]["zone"]
        try:
            when = parse_sent_time(text, zone)
            mark_sent(path, followup_id, when)
            log = read_log(path, tz=tz)
        except FollowkitError as exc:  # a time that is not one, an id not in the log
            return Status("error", f"Not marked: {exc}")
        except OSError as exc:
            return Status("error", f"Not marked: {path} could not be written ({exc.strerror}).")
        row = log.set_index("followup_id").loc[followup_id]
        self.t = timeliness(log, self.now)
        self.coverage = judge_coverage(self.t)
        self.redraw()
        status = Status("ok", f"Marked {row['interviewer']} ({row['company']}) as sent "
                        f"{local_date_time(row['sent_at'], row_zone(row))}, in {path}.")
        if self._widgets is not None:
            self._widgets["saved"].value = status_html(status)
        return status

    def save_reminders(self) -> Path | None:
        """Write one .ics with an event per follow-up due in the current view; say where."""
        from followkit.exports import write_reminders

        pending = self._current.pending
        if not len(pending):
            self._say("Nothing is due, so no reminders were written.")
            return None
        target = self.reminders_dir / _REMINDERS_FILE
        try:
            path = write_reminders(target, pending, self.now)
        except OSError as exc:
            self._say(f"Could not save {target} ({exc.strerror}); choose a folder you can "
                      "write to and try again.")
            return None
        if self._widgets is not None:
            self._widgets["saved"].value = status_html(saved(
                f"Saved {len(pending)} reminder{'s' if len(pending) != 1 else ''} to", path,
                path.read_bytes(), ": open it to add them to your calendar."))
        return path

    def _say(self, text: str) -> None:
        if self._widgets is not None:
            self._widgets["saved"].value = status_html(Status("warning", text))

    # --- the notebook's sections: each returns a Section whose .widget the cell shows -----

    def banner(self) -> Section:
        """Where the log came from and as of when, or why it could not be read."""
        from IPython.display import HTML

        return Section(HTML(self.banner_html))

    def _section(self, widget_names, static_html) -> Section:
        from IPython.display import HTML

        if self.t is None:
            return Section(HTML(""))  # the banner says why there is nothing to show
        if self._widgets is None:
            return Section(HTML(static_html()))
        import ipywidgets as w

        return Section(w.VBox([self._widgets[n] for n in widget_names]))

    def filters(self) -> Section:
        """The filter row (interactive only; the report covers the whole log)."""
        return self._section(("style", "start", "end", "channel", "company"), lambda: (
            "<p>This report covers the whole log.</p>"))

    def sentences(self) -> Section:
        """The opening sentences."""
        return self._section(("sentences",), lambda: sentences_html(self._current.sentences))

    def charts(self) -> Section:
        """The three charts, redrawn with the filters.

        Printed (``interactive=False``): each chart's image, words and table, one after the
        other, also one by one in ``items``; or the line saying there is nothing to chart.
        """
        if self.t is None or self._widgets is not None:
            return self._section(("charts",), str)
        from IPython.display import HTML

        from followkit.history import chart_texts, figure_html

        rows, numbers = self._current.rows, self._current.numbers
        pngs = chart_pngs(rows, numbers)
        if not pngs:
            return Section(HTML("<p>No follow-up was sent yet, so there is nothing to chart.</p>"))
        figures = [figure_html(png, text) for png, text in
                   zip(pngs, chart_texts(rows, numbers), strict=True)]
        return Section(HTML("".join(figures)), [HTML(f) for f in figures])

    def due(self) -> Section:
        """The due list with deadlines, the mark-as-sent rows and the reminders button."""
        return self._section(("due", "due_rows_head", "due_rows", "remind", "saved"),
                             lambda: due_html(self._current.pending))

    def findings(self) -> Section:
        """FK501/FK502 explained with the guide's words."""
        from followkit.history import findings_advice

        return self._section(("findings",), lambda: advice_html(
            findings_advice(self._current.findings)))
