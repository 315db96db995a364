"""The facilitator's cohort view on the pinned demo cohort, driven headlessly."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from followkit.ui.facilitator import CHARTS, CohortView

COHORT = Path(__file__).resolve().parents[2] / "data" / "workshop" / "cohort"
NOW = datetime(2026, 11, 26, 17, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def view(tmp_path_factory) -> CohortView:
    return CohortView.load(COHORT, now=NOW, export_folder=tmp_path_factory.mktemp("png"),
                           progress=False)


def test_the_demo_cohort_loads_and_lists_its_bad_file(view):
    assert len(view.cohort.participants) == 24
    html = view.problems().value
    assert "Skipped 1" in html and "workshop-p-broken0.json" in html and "not valid JSON" in html


def test_the_headline_gives_participants_and_the_on_time_rate(view):
    html = view.headline().value
    assert "<b>24</b> participants" in html
    assert f"{view.on_time_rate:.0%}" in html
    assert 0 < view.on_time_rate < 1


def test_every_chart_shows_and_saves_as_png(view):
    for name, file_name in CHARTS.items():
        box = view.chart(name)
        assert box.children[0].value[:8] == b"\x89PNG\r\n\x1a\n"
        view.buttons[name].click()
        saved = view.export_folder / file_name
        assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert "Saved" in box.children[1].children[1].value


def test_the_findings_chart_names_the_rules(view):
    assert view.findings["name"].str.len().gt(0).all()
    assert "FK205" in set(view.findings["code"])


def test_an_unknown_chart_is_refused_with_the_choices(view):
    with pytest.raises(ValueError, match="choose one of on_time, hours"):
        view.figure("pie")


def test_the_exercise_table_lists_every_exercise(view):
    html = view.exercises_table().value
    assert "panel:panel-of-three" in html and "quiz:which-channel" in html


def test_a_wrong_folder_shows_as_a_problem_and_empty_charts_not_a_traceback(tmp_path):
    view = CohortView.load(tmp_path / "not-there", now=NOW, export_folder=tmp_path,
                           progress=False)
    assert "is not a folder" in view.problems().value
    assert "No exercise results" in view.headline().value
    for name in CHARTS:
        assert view.chart(name).children[0].value[:4] == b"\x89PNG"
