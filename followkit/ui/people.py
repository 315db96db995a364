"""The interviewer rows of the form: add and remove people, each with their own topics.

Each row also says what you would bring to that person's topic, and which of your skills
matter to them (ticked among the skills typed under "Your skills"; none ticked: the letters
share the skills out among the panel).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import count
from typing import Any

from followkit.log import ROLES
from followkit.ui.fields import escaped
from followkit.ui.formdata import EMPTY_INTERVIEWER, join_items, split_items
from followkit.ui.views import form_notes_html

__all__ = ["NOTE_FIELDS", "ROLE_CHOICES", "InterviewerRow", "PeopleList", "SkillMarks"]

_ROLE_LABELS = {"hiring manager": "Hiring manager", "recruiter": "Recruiter",
                "panel": "Panel member", "department head": "Department head",
                "other": "Other"}
#: The role drop-down: the log's vocabulary (``ROLES``) with a label a person reads.
ROLE_CHOICES = (("Not said", ""), *((_ROLE_LABELS.get(r, r.capitalize()), r) for r in ROLES))

_KEYS = count(1)
#: The row's fields whose notes are coached as they are typed (``fk.check_form``).
NOTE_FIELDS = ("salutation", "topics", "bring", "skills")


def _sentence(label: str, message: str) -> str:
    """``"Email: 'x@' is not …"``; ``"Name is empty; …"`` when the message starts mid-sentence."""
    return f"{label} {message}" if message[:1].islower() else f"{label}: {message}"


class InterviewerRow:
    """One interviewer: name, salutation, title, email, their topics, and a remove button.

    ``key`` stays the same while the row exists, so a letter edited for this person stays
    theirs while their name is being typed.
    """

    def __init__(self, values: dict | None = None, *, example: bool = False,
                 choices: list[str] | tuple[str, ...] = ()) -> None:
        import ipywidgets as w

        values = dict(EMPTY_INTERVIEWER, **(values or {}))
        self.key = next(_KEYS)
        #: The fields the person has changed (their messages show from then on).
        self.touched: set[str] = set()
        #: An example's role goes when its name is typed over (it was never the person's).
        self.example_role = example and bool(values.get("role"))

        def text(name, label, placeholder):
            box = w.Text(value=values[name], placeholder=placeholder, description=label,
                         style={"description_width": "62px"},
                         layout=w.Layout(flex="1 1 0", width="auto", min_width="0"))
            box.add_class(f"fk-person-{name}")
            return box

        self.name = text("name", "Name", "e.g. Dana Rivera")
        self.salutation = text("salutation", "Greeting", "optional: Ms. Rivera")
        self.title = text("title", "Title", "e.g. Controller")
        self.email = text("email", "Email", "dana@company.com")
        self.email.layout.flex = "1.3 1 0"
        self.topics = text("topics", "Topics", "what you discussed with them; separate with ;")
        self.bring = w.Text(value=values["bring"], description="You'd bring",
                            placeholder="optional: what you did that fits their topic, with its "
                                        "result, e.g. cutting the close from ten days to six",
                            style={"description_width": "86px"},
                            layout=w.Layout(width="auto"))
        self.bring.add_class("fk-person-bring")
        self.marks = SkillMarks(split_items(values["skills"]), choices)
        known = [value for _label, value in ROLE_CHOICES]
        role = values.get("role") or ""
        self.role = w.Dropdown(options=ROLE_CHOICES if role in known
                               else (*ROLE_CHOICES, (role, role)), value=role,
                               description="Role", style={"description_width": "62px"},
                               layout=w.Layout(flex="1 1 0", width="auto", min_width="0"))
        self.role.add_class("fk-person-role")
        self.remove = w.Button(description="✕ Remove", tooltip="Remove this interviewer",
                               layout=w.Layout(width="auto", flex="0 0 auto"))
        self.remove.add_class("fk-remove-person")
        self.message = w.HTML("")
        #: The lines coaching the notes of each field, made when first needed.
        self.notes: dict[str, Any] = {}
        self._parts = (
            ("", w.HBox([self.name, self.salutation, self.remove])), ("salutation", None),
            ("", w.HBox([self.title, self.role])), ("", w.HBox([self.email])),
            ("", self.topics), ("topics", None), ("", self.bring), ("bring", None),
            ("", self.marks.box), ("skills", None), ("", self.message))
        self.box = w.VBox(self._children())
        self.box.add_class("fk-person")

    def _children(self) -> list:
        """The row's widgets in order, with the notes lines made so far."""
        return [self.notes.get(name) if name else widget for name, widget in self._parts
                if not name or name in self.notes]

    @property
    def inputs(self):
        """The text boxes of the row (the role is a drop-down beside them)."""
        return (self.name, self.salutation, self.title, self.email, self.topics, self.bring)

    def values(self) -> dict:
        """What the row says, as plain data (``key`` ties it to its letter)."""
        return {"name": self.name.value, "salutation": self.salutation.value,
                "title": self.title.value, "email": self.email.value,
                "topics": self.topics.value, "role": self.role.value or "",
                "bring": self.bring.value, "skills": join_items(self.marks.marked),
                "key": self.key}

    def show_notes(self, notes: dict[str, list]) -> None:
        """Coach this row's notes (``{"topics": [FieldNote, ...]}``); clear the others.

        A field's line is made the first time it has something to say, then kept.
        """
        import ipywidgets as w

        made = False
        for name in NOTE_FIELDS:
            found = notes.get(name, [])
            if name not in self.notes and found:
                self.notes[name] = w.HTML("")
                self.notes[name].add_class(f"fk-notes-{name}")
                made = True
            line = self.notes.get(name)
            if line is not None and line.value != (html := form_notes_html(found)):
                line.value = html
        if made:
            self.box.children = self._children()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show this row's problems (``{"email": "…"}``) under it, or nothing."""
        labels = {"name": "Name", "email": "Email", "salutation": "Greeting", "title": "Title",
                  "role": "Role", "bring": "You'd bring", "skills": "Skills"}
        lines = [_sentence(labels.get(name.split("[")[0], "Topics"), message)
                 for name, message in errors.items()]
        self.message.value = "".join(
            f'<div class="fk-row-error">{escaped(line)}</div>' for line in lines)


class PeopleList:
    """The list of interviewer rows with an "add interviewer" button."""

    def __init__(self, on_change: Callable[[], None]) -> None:
        import ipywidgets as w

        self._on_change = on_change
        self.rows: list[InterviewerRow] = []
        self.choices: list[str] = []  # the skills typed under "Your skills"
        self.add = w.Button(description="Add interviewer", icon="plus",
                            layout=w.Layout(width="160px"))
        self.add.add_class("fk-add-person")
        self.add.on_click(lambda _button: self.add_row())
        self.message = w.HTML("")
        self.list = w.VBox([])
        self.box = w.VBox([self.list, self.message, self.add])

    def set_rows(self, people: list[dict], *, notify: bool = True,
                 example: bool = False) -> None:
        """Replace every row by rows showing ``people`` (``example``: an example's people)."""
        self.rows = [self._make_row(values, example=example) for values in people]
        self.list.children = [row.box for row in self.rows]
        if notify:
            self._on_change()

    def add_row(self, values: dict | None = None) -> InterviewerRow:
        """Add one empty (or filled) row at the end."""
        row = self._make_row(values)
        self.rows.append(row)
        self.list.children = [*self.list.children, row.box]
        self._on_change()
        return row

    def remove_row(self, row: InterviewerRow) -> None:
        """Remove ``row`` (its letter goes with it)."""
        self.rows.remove(row)
        self.list.children = [r.box for r in self.rows]
        self._on_change()

    def _make_row(self, values: dict | None, *, example: bool = False) -> InterviewerRow:
        row = InterviewerRow(values, example=example, choices=self.choices)
        for name, widget in zip(("name", "salutation", "title", "email", "topics", "bring",
                                 "role"), (*row.inputs, row.role), strict=True):
            widget.observe(lambda _change, name=name: self._touched(row, name), names="value")
        row.marks.on_change = lambda: self._touched(row, "skills")
        row.remove.on_click(lambda _button: self.remove_row(row))
        return row

    def set_choices(self, skills: list[str]) -> None:
        """The skills each row can tick: those typed under "Your skills" (ticks stay)."""
        self.choices = list(skills)
        for row in self.rows:
            row.marks.set_choices(self.choices)

    def show_notes(self, notes: dict[str, list]) -> None:
        """Hand each row the coaching of its notes (keys ``interviewers[i].field``)."""
        for i, row in enumerate(self.rows):
            prefix = f"interviewers[{i}]."
            row.show_notes({key[len(prefix):]: found for key, found in notes.items()
                            if key.startswith(prefix)})

    def _touched(self, row: InterviewerRow, name: str) -> None:
        if name == "name" and row.example_role and "role" not in row.touched:
            row.example_role = False
            self._quiet_role(row)
        row.touched.add(name)
        self._on_change()

    def _quiet_role(self, row: InterviewerRow) -> None:
        """Clear an example's role without counting it as the person's choice."""
        touched = set(row.touched)
        row.role.value = ""
        row.touched = touched

    def show_errors(self, errors: dict[str, str]) -> None:
        """Hand each row its own problems (keys ``interviewers[i].field``)."""
        general = errors.get("interviewers", "")
        self.message.value = f'<div class="fk-row-error">{escaped(general)}</div>' if general \
            else ""
        for i, row in enumerate(self.rows):
            prefix = f"interviewers[{i}]."
            row.show_errors({key[len(prefix):]: message for key, message in errors.items()
                             if key.startswith(prefix)})


class SkillMarks:
    """Tick boxes: which of your skills matter to one interviewer.

    The boxes show the skills typed under "Your skills"; a skill ticked earlier that is no
    longer typed there (a saved form's, or one being retyped) stays, ticked, until unticked,
    so nothing marked is lost unseen. ``marked`` is what the letter uses, in the boxes' order.
    """

    def __init__(self, marked: list[str], choices: list[str] | tuple[str, ...] = ()) -> None:
        import ipywidgets as w

        self.marked: list[str] = list(marked)
        self.on_change = lambda: None
        self._quiet = False
        self.boxes: list = []
        self.title = w.HTML('<div class="fk-label fk-marks-title">Skills that matter to them '
                            '<span class="fk-why">(none ticked: shared out among the panel)'
                            "</span></div>")
        self.list = w.HBox([], layout=w.Layout(flex_flow="row wrap"))
        self.list.add_class("fk-skill-marks")
        self.box = w.VBox([self.title, self.list])
        self.set_choices(list(choices))

    def options(self, choices: list[str]) -> list[str]:
        """The skills to show: every choice, then what is ticked that is not among them."""
        known = {c.casefold() for c in choices}
        return [*choices, *(m for m in self.marked if m.casefold() not in known)]

    def set_choices(self, choices: list[str]) -> None:
        """Show one box per skill; ticks follow the skill's text, not its place."""
        import ipywidgets as w

        options = self.options(choices)
        ticked = {m.casefold() for m in self.marked}
        self._quiet = True
        try:
            while len(self.boxes) < len(options):
                box = w.Checkbox(value=False, indent=False,
                                 layout=w.Layout(width="auto", margin="0 12px 0 0"))
                box.add_class("fk-skill-mark")
                box.observe(self._ticked, names="value")
                self.boxes.append(box)
            for box, skill in zip(self.boxes, options, strict=False):
                box.description = skill
                box.value = skill.casefold() in ticked
        finally:
            self._quiet = False
        shown = self.boxes[:len(options)]
        if list(self.list.children) != shown:
            self.list.children = shown
        self.title.layout.display = None if options else "none"

    def _ticked(self, _change) -> None:
        if self._quiet:
            return
        self.marked = [box.description for box in self.list.children if box.value]
        self.on_change()
