"""The participant's workshop notebook as widgets: quiz, letters, send time, panel, export.

:class:`Workshop` is the view over one participant's :class:`followkit.workshop.Session`
(the state: id, answers, drafts, progress, saving and export); each method returns the
view of one exercise for one notebook cell, whose ``.widget`` the cell shows. Every change is
saved as it happens, so reloading the page brings the work back (the browser keeps the
participant's id, see :mod:`followkit.ui.workshop_identity`). The writing exercises live in
:mod:`followkit.ui.workshop_letters`.
"""

from __future__ import annotations

import os
from datetime import datetime
from html import escape
from pathlib import Path

import ipywidgets as widgets

from followkit.model import Status
from followkit.timing import SENT_STATUSES, STATUS_COLOURS
from followkit.ui.a11y import STYLE, live
from followkit.ui.section import Section
from followkit.ui.status import status_html
from followkit.ui.timers import Debounced
from followkit.ui.workshop_identity import BrowserId
from followkit.ui.workshop_letters import LetterFixer, PanelWriter
from followkit.workshop import (
    ChoiceResult,
    Lesson,
    Progress,
    Question,
    SendTimeExercise,
    SendTimeResult,
    Session,
    grade_choice,
    grade_send_time,
    load_lesson,
    send_time_choices,
)

__all__ = ["ExportPanel", "QuizItem", "SendTimeItem", "Workshop"]

_VERDICT = {s: (STATUS_COLOURS[s], "✔" if s == "on_time" else "✘") for s in SENT_STATUSES}
_VERDICT["not_at_once"] = ("#b08800", "≈")
#: Voilà names a tagged cell's output ``celltag_<tag>``: hide the cells about Lab's menus.
_APP_STYLE = "<style>.celltag_notebook-only { display: none; }</style>"
#: Seconds of quiet typing before a letter draft is saved.
SAVE_DELAY = 1.0


def _noop(_key: str, _value: object) -> None:
    return None


class QuizItem:
    """One multiple-choice question: pick an answer, press Check, read why."""

    def __init__(self, question: Question, progress: Progress,
                 remember=_noop) -> None:
        self.question = question
        self.progress = progress
        self.remember = remember
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

    def show(self, choice: int) -> ChoiceResult:
        """Show ``choice`` picked and graded, without recording it (a restored answer)."""
        self.choices.value = choice
        result = grade_choice(self.question, choice)
        mark = (f"<b style='color:{STATUS_COLOURS['on_time']}'>✔ Correct.</b>"
                if result.correct else
                f"<b style='color:{STATUS_COLOURS['late']}'>✘ Incorrect.</b>")
        self.feedback.value = live(f"<p>{mark} {escape(result.message)}</p>")
        return result

    def _grade(self) -> None:
        if self.choices.value is None:
            self.feedback.value = live("<p>Pick an answer first.</p>")
            return
        choice = self.choices.value
        result = self.show(choice)
        self.remember(f"quiz:{self.question.id}", choice)
        self.progress.record(f"quiz:{self.question.id}", "quiz", done=result.correct,
                             answer=choice)


def _verdict(result: SendTimeResult) -> str:
    return "not_at_once" if result.status == "on_time" and not result.done else result.status


class SendTimeItem:
    """An interview that just ended: pick a send time, see the grade and the guide's reason."""

    def __init__(self, exercise: SendTimeExercise, progress: Progress,
                 remember=_noop) -> None:
        self.exercise = exercise
        self.progress = progress
        self.remember = remember
        self.when = widgets.Dropdown(options=send_time_choices(exercise),
                                     description="Send at", layout={"width": "30rem"})
        self.when.add_class("fk-send-when")
        self.send = widgets.Button(description=self.action, icon="paper-plane",
                                   layout={"width": "auto"})
        self.send.add_class("fk-send")
        self.feedback = widgets.HTML()
        self.send.on_click(lambda _: self._grade())
        story = (f"<p><b>{escape(exercise.title)}.</b> {escape(exercise.story)} "
                 "<i>When do you send it?</i></p>")
        self.widget = widgets.VBox([widgets.HTML(story), widgets.HBox([self.when, self.send]),
                                    self.feedback])
        self.widget.add_class("fk-send-time")

    @property
    def action(self) -> str:
        """What the button says: "Send the email" or "Mail the note"."""
        channel = self.exercise.channel
        return "Mail the note" if channel == "handwritten" else f"Send the {channel}"

    def show(self, when: datetime) -> SendTimeResult:
        """Show ``when`` picked and graded, without recording it (a restored answer)."""
        self.when.value = when
        result = grade_send_time(self.exercise, when)
        color, label = _VERDICT[_verdict(result)]
        self.feedback.value = live(
            f"<p><span style='color:{color};font-weight:bold'>{label}</span> "
            f"{escape(result.message)}<br>The guide: “{escape(result.reason)}”.</p>")
        return result

    def _grade(self) -> None:
        when = self.when.value
        result = self.show(when)
        self.remember(f"send_time:{self.exercise.id}", when.isoformat())
        self.progress.record(f"send_time:{self.exercise.id}", "send_time", done=result.done,
                             status=result.status, hours=result.hours)


def _participant_log(log_path: str | Path | None) -> Path | None:
    """The participant's log file to export, or None to leave it out.

    None: the log followkit uses everywhere (``$FOLLOWKIT_LOG``, else ``data/followups.csv``)
    except that ``FOLLOWKIT_LOG`` set but empty leaves it out: that is how one machine serving
    a room through Voilà keeps its owner's log out of every export (docs/workshop.md).
    ``""``: leave the log out; anything else: that file.
    """
    from followkit.log import default_log_path

    if log_path is None:
        blank = os.environ.get("FOLLOWKIT_LOG", "x").strip() == ""
        return None if blank else default_log_path()
    return Path(log_path) if str(log_path) else None


def _delivered(drop_folder: Path) -> bool:
    """Whether the file is with the facilitator as soon as it is written.

    True in a Voilà page (the participant cannot see the server's files) and for the room's
    drop folder (``FOLLOWKIT_WORKSHOP_DROP``, set by ``make workshop-app`` and by the hub).
    """
    if any(key.startswith("VOILA_") for key in os.environ):
        return True
    room = os.environ.get("FOLLOWKIT_WORKSHOP_DROP", "").strip()
    return bool(room) and Path(room).resolve() == drop_folder.resolve()


class ExportPanel:
    """Export the exercise results and the participant's own log, anonymised, as one file."""

    def __init__(self, session: Session, *, in_app: bool | None = None) -> None:
        self.session = session
        self.in_app = _delivered(session.drop_folder) if in_app is None else in_app
        self.share = widgets.Checkbox(
            value=session.share, indent=False, layout={"width": "auto"},
            description="The facilitator may show one of my letters on the projector, "
                        "anonymously")
        self.share.add_class("fk-share")
        self.export = widgets.Button(description="Export my results", icon="download",
                                     button_style="success", layout={"width": "auto"})
        self.export.add_class("fk-export")
        self.result = widgets.HTML()
        self.export.on_click(lambda _: self.run())
        self.widget = widgets.VBox([self.share, widgets.HBox([self.export]), self.result])

    @property
    def path(self) -> Path | None:
        """The participant file written last, or None before any."""
        return self.session.path if self.session.exported else None

    def run(self) -> Status:
        """Export now; show and return what happened."""
        status = self.session.export(share=self.share.value)
        if status.level != "error":
            status = Status(status.level, f"{self._exported()} {status.text}".strip())
        self.result.value = status_html(status)
        return status

    def _exported(self) -> str:
        """What an export holds and where it went, in a few sentences."""
        rows = len(self.session.rows)
        where = ("It is now with your facilitator; exporting again replaces it."
                 if self.in_app else
                 f"Saved as {self.session.path}; exporting again replaces it. Hand this one "
                 "file to your facilitator.")
        shared = (" Your edited letters are in it for the projector (no name, email address "
                  "or phone number)." if self.session.shared_letters() else "")
        return (f"Exported: {len(self.session.progress)} exercises and {rows} "
                f"follow-up{'s' if rows != 1 else ''}. Names, email addresses, companies, "
                "positions and notes are not in it (replaced by codes or left out); times and "
                f"channels are.{shared} {where}")


class Workshop:
    """The view over one participant's session; one method per exercise cell."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.lesson: Lesson = session.lesson
        self.quiz_items: list[QuizItem] = []
        self.send_items: list[SendTimeItem] = []
        self.fixer: LetterFixer | None = None
        self.panel_writer: PanelWriter | None = None
        self.exporter: ExportPanel | None = None
        self.saved = widgets.HTML()
        self._save = Debounced(self._save_now, SAVE_DELAY)
        session.progress.on_change = self._save_now
        session.on_restore = self._restore
        self.browser = BrowserId(participant=session.participant,
                                 message="Your work is saved as you go.")
        self.browser.observe(self._adopt, names="browser_id")

    @classmethod
    def load(cls, folder: str | Path, *, drop_folder: str | Path = "../exports/rehearsal",
             session_folder: str | Path | None = None, log_path: str | Path | None = None,
             salt: str | None = None, now: datetime | None = None,
             live: bool = True) -> Workshop:
        """The workshop for the lesson in ``folder`` (data/workshop), for a new participant.

        ``drop_folder``: where the participant file goes (the facilitator's folder).
        ``session_folder``: where the page's state is saved for a reload (default
        ``~/.followkit/workshop``). ``log_path``: see :func:`_participant_log`. ``now`` pins
        the clock (tests). ``live``: send exercise results as they happen, not only on Export.
        """
        if session_folder is None:
            session_folder = Path.home() / ".followkit" / "workshop"
        clock = (lambda: now) if now is not None else None
        session = Session(load_lesson(folder), drop_folder=drop_folder,
                          session_folder=session_folder, log_path=_participant_log(log_path),
                          salt=salt, live=live, clock=clock)
        return cls(session)

    @property
    def progress(self) -> Progress:
        """The participant's exercise records."""
        return self.session.progress

    def identity(self) -> Section:
        """The line that keeps the participant's id in the browser and says work is saved.

        As an app (Voilà) it also hides the cells tagged ``notebook-only`` (about Lab's menus).
        """
        return Section(widgets.VBox([widgets.HTML(_APP_STYLE + STYLE), self.browser,
                                     self.saved]))

    def _remember(self, key: str, value: object) -> None:
        self.session.remember(key, value)
        self._save()

    def _save_now(self) -> None:
        status = self.session.save()
        self.saved.value = "" if status.level == "ok" else status_html(status)

    def _adopt(self, change) -> None:
        status = self.session.adopt(change["new"])
        self.browser.participant = self.session.participant
        if status.text.startswith("Welcome back") or status.level != "ok":
            self.saved.value = status_html(status)

    def quiz(self, section: str) -> Section:
        """The multiple-choice questions about one section of the guide."""
        items = [QuizItem(q, self.progress, self._remember)
                 for q in self.lesson.questions(section)]
        self.quiz_items += items
        for item in items:
            choice = self.session.answers.get(f"quiz:{item.question.id}")
            if isinstance(choice, int) and 0 <= choice < len(item.question.choices):
                item.show(choice)
        return Section(widgets.VBox([item.widget for item in items]), items)

    def fix_letters(self) -> LetterFixer:
        """The "fix this letter" exercise over every flawed letter of the lesson."""
        self.fixer = LetterFixer(self.lesson.letters, self.progress, self._remember,
                                 **self._letter_state())
        return self.fixer

    def _letter_state(self) -> dict:
        answers = self.session.answers
        drafts = {e.id: answers[f"letter:{e.id}"] for e in self.lesson.letters
                  if isinstance(answers.get(f"letter:{e.id}"), str)}
        chosen = answers.get("letter")
        return {"drafts": drafts, "chosen": chosen if isinstance(chosen, str) else None}

    def send_time(self) -> Section:
        """The send-time exercises, one per scenario."""
        self.send_items = [SendTimeItem(e, self.progress, self._remember)
                           for e in self.lesson.send_time]
        for item in self.send_items:
            self._show_send(item)
        return Section(widgets.VBox([item.widget for item in self.send_items]),
                       list(self.send_items))

    def _show_send(self, item: SendTimeItem) -> None:
        saved = self.session.answers.get(f"send_time:{item.exercise.id}")
        for _label, when in item.when.options:
            if isinstance(saved, str) and when.isoformat() == saved:
                item.show(when)

    def panel(self) -> PanelWriter:
        """The panel exercise: one tailored message to each interviewer."""
        texts = self.session.answers.get(f"panel:{self.lesson.panel.id}")
        self.panel_writer = PanelWriter(self.lesson.panel, self.progress, self._remember,
                                        texts if isinstance(texts, list) else None)
        return self.panel_writer

    def export(self) -> ExportPanel:
        """The export button, with the opt-in to show a letter on the projector."""
        self.exporter = ExportPanel(self.session)
        self.exporter.share.observe(lambda c: self._set_share(c["new"]), names="value")
        return self.exporter

    def _set_share(self, share: bool) -> None:
        self.session.share = bool(share)
        self._save()

    def _restore(self) -> None:
        """Bring every exercise on the page back to the saved answers (after a reload)."""
        for item in self.quiz_items:
            choice = self.session.answers.get(f"quiz:{item.question.id}")
            if isinstance(choice, int) and 0 <= choice < len(item.question.choices):
                item.show(choice)
        for sending in self.send_items:
            self._show_send(sending)
        if self.fixer is not None:
            state = self._letter_state()
            if state["chosen"] in self.fixer.letters:
                self.fixer.choose.value = state["chosen"]
            self.fixer._drafts = dict(state["drafts"])
            for key in state["drafts"]:
                entry = self.progress.get(f"letter:{key}")
                if entry is not None:
                    self.fixer._last[key] = (entry["done"], tuple(entry["remaining"]))
            current = self.fixer.exercise
            self.fixer._load(self.fixer._drafts.get(current.id, current.text))
        texts = self.session.answers.get(f"panel:{self.lesson.panel.id}")
        if self.panel_writer is not None and isinstance(texts, list) and len(texts) == len(
                self.panel_writer.texts):
            for box, text in zip(self.panel_writer.texts, texts, strict=True):
                box.value = text
        if self.exporter is not None:
            self.exporter.share.value = self.session.share
