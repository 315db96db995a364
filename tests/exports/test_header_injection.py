"""No header line can be added to a draft through any field (CVE-2024-6923 and its kin)."""

import re
from email import policy
from email.parser import BytesParser

import pytest

import followkit as fk
from followkit import exports

HEADERS = ["To", "From", "Subject", "X-Unsent", "Content-Type", "Content-Transfer-Encoding",
           "MIME-Version"]
ENCODED = "=?utf-8?q?=0D=0ABcc:_evil@attacker.example?="
PAYLOADS = [ENCODED, f"Accountant {ENCODED}", "=?UTF-8?B?DQpCY2M6IGV2aWxAeC5leGFtcGxl?=",
            "a\x0bb", "a\x0cb", "a\x1cb", "a\x1db", "a\x1eb", "a\x85b", "a\u2028b", "a\u2029b",
            "a\x00b", "a\rBcc: x@y.example", "a\nBcc: x@y.example"]


def draft(interview, candidate, *, subject=None, name=None, sender=None, position=None):
    if position is not None:
        interview = fk.Interview(company=interview.company, position=position,
                                 ended_at=interview.ended_at,
                                 interviewers=interview.interviewers[:1])
        [letter] = fk.compose(interview, candidate, channel="email")
    else:
        person = interview.interviewers[0]
        if name is not None:
            person = fk.Interviewer(name=name, email=person.email)
        letter = fk.Letter(interviewer=person, channel="email",
                           subject="Thank you" if subject is None else subject, body="Thanks.")
    if sender is not None:
        candidate = fk.Candidate(name=sender, email="sam@example.com")
    return exports.eml_draft(letter, candidate)


@pytest.mark.parametrize("field", ["subject", "name", "sender", "position"])
@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_field_can_add_a_header(interview, candidate, field, payload):
    try:
        data = draft(interview, candidate, **{field: payload})
    except fk.LetterError as exc:
        assert re.search(r"(subject|name) (has|contains) ", str(exc)), exc
        return
    for strictness in (policy.strict, policy.default):
        message = BytesParser(policy=strictness).parsebytes(data)
        assert list(message.keys()) == HEADERS
    lines = data.split(b"\n\n")[0].splitlines()
    assert b"\x00" not in data and not [line for line in lines if line.lower().startswith(b"bcc")]


@pytest.mark.parametrize("payload", [ENCODED, "a\x0bb", "a\x85b", "a\u2028b", "a\x00b"])
def test_a_subject_with_an_encoded_word_or_a_control_character_is_a_letter_error(
        interview, candidate, payload):
    with pytest.raises(fk.LetterError, match=r"subject (has|contains)"):
        draft(interview, candidate, subject=payload)
    letter = fk.Letter(interviewer=interview.interviewers[0], channel="email", subject=payload,
                       body="Thanks.")
    with pytest.raises(fk.LetterError):
        exports.mailto_link(letter)


def test_the_encoded_word_in_a_name_is_refused_naming_the_field(interview, candidate):
    with pytest.raises(fk.LetterError, match="recipient's name contains an encoded word"):
        draft(interview, candidate, name=ENCODED)
    with pytest.raises(fk.LetterError, match="sender's name contains an encoded word"):
        draft(interview, candidate, sender=ENCODED)


def test_ordinary_names_and_subjects_in_any_script_still_make_a_draft(interview, candidate):
    for text in ("José Núñez", "Иван Петров", "山田 太郎", "O'Brien, Dana (Controller)",
                 "Re: 100% = ? yes"):
        data = draft(interview, candidate, subject=text, name=text)
        message = BytesParser(policy=policy.strict).parsebytes(data)
        assert list(message.keys()) == HEADERS
        assert message["Subject"] == text
