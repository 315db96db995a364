"""The facilitator's room view, on the pinned demo cohort and on a folder filling up."""

import shutil
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import pytest

import followkit as fk
from followkit.ui.facilitator import CHARTS, RoomView

DATA = Path(__file__).resolve().parents[2] / "data" / "workshop"
COHORT = DATA / "cohort"
NOW = datetime(2026, 11, 26, 17, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def room(tmp_path_factory) -> RoomView:
    return RoomView.open(COHORT, DATA, export_folder=tmp_path_factory.mktemp("png"), now=NOW)


def test_the_demo_cohort_loads_and_lists_its_bad_file(room):
    assert room.state.participants == 24
    box = room.controls().widget
    assert "Skipped 1" in room.files.value and "workshop-p-broken0.json" in room.files.value
    assert "<b>24</b> participants" in room.head.value and box.children


def test_every_chart_shows_and_saves_as_png(room):
    for name, file_name in CHARTS.items():
        box = room.chart(name).widget
        assert box.children[0].value.startswith("<img src='data:image/png;base64,iVBORw0KGgo")
        room.buttons[name].click()
        saved = room.state.export_folder / file_name
        assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert "Saved" in room.notes[name].value


def test_the_room_is_summarised_from_the_exercise_results_alone(room):
    state = room.state
    assert state.send_spread["count"].sum() == 2 * 24
    assert set(state.send_spread["grade"]) <= {"early", "on_time", "not_at_once", "late"}
    per_question = state.quiz.groupby("exercise")["count"].sum()
    assert (per_question > 0).all() and (per_question <= 24).all()
    assert list(state.sections["section"]) == [s for s, _ in fk.workshop.SECTIONS]
    assert (state.sections["done"] <= state.sections["started"]).all()


def test_charts_label_exercises_by_title_and_count_in_whole_numbers(room):
    figure = room.state.figure("exercises")
    ax = figure.axes[0]
    labels = " ".join(t.get_text() for t in ax.get_yticklabels())
    assert "The letter that pushes too hard" in labels and "letter:" not in labels
    assert all(float(t).is_integer() for t in ax.get_xticks())
    assert not ax.get_legend()  # the legend sits outside the axes, on the figure


def test_without_personal_logs_the_on_time_charts_say_so(tmp_path):
    drop = tmp_path / "drop"
    ws = fk.Progress()
    ws.record("quiz:which-channel", "quiz", done=True, answer=1)
    fk.export_participant(drop, ws.results(), None, "salt-salt-salt", exported_at=NOW,
                          participant="p-0123456789abcdef")
    room = RoomView.open(drop, DATA, export_folder=tmp_path / "png", now=NOW)
    assert "no personal logs" in room.head.value
    texts = [t.get_text() for t in room.state.figure("on_time").axes[0].texts]
    assert any("No personal follow-up logs" in t for t in texts)
    assert not room.state.figure("hours").axes[0].patches


def test_refresh_picks_up_files_as_they_arrive_and_a_reexport_counts_once(tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    room = RoomView.open(drop, DATA, export_folder=tmp_path / "png", now=NOW)
    room.chart("sections")
    assert "No participant file" in room.head.value
    before = room.images["sections"].value
    for k in range(3):
        shutil.copy(COHORT / f"workshop-p-000{k}.json", drop)
    shutil.copy(COHORT / "workshop-p-0001.json", drop)  # the same file again: one person
    room.refresh_button.click()
    assert room.state.participants == 3 and "3 participant files read" in room.refreshed.value
    assert room.images["sections"].value != before


def test_the_projector_shows_a_shared_letter_with_its_findings_and_no_name(room):
    options = room.state.shared()
    assert options and all(label.startswith("Letter ") for label, _ in options)
    room.letter.value = options[0][1]
    room.show.click()
    html = room.projected.value
    assert "fk-projected" in html and "p-00" not in html and "A. Participant" in html
    assert "checker" in html or "fk-findings" in html
    title = options[0][0].split(": ", 1)[1]
    assert title in html


def test_a_wrong_folder_shows_as_a_problem_not_a_traceback(tmp_path):
    room = RoomView.open(tmp_path / "not-there", DATA, export_folder=tmp_path, now=NOW)
    assert "is not a folder" in room.refresh().text
    for name in CHARTS:
        assert room.chart(name).widget.children[0].value.startswith("<img src='data:image/png")
    assert len(room.widget.children) == len(CHARTS) + 2  # controls, charts, projector


def test_every_chart_has_alternative_text_with_its_numbers(room):
    for name in CHARTS:
        room.chart(name)
        alt = room.state.describe(name)
        assert f"alt='{escape(alt)}'" in room.images[name].value
        assert any(ch.isdigit() for ch in alt), (name, alt)
    done = room.state.sections.set_index("section")["done"]
    assert f"of {room.state.participants} participants" in room.state.describe("sections")
    assert f"What a follow-up is: {int(done.iloc[0])} done" in room.state.describe("sections")
    summary = room.state.summary
    assert (f"{summary['followups']} follow-ups in the participants' logs: "
            f"{summary['by_status']['on_time']} on time") in room.state.describe("on_time")
    top = room.state.findings.iloc[0]
    assert f"{top['code']} {top['name']} {int(top['left'])}" in room.state.describe("findings")


def test_show_as_table_gives_each_chart_s_data_as_an_html_table(room):
    room.chart("send_time")
    assert room.tables["send_time"].value == ""
    room.toggles["send_time"].value = True
    table = room.tables["send_time"].value
    assert "<caption>" in table and "<th scope='col'>Participants</th>" in table
    assert table.count("<tr>") == len(room.state.send_spread) + 1
    room.toggles["send_time"].value = False
    assert room.tables["send_time"].value == ""


def test_without_data_the_words_and_tables_say_so(tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    room = RoomView.open(drop, DATA, export_folder=tmp_path / "png", now=NOW)
    for name in CHARTS:
        assert "yet" in room.state.describe(name), name
    room.chart("hours")
    room.toggles["hours"].value = True
    assert "No data yet." in room.tables["hours"].value
