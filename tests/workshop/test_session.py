"""A participant's session: one id, work saved as it happens, brought back, exported."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

import followkit as fk
from followkit.errors import WorkshopError
from followkit.workshop import Session, anonymous_letter, new_participant_id, valid_participant_id
from followkit.workshop._session import load_session, save_session

DATA = Path(__file__).resolve().parents[2] / "data" / "workshop"
NOW = datetime(2026, 11, 26, 16, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def lesson():
    return fk.load_lesson(DATA)


def session(lesson, tmp_path, **options) -> Session:
    return Session(lesson, drop_folder=tmp_path / "drop", session_folder=tmp_path / "home",
                   clock=lambda: NOW, **options)


def test_participant_ids_are_random_and_safe_in_a_file_name():
    ids = {new_participant_id() for _ in range(50)}
    assert len(ids) == 50 and all(valid_participant_id(i) for i in ids)
    for bad in ("", "p-", "../etc", "p-XYZ12345", "p-1234567/..", None, 7):
        assert not valid_participant_id(bad)
    with pytest.raises(WorkshopError, match="not a participant id"):
        save_session("/tmp", "../../x", {}, saved_at=NOW)


def test_a_saved_session_loads_back_and_a_stranger_file_is_refused(tmp_path):
    pid = new_participant_id()
    save_session(tmp_path, pid, {"answers": {"quiz:a": 1}}, saved_at=NOW)
    assert load_session(tmp_path, pid) == {"answers": {"quiz:a": 1}}
    assert load_session(tmp_path, new_participant_id()) is None
    other = new_participant_id()
    (tmp_path / f"session-{other}.json").write_text('{"format": "something else"}')
    with pytest.raises(WorkshopError, match="is not a saved session"):
        load_session(tmp_path, other)


def test_live_results_and_exports_write_one_file_per_participant(lesson, tmp_path):
    mine = session(lesson, tmp_path)
    mine.progress.on_change = mine.save
    mine.progress.record("quiz:which-channel", "quiz", done=True, answer=1)
    assert mine.export().level == "ok"
    assert mine.export().level == "ok"
    assert [p.name for p in (tmp_path / "drop").iterdir()] == [
        f"workshop-{mine.participant}.json"]


def test_not_live_nothing_reaches_the_drop_folder_before_export(lesson, tmp_path):
    mine = session(lesson, tmp_path, live=False)
    mine.progress.on_change = mine.save
    mine.progress.record("quiz:which-channel", "quiz", done=True)
    assert not (tmp_path / "drop").exists()
    mine.export()
    assert len(list((tmp_path / "drop").iterdir())) == 1


def test_adopting_the_browsers_id_brings_its_work_back_and_drops_the_provisional_file(
        lesson, tmp_path):
    first = session(lesson, tmp_path)
    first.remember("quiz:which-channel", 1)
    first.progress.record("quiz:which-channel", "quiz", done=True, answer=1)
    first.save()
    again = session(lesson, tmp_path)
    again.progress.record("quiz:first-paragraph", "quiz", done=False, answer=0)
    again.save()
    status = again.adopt(first.participant)
    assert status.text.startswith("Welcome back")
    assert again.answers == {"quiz:which-channel": 1}
    assert again.progress.results() == first.progress.results()
    assert [p.name for p in (tmp_path / "drop").iterdir()] == [
        f"workshop-{first.participant}.json"]


def test_an_unreadable_saved_session_keeps_the_current_work_and_says_so(lesson, tmp_path):
    pid = new_participant_id()
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / f"session-{pid}.json").write_text("{not json")
    mine = session(lesson, tmp_path)
    mine.remember("quiz:which-channel", 2)
    status = mine.adopt(pid)
    assert status.level == "warning" and "could not be read" in status.text
    assert mine.participant == pid and mine.answers == {"quiz:which-channel": 2}


def test_a_bad_id_from_the_browser_is_refused(lesson, tmp_path):
    mine = session(lesson, tmp_path)
    before = mine.participant
    assert mine.adopt("../../etc/passwd").level == "warning"
    assert mine.participant == before


def test_a_log_that_cannot_be_read_at_all_leaves_the_results_and_says_so(lesson, tmp_path):
    bad = tmp_path / "log.csv"
    bad.write_text("just,some\ncolumns,here\n")
    mine = session(lesson, tmp_path, log_path=bad)
    mine.progress.record("quiz:which-channel", "quiz", done=True)
    status = mine.export()
    assert status.level == "warning" and "could not be read" in status.text
    doc = fk.read_participant(mine.path)
    assert doc["log"] == [] and len(doc["exercises"]) == 1


def test_a_shared_letter_loses_its_signature_email_and_phone():
    text = ("Subject: Thanks\n\nDear Ms. Chen,\n\nThank you for meeting me.\n\n"
            "I look forward to hearing from you at jo.doe@mail.org or +1 (555) 201-4417.\n\n"
            "Sincerely,\nJo Doe\nhttps://jodoe.example.com\n")
    masked = anonymous_letter(text)
    assert "Jo Doe" not in masked and "jo.doe@mail.org" not in masked
    assert "201-4417" not in masked and "jodoe" not in masked
    assert "Dear Ms. Chen," in masked and "A. Participant" in masked
