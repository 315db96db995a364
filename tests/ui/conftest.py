"""The coaching screen as the ui tests drive it: headless, in a temporary folder."""

from datetime import timedelta

import pytest

from followkit.ui.formdata import form_from_interview
from followkit.ui.screen import Coach


@pytest.fixture
def paths(tmp_path):
    return {"exports_dir": tmp_path / "exports", "log_path": tmp_path / "followups.csv",
            "profile_path": tmp_path / "profile.json"}


@pytest.fixture
def now(interview):
    return interview.ended_at + timedelta(minutes=48)


@pytest.fixture
def screen(interview, candidate, paths, now):
    return Coach(values=form_from_interview(interview, candidate), now=now, debounce=0, **paths)
