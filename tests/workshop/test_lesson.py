import json
import shutil
from pathlib import Path

import pytest

import followkit as fk

WORKSHOP = Path(__file__).resolve().parents[2] / "data" / "workshop"


@pytest.fixture
def lesson() -> fk.Lesson:
    return fk.load_lesson(WORKSHOP)


def test_the_lesson_has_a_quiz_per_section_five_letters_send_times_and_a_panel(lesson):
    assert lesson.questions("Defining a Follow-Up")
    assert lesson.questions("Follow-up Content")
    assert len(lesson.letters) >= 5
    assert {e.channel for e in lesson.send_time} == {"email", "handwritten"}
    assert len(lesson.panel.interview.interviewers) == 3


def test_every_question_has_one_right_answer_and_every_answer_explains_why(lesson):
    for question in lesson.quiz:
        assert sum(c.correct for c in question.choices) == 1
        assert all(len(c.why) > 20 for c in question.choices)


def test_every_flawed_letter_is_labelled_with_known_rule_codes(lesson):
    known = {rule.code for rule in fk.RULES}
    for letter in lesson.letters:
        assert letter.flaws, letter.id
        assert set(letter.flaws) <= known, letter.id
        assert letter.interviewer in letter.interview.interviewers


def test_the_panel_starter_is_addressed_to_each_interviewer(lesson):
    letters = [lesson.panel.starter_for(p) for p in lesson.panel.interview.interviewers]
    assert "Dear Ms. Rivera," in letters[0] and "Dear Mr. Haddad," in letters[1]
    assert all("{salutation}" not in text for text in letters)


def copy_lesson(tmp_path: Path) -> Path:
    folder = tmp_path / "workshop"
    shutil.copytree(WORKSHOP, folder, ignore=shutil.ignore_patterns("cohort"))
    return folder


def edit_lesson(folder: Path, change) -> None:
    path = folder / "lesson.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d.update(version=2), "version 2; expected 'followkit-lesson' version 1"),
    (lambda d: d["quiz"][0]["choices"][1].update(correct=True), "quiz[0].choices: mark exactly"),
    (lambda d: d["letters"][1].update(interviewer="Nobody"), "letters[1].interviewer"),
    (lambda d: d["letters"][0].update(file="letters/missing.txt"), "letters[0].file: cannot read"),
    (lambda d: d["letters"][2]["interview"].update(zone="Mars/Olympus"), "Mars/Olympus"),
    (lambda d: d["send_time"][0].update(ended_at="2026-11-19T15:30"), "has no UTC offset"),
    (lambda d: d["send_time"][1].update(channel="pigeon"), "send_time[1].channel"),
    (lambda d: d["panel"].pop("starter"), "'starter'"),
    (lambda d: d["letters"][3]["interview"].update(company=""), "company: is empty"),
])
def test_a_broken_lesson_file_names_the_field(tmp_path, change, message):
    folder = copy_lesson(tmp_path)
    edit_lesson(folder, change)
    with pytest.raises(fk.WorkshopError, match=None) as info:
        fk.load_lesson(folder)
    assert message in str(info.value)
    assert "lesson.json" in str(info.value)


def test_a_missing_or_garbled_lesson_file_says_what_is_expected(tmp_path):
    with pytest.raises(fk.WorkshopError, match="no lesson file here"):
        fk.load_lesson(tmp_path)
    (tmp_path / "lesson.json").write_text("{nope")
    with pytest.raises(fk.WorkshopError, match="is not valid JSON"):
        fk.load_lesson(tmp_path)
