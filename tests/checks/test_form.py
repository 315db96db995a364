from datetime import datetime
from zoneinfo import ZoneInfo

import followkit as fk

END = datetime(2026, 11, 23, 10, 30, tzinfo=ZoneInfo("America/Chicago"))
ME = fk.Candidate(name="Tomasz Nowak", email="tomasz@example.com")


def _interview(**changes):
    fields = dict(
        company="Kessler Freight", position="Shift Supervisor", ended_at=END,
        interviewers=[fk.Interviewer(name="Sofia Marchetti", topics=["the new WMS"]),
                      fk.Interviewer(name="Ben Cole",
                                     topics=["team is 6 person", "salary range"])],
        topics=["the night shift"], skills=["10+ yrs SQL", "forklift licence"],
    )
    fields.update(changes)
    return fk.Interview(**fields)


def _by_field(findings):
    return {(f.field, f.code) for f in findings}


def test_each_finding_names_the_field_path_and_a_code():
    found = fk.check_form(_interview(), ME)
    assert ("interviewers[1].topics[0]", "FK801") in _by_field(found)
    assert ("interviewers[1].topics[1]", "FK306") in _by_field(found)
    assert ("skills[0]", "FK704") in _by_field(found)
    assert all(isinstance(f, fk.FormFinding) and isinstance(f, fk.Finding) for f in found)
    assert all(f.line is None and f.message and f.source for f in found)


def test_clean_notes_get_no_finding():
    iv = _interview(interviewers=[fk.Interviewer(name="Sofia Marchetti",
                                                 topics=["the new WMS"])],
                    skills=["ten years of SQL", "forklift license"])
    assert fk.check_form(iv, ME) == []


def test_a_sensitive_note_is_a_warning_and_never_reaches_the_letter():
    iv = _interview()
    warning = [f for f in fk.check_form(iv, ME) if f.code == "FK306"]
    assert warning and warning[0].severity == "warning" and "leaves" in warning[0].message
    assert all("salary" not in letter.body for letter in fk.compose(iv, ME))


def test_a_sentence_note_gets_a_suggested_rewrite():
    found = fk.check_form(_interview(), ME)
    rewrite = next(f for f in found if f.field == "interviewers[1].topics[0]"
                   and f.code == "FK801")
    assert rewrite.suggestion == "the six-person team"


def test_when_no_topic_can_be_used_the_form_says_so():
    iv = _interview(interviewers=[fk.Interviewer(name="Ben Cole", topics=["salary range"])],
                    topics=["benefits"])
    found = fk.check_form(iv, ME)
    assert ("topics", "FK801") in _by_field(found)


def test_next_step_and_what_you_would_bring_are_checked():
    iv = _interview(next_step="call you on Monday",
                    interviewers=[fk.Interviewer(name="Ben Cole", bring="the playbook")])
    found = _by_field(fk.check_form(iv, ME))
    assert ("next_step", "FK304") in found
    assert ("interviewers[0].bring", "FK802") in found


def test_the_checkers_proofreading_finds_a_misspelled_note_and_not_a_lowercase_start():
    iv = _interview(topics=["how we recieve pallets", "the roadmap"])
    found = _by_field(fk.check_form(iv, ME))
    assert ("topics[0]", "FK702") in found
    assert not any(field == "topics[1]" for field, _code in found)


def test_the_same_thing_to_bring_for_two_people_is_flagged_on_the_second():
    deed = "building the on-call rotation that cut pages by half"
    iv = _interview(interviewers=[fk.Interviewer(name="Sofia Marchetti", bring=deed),
                                  fk.Interviewer(name="Ben Cole", bring=f" {deed.upper()} "),
                                  fk.Interviewer(name="Ana Ruiz",
                                                 bring="a new deed, cut costs by 9%")])
    same = [f for f in fk.check_form(iv, ME) if f.code == "FK205"]
    assert [f.field for f in same] == ["interviewers[1].bring"]
    assert "Sofia Marchetti" in same[0].message and "Ben" in same[0].message
