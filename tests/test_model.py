from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import followkit as fk

END = datetime(2026, 11, 19, 15, 30, tzinfo=ZoneInfo("America/Chicago"))


def _interview(**changes):
    fields = dict(
        company="Harlow & Pike LLP", position="Senior Staff Accountant", ended_at=END,
        interviewers=[fk.Interviewer(name="Dana Rivera")],
    )
    fields.update(changes)
    return fk.Interview(**fields)


def test_lists_become_tuples_and_whitespace_is_folded():
    iv = _interview(company="  Harlow   & Pike LLP ", topics=["ERP rollout", " ", "close"])
    assert iv.company == "Harlow & Pike LLP"
    assert iv.topics == ("ERP rollout", "close")
    assert isinstance(iv.interviewers, tuple)


def test_interview_is_frozen():
    iv = _interview()
    with pytest.raises(AttributeError):
        iv.company = "Other"


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"company": "  "}, "company", "empty"),
        ({"position": ""}, "position", "empty"),
        ({"interviewers": []}, "interviewers", "at least one"),
        ({"ended_at": datetime(2026, 11, 19, 15, 30)}, "ended_at", "no time zone"),  # noqa: DTZ001
        ({"ended_at": "2026-11-19"}, "ended_at", "datetime"),
        ({"agreed_channel": "carrier pigeon"}, "agreed_channel", "email, handwritten"),
        ({"interviewers": ["Dana"]}, "interviewers[0]", "Interviewer"),
    ],
)
def test_bad_interview_raises_form_error_naming_the_field(changes, field, words):
    with pytest.raises(fk.FormError) as info:
        _interview(**changes)
    assert info.value.field == field
    assert words in str(info.value)
    assert isinstance(info.value, ValueError)


def test_agreed_channel_is_normalised_and_blank_means_none():
    assert _interview(agreed_channel=" Email ").agreed_channel == "email"
    assert _interview(agreed_channel="").agreed_channel is None


def test_invalid_interviewer_email_is_refused_with_the_address_quoted():
    with pytest.raises(fk.FormError) as info:
        fk.Interviewer(name="Dana Rivera", email="dana.rivera@")
    assert info.value.field == "email"
    assert "'dana.rivera@'" in str(info.value)


def test_interviewer_needs_a_name():
    with pytest.raises(fk.FormError, match="name: is empty"):
        fk.Interviewer(name=" ")


def test_salutation_is_used_in_greeting_else_full_name():
    assert fk.Interviewer(name="Dana Rivera", salutation="Ms. Rivera").addressed_as == "Ms. Rivera"
    assert fk.Interviewer(name="Dana Rivera").addressed_as == "Dana Rivera"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"email": "sam at example"}, "email"),
        ({"phone": "call me"}, "phone"),
        ({"portfolio_url": "samlee.example.com"}, "portfolio_url"),
    ],
)
def test_bad_candidate_fields_are_named(changes, field):
    fields = {"name": "Sam Lee", **changes}
    with pytest.raises(fk.FormError) as info:
        fk.Candidate(**fields)
    assert info.value.field == field


def test_letter_text_puts_the_subject_first_for_email_only():
    dana = fk.Interviewer(name="Dana Rivera")
    email = fk.Letter(interviewer=dana, channel="email", subject="Thank you", body="Dear Dana,")
    card = fk.Letter(interviewer=dana, channel="handwritten", subject="", body="Dear Dana,")
    assert email.text == "Subject: Thank you\n\nDear Dana,"
    assert card.text == "Dear Dana,"


def test_letter_refuses_a_channel_without_letters():
    with pytest.raises(fk.FormError, match="phone"):
        fk.Letter(interviewer=fk.Interviewer(name="D"), channel="phone", subject="", body="")


def test_finding_refuses_an_unknown_severity():
    with pytest.raises(ValueError, match="severity"):
        fk.Finding(code="FK101", name="greeting", severity="fatal", message="x")
