"""The coaching form's new fields on screen, driven headlessly (set ``.value``, read back)."""

from datetime import date, timedelta

from followkit.ui.formdata import form_from_interview
from followkit.ui.screen import Coach


def letters(screen) -> list[str]:
    return [tab.text.value for tab in screen.panel.tabs.values()]


def test_what_you_would_bring_is_coached_beside_it_and_linked_in_the_letter(screen):
    row = screen.form.people.rows[0]
    row.bring.value = "i cut the close w/ a new checklist"
    notes = row.notes["bring"].value
    assert "aria-live='polite'" in notes
    assert "Write “w/” out as “with”" in notes and "The letter fixes:" in notes
    assert "cutting the close with a new checklist" in letters(screen)[0].replace(
        "Cutting", "cutting")


def test_a_sensitive_topic_says_the_letter_leaves_it_out(screen):
    screen.form.challenges.value = "why the last two analysts left"
    notes = screen.form.fields["challenges"].notes.value
    assert "Left out of the letter:" in notes
    assert all("analysts left" not in text for text in letters(screen))


def test_a_note_written_as_a_sentence_shows_its_rewrite(screen):
    screen.form.people.rows[1].topics.value = "team is 6 person"
    notes = screen.form.people.rows[1].notes["topics"].value
    assert "the six-person team" in notes
    screen.form.people.rows[1].topics.value = "the audit plan"
    assert "<li" not in screen.form.people.rows[1].notes["topics"].value  # cleared


def test_skills_can_be_ticked_for_one_person_and_follow_the_typed_list(screen):
    marks = screen.form.people.rows[1].marks
    assert [box.description for box in marks.list.children] == [
        "account reconciliations", "CPA"]
    marks.list.children[1].value = True
    assert screen.form.values()["interviewers"][1]["skills"] == "CPA"
    assert "my CPA" in letters(screen)[1] and "reconciliations" not in letters(screen)[1]
    screen.form.skills.value = "account reconciliations; CPA; NetSuite"
    assert [box.description for box in marks.list.children] == [
        "account reconciliations", "CPA", "NetSuite"]
    assert [box.value for box in marks.list.children] == [False, True, False]
    screen.form.skills.value = "account reconciliations"  # a ticked skill typed away stays
    assert [(box.description, box.value) for box in marks.list.children] == [
        ("account reconciliations", False), ("CPA", True)]


def test_the_next_step_and_its_day_go_into_the_letters(screen, interview):
    screen.form.next_step.value = "send my references"
    screen.form.next_step_by.value = interview.ended_at.date() + timedelta(days=1)
    assert all("send my references by Friday" in text for text in letters(screen))
    screen.form.next_step_by.value = date(2026, 11, 1)
    assert "before the interview" in screen.form.fields["next_step_by"].message.value


def test_british_spelling_and_a_brief_letter_can_be_chosen(screen):
    screen.form.skills.value = "forklift licence"
    assert "licence" in screen.form.fields["skills"].notes.value
    screen.form.locale.value = "en-GB"
    assert "licence" not in screen.form.fields["skills"].notes.value
    before = len(letters(screen)[0].split())
    screen.form.length.value = "brief"
    assert len(letters(screen)[0].split()) < before


def test_every_new_field_is_there_after_a_restart(screen, paths, now, interview):
    form, row = screen.form, screen.form.people.rows[0]
    form.me["name"].value = "Sam Q. Lee"  # your details: remembered in the profile
    row.bring.value = "leading the close that went from ten days to six"
    row.marks.list.children[0].value = True
    form.next_step.value = "send my references"
    form.next_step_by.value = interview.ended_at.date() + timedelta(days=2)
    form.locale.value = "en-GB"
    form.length.value = "brief"
    form.contact_in_body.value = True
    again = Coach(values=form_from_interview(interview), now=now, debounce=0, **paths)
    kept = again.form.values()
    assert kept["interviewers"][0]["bring"] == "leading the close that went from ten days to six"
    assert kept["interviewers"][0]["skills"] == "account reconciliations"
    assert [b.value for b in again.form.people.rows[0].marks.list.children] == [True, False]
    assert (kept["next_step"], kept["next_step_by"]) == (
        "send my references", interview.ended_at.date() + timedelta(days=2))
    assert (kept["locale"], kept["length"]) == ("en-GB", "brief")
    assert kept["candidate"]["contact_in_body"] is True
    assert letters(again) == letters(screen)


def test_every_control_of_the_new_fields_has_a_label(screen):
    form, row = screen.form, screen.form.people.rows[0]
    for widget in (form.next_step, form.next_step_by, form.locale, form.length,
                   form.contact_in_body, row.bring,
                   *row.marks.list.children):
        assert widget.description.strip()


def test_contact_details_go_in_the_body_only_when_asked(screen):
    email = screen.form.me["email"].value
    assert email and all(text.count(email) == 1 for text in letters(screen))  # signature
    screen.form.contact_in_body.value = True
    assert all(text.count(email) == 2 for text in letters(screen))  # and the last paragraph
    screen.form.contact_in_body.value = False
    assert all(text.count(email) == 1 for text in letters(screen))
