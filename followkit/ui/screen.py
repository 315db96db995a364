"""The coaching screen: the form on the left drives one letter per interviewer on the right.

Each letter is re-checked as the person types, with its send window, exports and the log.

``Coach(...).box`` is the widget; :func:`followkit.ui.coach` makes one for the notebook.
The clock is passed in (``now``), so a test or a demo can pin the time.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from followkit.errors import FollowkitError, LetterError
from followkit.model import Finding
from followkit.timing import parse_aware, send_window
from followkit.ui.actions import Actions
from followkit.ui.fields import STYLE, escaped
from followkit.ui.form import InterviewForm
from followkit.ui.formdata import FormResult, read_form
from followkit.ui.letters import LettersPanel
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
    """The whole screen. ``debounce`` is the pause (s) after typing before re-checking."""

    def __init__(self, *, values: dict | None = None, now=None, exports_dir="exports",
                 log_path=None, profile_path="data/profile.json", debounce: float = 0.3,
                 tick: float = 30.0) -> None:
        import ipywidgets as w

        from followkit.letters._compose import SIGN_OFFS

        self.clock = as_clock(now)
        self.profile_path = Path(profile_path)
        self.form = InterviewForm(SIGN_OFFS)
        self.panel = LettersPanel(self, self.save_to_log)
        self.drafts = Drafts()
        self.result: FormResult | None = None
        self.findings: dict[int, list[Finding] | str] = {}
        self.actions = Actions(self, Path(exports_dir), log_path)
        self.refresh_later = Debounced(self.refresh, debounce)
        self.recheck_later = Debounced(self.recheck, debounce)
        self._saved_me = self._start_values(values)
        self.form.on_change(self.refresh_later)
        self.refresh()
        self.ticker = Ticker(self.show_windows, tick)
        left = w.Box([self.form.box], layout=w.Layout(flex="1 1 420px", min_width="360px"))
        right = w.Box([self.panel.box], layout=w.Layout(flex="1.4 1 520px", min_width="420px"))
        self.box = w.VBox([w.HTML(STYLE), w.HBox([left, right], layout=w.Layout(
            flex_flow="row wrap", width="100%", grid_gap="18px"))])
        self.box.add_class("fk-app")

    def _start_values(self, values: dict | None) -> dict:
        """Fill the form; your saved details win over an example's. Returns "You" as shown."""
        profile, problem = load_profile(self.profile_path)
        values = dict(values or {})
        if profile["name"]:
            values["candidate"] = profile
        self.form.set_values(values)
        where = ("Your details are remembered on this computer only, in "
                 f"{self.profile_path.resolve()}.")
        self.form.show_profile_note(problem or where)
        return self.form.values()["candidate"]

    # --- the form drives the letters ---------------------------------------------------

    @_guarded
    def refresh(self) -> None:
        """Read the form, recompose every letter (keeping edited ones), re-check, show."""
        from followkit.letters._compose import compose

        values = self.form.values()
        result = read_form(values)
        if result.candidate is not None:
            self._remember_me(values["candidate"])
        shown = {key: text for key, text in result.errors.items() if self.form.should_show(key)}
        self.form.show_errors(shown)
        if result.errors:
            self.panel.show_messages(self._form_message(result.errors, shown))
            return
        assert result.interview is not None and result.candidate is not None  # no errors
        try:
            letters = compose(result.interview, result.candidate, result.channel,
                              sign_off=result.sign_off)
        except FollowkitError as exc:
            self.panel.show_message(str(exc), "fk-error-note")
            return
        self.result = result
        self.panel.show_message("")
        self.drafts.update([row["key"] for row in values["interviewers"]], letters)
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

    @_guarded
    def on_accept(self, key: int) -> None:
        """Replace the person's edited letter by the one written from the form."""
        self.drafts.accept(key)
        self.recheck()

    @_guarded
    def on_dismiss(self, key: int) -> None:
        """Keep the person's edits; stop offering the updated letter."""
        self.drafts.dismiss(key)
        self.recheck()

    @_guarded
    def recheck(self) -> None:
        """Run the checker on every letter as it stands (FK205 looks across them), show all."""
        from followkit.checks import RULES

        if self.result is None:
            return
        self.findings = dict(zip([d.key for d in self.drafts], self._check(), strict=True))
        guide = {rule.code: getattr(rule, "guide", "") for rule in RULES}
        tabs = self.panel.set_keys([d.key for d in self.drafts])
        iv, channel = self.result.interview, self.result.channel
        assert iv is not None  # a result without errors has its interview
        for tab, draft in zip(tabs, self.drafts, strict=True):
            found = self.findings[draft.key]
            tab.show_text(draft.text)
            tab.show_pending(draft.interviewer.name if draft.pending else None)
            tab.findings.value = (findings_html(found, len(RULES), guide)
                                  if isinstance(found, list) else found)
            tab.advice.value = channel_advice(iv, channel, found if isinstance(found, list)
                                              else [])
            for kind in ("eml", "mailto"):
                tab.buttons[kind].disabled = channel != "email"
        self.panel.set_titles([
            tab_title(d.interviewer.name, f if isinstance(f := self.findings[d.key], list)
                      else [], d.edited) for d in self.drafts])
        self.show_windows()

    def _check(self) -> list[list[Finding] | str]:
        """Findings per letter; a letter that cannot be checked gets a message instead."""
        from followkit.checks import check, check_batch

        assert self.result is not None and self.result.interview is not None
        letters, iv = self.drafts.letters(), self.result.interview
        try:
            return list(check_batch(letters, iv, candidate=self.result.candidate))
        except LetterError:
            found: list[list[Finding] | str] = []
            for letter in letters:
                try:
                    found.append(check(letter, iv, candidate=self.result.candidate))
                except LetterError as exc:
                    found.append(f'<div class="fk-error-note">{escaped(str(exc))}</div>')
            return found

    @_guarded
    def show_windows(self) -> None:
        """Update the send window and its countdown in every tab."""
        if self.result is None or self.result.interview is None:
            return
        window = send_window(self.result.interview.ended_at, self.result.channel)
        html = window_html(window, self.clock())
        for tab in self.panel.tabs.values():
            tab.window.value = html

    # --- exports and the log ------------------------------------------------------------

    @_guarded
    def on_export(self, key: int, kind: str) -> None:
        """Save one export of one letter (see :class:`followkit.ui.actions.Actions`)."""
        self.actions.export(key, kind)

    @_guarded
    def on_sent(self, key: int) -> None:
        """Mark one letter as sent now in the log."""
        self.actions.mark_sent(key)

    @_guarded
    def save_to_log(self) -> None:
        """One planned row per interviewer in the follow-up log (again: nothing doubles)."""
        self.actions.save_to_log()
