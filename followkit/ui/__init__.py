"""The notebooks' widgets (ipywidgets is imported only when a screen is made).

``followkit.ui.coach(...)`` returns the whole coaching screen for ``notebooks/coach.ipynb``;
``followkit.ui.history`` holds the history notebook's screen.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["coach", "form_values"]


def form_values(path: str | Path | None) -> dict:
    """The form values of a saved JSON form (``data/examples/forms/*.json``); None: empty."""
    from followkit.ui.formdata import EMPTY_FORM, form_from_interview

    if path is None:
        return dict(EMPTY_FORM)
    from followkit.letters import load_form_file

    form = load_form_file(path)
    return form_from_interview(form.interview, form.candidate, form.channel, form.sign_off,
                               form.length)


def coach(form=None, *, now=None, exports_dir="exports", log_path=None,
          profile_path="data/profile.json", debounce: float = 0.3):
    """The coaching screen: the form, one letter per interviewer, the window, exports, log.

    ``form`` is a saved form's path (an example to start from) or None for an empty form;
    ``now`` pins the clock (a timezone-aware datetime) or is None for the real one.
    Paths are relative to the notebook's folder. Returns a :class:`~followkit.ui.screen.Coach`;
    show ``.widget``.
    """
    from followkit.errors import FollowkitError
    from followkit.ui.fields import note
    from followkit.ui.screen import Coach

    try:
        values, problem = form_values(form), None
    except (FollowkitError, OSError) as exc:
        values, problem = None, f"Could not start from the form {form}: {exc} Starting empty."
    screen = Coach(values=values, now=now, exports_dir=exports_dir, log_path=log_path,
                   profile_path=profile_path, debounce=debounce)
    if problem:
        screen.panel.message.value = note(problem, "fk-error-note") + screen.panel.message.value
    return screen
