"""The workshop's writing exercises as widgets: "fix this letter" and the panel of three.

Both grade with followkit's own checker (:func:`followkit.grade_letter`,
:func:`followkit.grade_panel`), record into the participant's session, and show a scenario
card: who the letter is to, the company and position, what was discussed with each
interviewer and the candidate's skills. The parts are attributes, so tests drive them
headlessly: set ``fixer.text.value``, click ``panel.check.click()``.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import ipywidgets as widgets

from followkit.history import findings_html as shared_findings_html
from followkit.model import Interview, Interviewer
from followkit.ui.a11y import live
from followkit.ui.views import tab_title
from followkit.workshop import LetterExercise, PanelExercise, Progress, grade_letter, grade_panel

__all__ = ["LetterFixer", "PanelWriter", "findings_html", "scenario_html"]

_CHANNEL = {"email": "an email", "handwritten": "a handwritten note"}
#: The model answer wraps between words, never inside one.
_READABLE = "white-space:pre-wrap;word-break:normal;overflow-wrap:normal;font-family:monospace"


def _noop(_key: str, _value: object) -> None:
    return None


def _list(items) -> str:
    return ", ".join(escape(t) for t in items) if items else "<i>nothing in particular</i>"


def scenario_html(interview: Interview, to: Interviewer | None = None,
                  channel: str = "email") -> str:
    """The scenario card: who it is to, where and for what, what was discussed, your skills.

    ``to`` is the one reader of a single letter; without it every interviewer is listed, each
    with what was discussed with them.
    """
    people = [to] if to is not None else list(interview.interviewers)
    rows = []
    for person in people:
        title = f", {escape(person.title)}" if person.title else ""
        greet = f" (greet them as <i>{escape(person.addressed_as)}</i>)" if person.salutation \
            else ""
        rows.append(f"<li><b>{escape(person.name)}</b>{title}{greet}: you discussed "
                    f"{_list(person.topics)}</li>")
    mentioned = {t for person in people for t in person.topics}
    extra = [t for t in interview.topics if t not in mentioned]
    label = "With everyone" if len(interview.interviewers) > 1 else "Also discussed"
    shared = f"<div>{label}: {_list(extra)}</div>" if extra else ""
    header = "To" if to is not None else "The panel"
    return (
        "<div class='fk-scenario' style='border-left:4px solid #0072b2;padding:4px 10px;"
        "margin:6px 0;background:#f4f8fb'>"
        f"<div><b>{escape(interview.position)}</b> at <b>{escape(interview.company)}</b> · "
        f"you write {_CHANNEL.get(channel, escape(channel))}</div>"
        f"<div>{header}:</div><ul style='margin:2px 0'>{''.join(rows)}</ul>{shared}"
        f"<div>Your skills to mention: {_list(interview.skills)}</div></div>")


def findings_html(findings) -> str:
    """Findings as the coach shows them, or a line saying there is nothing to change."""
    if not findings:
        return "<p>✔ The checker finds nothing to change.</p>"
    return shared_findings_html(findings)


def _banner(done: bool, findings, problem: str = "") -> str:
    if problem:
        return f"<p class='fk-problem'>⛔ {escape(problem)}</p>"
    if done:
        advice = sum(f.severity == "info" for f in findings)
        rest = f" ({advice} tip{'s' if advice != 1 else ''} left: advice only)" if advice else ""
        return f"<p class='fk-done'><b>✔ Done: no errors or warnings left{rest}.</b></p>"
    blocking = sum(f.severity != "info" for f in findings)
    return f"<p class='fk-todo'>⚠️ {blocking} to fix. Edit the letter; the checker follows.</p>"


class LetterFixer:
    """Pick a flawed letter, edit it, and watch the checker's findings update until done.

    ``remember(key, value)`` is called with each draft (``letter:<id>``) and the letter shown
    (``letter``), so the page can come back as it was after a reload.
    """

    def __init__(self, letters: tuple[LetterExercise, ...], progress: Progress,
                 remember: Callable[[str, object], None] = _noop,
                 drafts: dict[str, str] | None = None, chosen: str | None = None) -> None:
        self.letters = {item.id: item for item in letters}
        self.progress = progress
        self.remember = remember
        self.choose = widgets.Dropdown(options=[(item.title, item.id) for item in letters],
                                       value=chosen if chosen in self.letters else letters[0].id,
                                       description="Letter", layout={"width": "32rem"})
        self.choose.add_class("fk-letter-choice")
        self.card = widgets.HTML()
        self.text = widgets.Textarea(layout={"width": "100%", "height": "22rem"},
                                     continuous_update=True)
        self.restart = widgets.Button(description="Start this letter again", icon="undo",
                                      layout={"width": "auto"})
        self.status = widgets.HTML()
        self.findings = widgets.HTML()
        self.text.add_class("fk-letter-text")
        self._drafts: dict[str, str] = dict(drafts or {})
        self._last: dict[str, tuple] = {}
        self._first: dict[str, tuple[str, ...]] = {}
        self.answer = widgets.HTML()
        self.answer_box = widgets.Accordion([self.answer], selected_index=None)
        self.answer_box.set_title(0, "Stuck? A model answer")
        self.widget = widgets.VBox([widgets.HBox([self.choose, self.restart]), self.card,
                                    self.text, self.status, self.findings, self.answer_box])
        self.widget.add_class("fk-letter-fixer")
        self.choose.observe(self._switch, names="value")
        self.text.observe(lambda _: self._check(), names="value")
        self.restart.on_click(lambda _: self._load(self.exercise.text))
        self._load(self._drafts.get(self.exercise.id, self.exercise.text))

    @property
    def exercise(self) -> LetterExercise:
        """The letter exercise now chosen."""
        return self.letters[self.choose.value]

    def _switch(self, change) -> None:
        """Keep the draft of the letter left, and bring back the draft of the one chosen."""
        self._drafts[change["old"]] = self.text.value
        self.remember("letter", change["new"])
        self._load(self._drafts.get(change["new"], self.exercise.text))

    def _load(self, text: str) -> None:
        exercise = self.exercise
        self.card.value = scenario_html(exercise.interview, exercise.interviewer,
                                        exercise.channel)
        self.answer.value = f"<div style='{_READABLE}'>{escape(exercise.answer)}</div>"
        self.answer_box.selected_index = None
        if self.text.value == text:
            self._check()
        self.text.value = text

    def _check(self) -> None:
        result = grade_letter(self.exercise, self.text.value)
        self.status.value = live(_banner(result.done, result.findings, result.problem))
        self.findings.value = findings_html(result.findings)
        exercise = self.exercise
        if self.text.value == exercise.text:
            self._first.setdefault(exercise.id, result.codes)
            if self._drafts.pop(exercise.id, None) is not None:
                self.remember(f"letter:{exercise.id}", None)
            return
        self._drafts[exercise.id] = self.text.value
        self.remember(f"letter:{exercise.id}", self.text.value)
        state = (result.done, result.codes)
        if self._last.get(exercise.id) != state:
            self._last[exercise.id] = state
            self.progress.record(f"letter:{exercise.id}", "letter", done=result.done,
                                 codes=result.codes,
                                 first_codes=self._first.get(exercise.id, exercise.flaws))


def _names(people) -> str:
    names = [escape(p.name) for p in people]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class PanelWriter:
    """One message to each of a panel's interviewers; Done only when each is its own.

    Done means: every letter edited from the pasted one, no two letters copies (FK205), and no
    error or warning left in any of them (each must name what that person discussed).
    """

    def __init__(self, panel: PanelExercise, progress: Progress,
                 remember: Callable[[str, object], None] = _noop,
                 texts: list[str] | None = None) -> None:
        self.panel = panel
        self.progress = progress
        self.remember = remember
        people = panel.interview.interviewers
        starters = [panel.starter_for(p) for p in people]
        if texts is None or len(texts) != len(people):
            texts = starters
        self.texts = [widgets.Textarea(value=t, layout={"width": "100%", "height": "18rem"})
                      for t in texts]
        self.cards = [widgets.HTML(scenario_html(panel.interview, p)) for p in people]
        self.reports = [widgets.HTML() for _ in people]
        self.tabs = widgets.Tab([widgets.VBox([c, t, r]) for c, t, r in
                                 zip(self.cards, self.texts, self.reports, strict=True)])
        self.tabs.add_class("fk-tabs")  # long names in words wrap, like the coach's tabs
        for i, person in enumerate(people):
            self.tabs.set_title(i, f"Letter to {person.name}")
        self.check = widgets.Button(description=f"Check the {len(people)} letters", icon="check",
                                    button_style="primary", layout={"width": "auto"})
        self.check.add_class("fk-panel-check")
        self.status = widgets.HTML()
        self.check.on_click(lambda _: self._check())
        for box in self.texts:
            box.observe(lambda _: self.remember(f"panel:{panel.id}",
                                                [t.value for t in self.texts]), names="value")
        self.widget = widgets.VBox([widgets.HTML(f"<p>{escape(panel.story)}</p>"),
                                    widgets.HTML(scenario_html(panel.interview)), self.tabs,
                                    widgets.HBox([self.check]), self.status])
        self.widget.add_class("fk-panel-writer")

    def _check(self) -> None:
        people = self.panel.interview.interviewers
        result = grade_panel(self.panel, [t.value for t in self.texts])
        for i, (report, found) in enumerate(zip(self.reports, result.findings, strict=True)):
            report.value = findings_html(found)
            self.tabs.set_title(i, tab_title(people[i].name, found, edited=False))
        if result.copies:
            self.status.value = (
                f"<p class='fk-todo'>⚠️ The letters to "
                f"{_names([people[i] for i in result.copies])} are copies of each other "
                "(FK205). The guide: “Each message should be tailor-made.” Mention what you "
                "discussed with each person (see the card in each tab).</p>")
        elif result.unedited:
            self.status.value = (
                f"<p class='fk-todo'>Still as pasted: the letter to "
                f"{_names([people[i] for i in result.unedited])}. Tailor it to that person.</p>")
        elif result.done:
            self.status.value = (
                f"<p class='fk-done'><b>✔ Done: {len(people)} tailored letters, no copies, "
                "no warnings.</b></p>")
        else:
            self.status.value = (
                f"<p class='fk-todo'>No copies now; fix what the checker still shows in the "
                f"letters to {_names([people[i] for i in result.blocked])}.</p>")
        self.status.value = live(self.status.value)
        self.progress.record(f"panel:{self.panel.id}", "panel", done=result.done,
                             codes=result.codes)
