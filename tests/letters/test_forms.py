import json
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import followkit as fk

FORMS = sorted((Path(__file__).parents[2] / "data" / "examples" / "forms").glob("*.json"))

GOOD = {
    "company": "Harlow & Pike LLP",
    "position": "Senior Staff Accountant",
    "ended_at": "2026-11-19T15:30:00-06:00",
    "timezone": "America/Chicago",
    "interviewers": [
        {"name": "Dana Rivera", "salutation": "Ms. Rivera", "email": "dana@example.com",
         "topics": ["the ERP rollout"]},
        {"name": "Omar Haddad", "email": "omar@example.com"},
    ],
    "topics": ["the quarter-end close"],
    "skills": ["account reconciliations"],
    "agreed_channel": "email",
    "candidate": {"name": "Sam Lee", "email": "sam@example.com"},
    "channel": "handwritten",
    "sign_off": "best regards",
}


def _save(tmp_path, form, name="form.json"):
    path = tmp_path / name
    path.write_text(json.dumps(form), encoding="utf-8")
    return path


def _changed(**changes):
    form = json.loads(json.dumps(GOOD))
    for key, value in changes.items():
        if value is None:
            form.pop(key)
        else:
            form[key] = value
    return form


def test_there_are_at_least_eight_example_forms_of_both_channels_and_1_to_4_interviewers():
    loaded = [fk.load_form(path) for path in FORMS]
    assert len(loaded) >= 8
    assert {channel for _iv, _me, channel, _so in loaded} == {"email", "handwritten"}
    sizes = {len(iv.interviewers) for iv, _me, _ch, _so in loaded}
    assert sizes == {1, 2, 3, 4}


def test_load_form_reads_every_field(tmp_path):
    interview, candidate, channel, sign_off = fk.load_form(_save(tmp_path, GOOD))
    assert interview.company == "Harlow & Pike LLP"
    assert interview.ended_at.tzinfo == ZoneInfo("America/Chicago")
    assert interview.ended_at.utcoffset() == timedelta(hours=-6)
    assert [p.addressed_as for p in interview.interviewers] == ["Ms. Rivera", "Omar Haddad"]
    assert interview.interviewers[0].topics == ("the ERP rollout",)
    assert candidate.email == "sam@example.com"
    assert (channel, sign_off) == ("handwritten", "Best regards")


def test_channel_and_sign_off_have_defaults(tmp_path):
    _iv, _me, channel, sign_off = fk.load_form(_save(tmp_path, _changed(channel=None,
                                                                        sign_off=None)))
    assert (channel, sign_off) == ("email", "Sincerely")


def test_a_time_without_offset_takes_the_forms_time_zone(tmp_path):
    iv, *_ = fk.load_form(_save(tmp_path, _changed(ended_at="2026-07-01T09:00:00")))
    assert iv.ended_at.utcoffset() == timedelta(hours=-5)  # Chicago in summer


def test_a_time_with_offset_and_no_zone_keeps_its_offset(tmp_path):
    iv, *_ = fk.load_form(_save(tmp_path, _changed(timezone=None)))
    assert iv.ended_at.utcoffset() == timedelta(hours=-6)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"compnay": "x"}, "compnay", "did you mean 'company'"),
        ({"company": None}, "company", "is missing"),
        ({"ended_at": "next Tuesday"}, "ended_at", "not an ISO 8601 time"),
        ({"ended_at": "2026-11-19T15:30:00", "timezone": None}, "ended_at", "no UTC offset"),
        ({"ended_at": "2026-11-19T15:30:00-05:00"}, "ended_at", "America/Chicago was at -0600"),
        ({"timezone": "Mars/Olympus"}, "timezone", "IANA name"),
        ({"interviewers": "Dana"}, "interviewers", "list of people"),
        ({"interviewers": [{"name": "Dana", "emial": "d@example.com"}]},
         "interviewers[0].emial", "did you mean 'email'"),
        ({"interviewers": [{"name": "Dana"}, {"name": "Omar", "email": "omar@"}]},
         "interviewers[1].email", "not a valid email address"),
        ({"interviewers": [{"name": "Dana", "topics": 5}]}, "interviewers[0].topics",
         "list of text"),
        ({"skills": {"a": 1}}, "skills", "list of text"),
        ({"candidate": {"name": "Sam", "portfolio_url": "samlee.com"}},
         "candidate.portfolio_url", "https://"),
        ({"candidate": "Sam"}, "candidate", "JSON object"),
        ({"channel": "phone"}, "channel", "email, handwritten"),
        ({"sign_off": "Cheers"}, "sign_off", "Sincerely"),
    ],
)
def test_bad_form_names_the_file_and_the_field(tmp_path, changes, field, words):
    path = _save(tmp_path, _changed(**changes))
    with pytest.raises(fk.FormError) as info:
        fk.load_form(path)
    assert info.value.field == field
    assert info.value.path == str(path)
    assert str(info.value).startswith(f"{path}: {field}: ")
    assert words in str(info.value)


def test_broken_json_names_the_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "company": "Acme",\n  "position": \n}\n', encoding="utf-8")
    with pytest.raises(fk.FormError) as info:
        fk.load_form(path)
    assert "not valid JSON at line 4, column 1" in str(info.value)


def test_a_missing_file_is_a_form_error_naming_it(tmp_path):
    with pytest.raises(fk.FormError) as info:
        fk.load_form(tmp_path / "nowhere.json")
    assert "nowhere.json" in str(info.value)
    assert "no such file" in str(info.value)


def test_a_form_that_is_not_an_object_is_refused(tmp_path):
    with pytest.raises(fk.FormError) as info:
        fk.load_form(_save(tmp_path, ["company"]))
    assert "expected a JSON object" in str(info.value)


def test_a_form_file_carries_bring_next_step_length_and_the_contact_line(tmp_path):
    path = tmp_path / "form.json"
    path.write_text(json.dumps({
        "company": "Acme", "position": "Analyst", "ended_at": "2026-11-19T15:30:00-06:00",
        "interviewers": [{"name": "Dana Rivera", "bring": "building the close checklist",
                          "skills": ["SQL"]}],
        "next_step": "send my references", "next_step_by": "2026-11-20", "length": "brief",
        "candidate": {"name": "Sam Lee", "contact_in_body": True},
    }))
    form = fk.load_form_file(path)
    assert form.length == "brief" and form.candidate.contact_in_body
    assert form.interview.next_step_by.isoformat() == "2026-11-20"
    assert form.interview.interviewers[0].bring == "building the close checklist"
    assert fk.load_form(path) == tuple(form[:4])


def test_a_bad_next_step_day_or_length_names_the_field(tmp_path):
    base = {"company": "Acme", "position": "Analyst", "ended_at": "2026-11-19T15:30:00-06:00",
            "interviewers": [{"name": "Dana Rivera"}], "candidate": {"name": "Sam Lee"}}
    for extra, field in (({"next_step_by": "Friday"}, "next_step_by"),
                         ({"length": "long"}, "length")):
        path = tmp_path / "form.json"
        path.write_text(json.dumps({**base, **extra}))
        with pytest.raises(fk.FormError) as info:
            fk.load_form_file(path)
        assert info.value.field == field


GOOD_FORM = {"company": "Harlow & Pike LLP", "position": "Staff Accountant",
             "ended_at": "2026-11-19T15:30:00-06:00",
             "interviewers": [{"name": "Dana Rivera", "email": "dana@example.com"}],
             "candidate": {"name": "Sam Lee"}}


def test_a_form_saved_with_a_utf8_bom_loads(tmp_path):
    path = tmp_path / "form.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD_FORM).encode())
    assert fk.load_form(path)[0].company == "Harlow & Pike LLP"


@pytest.mark.parametrize(("text", "reason"), [
    ("[" * 200_000 + "]" * 200_000, "nested more than 32 levels"),
    ('{"company": ' * 40 + '"x"' + "}" * 40, "nested more than 32 levels"),
    ('{"company": ' + "9" * 4300 + "}", "a number with 4,300 digits"),
    ('{"company": 1e999}', "too large to use"),
    ('{"company": NaN}', "NaN"),
    (" " * 1_000_001, "an interview form is a few kB"),
])
def test_a_hostile_form_is_a_form_error_naming_the_file(tmp_path, text, reason):
    path = tmp_path / "form.json"
    path.write_text(text)
    with pytest.raises(fk.FormError) as info:
        fk.load_form(path)
    assert str(path) in str(info.value) and reason in str(info.value), str(info.value)
