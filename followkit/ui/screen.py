"""The coaching screen: the form on the left drives one letter per interviewer on the right.

Each letter is re-checked as the person types, with its send window, exports and the log.

``Coach(...).widget`` is what the notebook shows; :func:`followkit.ui.coach` makes one. The
clock is passed in (``now``), so a test or a demo can pin the time. The buttons' work is in
:mod:`followkit.ui.actions` (functions that return a Status the tab shows); the tabs get
their callbacks passed in (:class:`~followkit.ui.letters.TabCallbacks`).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from followkit.checks import RULES, check, check_batch
from followkit.errors import FollowkitError, LetterError
from followkit.letters import SIGN_OFFS, compose
from followkit.log import (
    DraftStore,
    default_log_path,
    drafts_path,
    form_from_json,
    form_to_json,
    interview_key,
    interview_states,
    sent_followup_ids,
)
from followkit.model import Finding, Interview, Status
from followkit.timing import parse_aware, send_window
from followkit.ui.a11y import STYLE as A11Y_STYLE
from followkit.ui.actions import export_letter, log_file, mark_letter_sent, save_plan
from followkit.ui.announce import countdown_announcement
from followkit.ui.fields import STYLE, note
from followkit.ui.form import InterviewForm
from followkit.ui.formdata import EMPTY_FORM, FormResult, read_form
from followkit.ui.formnotes import form_notes
from followkit.ui.interviews import InterviewsView
from followkit.ui.letters import LettersPanel, TabCallbacks
from followkit.ui.profile import load_profile, save_profile
from followkit.ui.session import Drafts
from followkit.ui.timers import Debounced, Ticker
from followkit.ui.views import channel_advice, findings_html, tab_title, window_html

__all__ = ["Coach", "as_clock"]

_log = logging.getLogger("followkit.ui")


def _guarded(method):
    """A widget callback: an unexpected error becomes a plain message, never a traceback.

    The traceback goes to the ``followkit.ui`` logger (JupyterLab's log console).
    """

    @functools.wraps(method)
    def run(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except Exception as exc:
            _log.exception("followkit: %s failed", method.__name__)
            self.panel.show_message(
                f"Something went wrong in followkit ({type(exc).__name__}: {exc}). Your text "
                "is kept; copy your letter somewhere safe, then run the notebook again.",
                "fk-error-note")
            return None

    return run


def as_clock(now: datetime | str | Callable[[], datetime] | None) -> Callable[[], datetime]:
    """A clock: ``None`` is the real one; a datetime (or ISO text) is pinned; a callable is used.

    A pinned time must carry its zone: ``"2026-11-19T16:18:00-06:00"``.
    """
    if now is None:
        return lambda: datetime.now(UTC)
    if isinstance(now, str | datetime):
        pinned = parse_aware(now, "now")
        return lambda: pinned
    return now


class Coach:
    """The whole screen. ``debounce`` is the pause (s) after typing before re-checking.

    ``values`` is an example to offer on first use (no interview kept yet); later the screen
    opens the interview changed last. Every interview is kept as the person types, in
    ``drafts_path`` (default: ``drafts.json`` beside the log).
    """

    def __init__(self, *, values: dict | None = None, now=None, exports_dir="exports",
                 log_path=None, profile_path="data/profile.json", debounce: float = 0.3,
                 tick: float = 30.0, drafts_file=None) -> None:
        import ipywidgets as w

        self.clock = as_clock(now)
        self.profile_path = Path(profile_path)
        self.exports_dir = Path(exports_dir)
        self._log_path = log_path
        self.form = InterviewForm(SIGN_OFFS)
        self.panel = LettersPanel(TabCallbacks(
            on_edit=self.on_edit, on_accept=self.on_accept, on_dismiss=self.on_dismiss,
            on_export=self.on_export, on_sent=self.on_sent), self.save_to_log)
        self.drafts = Drafts()
        self.result: FormResult | None = None
        #: The checker's findings for each letter (by interviewer row key).
        self.findings: dict[int, list[Finding]] = {}
        #: Why a letter could not be checked (plain text), for the letters that could not.
        self.problems: dict[int, str] = {}
        self._saved_keys: dict = {}  # the screen's interview -> the id its rows were saved under
        self.store = DraftStore.load(drafts_file or drafts_path(
            log_path or default_log_path()), self.clock())
        self.interviews = InterviewsView(self.open_interview, self.new_interview)
        self.current_id: str | None = None
        self._unsaved_base: dict | None = None  # an example or empty form, kept once changed
        self._held: dict[int, str] = {}  # restored edits waiting for their letter
        self._sent_ids: set[str] | None = None
        self._heard: str | None = None  # the countdown's phase last read out
        self.refresh_later = Debounced(self.refresh, debounce)
        self.recheck_later = Debounced(self.recheck, debounce)
        self.save_later = Debounced(self.save_draft, debounce)
        self._saved_me = self._start_values(values)
        self.form.on_change(self.refresh_later)
        self.form.on_change(self.save_later)
        self.refresh()
        self.show_interviews()
        self.ticker = Ticker(self.show_windows, tick)
        # min(…, 100%): on a narrow window (or at 200 % zoom) a column is never wider than it.
        left = w.Box([self.form.box], layout=w.Layout(flex="1 1 420px",
                                                      min_width="min(360px, 100%)"))
        right = w.Box([self.panel.widget],
                      layout=w.Layout(flex="1.4 1 520px", min_width="min(420px, 100%)"))
        #: What the notebook shows.
        self.widget = w.VBox([w.HTML(STYLE + A11Y_STYLE), self.interviews.widget,
                              w.HBox([left, right], layout=w.Layout(
                                  flex_flow="row wrap", width="100%", grid_gap="18px"))])
        self.widget.add_class("fk-app")

    @property
    def log_path(self) -> Path:
        """The log file: as given, else ``FOLLOWKIT_LOG`` or ``data/followups.csv``."""
        return log_file(self._log_path)

    def saved_key(self, entry_id: str | None) -> str | None:
        """The log id the screen's interview ``entry_id`` was saved under, if it was."""
        entry = self.store.entries.get(entry_id) if entry_id else None
        return self._saved_keys.get(entry_id) or (entry or {}).get("log_key")

    def log_key(self, interview: Interview) -> str:
        """The id to log ``interview`` under: the one this interview was saved under before.

        So a company name or a time corrected after "Save to my log" corrects the saved rows
        instead of planning a second set; another interview gets its own id.
        """
        return self.saved_key(self.current_id) or interview_key(interview)

    def _start_values(self, example: dict | None) -> dict:
        """Open the interview changed last, else the example (first use), else an empty form.

        Your saved details win over an example's. Returns "You" as shown.
        """
        profile, problem = load_profile(self.profile_path)
        newest = self.store.newest()
        if newest is not None:
            values, letters, is_example = form_from_json(newest["form"]), newest["letters"], False
            self.current_id = newest["id"]
        else:
            values, letters, is_example = dict(example or EMPTY_FORM), [], bool(example)
        if profile["name"]:  # the saved details, and the draft's choices beside them
            values["candidate"] = {**(values.get("candidate") or {}), **profile}
        self._fill(values, letters, example=is_example)
        where = ("Your details are remembered on this computer only, in "
                 f"{self.profile_path.resolve()}.")
        self.form.show_profile_note(problem or where)
        notes = list(self.store.notes)
        if is_example:
            notes.append("This is an example interview (Harlow & Pike LLP style): type over "
                         "it with yours, or click New interview for an empty form. What you "
                         "type is kept on this computer as you go.")
        self.interviews.show_note(" ".join(notes), "fk-error-note" if self.store.notes
                                  else "fk-note")
        return self.form.values()["candidate"]

    def _fill(self, values: dict, letters: list, *, example: bool = False) -> None:
        """Put ``values`` in the form and hold ``letters`` (edited texts by row) for them."""
        self.drafts = Drafts()
        self.result = None
        self._filling = True  # nothing to keep while the form is being filled
        try:
            self.form.set_values(values, example=example)
        finally:
            self._filling = False
        rows = self.form.people.rows
        self._held = {row.key: text for row, text in zip(rows, letters, strict=False)
                      if text is not None}
        self._unsaved_base = None if self.current_id else form_to_json(self.form.values())

    # --- your interviews ----------------------------------------------------------------

    def _letters_by_row(self) -> list[str | None]:
        """Each interviewer row's letter if the person edited it, else None."""
        out = []
        for row in self.form.people.rows:
            draft = next((d for d in self.drafts if d.key == row.key), None)
            out.append(draft.text if draft is not None and draft.edited
                       else self._held.get(row.key))
        return out

    @_guarded
    def save_draft(self, force: bool = False) -> None:
        """Keep the form and the edited letters in the drafts file (only when changed).

        An untouched example or empty form is not kept, unless ``force`` (it goes to the log).
        """
        if getattr(self, "_filling", False):
            return
        form, letters = form_to_json(self.form.values()), self._letters_by_row()
        if self.current_id is None:
            if not force and form == self._unsaved_base and not any(letters):
                return
            self.current_id = self.store.new_id(self.clock())
            self.interviews.show_note("")
        if not self.store.put(self.current_id, form, letters, self.clock(),
                              log_key=self.saved_key(self.current_id)):
            return
        try:
            self.store.save()
        except OSError as exc:
            self.interviews.show_note(f"Could not keep this interview in {self.store.path} "
                                      f"({exc.strerror or exc}); copy your letters somewhere "
                                      "safe.", "fk-error-note")
            return
        self.show_interviews()

    def show_interviews(self) -> None:
        """Redraw the picker: every interview kept, newest first, with what is left to do."""
        if self._sent_ids is None:
            self._sent_ids = self._read_sent()
        states = interview_states(list(self.store.entries.values()), self._sent_ids,
                                  self.clock())
        self.interviews.show(states, self.current_id)

    def _read_sent(self) -> set[str]:
        try:
            return sent_followup_ids(self.log_path)
        except (FollowkitError, OSError):
            return set()

    def log_changed(self) -> None:
        """The log was written (saved, marked sent): re-read what was sent, redraw the list."""
        self._sent_ids = None
        self.save_draft()
        self.show_interviews()

    @_guarded
    def open_interview(self, entry_id: str) -> None:
        """Go back to a kept interview: its form and its letters exactly as left."""
        self.save_later.flush()
        entry = self.store.entries.get(entry_id)
        if entry is None:
            return
        values = form_from_json(entry["form"])
        values["candidate"] = {**self.form.values()["candidate"], **values["candidate"]}
        self.current_id = entry_id
        self._fill(values, entry.get("letters") or [])
        self.refresh()
        self.show_interviews()
        self.interviews.show_note("")

    @_guarded
    def new_interview(self) -> None:
        """An empty form (your own details stay); the one before stays in the list."""
        self.save_later.flush()
        values = dict(EMPTY_FORM, candidate=self.form.values()["candidate"])
        self.current_id = None
        self._fill(values, [])
        self.panel.set_keys([])
        self.refresh()
        self.show_interviews()
        self.interviews.show_note("A new, empty form: it is kept in the list once you type.")

    # --- the form drives the letters ---------------------------------------------------

    @_guarded
    def refresh(self) -> None:
        """Read the form, recompose every letter (keeping edited ones), re-check, show."""
        values = self.form.values()
        result = read_form(values)
        if result.candidate is not None:
            self._remember_me(values["candidate"])
        shown = {key: text for key, text in result.errors.items() if self.form.should_show(key)}
        self.form.show_errors(shown)
        self.form.show_notes(form_notes(values, result=result))
        if result.errors:
            self.panel.show_messages(self._form_message(result.errors, shown))
            return
        assert result.interview is not None and result.candidate is not None  # no errors
        try:
            letters = compose(result.interview, result.candidate, result.channel,
                              sign_off=result.sign_off, length=result.length)
        except FollowkitError as exc:
            self.panel.show_message(str(exc), "fk-error-note")
            return
        self.result = result
        self.panel.show_message("")
        self.drafts.update([row["key"] for row in values["interviewers"]], letters)
        for key in [k for k in self._held if k in {d.key for d in self.drafts}]:
            self.drafts.edit(key, self._held.pop(key))
        self.recheck()

    def _form_message(self, errors: dict[str, str], shown: dict[str, str]
                      ) -> list[tuple[str, str]]:
        """What the letters panel says while the form is incomplete: (text, css) lines."""
        lines = []
        if shown:
            lines.append(("1 field needs your attention (marked in red)." if len(shown) == 1
                          else f"{len(shown)} fields need your attention (marked in red).",
                          "fk-error-note"))
        missing = [self.form.label_for(key) for key in errors if key not in shown]
        missing = [label[:1].lower() + label[1:] for label in missing]
        after = ("The letters below are from the form as it was before." if len(self.drafts)
                 else "Your letters appear here once the form is complete.")
        if missing:
            lines.append((f"Still to fill in: {', '.join(missing)}. {after}", "fk-note"))
        else:
            lines.append((after, "fk-note"))
        return lines

    def _remember_me(self, me: dict) -> None:
        if me != self._saved_me:
            try:
                save_profile(self.profile_path, me)
                self._saved_me = me
            except OSError as exc:
                self.form.show_profile_note(f"Could not remember your details ({exc}).")

    # --- the letters are checked as the person types ------------------------------------

    @_guarded
    def on_edit(self, key: int, text: str) -> None:
        """The person typed in a letter: keep it as theirs, re-check soon."""
        self.drafts.edit(key, text)
        self.recheck_later()
        self.save_later()

    @_guarded
    def on_accept(self, key: int) -> None:
        """Replace the person's edited letter by the one written from the form."""
        self.drafts.accept(key)
        self.recheck()
        self.save_later()

    @_guarded
    def on_dismiss(self, key: int) -> None:
        """Keep the person's edits; stop offering the updated letter."""
        self.drafts.dismiss(key)
        self.recheck()

    @_guarded
    def recheck(self) -> None:
        """Run the checker on every letter as it stands (FK205 looks across them), show all."""
        if self.result is None:
            return
        keys = [d.key for d in self.drafts]
        checked = self._check()
        self.findings = {key: found for key, (found, _) in zip(keys, checked, strict=True)}
        self.problems = {key: why for key, (_, why) in zip(keys, checked, strict=True) if why}
        guide = {rule.code: getattr(rule, "guide", "") for rule in RULES}
        tabs = self.panel.set_keys([d.key for d in self.drafts])
        iv, channel = self.result.interview, self.result.channel
        assert iv is not None  # a result without errors has its interview
        for tab, draft in zip(tabs, self.drafts, strict=True):
            found, problem = self.findings[draft.key], self.problems.get(draft.key)
            tab.show_text(draft.text)
            tab.show_pending(draft.interviewer.name if draft.pending else None)
            tab.show_findings(note(problem, "fk-error-note") if problem
                              else findings_html(found, len(RULES), guide))
            tab.advice.value = channel_advice(iv, channel, found)
            for kind in ("eml", "mailto"):
                tab.buttons[kind].disabled = channel != "email"
        self.panel.set_titles([tab_title(d.interviewer.name, self.findings[d.key], d.edited)
                               for d in self.drafts])
        self.show_windows()

    def _check(self) -> list[tuple[list[Finding], str]]:
        """(findings, why it could not be checked or "") per letter."""
        assert self.result is not None and self.result.interview is not None
        letters, iv = self.drafts.letters(), self.result.interview
        try:
            return [(list(found), "") for found in
                    check_batch(letters, iv, candidate=self.result.candidate)]
        except LetterError:
            checked: list[tuple[list[Finding], str]] = []
            for letter in letters:
                try:
                    checked.append((list(check(letter, iv, candidate=self.result.candidate)),
                                    ""))
                except LetterError as exc:
                    checked.append(([], str(exc)))
            return checked

    @_guarded
    def show_windows(self) -> None:
        """Update the send window and its countdown in every tab.

        A screen reader hears it only when :func:`~followkit.ui.announce.countdown_announcement`
        says so (a change of state, the last hour's marks), never at every tick.
        """
        if self.result is None or self.result.interview is None:
            return
        window = send_window(self.result.interview.ended_at, self.result.channel)
        now = self.clock()
        html = window_html(window, now)
        self._heard, news = countdown_announcement(self._heard, window, now)
        for tab in self.panel.tabs.values():
            tab.window.value = html
            if news is not None:
                tab.say(news)

    # --- exports and the log ------------------------------------------------------------

    @_guarded
    def on_export(self, key: int, kind: str) -> None:
        """Save one export of one letter (:func:`followkit.ui.actions.export_letter`)."""
        result, draft = self.result, self.drafts[key]
        assert result is not None and result.interview is not None  # a tab has a letter
        assert result.candidate is not None
        self.panel.tabs[key].show_status(export_letter(
            kind, draft.letter, result.interview, result.candidate, result.channel,
            exports_dir=self.exports_dir, now=self.clock(),
            findings=self.findings.get(key, [])))

    def _save_plan(self) -> Status:
        """Save the interview's planned follow-ups to the log; show and return what happened."""
        interview = self.result.interview if self.result is not None else None
        key = self.log_key(interview) if interview is not None else ""
        status = save_plan(self.log_path, interview,
                           self.result.channel if self.result else "email", key)
        if not status.failed:
            self._saved_keys[self.current_id] = key
        self.panel.show_log_status(status)
        return status

    @_guarded
    def on_sent(self, key: int) -> None:
        """Mark one letter as sent now in the log (saving the interview to the log first)."""
        self.save_draft(force=True)
        tab = self.panel.tabs[key]
        if self._save_plan().failed:
            tab.show_status(Status("error", "Could not mark it as sent: see the message under "
                                   "the letters."))
        else:
            result = self.result
            assert result is not None and result.interview is not None  # saved: complete
            tab.show_status(mark_letter_sent(
                self.log_path, result.interview, result.channel,
                self.drafts[key].interviewer.name, self.log_key(result.interview),
                self.clock()))
        self.log_changed()

    @_guarded
    def save_to_log(self) -> None:
        """One planned row per interviewer in the follow-up log (again: nothing doubles)."""
        self.save_draft(force=True)
        self._save_plan()
        self.log_changed()
