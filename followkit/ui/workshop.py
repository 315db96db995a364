"""The participant's workshop notebook as widgets: quiz, send time, and the export.

:class:`Workshop` holds the lesson and the participant's :class:`followkit.Progress`; each
method returns one exercise's widget for one notebook cell. The writing exercises live in
:mod:`followkit.ui.workshop_letters`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path

import ipywidgets as widgets

from followkit.errors import FollowkitError
from followkit.log import read_log
from followkit.timing import SENT_STATUSES, STATUS_COLOURS
from followkit.ui.workshop_letters import LetterFixer, PanelWriter
from followkit.workshop._collect import export_participant, new_salt
from followkit.workshop._exercises import Progress, grade_choice, grade_send_time, send_time_choices
from followkit.workshop._lesson import Lesson, Question, SendTimeExercise, load_lesson

__all__ = ["ExportPanel", "QuizItem", "SendTimeItem", "Workshop"]

_VERDICT = {s: (STATUS_COLOURS[s], "✔" if s == "on_time" else "✘") for s in SENT_STATUSES}


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


class QuizItem:
    """One multiple-choice question: pick an answer, press Check, read why."""

    def __init__(self, question: Question, progress: Progress) -> None:
        self.question = question
        self.progress = progress
        self.choices = widgets.RadioButtons(
            options=[(c.text, i) for i, c in enumerate(question.choices)], value=None,
            layout={"width": "100%"})
        self.check = widgets.Button(description="Check my answer", icon="check",
                                    layout={"width": "auto"})
        self.feedback = widgets.HTML()
        self.check.on_click(lambda _: self._grade())
        self.widget = widgets.VBox([widgets.HTML(f"<b>{escape(question.question)}</b>"),
                                    self.choices, self.check, self.feedback])
        self.widget.add_class("fk-quiz")

    def _grade(self) -> None:
        if self.choices.value is None:
            self.feedback.value = "<p>Pick an answer first.</p>"
            return
        result = grade_choice(self.question, self.choices.value)
        mark = (f"<b style='color:{STATUS_COLOURS['on_time']}'>✔</b>" if result.correct
                else f"<b style='color:{STATUS_COLOURS['late']}'>✘</b>")
        self.feedback.value = f"<p>{mark} {escape(result.message)}</p>"
        self.progress.record(f"quiz:{self.question.id}", "quiz", done=result.correct)


class SendTimeItem:
    """An interview that just ended: pick a send time, see the status and the guide's reason."""

    def __init__(self, exercise: SendTimeExercise, progress: Progress) -> None:
        self.exercise = exercise
        self.progress = progress
        self.when = widgets.Dropdown(options=send_time_choices(exercise),
                                     description="Send at", layout={"width": "30rem"})
        action = "Mail the note" if exercise.channel == "handwritten" else (
            f"Send the {exercise.channel}")
        self.send = widgets.Button(description=action, icon="paper-plane",
                                   layout={"width": "auto"})
        self.feedback = widgets.HTML()
        self.send.on_click(lambda _: self._grade())
        story = f"<p>{escape(exercise.story)} <i>When do you send it?</i></p>"
        self.widget = widgets.VBox([widgets.HTML(story), widgets.HBox([self.when, self.send]),
                                    self.feedback])
        self.widget.add_class("fk-send-time")

    def _grade(self) -> None:
        result = grade_send_time(self.exercise, self.when.value)
        color, label = _VERDICT[result.status]
        self.feedback.value = (
            f"<p><span style='color:{color};font-weight:bold'>{label}</span> "
            f"{escape(result.message)}<br>The guide: “{escape(result.reason)}”.</p>")
        self.progress.record(f"send_time:{self.exercise.id}", "send_time",
                             done=result.status == "on_time", status=result.status,
                             hours=result.hours)


def _participant_log(log_path: str | Path | None) -> Path | None:
    """The participant's log file to export, or None to leave it out.

    None: the log followkit uses everywhere (``$FOLLOWKIT_LOG``, else ``data/followups.csv``)
    except that ``FOLLOWKIT_LOG`` set but empty leaves it out: that is how one machine serving
    a room through Voilà keeps its owner's log out of every export (docs/workshop.md).
    ``""``: leave the log out; anything else: that file.
    """
    import os

    from followkit.log._store import default_log_path

    if log_path is None:
        blank = os.environ.get("FOLLOWKIT_LOG", "x").strip() == ""
        return None if blank else default_log_path()
    return Path(log_path) if str(log_path) else None


class ExportPanel:
    """Export the exercise results and the participant's own log, anonymised, as one file.

    ``log_path``: see :func:`_participant_log` (None: the usual log; ``""``: none).
    """

    def __init__(self, progress: Progress, *, log_path: str | Path | None, folder: str | Path,
                 salt: str | None = None, now: datetime | None = None) -> None:
        self.progress = progress
        self.log_path = _participant_log(log_path)
        self.folder = Path(folder)
        self.salt = salt or new_salt()
        self.now = now
        self.export = widgets.Button(description="Export my results", icon="download",
                                     button_style="success", layout={"width": "auto"})
        self.export.add_class("fk-export")
        self.result = widgets.HTML()
        self.path: Path | None = None
        self.export.on_click(lambda _: self._export())
        self.widget = widgets.VBox([widgets.HBox([self.export]), self.result])

    def _read_log(self):
        if self.log_path is None or not self.log_path.exists():
            return None, "No follow-up log of yours was found, so only your exercise results go in."
        return read_log(self.log_path), ""

    def _export(self) -> None:
        try:
            log, note = self._read_log()
            when = self.now or datetime.now(UTC)
            self.path = export_participant(self.folder, self.progress.results(), log, self.salt,
                                           exported_at=when)
        except (FollowkitError, OSError) as exc:
            self.result.value = f"<p class='fk-problem'>⛔ Nothing exported: {escape(str(exc))}</p>"
            return
        rows = 0 if log is None else len(log)
        self.result.value = (
            f"<p><b>✔ Saved {escape(str(self.path))}</b>: {_count(len(self.progress), 'exercise')}"
            f" and {_count(rows, 'follow-up')}. Names, email addresses, companies, positions and "
            "notes are "
            f"not in it (replaced by codes or left out); times and channels are. "
            f"{escape(note)} Hand this one file to your facilitator.</p>")


class Workshop:
    """The lesson and one participant's progress; one method per exercise cell."""

    def __init__(self, lesson: Lesson, progress: Progress | None = None) -> None:
        self.lesson = lesson
        self.progress = progress or Progress()

    @classmethod
    def load(cls, folder: str | Path) -> Workshop:
        """The workshop for the lesson in ``folder`` (data/workshop), with fresh progress."""
        return cls(load_lesson(folder))

    def quiz(self, section: str) -> widgets.VBox:
        """The multiple-choice questions about one section of the guide."""
        self.quiz_items = [QuizItem(q, self.progress) for q in self.lesson.questions(section)]
        return widgets.VBox([item.widget for item in self.quiz_items])

    def fix_letters(self) -> LetterFixer:
        """The "fix this letter" exercise over every flawed letter of the lesson."""
        self.fixer = LetterFixer(self.lesson.letters, self.progress)
        return self.fixer

    def send_time(self) -> widgets.VBox:
        """The send-time exercises, one per scenario."""
        self.send_items = [SendTimeItem(e, self.progress) for e in self.lesson.send_time]
        return widgets.VBox([item.widget for item in self.send_items])

    def panel(self) -> PanelWriter:
        """The panel exercise: one tailored message to each of three interviewers."""
        self.panel_writer = PanelWriter(self.lesson.panel, self.progress)
        return self.panel_writer

    def export(self, **options) -> widgets.VBox:
        """The export button; ``options`` go to :class:`ExportPanel` (log_path, folder, ...)."""
        self.exporter = ExportPanel(self.progress, **options)
        return self.exporter.widget
