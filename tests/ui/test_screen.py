"""The coaching screen, driven headlessly: set ``.value``, ``.click()``, read what shows."""

from datetime import datetime, time, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from followkit.ui.formdata import form_from_interview
from followkit.ui.screen import Coach

XSS = "<img src=x onerror=alert(1)>"


def tabs(screen):
    return list(screen.panel.tabs.values())


def html_values(widget) -> list[str]:
    """Every HTML string the screen shows, walking the widget tree."""
    import ipywidgets as w

    found = [widget.value] if isinstance(widget, w.HTML) else []
    for child in getattr(widget, "children", ()):
        found += html_values(child)
    return found


def test_one_tab_per_interviewer_with_a_checked_letter_and_the_window(screen):
    assert screen.panel.tab.titles == (
        "Letter to Dana Rivera, ready to send", "Letter to Omar Haddad, ready to send")
    first = tabs(screen)[0]
    assert first.text.value.startswith("Subject: ")
    assert "Dear Ms. Rivera," in first.text.value
    assert "Ready to send" in first.findings.value
    assert ("Send between 4:30 pm and tomorrow 3:30 pm CST; recommended 5:30 pm CST "
            "(in 1 h 12 min)") in first.window.value


def test_a_topic_typed_in_the_form_appears_in_the_letters(screen):
    screen.form.topics.value = "the new treasury dashboard"
    assert all("treasury dashboard" in tab.text.value for tab in tabs(screen))


def test_an_edit_is_rechecked_and_kept_when_the_form_changes(screen):
    first = tabs(screen)[0]
    first.text.value = first.text.value.replace("Thank you", "Hey") + "\nLOL gonna call u!!"
    assert "FK301" in first.findings.value
    assert screen.panel.tab.titles[0].endswith("✎")
    screen.form.position.value = "Staff Accountant"
    assert "gonna call u" in first.text.value  # the person's edit is never overwritten
    assert first.pending.layout.display is None  # ... but they are asked
    assert "Staff Accountant" in tabs(screen)[1].text.value  # unedited letters follow the form
    first.accept.click()
    assert "gonna" not in first.text.value and "Staff Accountant" in first.text.value
    assert first.pending.layout.display == "none"


def test_keep_my_edits_hides_the_offer_and_keeps_the_text(screen):
    first = tabs(screen)[0]
    first.text.value += "\nP.S. mine"
    screen.form.position.value = "Staff Accountant"
    first.dismiss.click()
    assert first.text.value.endswith("P.S. mine")
    assert first.pending.layout.display == "none"


def test_copy_paste_across_tabs_is_flagged(screen):
    first, second = tabs(screen)
    second.text.value = first.text.value.replace("Ms. Rivera", "Mr. Haddad")
    assert "FK205" in second.findings.value and "FK205" in first.findings.value


def test_adding_and_removing_interviewers_adds_and_removes_tabs(screen):
    screen.form.people.add.click()
    assert len(screen.panel.tab.children) == 2  # an empty row is not a person yet
    assert screen.form.people.rows[2].message.value == ""  # not red before it is touched
    assert "Still to fill in: the name of interviewer 3." in screen.panel.message.value
    assert screen.panel.tab.layout.display is None
    screen.form.people.rows[2].name.value = "Lee"
    screen.form.people.rows[2].name.value = ""
    assert "Name is empty" in screen.form.people.rows[2].message.value
    screen.form.people.rows[2].name.value = "Lee Park"
    assert screen.panel.tab.titles[2].startswith("Letter to Lee Park")
    screen.form.people.rows[0].remove.click()
    assert [t.split(" ")[2] for t in screen.panel.tab.titles] == ["Omar", "Lee"]


def test_bad_input_shows_a_message_beside_the_field_not_a_traceback(screen):
    screen.form.me["email"].value = "sam@@example"
    screen.form.timezone.value = "Chicago"
    screen.form.people.rows[1].email.value = "omar@"
    assert "sam@@example" in screen.form.fields["candidate.email"].message.value
    assert ("&#x27;Chicago&#x27; is not a time zone; did you mean America/Chicago?"
            in screen.form.fields["timezone"].message.value)
    assert "Email:" in screen.form.people.rows[1].message.value
    assert "3 fields need your attention" in screen.panel.message.value
    screen.form.me["email"].value = "sam@example.com"
    screen.form.timezone.value = "America/Chicago"
    screen.form.people.rows[1].email.value = "omar@example.com"
    assert screen.panel.message.value == ""
    assert screen.form.fields["candidate.email"].message.layout.display == "none"


def test_handwritten_turns_off_email_exports_and_keeps_the_card(screen):
    screen.form.channel.value = "handwritten"
    first = tabs(screen)[0]
    assert not first.text.value.startswith("Subject:")
    assert first.buttons["eml"].disabled and not first.buttons["card"].disabled
    assert "as soon as possible" in first.window.value


def test_export_buttons_write_files_and_say_where(screen, paths):
    first = tabs(screen)[0]
    import base64
    import re

    for kind in ("eml", "ics", "card"):
        first.buttons[kind].click()
        assert "Saved exports/2026-11-19-harlow-pike-llp-dana-rivera." in first.status.value
        [(name, data)] = re.findall(r'download="([^"]+)" href="data:[^;]+;base64,([^"]+)"',
                                    first.status.value)
        assert base64.b64decode(data) == (paths["exports_dir"] / name).read_bytes()
    names = sorted(p.name for p in paths["exports_dir"].iterdir())
    assert names == ["2026-11-19-harlow-pike-llp-dana-rivera.eml",
                     "2026-11-19-harlow-pike-llp-dana-rivera.html",
                     "2026-11-19-harlow-pike-llp-dana-rivera.ics"]
    first.buttons["mailto"].click()
    assert 'href="mailto:dana.rivera@example.com?subject=' in first.status.value


def test_the_eml_holds_the_edited_letter(screen, paths):
    first = tabs(screen)[0]
    first.text.value = first.text.value.replace("Dear Ms. Rivera,", "Dear Dana,")
    first.buttons["eml"].click()
    [path] = paths["exports_dir"].glob("*.eml")
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert message.get_content().startswith("Dear Dana,")
    assert message["X-Unsent"] == "1"


def test_a_subject_with_a_line_break_cannot_reach_the_headers(screen, paths):
    first = tabs(screen)[0]
    first.text.value = "Subject: Hi\rBcc: evil@example.com\n\nDear Ms. Rivera,\n\nThanks."
    first.buttons["eml"].click()
    assert "Could not export" in first.status.value and "line break" in first.status.value
    assert not paths["exports_dir"].exists()


def test_save_to_log_twice_adds_one_row_per_interviewer(screen, paths):
    from followkit.log._store import read_log

    screen.panel.save.click()
    assert "Saved 2 planned follow-ups" in screen.panel.log_status.value
    screen.panel.save.click()
    assert "nothing added" in screen.panel.log_status.value
    log = read_log(paths["log_path"])
    assert len(log) == 2
    assert log["sent_at"].isna().all()


def test_a_company_corrected_after_saving_corrects_the_saved_rows(screen, paths, now):
    from followkit.log._store import read_log

    screen.panel.save.click()
    tabs(screen)[1].sent.click()
    screen.form.company.value = "Harlow and Pike LLP"
    screen.panel.save.click()
    assert "Corrected 2 already in your log" in screen.panel.log_status.value
    log = read_log(paths["log_path"])
    assert len(log) == 2 and set(log["company"]) == {"Harlow and Pike LLP"}
    assert log.set_index("interviewer")["sent_at"]["Omar Haddad"] == now
    tabs(screen)[0].sent.click()  # the ids stay those of the first save
    assert read_log(paths["log_path"])["sent_at"].notna().all()


def test_an_end_time_corrected_after_saving_corrects_the_saved_rows(screen, paths):
    from followkit.log._store import read_log

    screen.panel.save.click()
    screen.form.time.value = time(16, 0)
    screen.panel.save.click()
    assert "Corrected 2 already in your log" in screen.panel.log_status.value
    log = read_log(paths["log_path"])
    ends = log["interview_end"].dt.tz_convert("America/Chicago")
    assert len(log) == 2 and (ends.dt.hour == 16).all()


def test_another_interview_is_logged_apart(screen, paths, interview, candidate):
    from followkit.log._store import read_log

    screen.panel.save.click()
    screen.new_interview()
    screen.form.set_values(form_from_interview(interview, candidate))
    screen.form.time.value = time(16, 0)
    screen.panel.save.click()
    assert "Saved 2 planned follow-ups" in screen.panel.log_status.value
    assert len(read_log(paths["log_path"])) == 4


def test_mark_as_sent_fills_sent_at(screen, paths, now):
    from followkit.log._store import read_log

    tabs(screen)[1].sent.click()
    assert "Marked as sent at 4:18 pm CST, 48 min after the interview: sooner than the guide" in \
        tabs(screen)[1].status.value
    log = read_log(paths["log_path"])
    sent = log.set_index("interviewer")["sent_at"]
    assert sent["Omar Haddad"] == now
    assert sent.isna()["Dana Rivera"]


def test_your_details_are_remembered_for_next_time(interview, paths, now):
    first = Coach(values=form_from_interview(interview), now=now, debounce=0, **paths)
    first.form.me["name"].value = "Ana Díaz"
    first.form.me["email"].value = "ana@example.com"
    again = Coach(values=form_from_interview(interview), now=now, debounce=0, **paths)
    assert again.form.me["name"].value == "Ana Díaz"
    assert "Ana Díaz" in tabs(again)[0].text.value


def test_an_example_form_is_not_saved_as_your_profile(screen, paths):
    assert not paths["profile_path"].exists()


def test_typed_markup_shows_as_text_everywhere(screen):
    form = screen.form
    for box in (form.company, form.position, form.topics, form.challenges, form.skills,
                form.other_companies, *form.me.values()):
        box.value = XSS
    for row in form.people.rows:
        for box in row.inputs:
            box.value = XSS
    form.timezone.value = XSS
    shown = "".join(html_values(screen.widget))
    assert "<img" not in shown
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown


def test_a_naive_now_is_refused_with_a_clear_message(interview):
    from followkit.errors import FollowkitError

    with pytest.raises(FollowkitError, match="time zone"):
        Coach(values=form_from_interview(interview), now=datetime(2026, 11, 19, 16, 0))  # noqa: DTZ001


def test_now_can_be_pinned_as_iso_text_and_must_be_a_time(interview):
    from followkit.errors import FollowkitError
    from followkit.ui.screen import as_clock

    assert as_clock("2026-11-19T16:18:00-06:00")() == interview.ended_at + timedelta(minutes=48)
    with pytest.raises(FollowkitError, match="not an ISO 8601 time"):
        as_clock("tomorrow")


def test_agreed_channel_advice_shows_beside_the_letter(screen):
    first = tabs(screen)[0]
    assert first.advice.value == ""  # email agreed, email sent: nothing to say
    screen.form.agreed_channel.value = "handwritten"
    assert "FK404" not in first.findings.value
    assert "as agreed at the interview" in first.advice.value
    screen.form.agreed_channel.value = "phone"
    assert "not usually encouraged" in first.advice.value
    screen.form.agreed_channel.value = ""
    assert "ask for the best ways to stay in touch" in first.advice.value


def test_an_empty_form_asks_gently_and_remembers_you_early(paths, now):
    screen = Coach(values=None, now=now, debounce=0, **paths)
    shown = "".join(html_values(screen.form.box))
    assert "fk-error" not in shown  # nothing is red before the person types
    message = screen.panel.message.value
    assert "Still to fill in: company, position, the date the interview ended" in message
    assert "your name" in message
    assert screen.panel.tab.layout.display == "none"  # no empty tab box
    assert screen.panel.save.layout.display == "none"
    assert "Your letters appear here once the form is complete." in message
    screen.form.company.value = "Harlow & Pike LLP"
    screen.form.position.value = "x"
    screen.form.position.value = ""
    assert "Position is empty" in screen.form.fields["position"].message.value
    assert "company" not in screen.panel.message.value.split("Still to fill in:")[1]
    screen.form.me["name"].value = "Ana Díaz"
    assert '"name": "Ana Díaz"' in paths["profile_path"].read_text()


def test_an_emptied_letter_says_so_instead_of_failing(screen):
    first, second = tabs(screen)
    first.text.value = "   "
    assert "fk-error-note" in first.findings.value
    assert "empty" in first.findings.value.lower()
    assert "Ready to send" in second.findings.value  # the other letter is still checked


def test_an_unexpected_error_shows_a_plain_message_not_a_traceback(screen, monkeypatch, caplog):
    import followkit.ui.screen as screen_module

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(screen_module, "send_window", broken)
    screen.form.topics.value = "budgets"
    assert "Something went wrong in followkit (RuntimeError: disk on fire)" in \
        screen.panel.message.value
    assert "disk on fire" in caplog.text


def test_a_missing_example_form_starts_empty_with_a_message(paths, now):
    from followkit.ui import coach

    screen = coach("no/such/form.json", now=now, debounce=0, **paths)
    message = screen.panel.message.value
    assert "Could not start from the form no/such/form.json" in message
    assert "no such file" in message and "Starting empty." in message
    assert screen.form.company.value == ""


def test_the_example_form_fills_the_screen(paths, now):
    from followkit.ui import coach

    example = Path(__file__).parents[2] / "data/examples/forms/accounting-harlow-pike.json"
    screen = coach(example, now=now, debounce=0, **paths)
    assert screen.panel.tab.titles == (
        "Letter to Dana Rivera, ready to send", "Letter to Omar Haddad, ready to send")


# --- your interviews: kept as you type, picked again later ---------------------------------

def test_an_untouched_example_is_not_kept_and_says_it_is_an_example(screen, paths):
    assert screen.current_id is None
    assert "example interview" in screen.interviews.note.value
    assert not (paths["log_path"].parent / "drafts.json").exists()


def test_what_you_type_and_your_edits_are_there_after_a_restart(screen, paths, now, interview):
    screen.form.me["name"].value = "Sam Q. Lee"  # your details: remembered in the profile
    screen.form.company.value = "Harlow and Pike LLP"
    first = tabs(screen)[0]
    first.text.value = first.text.value + "\nP.S. my own words"
    again = Coach(values=form_from_interview(interview), now=now, debounce=0, **paths)
    assert again.form.company.value == "Harlow and Pike LLP"
    assert tabs(again)[0].text.value.endswith("P.S. my own words")
    assert again.panel.tab.titles[0].endswith("✎")
    assert again.interviews.picker.value == screen.current_id
    assert "example" not in again.interviews.note.value


def test_new_interview_starts_empty_and_the_old_one_can_be_picked_again(screen):
    screen.form.position.value = "Staff Accountant"
    tabs(screen)[1].text.value += "\nP.S. edited"
    kept = screen.current_id
    screen.interviews.new.click()
    assert screen.form.company.value == "" and screen.panel.tabs == {}
    assert len(screen.store.entries) == 1  # an empty form is kept only once you type
    assert screen.form.me["name"].value == "Sam Lee"  # your own details stay
    screen.form.company.value = "Brightline Foods"
    labels = [label for label, _id in screen.interviews.picker.options]
    assert labels[0].startswith("Brightline Foods") and labels[1].startswith("Harlow & Pike")
    assert "2 letters to send, window closes in 23 h 12 min" in labels[1]
    screen.interviews.picker.value = kept
    assert screen.form.position.value == "Staff Accountant"
    assert tabs(screen)[1].text.value.endswith("P.S. edited")


def test_the_list_says_all_sent_once_every_letter_went_out(screen):
    for tab in tabs(screen):
        tab.sent.click()
    assert screen.interviews.picker.options[0][0].endswith("— all sent")


def test_an_examples_role_goes_when_its_name_is_typed_over(tmp_path, now, interview):
    from followkit.log._store import read_log
    from followkit.ui.formdata import form_from_interview as values_of

    example = values_of(interview)
    example["interviewers"][1]["role"] = "department head"
    paths = {"exports_dir": tmp_path / "e", "log_path": tmp_path / "log.csv",
             "profile_path": tmp_path / "p.json"}
    screen = Coach(values=example, now=now, debounce=0, **paths)
    screen.form.me["name"].value = "Sam Lee"
    screen.form.me["email"].value = "sam@example.com"
    row = screen.form.people.rows[1]
    assert row.role.value == "department head"  # shown, so it can be seen and changed
    row.name.value = "Tom Becker"
    assert row.role.value == ""
    screen.form.people.rows[0].role.value = "recruiter"
    screen.panel.save.click()
    roles = read_log(paths["log_path"]).set_index("interviewer")["interviewer_role"]
    assert roles["Dana Rivera"] == "recruiter" and roles.isna()["Tom Becker"]
