from datetime import timedelta
from zoneinfo import ZoneInfo

import followkit as fk
from followkit.timing import send_window
from followkit.ui.views import channel_advice, findings_html, tab_title, window_html

XSS = "<img src=x onerror=alert(1)>"


def finding(code, severity, message="Do this.", line=None):
    return fk.Finding(code, "name", severity, message, line, "Follow-up Content")


def test_no_warnings_reads_as_ready_to_send():
    html = findings_html([finding("FK107", "info")], 28)
    assert "Ready to send: 27 checks pass" in html
    assert "FK107" in html


def test_findings_show_severity_code_line_advice_and_why():
    html = findings_html([finding("FK102", "error", "Thank them.", 3),
                          finding("FK104", "warning")], 28, {"FK102": "Guide sentence."})
    assert "1 error to fix, 1 warning to look at" in html
    assert "<b>FK102</b> line 3: Thank them." in html
    assert "“Guide sentence.”" in html
    assert "whole letter" in html


def test_findings_escape_what_the_person_typed():
    html = findings_html([finding("FK101", "warning", f"The greeting “{XSS}”")], 28)
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_channel_findings_move_to_the_advice_box(interview):
    fk404 = finding("FK404", "warning", "Follow up by email, as agreed.")
    html = findings_html([fk404], 28)
    assert "FK404" not in html and "Ready to send" not in html
    assert "1 warning to look at</b> (how you follow up: see the note below)" in html
    assert "Follow up by email, as agreed." in channel_advice(interview, "handwritten", [fk404])


def test_phone_agreed_gets_the_guides_advice(interview):
    from dataclasses import replace

    phone = replace(interview, agreed_channel="phone")
    advice = channel_advice(phone, "email", [])
    assert "agreed to keep in touch by phone" in advice
    assert "a short phone call is fine" in advice
    assert "not usually encouraged" in advice


def test_nothing_agreed_suggests_asking_next_time(interview):
    from dataclasses import replace

    advice = channel_advice(replace(interview, agreed_channel=None), "email", [])
    assert "ask for the best ways to stay in touch" in advice
    assert channel_advice(interview, "email", []) == ""


def test_window_html_names_the_zone_and_counts_down(interview):
    window = send_window(interview.ended_at, "email")
    html = window_html(window, interview.ended_at + timedelta(minutes=18))
    assert "recommended 5:30 pm CST (in 1 h 42 min)" in html
    assert "Times in America/Chicago" in html
    utc_now = (interview.ended_at + timedelta(hours=30)).astimezone(ZoneInfo("UTC"))
    assert "closed 6 h ago" in window_html(window, utc_now)


def test_tab_title_says_whose_letter_and_its_state_in_words():
    assert tab_title("Omar Haddad", [], False) == "Letter to Omar Haddad, ready to send"
    found = [finding("FK102", "error"), finding("FK107", "info"), finding("FK104", "warning")]
    assert tab_title("Omar", found, True) == (
        "Letter to Omar, 1 error and 1 warning ⚠, edited by you ✎")
    two = [finding("FK104", "warning"), finding("FK301", "warning")]
    assert tab_title("Dana", two, False) == "Letter to Dana, 2 warnings ⚠"
    assert tab_title("", [finding("FK107", "info")], False) == (
        "Letter to a new interviewer, ready to send")
