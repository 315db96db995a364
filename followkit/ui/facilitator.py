"""The facilitator's cohort view: load the participant files, see the cohort, save charts.

:meth:`CohortView.load` reads a folder of participant files with a progress bar
(``tqdm.auto``, the notebook variant inside Jupyter), skipping and listing the unreadable
ones; each chart comes with a "Save PNG" button for slides.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

import ipywidgets as widgets

import followkit
from followkit.errors import WorkshopError
from followkit.workshop._charts import (
    exercises_figure,
    findings_figure,
    hours_figure,
    png_bytes,
    save_png,
    status_figure,
)
from followkit.workshop._cohort import cohort_timeliness, exercise_summary, finding_counts
from followkit.workshop._collect import Cohort, load_cohort

__all__ = ["CHARTS", "CohortView"]

#: The charts the view offers, by name, with the file name each is saved under.
CHARTS = {"on_time": "cohort-on-time.png", "hours": "cohort-hours-to-send.png",
          "findings": "cohort-findings.png", "exercises": "cohort-exercises.png"}


def _rule_names() -> dict[str, str]:
    return {rule.code: rule.name for rule in followkit.RULES}


class CohortView:
    """A loaded cohort and everything shown about it; charts are made on first use."""

    def __init__(self, cohort: Cohort, *, now: datetime, export_folder: str | Path) -> None:
        self.cohort = cohort
        self.now = now
        self.export_folder = Path(export_folder)
        self.timed = cohort_timeliness(cohort.log, now)
        self.summary = followkit.summary(self.timed)
        self.exercises = exercise_summary(cohort.exercises)
        self.findings = finding_counts(cohort.exercises, _rule_names())
        self.figures: dict[str, object] = {}
        self.saved: dict[str, Path] = {}
        self.buttons: dict[str, widgets.Button] = {}

    @classmethod
    def load(cls, folder: str | Path, *, now: datetime, export_folder: str | Path,
             progress: bool = True) -> CohortView:
        """Read every participant file in ``folder`` (with a progress bar) and summarise."""
        wrapper = None
        if progress:
            from tqdm.auto import tqdm

            wrapper = tqdm
        try:
            cohort = load_cohort(folder, progress=wrapper)
        except WorkshopError as exc:
            cohort = Cohort.empty([(str(folder), exc.message)])
        return cls(cohort, now=now, export_folder=export_folder)

    @property
    def on_time_rate(self) -> float | None:
        """The share of the cohort's follow-ups sent on time, as ``followkit.summary`` says."""
        rate = self.summary.get("on_time_rate")
        return None if rate is None else float(rate)

    def problems(self) -> widgets.HTML:
        """The files that were skipped, each with the reason; or a line saying all were read."""
        read = len(self.cohort.participants)
        if not self.cohort.unreadable:
            return widgets.HTML(f"<p>✔ Read {read} participant files; none skipped.</p>")
        rows = "".join(f"<tr><td><code>{escape(name)}</code></td><td>{escape(reason)}</td></tr>"
                       for name, reason in self.cohort.unreadable)
        return widgets.HTML(
            f"<p>Read {read} participant files. <b>Skipped {len(self.cohort.unreadable)}</b> "
            "that could not be used; a participant whose file is listed can export again:</p>"
            f"<table class='fk-unreadable'><tr><th>file</th><th>why</th></tr>{rows}</table>")

    def headline(self) -> widgets.HTML:
        """Participants, follow-ups, the on-time rate and the median hours to send."""
        hours = self.timed["hours_to_send"].dropna()
        rate = "–" if self.on_time_rate is None else f"{self.on_time_rate:.0%}"
        median = "–" if hours.empty else f"{hours.median():.1f} h"
        return widgets.HTML(
            f"<p><b>{len(self.cohort.participants)}</b> participants · "
            f"<b>{len(self.timed)}</b> follow-ups in their logs · sent on time: <b>{rate}</b> · "
            f"median time to send: <b>{median}</b> · exercises finished: "
            f"<b>{self.cohort.exercises['done'].mean():.0%}</b></p>"
            if len(self.cohort.exercises) else "<p>No exercise results in these files.</p>")

    def figure(self, name: str):
        """The chart ``name`` (one of CHARTS) as a matplotlib Figure."""
        if name not in CHARTS:
            raise WorkshopError(f"no chart {name!r}; choose one of {', '.join(CHARTS)}.")
        if name not in self.figures:
            make = {"on_time": lambda: status_figure(self.timed, self.on_time_rate),
                    "hours": lambda: hours_figure(self.timed),
                    "findings": lambda: findings_figure(self.findings),
                    "exercises": lambda: exercises_figure(self.exercises)}[name]
            self.figures[name] = make()
        return self.figures[name]

    def save(self, name: str) -> Path:
        """Save chart ``name`` as a PNG in the export folder; return its path."""
        path = save_png(self.figure(name), self.export_folder / CHARTS[name])
        self.saved[name] = path
        return path

    def chart(self, name: str) -> widgets.VBox:
        """The chart as an image, with a button that saves it as a PNG for slides."""
        image = widgets.Image(value=png_bytes(self.figure(name)), format="png",
                              layout={"max_width": "760px"})
        button = widgets.Button(description="Save PNG", icon="download")
        button.add_class(f"fk-save-{name}")
        note = widgets.HTML()

        def saved(_):
            try:
                note.value = f"Saved <code>{escape(str(self.save(name)))}</code>"
            except OSError as exc:
                note.value = f"⛔ Not saved: {escape(exc.strerror or str(exc))}"

        button.on_click(saved)
        self.buttons[name] = button
        return widgets.VBox([image, widgets.HBox([button, note])])

    def exercises_table(self) -> widgets.HTML:
        """Per exercise: how many did it, how many finished, how many got it first time."""
        table = self.exercises.assign(
            done_rate=self.exercises["done_rate"].map("{:.0%}".format),
            first_try_rate=self.exercises["first_try_rate"].map("{:.0%}".format))
        return widgets.HTML(table.to_html(index=False, border=0))
