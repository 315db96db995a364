"""The workshop notebook's widgets, driven headlessly as a participant would use them."""

import json
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import pytest

import followkit as fk
from followkit.ui.workshop import Workshop

WORKSHOP = Path(__file__).resolve().parents[2] / "data" / "workshop"
NOW = datetime(2026, 11, 26, 16, 30, tzinfo=UTC)


@pytest.fixture
def ws() -> Workshop:
    return Workshop.load(WORKSHOP)


def test_a_quiz_answer_is_explained_and_recorded(ws):
    ws.quiz("Defining a Follow-Up")
    item = ws.quiz_items[0]
    item.check.click()
    assert "Pick an answer first" in item.feedback.value and len(ws.progress) == 0
    wrong = next(i for i, c in enumerate(item.question.choices) if not c.correct)
    right = next(i for i, c in enumerate(item.question.choices) if c.correct)
    item.choices.value = wrong
    item.check.click()
    assert "✘" in item.feedback.value
    item.choices.value = right
    item.check.click()
    assert "✔" in item.feedback.value
    (entry,) = ws.progress.results()
    assert entry["attempts"] == 2 and entry["done"] and not entry["first_try"]


def test_picking_a_send_time_shows_the_status_and_the_guide(ws):
    ws.send_time()
    item = ws.send_items[0]
    item.when.value = item.when.options[0][1]
    item.send.click()
    assert "Too early" in item.feedback.value
    assert "wait at least an hour or two" in item.feedback.value
    item.when.value = item.when.options[4][1]
    item.send.click()
    assert "On time" in item.feedback.value
    (entry,) = ws.progress.results()
    assert entry["status"] == "on_time" and entry["hours"] == 2.0 and entry["attempts"] == 2


def test_fixing_a_letter_updates_the_findings_until_done(ws):
    fixer = ws.fix_letters()
    exercise = fixer.exercise
    for code in exercise.flaws:
        assert code in fixer.findings.value
    assert "to fix" in fixer.status.value
    assert len(ws.progress) == 0  # looking is not an attempt
    fixer.text.value = exercise.answer
    assert "✔ Done" in fixer.status.value
    (entry,) = ws.progress.results()
    assert entry["found_first"] == list(exercise.flaws)
    assert entry["done"] and entry["remaining"] == []


def test_choosing_another_letter_keeps_the_draft_and_starting_again_resets_it(ws):
    fixer = ws.fix_letters()
    first, second = ws.lesson.letters[:2]
    fixer.text.value = first.text.replace("To whom it may concern,", "Dear Ms. Adeyemi,")
    fixer.choose.value = second.id
    assert fixer.text.value == second.text
    assert escape(second.answer) in fixer.answer.value
    fixer.choose.value = first.id
    assert "Dear Ms. Adeyemi," in fixer.text.value
    assert "FK101" not in fixer.findings.value
    fixer.restart.click()
    assert fixer.text.value == first.text


def test_the_panel_flags_copies_then_says_done_when_tailored(ws):
    from tests.workshop.test_exercises import tailored

    panel = ws.panel()
    panel.check.click()
    assert "copies" in panel.status.value and "FK205" in panel.reports[0].value
    for box, text in zip(panel.texts, tailored(ws.lesson), strict=True):
        box.value = text
    panel.check.click()
    assert "✔ Done" in panel.status.value
    (entry,) = ws.progress.results()
    assert entry["found_first"] == ["FK205"] and entry["done"]


def test_export_without_a_log_writes_the_exercise_results(ws, tmp_path):
    ws.quiz("Defining a Follow-Up")
    ws.quiz_items[0].choices.value = 0
    ws.quiz_items[0].check.click()
    ws.export(log_path=tmp_path / "no-log.csv", folder=tmp_path / "out", now=NOW)
    ws.exporter.export.click()
    assert "✔ Saved" in ws.exporter.result.value
    doc = fk.read_participant(ws.exporter.path)
    assert doc["exported_at"] == NOW.isoformat() and doc["log"] == []
    assert [e["id"] for e in doc["exercises"]] == ["quiz:what-is-a-follow-up"]


def test_export_with_the_participants_log_leaves_out_every_name(ws, tmp_path):
    log = fk.read_log(fk.SAMPLE_LOG_PATH)
    ws.export(log_path=fk.SAMPLE_LOG_PATH, folder=tmp_path, now=NOW)
    ws.exporter.export.click()
    data = ws.exporter.path.read_bytes().lower()
    values = {str(v) for column in ("company", "position", "interviewer", "notes")
              for v in log[column].dropna() if str(v).strip()}
    assert values
    for value in values:
        assert value.lower().encode() not in data, value
    assert len(json.loads(data)["log"]) == len(log)


def test_an_export_that_cannot_be_written_says_so_and_writes_nothing(ws, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    ws.export(log_path="", folder=blocker / "exports", now=NOW)
    ws.exporter.export.click()
    assert "Nothing exported" in ws.exporter.result.value
    assert ws.exporter.path is None


def test_the_export_reads_the_log_followkit_uses_everywhere(ws, tmp_path, monkeypatch):
    from followkit.log._store import default_log_path

    monkeypatch.setenv("FOLLOWKIT_LOG", str(fk.SAMPLE_LOG_PATH))
    ws.export(log_path=None, folder=tmp_path, now=NOW)
    assert ws.exporter.log_path == fk.SAMPLE_LOG_PATH
    monkeypatch.delenv("FOLLOWKIT_LOG")
    ws.export(log_path=None, folder=tmp_path, now=NOW)
    assert ws.exporter.log_path == default_log_path()
    assert ws.exporter.log_path.name == "followups.csv"


def test_an_empty_followkit_log_keeps_the_machine_owners_log_out(ws, tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWKIT_LOG", " ")  # docs/workshop.md: one machine, many browsers
    ws.export(log_path=None, folder=tmp_path, now=NOW)
    assert ws.exporter.log_path is None


def test_an_empty_log_path_leaves_the_log_out(ws, tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWKIT_LOG", str(fk.SAMPLE_LOG_PATH))
    ws.export(log_path="", folder=tmp_path, now=NOW)
    ws.exporter.export.click()
    assert "only your exercise results go in" in ws.exporter.result.value
    assert fk.read_participant(ws.exporter.path)["log"] == []
