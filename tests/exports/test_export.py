from datetime import datetime, timedelta
from email import policy
from email.parser import BytesParser
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

import followkit as fk
from followkit import exports as export
from followkit.timing import send_window

CHICAGO = ZoneInfo("America/Chicago")
BODY = ("Dear Ms. Rivera,\n\nThank you for meeting with me today about the role at "
        "Harlow & Pike LLP.\n\nI look forward to hearing from you. 100% sure? #1\n\n"
        "Sincerely,\nSam Lee\nsam@example.com")


def email_letter(person, subject="Thank you — Senior Staff Accountant interview", body=BODY):
    return fk.Letter(interviewer=person, channel="email", subject=subject, body=body)


def parse(data: bytes):
    return BytesParser(policy=policy.default).parsebytes(data)


def test_eml_draft_has_to_from_subject_body_and_opens_as_unsent(interview, candidate):
    message = parse(export.eml_draft(email_letter(interview.interviewers[0]), candidate))
    assert message["To"] == "Dana Rivera <dana.rivera@example.com>"
    assert message["From"] == "Sam Lee <sam@example.com>"
    assert message["Subject"] == "Thank you — Senior Staff Accountant interview"
    assert message["X-Unsent"] == "1"
    assert message.get_content() == BODY + "\n"


def test_eml_draft_refuses_a_subject_with_a_line_break(interview, candidate):
    letter = email_letter(interview.interviewers[0], subject="Thanks\r\nBcc: evil@example.com")
    with pytest.raises(fk.LetterError, match="line break"):
        export.eml_draft(letter, candidate)


def test_eml_draft_cannot_gain_a_header_through_a_name(candidate):
    person = fk.Interviewer(name="Dana\nBcc: evil@example.com", email="dana@example.com")
    message = parse(export.eml_draft(email_letter(person), candidate))
    assert message["Bcc"] is None
    assert "evil@example.com" in message["To"]  # kept as part of the display name, quoted


def test_eml_draft_without_an_address_has_no_to_header(candidate):
    message = parse(export.eml_draft(email_letter(fk.Interviewer(name="Omar Haddad")), candidate))
    assert message["To"] is None
    assert message["Subject"].startswith("Thank you")


def test_eml_draft_is_only_for_email(interview):
    note = fk.Letter(interviewer=interview.interviewers[0], channel="handwritten", subject="",
                     body=BODY)
    with pytest.raises(fk.LetterError, match="card"):
        export.eml_draft(note)


def test_mailto_link_round_trips_subject_and_body_with_crlf_line_breaks(interview):
    letter = email_letter(interview.interviewers[0])
    link = export.mailto_link(letter)
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "dana.rivera@example.com"
    fields = parse_qs(parts.query, keep_blank_values=True)
    assert fields["subject"] == [letter.subject]
    assert fields["body"] == [BODY.replace("\n", "\r\n")]
    assert "#" not in link and " " not in link and "&" not in link.split("?", 1)[1].replace(
        "&body=", "")


def test_mailto_link_encodes_a_plus_in_the_address():
    person = fk.Interviewer(name="Dana Rivera", email="dana+jobs@example.com")
    assert export.mailto_link(email_letter(person)).startswith("mailto:dana%2Bjobs@example.com?")


def test_ics_reminder_rings_at_the_recommended_time_with_the_window_described(interview):
    window = send_window(interview.ended_at, "email")
    now = datetime(2026, 11, 19, 16, 0, tzinfo=CHICAGO)
    calendar = Calendar.from_ical(export.ics_reminder(
        email_letter(interview.interviewers[0]), interview, window, now=now))
    [event] = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == window.recommended
    assert event.decoded("dtstamp") == now
    assert str(event["summary"]) == "Send your thank-you to Dana Rivera"
    assert "Send between Thu 19 Nov 4:30 pm and Fri 20 Nov 3:30 pm" in str(event["description"])
    [alarm] = event.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == timedelta(0)


def test_ics_reminder_uid_is_stable_across_exports(interview):
    window = send_window(interview.ended_at, "email")
    letter = email_letter(interview.interviewers[0])
    uids = {
        str(Calendar.from_ical(export.ics_reminder(letter, interview, window, now=now))
            .walk("VEVENT")[0]["uid"])
        for now in (interview.ended_at + timedelta(minutes=5),
                    interview.ended_at + timedelta(hours=3))
    }
    assert uids == {"2026-11-19-harlow-pike-llp-dana-rivera@followkit"}


def test_reminder_time_is_now_once_the_recommended_time_has_passed(interview):
    window = send_window(interview.ended_at, "email")
    late = datetime(2026, 11, 19, 23, 47, 31, tzinfo=ZoneInfo("UTC"))
    assert export.reminder_time(window, late) == datetime(2026, 11, 19, 17, 47, tzinfo=CHICAGO)
    early = interview.ended_at + timedelta(minutes=10)
    assert export.reminder_time(window, early) == window.recommended


def test_card_html_escapes_everything_and_prints_on_a6(interview):
    person = fk.Interviewer(name="<img src=x onerror=alert(1)>", title="Controller")
    letter = fk.Letter(interviewer=person, channel="handwritten", subject="",
                       body="Dear <b>Dana</b>,\n\nThank you & more.\n\nBest,\nSam")
    page = export.card_html(letter, interview, send_window(interview.ended_at, "handwritten"))
    assert "<img" not in page and "<b>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "@page { size: 105mm 148mm;" in page  # A6
    assert page.count("<p>") == 3
    assert "Sincerely" not in page and "Best,<br>Sam" in page
    assert "by Fri 20 Nov 3:30 pm" in page


def test_export_filename_names_date_company_and_person(interview):
    letter = email_letter(interview.interviewers[0])
    assert export.export_filename(letter, interview, "eml") == (
        "2026-11-19-harlow-pike-llp-dana-rivera.eml")
    assert export.export_filename(letter, interview, "card").endswith("dana-rivera.html")
    with pytest.raises(ValueError, match="eml, ics, card"):
        export.export_filename(letter, interview, "pdf")


def test_slug_keeps_only_safe_ascii():
    assert export.slug("Zoë O'Brien-Núñez / ../etc") == "zoe-o-brien-nunez-etc"
    assert export.slug("***").startswith("name-")


def test_write_export_replaces_the_file_and_leaves_no_temp_file(tmp_path):
    folder = tmp_path / "exports"
    export.write_export(folder, "a.eml", b"first")
    path = export.write_export(folder, "a.eml", "second")
    assert path.read_text() == "second"
    assert sorted(p.name for p in folder.iterdir()) == ["a.eml"]
