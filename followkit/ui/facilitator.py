"""The facilitator's room view: the participant files as they arrive, charts, the projector.

:class:`RoomState` is the state (plain Python, no widgets): it reads the drop folder, works out
what the room did from the exercise results alone (send-time choices against the window, quiz
answers, findings left in letters, who is done with each section) and, when participants
exported their own logs, the on-time charts. :class:`RoomView` shows it, with a Refresh button
and an optional timer, a Save PNG button under each chart, and a projector view of one letter a
participant agreed to share.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import ipywidgets as widgets

import followkit
from followkit.errors import WorkshopError
from followkit.model import Status
from followkit.ui.a11y import STYLE, live
from followkit.ui.section import Section
from followkit.ui.status import status_html
from followkit.ui.timers import Ticker
from followkit.ui.workshop_letters import findings_html
from followkit.workshop import (
    Cohort,
    Lesson,
    cohort_timeliness,
    exercise_summary,
    exercises_figure,
    exercises_rows,
    exercises_text,
    finding_counts,
    findings_figure,
    findings_rows,
    findings_text,
    grade_letter,
    hours_figure,
    hours_rows,
    hours_text,
    load_cohort,
    load_lesson,
    on_time_rows,
    on_time_text,
    png_bytes,
    quiz_figure,
    quiz_rows,
    quiz_spread,
    quiz_text,
    save_png,
    section_progress,
    sections_figure,
    sections_rows,
    sections_text,
    send_time_figure,
    send_time_rows,
    send_time_spread,
    send_time_text,
    status_figure,
    table_html,
)

__all__ = ["CHARTS", "RoomState", "RoomView"]

#: The charts the view offers, by name, with the file name each is saved under.
CHARTS = {"sections": "room-sections.png", "send_time": "room-send-time.png",
          "quiz": "room-quiz.png", "findings": "room-findings.png",
          "exercises": "room-exercises.png", "on_time": "room-on-time.png",
          "hours": "room-hours-to-send.png"}


def _rule_names() -> dict[str, str]:
    return {rule.code: rule.name for rule in followkit.RULES}


class RoomState:
    """What the room did, from the participant files in ``folder``; :meth:`refresh` re-reads.

    ``clock`` gives "now" (pending or missing follow-ups in personal logs); the real clock by
    default. ``export_folder`` is where charts are saved.
    """

    def __init__(self, folder: str | Path, lesson: Lesson, *, export_folder: str | Path,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.folder = Path(folder)
        self.lesson = lesson
        self.export_folder = Path(export_folder)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.catalogue = lesson.exercises()
        self.titles = {key: title for key, (_, title) in self.catalogue.items()}
        self.figures: dict[str, object] = {}
        self.refresh()

    def refresh(self) -> Status:
        """Read the folder again and recompute everything; say how many files were read."""
        try:
            self.cohort = load_cohort(self.folder)
            problem = ""
        except WorkshopError as exc:
            self.cohort = Cohort.empty([(str(self.folder), exc.message)])
            problem = exc.message
        exercises = self.cohort.exercises
        self.timed = cohort_timeliness(self.cohort.log, self.clock())
        self.summary = followkit.summary(self.timed)
        self.exercises = exercise_summary(exercises)
        self.findings = finding_counts(exercises, _rule_names())
        self.send_spread = send_time_spread(exercises, self.lesson)
        self.quiz = quiz_spread(exercises, self.lesson)
        self.sections = section_progress(exercises, self.lesson, len(self.cohort.participants))
        self.figures = {}
        if problem:
            return Status("error", f"{self.folder}: {problem}")
        read = len(self.cohort.participants)
        return Status("ok", f"{read} participant file{'s' if read != 1 else ''} read at "
                      f"{self.clock():%H:%M:%S}.")

    @property
    def participants(self) -> int:
        """How many participants have a file in the folder."""
        return len(self.cohort.participants)

    @property
    def has_logs(self) -> bool:
        """Whether any participant exported their own follow-up log."""
        return len(self.timed) > 0

    @property
    def on_time_rate(self) -> float | None:
        """The share of the cohort's follow-ups sent on time, as ``followkit.summary`` says."""
        rate = self.summary.get("on_time_rate")
        return None if rate is None else float(rate)

    def figure(self, name: str):
        """The chart ``name`` (one of CHARTS) as a matplotlib Figure."""
        if name not in CHARTS:
            raise WorkshopError(f"no chart {name!r}; choose one of {', '.join(CHARTS)}.")
        if name not in self.figures:
            make = {"on_time": lambda: status_figure(self.timed, self.on_time_rate),
                    "hours": lambda: hours_figure(self.timed),
                    "findings": lambda: findings_figure(self.findings),
                    "exercises": lambda: exercises_figure(self.exercises, self.titles),
                    "send_time": lambda: send_time_figure(self.send_spread),
                    "quiz": lambda: quiz_figure(self.quiz),
                    "sections": lambda: sections_figure(self.sections)}[name]
            self.figures[name] = make()
        return self.figures[name]

    def describe(self, name: str) -> str:
        """What chart ``name`` shows, with its numbers: the image's alternative text."""
        self.figure(name)
        return {"sections": lambda: sections_text(self.sections),
                "send_time": lambda: send_time_text(self.send_spread),
                "quiz": lambda: quiz_text(self.quiz),
                "findings": lambda: findings_text(self.findings),
                "exercises": lambda: exercises_text(self.exercises, self.titles),
                "on_time": lambda: on_time_text(self.timed, self.on_time_rate),
                "hours": lambda: hours_text(self.timed)}[name]()

    def table(self, name: str) -> tuple[list[str], list[list]]:
        """Chart ``name``'s data as a header and rows (the "show as table" view)."""
        self.figure(name)
        return {"sections": lambda: sections_rows(self.sections),
                "send_time": lambda: send_time_rows(self.send_spread),
                "quiz": lambda: quiz_rows(self.quiz),
                "findings": lambda: findings_rows(self.findings),
                "exercises": lambda: exercises_rows(self.exercises, self.titles),
                "on_time": lambda: on_time_rows(self.timed),
                "hours": lambda: hours_rows(self.timed)}[name]()

    def save(self, name: str) -> Status:
        """Save chart ``name`` as a PNG in the export folder."""
        try:
            path = save_png(self.figure(name), self.export_folder / CHARTS[name])
        except OSError as exc:
            return Status("error", f"Not saved: {exc.strerror or exc}")
        return Status("ok", f"Saved {path}")

    def shared(self) -> list[tuple[str, str]]:
        """The letters participants agreed to show, as (anonymous label, key), in file order."""
        return [(f"Letter {i + 1}: {self.titles.get(exercise, exercise)}", str(i))
                for i, (_participant, exercise, _text) in enumerate(self.cohort.shared)]

    def project(self, key: str):
        """The shared letter ``key`` for the projector: (title, text, findings)."""
        _participant, exercise, text = self.cohort.shared[int(key)]
        title = self.titles.get(exercise, exercise)
        lesson = {f"letter:{e.id}": e for e in self.lesson.letters}.get(exercise)
        findings = () if lesson is None else grade_letter(lesson, text).findings
        return title, text, tuple(findings)


class RoomView:
    """The room on the facilitator's screen: headline, charts, Refresh, the projector."""

    def __init__(self, state: RoomState) -> None:
        self.state = state
        self.images: dict[str, widgets.HTML] = {}
        self.tables: dict[str, widgets.HTML] = {}
        self.notes: dict[str, widgets.HTML] = {}
        self.buttons: dict[str, widgets.Button] = {}
        self.toggles: dict[str, widgets.ToggleButton] = {}
        self.ticker: Ticker | None = None
        self.refresh_button = widgets.Button(description="Refresh", icon="refresh",
                                             button_style="primary", layout={"width": "auto"})
        self.refresh_button.add_class("fk-refresh")
        self.auto = widgets.Checkbox(description="every 15 s", value=False, indent=False,
                                     layout={"width": "auto"})
        self.auto.add_class("fk-auto-refresh")
        self.refreshed = widgets.HTML()
        self.head = widgets.HTML()
        self.files = widgets.HTML()
        self.refresh_button.on_click(lambda _: self.refresh())
        self.auto.observe(lambda c: self._timer(c["new"]), names="value")
        self.letter = widgets.Dropdown(description="Letter", layout={"width": "34rem"})
        self.letter.add_class("fk-project-choice")
        self.show = widgets.Button(description="Project this letter", icon="eye",
                                   layout={"width": "auto"})
        self.show.add_class("fk-project")
        self.projected = widgets.HTML()
        self.show.on_click(lambda _: self.project())
        self._draw_text()

    @classmethod
    def open(cls, folder: str | Path, lesson_folder: str | Path, *,
             export_folder: str | Path, now: datetime | None = None) -> RoomView:
        """The room view of the participant files in ``folder``; ``now`` pins the clock."""
        clock = (lambda: now) if now is not None else None
        return cls(RoomState(folder, load_lesson(lesson_folder), export_folder=export_folder,
                             clock=clock))

    def _timer(self, on: bool, seconds: float = 15.0) -> None:
        if self.ticker is not None:
            self.ticker.stop()
            self.ticker = None
        if on:
            self.ticker = Ticker(self._tick, seconds)

    def _tick(self) -> None:
        self.refresh()

    def refresh(self) -> Status:
        """Re-read the folder and redraw everything shown."""
        status = self.state.refresh()
        self.refreshed.value = status_html(status, "fk-room-status")
        self._draw_text()
        for name in self.images:
            self._draw_chart(name)
        return status

    def _draw_chart(self, name: str) -> None:
        """The chart as an image whose alternative text states its numbers; the table if on."""
        data = base64.b64encode(png_bytes(self.state.figure(name))).decode("ascii")
        self.images[name].value = (
            f"<img src='data:image/png;base64,{data}' alt='{escape(self.state.describe(name))}'"
            " style='max-width:760px;width:100%'>")
        if self.toggles[name].value:
            caption = self.state.describe(name).split(":")[0].split(". ")[0]
            self.tables[name].value = table_html(caption, *self.state.table(name))
        else:
            self.tables[name].value = ""

    def _draw_text(self) -> None:
        state = self.state
        self.head.value = self._headline()
        self.files.value = self._files()
        options = state.shared()
        self.letter.options = options or [("No participant shared a letter yet", "")]
        self.letter.disabled = not options
        self.show.disabled = not options

    def _headline(self) -> str:
        state = self.state
        if not state.participants:
            return f"<p>No participant file in <code>{escape(str(state.folder))}</code> yet.</p>"
        done = state.sections.set_index("section")["done"]
        sections = " · ".join(f"{escape(s.split('. ', 1)[-1])}: <b>{int(n)}</b>"
                              for s, n in done.items())
        logs = "no personal logs exported yet"
        if state.has_logs:
            hours = state.timed["hours_to_send"].dropna()
            rate = "–" if state.on_time_rate is None else f"{state.on_time_rate:.0%}"
            median = "–" if hours.empty else f"{hours.median():.1f} h"
            logs = (f"{len(state.timed)} follow-ups in their logs, sent on time {rate}, "
                    f"median {median}")
        return (f"<p><b>{state.participants}</b> participants · done with {sections} · "
                f"{logs}</p>")

    def _files(self) -> str:
        unreadable = self.state.cohort.unreadable
        if not unreadable:
            return ""
        rows = "".join(f"<tr><td><code>{escape(name)}</code></td><td>{escape(reason)}</td></tr>"
                       for name, reason in unreadable)
        return (f"<p><b>Skipped {len(unreadable)}</b> files that could not be used; a "
                "participant whose file is listed can export again:</p>"
                f"<table class='fk-unreadable'><tr><th>file</th><th>why</th></tr>{rows}</table>")

    def controls(self) -> Section:
        """Refresh (now, or every 15 s), when it was last read, the headline and skipped files."""
        return Section(widgets.VBox([widgets.HTML(STYLE), widgets.HBox(
            [self.refresh_button, self.auto, self.refreshed]), self.head, self.files]))

    def chart(self, name: str) -> Section:
        """Chart ``name`` (redrawn on refresh) with Save PNG and a "Show as table" toggle.

        The image's alternative text says what it shows, with its numbers; the toggle shows
        the same data as an HTML table.
        """
        slug = name.replace("_", "-")
        button = widgets.Button(description="Save PNG", icon="download",
                                tooltip="Save this chart as a PNG in the export folder")
        button.add_class(f"fk-save-{slug}")
        toggle = widgets.ToggleButton(description="Show as table", value=False, icon="table",
                                      layout={"width": "auto"})
        toggle.add_class(f"fk-table-{slug}")
        note = widgets.HTML()
        button.on_click(lambda _: setattr(note, "value", status_html(self.state.save(name),
                                                                     "fk-room-status")))
        self.images[name], self.notes[name], self.buttons[name] = widgets.HTML(), note, button
        self.tables[name], self.toggles[name] = widgets.HTML(), toggle
        self._draw_chart(name)
        toggle.observe(lambda _: self._draw_chart(name), names="value")
        box = widgets.VBox([self.images[name], widgets.HBox([button, toggle, note]),
                            self.tables[name]])
        box.add_class(f"fk-chart-{slug}")
        return Section(box)

    @property
    def widget(self) -> widgets.VBox:
        """The whole room view in one box (for an app): controls, every chart, the projector."""
        return widgets.VBox([self.controls().widget,
                             *(self.chart(name).widget for name in CHARTS),
                             self.projector().widget])

    def projector(self) -> Section:
        """Pick one shared letter and show it large, anonymously, with its findings."""
        box = widgets.VBox([widgets.HBox([self.letter, self.show]), self.projected])
        box.add_class("fk-projector")
        return Section(box)

    def project(self) -> Status:
        """Show the chosen letter on the projector."""
        if not self.letter.value:
            self.projected.value = "<p>No letter to show yet.</p>"
            return Status("warning", "No participant shared a letter yet.")
        title, text, findings = self.state.project(self.letter.value)
        self.projected.value = live(
            f"<div class='fk-projected' style='font-size:1.3em'><h3>{escape(title)}</h3>"
            f"<div style='white-space:pre-wrap;border:1px solid #ccc;padding:12px;"
            f"font-family:Georgia,serif'>{escape(text)}</div>{findings_html(findings)}</div>")
        return Status("ok", f"Showing {title}.")
