"""The form's new fields and the coaching of its notes, as plain data (no widgets)."""

from datetime import date, time
from pathlib import Path

import pytest

import followkit as fk
from followkit.log import form_from_json, form_to_json
from followkit.ui.formdata import EMPTY_FORM, form_from_interview, read_form
from followkit.ui.formnotes import form_field, form_notes
from followkit.ui.views import form_notes_html

FORMS = Path(__file__).resolve().parents[2] / "data" / "examples" / "forms"


def form(**changes) -> dict:
    values = {
        **EMPTY_FORM,
        "company": "Kessler Freight", "position": "Shift Supervisor",
        "date": date(2026, 11, 19), "time": time(15, 30), "timezone": "America/Chicago",
        "interviewers": [{**EMPTY_FORM["interviewers"][0], "name": "Sofia Marchetti",
                          "topics": "team is 6 person; the night shift"}],
        "topics": "the new warehouse system", "challenges": "salary range",
        "skills": "forklift licence; 10+ yrs SQL",
        "candidate": {"name": "Tomasz Nowak", "email": "", "phone": "", "portfolio_url": ""},
    }
    values.update(changes)
    return values


def codes(notes, field):
    return [n.finding.code for n in notes.get(field, [])]


def test_the_new_fields_reach_the_interview():
    row = {**form()["interviewers"][0], "bring": "cutting picking errors by a third",
           "skills": "forklift licence"}
    result = read_form(form(interviewers=[row], next_step="send my references",
                            next_step_by=date(2026, 11, 20), locale="en-GB", length="brief"))
    assert result.errors == {}
    person = result.interview.interviewers[0]
    assert person.bring == "cutting picking errors by a third"
    assert person.skills == ("forklift licence",)
    assert result.interview.next_step == "send my references"
    assert result.interview.next_step_by == date(2026, 11, 20)
    assert result.interview.locale == "en-GB"
    assert result.length == "brief"


def test_a_next_step_due_before_the_interview_is_an_error_beside_its_field():
    result = read_form(form(next_step="send my references", next_step_by=date(2026, 11, 2)))
    assert "before the interview" in result.errors["next_step_by"]


@pytest.mark.parametrize("path", sorted(FORMS.glob("*.json")), ids=lambda p: p.stem)
def test_every_example_form_round_trips_through_the_form_and_the_drafts_file(path):
    saved = fk.load_form_file(path)
    values = form_from_interview(saved.interview, saved.candidate, saved.channel,
                                 saved.sign_off, saved.length)
    again = form_from_json(form_to_json(values))
    again["candidate"] = values["candidate"]
    result = read_form(again)
    assert result.errors == {}
    assert result.interview == saved.interview
    assert (result.channel, result.sign_off, result.length) == (
        saved.channel, saved.sign_off, saved.length)


def test_an_old_draft_without_the_new_fields_still_reads():
    old = form_to_json(form())
    for key in ("next_step", "next_step_by", "locale", "length"):
        old.pop(key)
    for row in old["interviewers"]:
        row.pop("bring"), row.pop("skills")
    result = read_form({**EMPTY_FORM, **form_from_json(old), "candidate": form()["candidate"]})
    assert result.errors == {}
    assert result.interview.locale == "en-US"


def test_topics_findings_land_on_the_field_they_were_typed_in():
    values = form()
    assert form_field("topics[0]", values) == ("topics", 0)
    assert form_field("topics[1]", values) == ("challenges", 0)
    assert form_field("interviewers[0].topics[1]", values) == ("interviewers[0].topics", 1)
    assert form_field("interviewers[0].bring", values) == ("interviewers[0].bring", None)


def test_the_notes_are_coached_field_by_field_with_the_note_they_quote():
    notes = form_notes(form())
    topic = notes["interviewers[0].topics"][0]
    assert topic.note == "team is 6 person" and topic.finding.code == "FK801"
    assert topic.finding.suggestion == "the six-person team"
    sensitive = notes["challenges"][0]
    assert sensitive.finding.code == "FK306" and sensitive.finding.left_out
    assert "FK704" in codes(notes, "skills")
    assert "topics" not in notes  # "the new warehouse system" reads well


def test_the_notes_are_coached_while_the_rest_of_the_form_is_incomplete():
    values = form(company="", date=None, timezone="", candidate=EMPTY_FORM["candidate"])
    values["interviewers"] = [{**values["interviewers"][0], "name": "", "email": "not-an-email",
                               "bring": "i cut errors w/ new slotting"}]
    assert read_form(values).errors
    notes = form_notes(values)
    assert "FK801" in codes(notes, "interviewers[0].topics")
    assert {"FK703", "FK704"} <= set(codes(notes, "interviewers[0].bring"))


def test_the_spelling_follows_the_forms_dialect():
    assert "FK702" in codes(form_notes(form(locale="en-US")), "skills")
    assert "FK702" not in codes(form_notes(form(locale="en-GB")), "skills")


def test_a_skill_marked_for_a_person_is_coached_once_where_it_is_typed():
    values = form()
    values["interviewers"] = [{**values["interviewers"][0], "skills": "10+ yrs SQL"}]
    notes = form_notes(values)
    assert "FK704" in codes(notes, "skills")
    assert "interviewers[0].skills" not in notes


def test_a_note_shows_in_words_with_its_rewrite_in_a_polite_live_region():
    notes = form_notes(form())
    html = form_notes_html(notes["interviewers[0].topics"])
    assert "aria-live='polite'" in html and "role='status'" in html
    assert "The letter fixes:" in html and "the six-person team" in html
    sensitive = form_notes_html(notes["challenges"])
    assert "Left out of the letter:" in sensitive and "salary range" in sensitive
    assert form_notes_html([]).count("<li") == 0


def test_a_typed_note_is_escaped_in_the_coaching():
    values = form(topics="<img src=x onerror=alert(1)> is broken")
    html = "".join(form_notes_html(found) for found in form_notes(values).values())
    assert "<img" not in html and "&lt;img" in html
