from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import followkit as fk
from followkit.ui.formdata import (
    EMPTY_FORM,
    form_from_interview,
    join_items,
    read_form,
    split_items,
)


def complete_form(**changes) -> dict:
    values = {
        **EMPTY_FORM,
        "company": "Harlow & Pike LLP", "position": "Senior Staff Accountant",
        "date": date(2026, 11, 19), "time": time(15, 30), "timezone": "America/Chicago",
        "interviewers": [{"name": "Dana Rivera", "salutation": "Ms. Rivera", "title": "Controller",
                          "email": "dana@example.com", "topics": "ERP rollout; close calendar"}],
        "topics": "quarter-end close", "challenges": "a new audit firm",
        "skills": "reconciliations; CPA",
        "candidate": {"name": "Sam Lee", "email": "sam@example.com", "phone": "",
                      "portfolio_url": ""},
    }
    values.update(changes)
    return values


def test_split_items_uses_semicolons_or_lines_else_commas():
    assert split_items("ERP rollout; close calendar") == ["ERP rollout", "close calendar"]
    assert split_items("a, b\nc") == ["a, b", "c"]
    assert split_items("ERP rollout, close calendar") == ["ERP rollout", "close calendar"]
    assert split_items(" ; ") == []
    assert join_items(["a", "b"]) == "a; b"


def test_a_complete_form_describes_the_interview_in_its_own_zone():
    result = read_form(complete_form())
    assert result.errors == {}
    iv = result.interview
    assert iv.ended_at == datetime(2026, 11, 19, 15, 30, tzinfo=ZoneInfo("America/Chicago"))
    assert iv.interviewers[0].topics == ("ERP rollout", "close calendar")
    assert iv.topics == ("quarter-end close", "a new audit firm")
    assert iv.skills == ("reconciliations", "CPA")
    assert iv.agreed_channel is None
    assert result.candidate.name == "Sam Lee"


def test_every_bad_field_gets_its_own_message_at_once():
    people = [{"name": "", "email": "dana@"}, {"name": "Omar", "email": "omar@example.com"}]
    me = {"name": "", "email": "sam@@x", "phone": "12", "portfolio_url": "samlee.dev"}
    result = read_form(complete_form(company=" ", date=None, timezone="Mars/Olympus",
                                     interviewers=people, candidate=me))
    assert result.interview is None
    assert set(result.errors) == {
        "company", "date", "timezone", "interviewers[0].name", "candidate.name",
        "candidate.email", "candidate.phone", "candidate.portfolio_url",
    }
    assert "Mars/Olympus" in result.errors["timezone"]
    assert "e.g. America/Chicago" in result.errors["timezone"]
    assert read_form(complete_form(timezone="berlin")).errors["timezone"].endswith(
        "did you mean Europe/Berlin?")
    assert "https://" in result.errors["candidate.portfolio_url"]


def test_a_bad_interviewer_email_is_named_with_its_row():
    people = [{"name": "Dana", "email": "ok@example.com"}, {"name": "Omar", "email": "omar@"}]
    result = read_form(complete_form(interviewers=people))
    assert list(result.errors) == ["interviewers[1].email"]
    assert "omar@" in result.errors["interviewers[1].email"]


def test_no_interviewer_and_no_time_zone_say_what_to_do():
    result = read_form(complete_form(interviewers=[], timezone=""))
    assert result.errors["interviewers"] == "Add at least one person who interviewed you."
    assert result.errors["timezone"].startswith("Pick the time zone")


def test_a_fixed_offset_zone_is_understood():
    result = read_form(complete_form(timezone="UTC-06:00"))
    assert result.interview.ended_at.utcoffset().total_seconds() == -6 * 3600


def test_form_from_interview_round_trips(interview, candidate):
    values = form_from_interview(interview, candidate, "handwritten", "Best")
    result = read_form(values)
    assert result.errors == {}
    assert result.interview.ended_at == interview.ended_at
    assert result.interview.interviewers == interview.interviewers
    assert result.interview.other_companies == interview.other_companies
    assert (result.channel, result.sign_off) == ("handwritten", "Best")
    assert result.candidate == candidate


def test_form_from_interview_with_a_fixed_offset_round_trips(interview):
    from dataclasses import replace
    from datetime import timedelta, timezone

    fixed = replace(interview, ended_at=interview.ended_at.astimezone(
        timezone(timedelta(hours=-6))))
    values = form_from_interview(fixed, fk.Candidate(name="Sam"))
    assert values["timezone"] == "UTC-06:00"
    assert read_form(values).interview.ended_at == interview.ended_at
