"""The workshop's writing exercises as widgets: "fix this letter" and the panel of three.

Both grade with followkit's own checker (:func:`followkit.grade_letter`,
:func:`followkit.grade_panel`) and record into a :class:`followkit.Progress`. The parts are
attributes, so tests drive them headlessly: set ``fixer.text.value``, click
``panel.check.click()``.
"""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from followkit.history._html import findings_html as shared_findings_html
from followkit.workshop._exercises import Progress, grade_letter, grade_panel
from followkit.workshop._lesson import LetterExercise, PanelExercise

__all__ = ["LetterFixer", "PanelWriter", "findings_html"]

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
    return f"<p class='fk-todo'>{blocking} to fix. Edit the letter; the checker follows.</p>"


class LetterFixer:
    """Pick a flawed letter, edit it, and watch the checker's findings update until done."""

    def __init__(self, letters: tuple[LetterExercise, ...], progress: Progress) -> None:
        self.letters = {item.id: item for item in letters}
        self.progress = progress
        self.choose = widgets.Dropdown(options=[(item.title, item.id) for item in letters],
                                       description="Letter", layout={"width": "32rem"})
        self.text = widgets.Textarea(layout={"width": "100%", "height": "22rem"},
                                     continuous_update=True)
        self.restart = widgets.Button(description="Start this letter again", icon="undo",
                                      layout={"width": "auto"})
        self.status = widgets.HTML()
        self.findings = widgets.HTML()
        self.text.add_class("fk-letter-text")
        self.choose.observe(self._switch, names="value")
        self.text.observe(lambda _: self._check(), names="value")
        self.restart.on_click(lambda _: self._load(self.exercise.text))
        self._drafts: dict[str, str] = {}
        self._last: dict[str, tuple] = {}
        self._first: dict[str, tuple[str, ...]] = {}
        self.answer = widgets.HTML()
        self.answer_box = widgets.Accordion([self.answer], selected_index=None)
        self.answer_box.set_title(0, "Stuck? A model answer")
        self.widget = widgets.VBox([widgets.HBox([self.choose, self.restart]), self.text,
                                    self.status, self.findings, self.answer_box])
        self.widget.add_class("fk-letter-fixer")
        self._load(self.exercise.text)

    @property
    def exercise(self) -> LetterExercise:
        """The letter exercise now chosen."""
        return self.letters[self.choose.value]

    def _switch(self, change) -> None:
        """Keep the draft of the letter left, and bring back the draft of the one chosen."""
        self._drafts[change["old"]] = self.text.value
        self._load(self._drafts.get(change["new"], self.exercise.text))

    def _load(self, text: str) -> None:
        self.answer.value = f"<pre>{escape(self.exercise.answer)}</pre>"
        self.answer_box.selected_index = None
        if self.text.value == text:
            self._check()
        self.text.value = text

    def _check(self) -> None:
        result = grade_letter(self.exercise, self.text.value)
        self.status.value = _banner(result.done, result.findings, result.problem)
        self.findings.value = findings_html(result.findings)
        exercise = self.exercise
        if self.text.value == exercise.text:
            self._first.setdefault(exercise.id, result.codes)
            return
        state = (result.done, result.codes)
        if self._last.get(exercise.id) != state:
            self._last[exercise.id] = state
            self.progress.record(f"letter:{exercise.id}", "letter", done=result.done,
                                 codes=result.codes, first_codes=self._first.get(exercise.id))

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


class PanelWriter:
    """One message to each of a panel's interviewers; the check flags copies (FK205)."""

    def __init__(self, panel: PanelExercise, progress: Progress) -> None:
        self.panel = panel
        self.progress = progress
        people = panel.interview.interviewers
        self.texts = [widgets.Textarea(value=panel.starter_for(p),
                                       layout={"width": "100%", "height": "18rem"})
                      for p in people]
        self.reports = [widgets.HTML() for _ in people]
        self.tabs = widgets.Tab([widgets.VBox([t, r]) for t, r in
                                 zip(self.texts, self.reports, strict=True)])
        for i, person in enumerate(people):
            self.tabs.set_title(i, person.name)
        self.check = widgets.Button(description="Check the three letters", icon="check",
                                    button_style="primary", layout={"width": "auto"})
        self.check.add_class("fk-panel-check")
        self.status = widgets.HTML()
        self.check.on_click(lambda _: self._check())
        self.widget = widgets.VBox([widgets.HTML(f"<p>{escape(panel.story)}</p>"), self.tabs,
                                    widgets.HBox([self.check]), self.status])
        self.widget.add_class("fk-panel-writer")

    def _check(self) -> None:
        people = self.panel.interview.interviewers
        result = grade_panel(self.panel, [t.value for t in self.texts])
        for report, found in zip(self.reports, result.findings, strict=True):
            report.value = findings_html(found)
        if result.copies:
            copied = [people[i].name for i in result.copies]
            names = ", ".join(copied[:-1]) + " and " + copied[-1]
            self.status.value = (f"<p class='fk-todo'>⚠️ The letters to {escape(names)} are "
                                 "copies of each other (FK205). The guide: “Each message should "
                                 "be tailor-made.” Mention what you discussed with each "
                                 "person.</p>")
        elif result.done:
            self.status.value = ("<p class='fk-done'><b>✔ Done: three tailored letters, "
                                 "no copies.</b></p>")
        else:
            self.status.value = ("<p class='fk-todo'>No copies now; fix the errors the checker "
                                 "shows in each tab.</p>")
        self.progress.record(f"panel:{self.panel.id}", "panel", done=result.done,
                             codes=result.codes)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
