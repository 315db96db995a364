from datetime import timedelta
from pathlib import Path

import pytest

import followkit as fk

WORKSHOP = Path(__file__).resolve().parents[2] / "data" / "workshop"


@pytest.fixture(scope="module")
def lesson() -> fk.Lesson:
    return fk.load_lesson(WORKSHOP)


def test_a_right_and_a_wrong_quiz_answer_each_explain_themselves(lesson):
    question = lesson.quiz[0]
    right = next(i for i, c in enumerate(question.choices) if c.correct)
    wrong = next(i for i, c in enumerate(question.choices) if not c.correct)
    assert fk.grade_choice(question, right).correct
    result = fk.grade_choice(question, wrong)
    assert not result.correct and result.message == question.choices[wrong].why


def test_a_choice_out_of_range_is_refused(lesson):
    with pytest.raises(ValueError, match="choice must be 0 to 2"):
        fk.grade_choice(lesson.quiz[0], 3)


@pytest.mark.parametrize(("hours", "status", "quoted"), [
    (0.5, "early", "wait at least an hour or two"),
    (1.0, "on_time", "wait at least an hour or two"),
    (2.0, "on_time", "within 24 hours"),
    (24.0, "on_time", "within 24 hours"),
    (24.5, "late", "within 24 hours"),
])
def test_an_email_send_time_gets_the_status_and_the_guide_sentence(lesson, hours, status, quoted):
    exercise = next(e for e in lesson.send_time if e.channel == "email")
    result = fk.grade_send_time(exercise, exercise.ended_at + timedelta(hours=hours))
    assert result.status == status
    assert quoted in result.reason
    assert result.hours == pytest.approx(hours)
    assert result.status == fk.status(exercise.ended_at, exercise.ended_at
                                      + timedelta(hours=hours), "email", now=exercise.ended_at)


def test_a_handwritten_note_sent_at_once_is_on_time(lesson):
    exercise = next(e for e in lesson.send_time if e.channel == "handwritten")
    result = fk.grade_send_time(exercise, exercise.ended_at + timedelta(minutes=10))
    assert result.status == "on_time"


def test_send_time_choices_run_from_minutes_to_days_and_cover_every_verdict(lesson):
    exercise = next(e for e in lesson.send_time if e.channel == "email")
    choices = fk.send_time_choices(exercise)
    assert choices[0][0].endswith("(10 min after)")
    assert [when for _, when in choices] == sorted(when for _, when in choices)
    verdicts = {fk.grade_send_time(exercise, when).status for _, when in choices}
    assert verdicts == {"early", "on_time", "late"}


def test_each_flawed_letter_shows_exactly_its_labelled_flaws(lesson):
    for letter in lesson.letters:
        result = fk.grade_letter(letter, letter.text)
        assert result.codes == letter.flaws, letter.id
        assert not result.done


def test_each_model_answer_is_done(lesson):
    for letter in lesson.letters:
        result = fk.grade_letter(letter, letter.answer)
        assert result.done, (letter.id, result.findings)


def test_an_empty_letter_is_not_done_and_says_why(lesson):
    result = fk.grade_letter(lesson.letters[0], "   ")
    assert not result.done
    assert result.problem


MIDDLES = {
    "Dana Rivera": "I enjoyed hearing how the ERP rollout will change the close calendar. My "
                   "experience with account reconciliations during a system migration would "
                   "help keep the quarter-end close on schedule while the new ledger settles.",
    "Omar Haddad": "Our talk about audit readiness stayed with me: keeping workpapers clean "
                   "all year rather than in a rush before fieldwork. I have prepared "
                   "reconciliation binders for two external audits and would bring that habit.",
    "Keiko Tanaka": "Thank you as well for walking me through payroll reconciliation across "
                    "the three entities. I would be glad to apply my account reconciliations "
                    "background to tie payroll to the general ledger each month.",
}


def tailored(lesson) -> list[str]:
    """One letter per panel interviewer, each about what was discussed with that person."""
    texts = []
    for person in lesson.panel.interview.interviewers:
        texts.append(
            "Subject: Thank you — Senior Staff Accountant interview\n\n"
            f"Dear {person.addressed_as},\n\n"
            "Thank you for meeting with me today about the Senior Staff Accountant position at "
            "Harlow & Pike LLP.\n\n"
            f"{MIDDLES[person.name]}\n\n"
            "I look forward to hearing from you. You can reach me at sam@example.com.\n\n"
            "Sincerely,\nSam Lee\n")
    return texts


def test_the_pasted_panel_letters_are_flagged_as_copies(lesson):
    panel = lesson.panel
    result = fk.grade_panel(panel, [panel.starter_for(p) for p in panel.interview.interviewers])
    assert result.copies == (0, 1, 2)
    assert not result.done
    assert "FK205" in result.codes


def test_three_tailored_panel_letters_are_done(lesson):
    result = fk.grade_panel(lesson.panel, tailored(lesson))
    assert result.copies == ()
    assert result.done, result.findings


def test_the_panel_needs_one_letter_per_interviewer(lesson):
    with pytest.raises(ValueError, match="expected 3 letters"):
        fk.grade_panel(lesson.panel, ["Dear Ms. Rivera,"])


def test_letter_from_text_splits_the_subject_line():
    person = fk.Interviewer(name="Dana Rivera")
    letter = fk.Letter.from_text("Subject: Thanks\n\nDear Dana,\n\nHi", person)
    assert letter.subject == "Thanks" and letter.body.startswith("Dear Dana,")
    assert letter.text == "Subject: Thanks\n\nDear Dana,\n\nHi"


def test_progress_keeps_first_and_last_state_and_no_text():
    progress = fk.Progress()
    progress.record("letter:a", "letter", done=False, codes=["FK102"], first_codes=["FK102",
                                                                                   "FK103"])
    progress.record("letter:a", "letter", done=True, codes=[])
    progress.record("quiz:q", "quiz", done=True)
    first, quiz = progress.results()
    assert first == {"id": "letter:a", "kind": "letter", "attempts": 2, "first_try": False,
                     "found_first": ["FK102", "FK103"], "done": True, "remaining": [],
                     "status": None, "hours": None}
    assert quiz["first_try"] and quiz["attempts"] == 1
    with pytest.raises(ValueError, match="kind must be one of"):
        progress.record("x", "essay", done=True)
