"""Size guards: a mailto: link too long for mail programs, a card too long for one A6 page."""

import pytest

import followkit as fk
from followkit import exports


def email(person, body):
    return fk.Letter(interviewer=person, channel="email", subject="Thank you", body=body)


def test_a_mailto_link_over_2000_characters_is_not_offered_and_the_eml_is(interview,
                                                                         candidate):
    letter = email(interview.interviewers[0], "Thank you for the interview. " * 300)
    reason = exports.mailto_problem(letter)
    assert reason is not None and "2,000" in reason and ".eml" in reason
    with pytest.raises(fk.LetterError) as info:
        exports.mailto_link(letter)
    assert str(info.value) == reason
    assert exports.eml_draft(letter, candidate).startswith(b"To: ")


def test_an_ordinary_letter_gets_its_mailto_link(interview):
    letter = email(interview.interviewers[0], "Thank you for the interview today. " * 20)
    assert exports.mailto_problem(letter) is None
    assert len(exports.mailto_link(letter)) <= exports.MAILTO_MAX
