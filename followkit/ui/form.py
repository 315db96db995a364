"""The interview form: what happened at the interview, how you will follow up, and who you are.

:meth:`InterviewForm.values` gives plain data for :func:`followkit.ui.formdata.read_form`;
:meth:`InterviewForm.show_errors` puts each message beside its field.
"""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import available_timezones

from followkit.model import DIALECT_NAMES, DIALECTS
from followkit.ui.fields import Field, escaped
from followkit.ui.formdata import EMPTY_FORM, split_items
from followkit.ui.people import PeopleList
from followkit.ui.views import form_notes_html

__all__ = ["AGREED_CHOICES", "DIALECT_CHOICES", "LENGTH_CHOICES", "NOTE_FIELDS",
           "InterviewForm"]

#: The ways of staying in touch a person can say were agreed at the interview.
AGREED_CHOICES = (("Nothing was agreed", ""), ("Email", "email"),
                  ("A handwritten note", "handwritten"), ("Phone", "phone"),
                  ("Text message", "text"))

#: The spelling the letters are proofread in (FK702: en-GB accepts "licence").
DIALECT_CHOICES = tuple((f"{DIALECT_NAMES[d]} ({d})", d) for d in DIALECTS)
#: How long the letters are.
LENGTH_CHOICES = (("Standard: three short paragraphs", "standard"),
                  ("Brief: about 60 to 90 words", "brief"))
#: The form's own fields whose notes are coached as they are typed (``fk.check_form``).
NOTE_FIELDS = ("topics", "challenges", "skills", "next_step")

_SIMPLE = ("company", "position", "topics", "challenges", "skills", "other_companies",
           "next_step", "agreed_channel", "channel", "length", "locale", "sign_off")
_CANDIDATE = ("name", "email", "phone", "portfolio_url")


def _sentence(label: str, message: str) -> str:
    """``"Company is empty; fill it in."``: a message that starts mid-sentence gets its label."""
    return f"{label} {message}" if message[:1].islower() else message


class InterviewForm:
    """Every field of the coaching form; ``box`` is the widget to show."""

    def __init__(self, sign_offs: tuple[str, ...]) -> None:
        import ipywidgets as w

        self._callbacks: list[Callable[[], None]] = []
        self._quiet = False

        def text(placeholder, css, area=False):
            cls = w.Textarea if area else w.Text
            box = cls(placeholder=placeholder, continuous_update=True,
                      layout=w.Layout(height="52px") if area else w.Layout())
            box.add_class(css)
            return box

        self.company = text("e.g. Harlow & Pike LLP", "fk-company")
        self.position = text("e.g. Senior Staff Accountant", "fk-position")
        self.date = w.DatePicker(description="Interview ended",
                                 style={"description_width": "125px"},
                                 layout=w.Layout(width="275px"))
        self.date.add_class("fk-date")
        self.time = w.TimePicker(description="at", style={"description_width": "18px"},
                                 layout=w.Layout(width="140px"))
        self.time.add_class("fk-time")
        self.timezone = w.Combobox(options=sorted(available_timezones()), ensure_option=False,
                                   placeholder="Type to search, e.g. America/Chicago")
        self.timezone.add_class("fk-timezone")
        self.people = PeopleList(self._changed)
        self.topics = text("What you talked about; separate with ;", "fk-topics", area=True)
        self.challenges = text("Challenges the company faces; separate with ;",
                               "fk-challenges", area=True)
        self.skills = text("Your skills and experience that fit; separate with ;",
                           "fk-skills", area=True)
        self.other_companies = text("Optional: other companies you are writing to",
                                    "fk-other-companies")
        self.next_step = text("Optional: what you will do next, e.g. send my references",
                              "fk-next-step")
        self.next_step_by = w.DatePicker(layout=w.Layout(width="275px"))
        self.next_step_by.add_class("fk-next-step-by")
        self.agreed_channel = w.Dropdown(options=AGREED_CHOICES, value="")
        self.agreed_channel.add_class("fk-agreed")
        self.channel = w.Dropdown(options=(("Email", "email"),
                                           ("A handwritten note", "handwritten")))
        self.channel.add_class("fk-channel")
        self.length = w.Dropdown(options=LENGTH_CHOICES, value="standard")
        self.length.add_class("fk-length")
        self.locale = w.Dropdown(options=DIALECT_CHOICES, value=DIALECTS[0])
        self.locale.add_class("fk-locale")
        self.sign_off = w.Dropdown(options=sign_offs, value=sign_offs[0])
        self.sign_off.add_class("fk-sign-off")
        self.me = {name: text(hint, f"fk-me-{name}") for name, hint in (
            ("name", "Your full name"), ("email", "you@example.com"),
            ("phone", "Optional, e.g. +1 312 555 0142"),
            ("portfolio_url", "Optional link to previous work, https://…"))}
        self.contact_in_body = w.Checkbox(value=False, indent=False)
        self.contact_in_body.add_class("fk-contact-in-body")
        self.fields = self._layout(w)
        self.profile_note = w.HTML("")
        self.touched: set[str] = set()
        for key, widget in self._inputs():
            widget.observe(lambda _change, key=key: self._touch(key), names="value")
        ended = w.HBox([self.date, self.time], layout=w.Layout(flex_flow="row wrap"))
        self.fields["ended"] = Field("Interview ended", ended)
        self.fields["timezone"] = Field("Time zone", self.timezone)
        self.fields["next_step_by"] = Field("Next step by", self.next_step_by)
        self.skills.observe(lambda change: self.people.set_choices(split_items(change["new"])),
                            names="value")
        f = self.fields
        self.box = w.VBox([
            w.HTML('<h3 class="fk-title">Your interview</h3>'),
            f["company"].box, f["position"].box, f["ended"].box, f["timezone"].box,
            w.HTML('<div class="fk-label">Who interviewed you</div>'), self.people.box,
            f["topics"].box, f["challenges"].box, f["skills"].box, f["other_companies"].box,
            f["next_step"].box, f["next_step_by"].box,
            w.HTML('<h3 class="fk-title">Your follow-up</h3>'),
            f["agreed_channel"].box, f["channel"].box, f["length"].box, f["locale"].box,
            f["sign_off"].box,
            w.HTML('<h3 class="fk-title">You</h3>'),
            *(f[f"candidate.{name}"].box for name in _CANDIDATE),
            f["candidate.contact_in_body"].box, self.profile_note,
        ], layout=w.Layout(width="100%"))

    def _layout(self, w) -> dict[str, Field]:
        labels = {"company": "Company", "position": "Position", "topics": "Discussed",
                  "challenges": "Their challenges", "skills": "Your skills",
                  "other_companies": "Also applying to", "next_step": "Next step agreed",
                  "agreed_channel": "Agreed contact", "channel": "You will send",
                  "length": "Letter length", "locale": "Spelling", "sign_off": "Sign-off"}
        fields = {name: Field(label, getattr(self, name)) for name, label in labels.items()}
        for name, label in (("name", "Your name"), ("email", "Your email"),
                            ("phone", "Your phone"), ("portfolio_url", "Link to your work")):
            fields[f"candidate.{name}"] = Field(label, self.me[name])
        fields["candidate.contact_in_body"] = Field(
            "Also give my email and phone in the letter's last paragraph", self.contact_in_body,
            label_width="initial")
        return fields

    def _inputs(self):
        yield from ((name, getattr(self, name)) for name in _SIMPLE)
        yield from (("date", self.date), ("time", self.time), ("timezone", self.timezone),
                    ("next_step_by", self.next_step_by))
        yield from ((f"candidate.{name}", box) for name, box in self.me.items())
        yield "candidate.contact_in_body", self.contact_in_body

    def _touch(self, key: str) -> None:
        if not self._quiet:
            self.touched.add(key)
        self._changed()

    def should_show(self, key: str) -> bool:
        """Whether to show the message for ``key`` now.

        Yes once the person changed that field, or when it holds something (a wrong value);
        an empty field nobody has touched yet waits, and is listed as still to fill in.
        """
        value: object = None
        if key.startswith("interviewers["):
            index, _, name = key[len("interviewers["):].partition("].")
            if int(index) >= len(self.people.rows):
                return True
            row = self.people.rows[int(index)]
            if name in row.touched:
                return True
            value = row.values().get(name.split("[")[0])
        elif key in self.touched or key == "interviewers":
            return True
        elif key.startswith("candidate."):
            name = key.split(".", 1)[1]
            value = self.me[name].value if name in self.me else None
        elif hasattr(self, key):
            value = getattr(self, key).value
        return not (value is None or (isinstance(value, str) and not value.strip()))

    def label_for(self, key: str) -> str:
        """A field as the form names it: ``"Position"``, ``"the email of interviewer 2"``."""
        if key.startswith("interviewers["):
            index, _, name = key[len("interviewers["):].partition("].")
            return f"the {name.split('[')[0]} of interviewer {int(index) + 1}"
        if key in ("date", "time"):
            return f"the {key} the interview ended"
        field = self.fields.get(key)
        return field.label if field else key

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` whenever any field changes (not while values are being set)."""
        self._callbacks.append(callback)

    def _changed(self) -> None:
        if not self._quiet:
            for callback in self._callbacks:
                callback()

    def values(self) -> dict:
        """What the form says, as plain data (shape of ``EMPTY_FORM``)."""
        values = {name: getattr(self, name).value for name in _SIMPLE}
        values.update(date=self.date.value, time=self.time.value, timezone=self.timezone.value,
                      next_step_by=self.next_step_by.value,
                      interviewers=[row.values() for row in self.people.rows],
                      candidate={**{name: box.value for name, box in self.me.items()},
                                 "contact_in_body": self.contact_in_body.value})
        return values

    def set_values(self, values: dict, *, example: bool = False) -> None:
        """Fill the form from plain data; listeners hear about it once, at the end.

        ``example``: the values are an example's (its interviewers' roles go when their names
        are typed over). What was touched before is forgotten: a fresh form.
        """
        values = {**EMPTY_FORM, **values}
        self.touched = set()
        self._quiet = True
        try:
            for name in _SIMPLE:
                widget = getattr(self, name)
                if hasattr(widget, "options"):  # a choice: keep the current one if unknown
                    known = [o[1] if isinstance(o, tuple) else o for o in widget.options]
                    widget.value = values[name] if values[name] in known else widget.value
                else:
                    widget.value = values[name] or ""
            self.date.value, self.time.value = values["date"], values["time"]
            self.timezone.value = values["timezone"] or ""
            self.next_step_by.value = values["next_step_by"]
            self.people.set_choices(split_items(values["skills"] or ""))
            for name, box in self.me.items():
                box.value = values["candidate"].get(name, "") or ""
            self.contact_in_body.value = bool(values["candidate"].get("contact_in_body"))
            self.people.set_rows(values["interviewers"], notify=False, example=example)
        finally:
            self._quiet = False
        self._changed()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Put each message beside its field; clear fields that are fine now."""
        labels = {"date": "Date", "time": "Time"}
        ended = [_sentence(labels[key], errors[key]) for key in labels if key in errors]
        self.fields["ended"].show_error(" ".join(ended) or None)
        for name, field in self.fields.items():
            if name != "ended":
                field.show_error(_sentence(field.label, errors[name]) if name in errors
                                 else None)
        self.people.show_errors(errors)

    def show_notes(self, notes: dict[str, list]) -> None:
        """Coach each field's notes beside it (:func:`followkit.ui.formnotes.form_notes`)."""
        for name in NOTE_FIELDS:
            found = notes.get(name, [])
            self.fields[name].show_notes(form_notes_html(found), empty=not found)
        self.people.show_notes(notes)

    def show_profile_note(self, text: str) -> None:
        """A quiet line under "You" (where your details are remembered, or a problem)."""
        self.profile_note.value = f'<div class="fk-note">{escaped(text)}</div>'
