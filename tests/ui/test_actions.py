"""The coach's actions without a screen: each writes, then returns a Status; one renderer."""

import base64
import re
import subprocess
import sys
from datetime import timedelta

import pytest

import followkit as fk
from followkit.log import interview_key, read_log
from followkit.model import Link, Status
from followkit.ui.actions import export_letter, mark_letter_sent, save_plan
from followkit.ui.status import file_link, status_html

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture
def letters(interview, candidate):
    return fk.compose(interview, candidate)


@pytest.fixture
def now(interview):
    return interview.ended_at + timedelta(hours=3)


def test_an_export_writes_the_file_and_returns_where_with_its_download_link(
        tmp_path, letters, interview, candidate, now):
    result = export_letter("eml", letters[0], interview, candidate, "email",
                           exports_dir=tmp_path / "exports", now=now)
    [path] = (tmp_path / "exports").glob("*.eml")
    assert result.level == "ok" and result.text.startswith(f"Saved exports/{path.name}: open")
    assert result.link is not None and result.link.download == path.name
    assert base64.b64decode(result.link.href.split(",", 1)[1]) == path.read_bytes()


def test_an_export_of_a_letter_with_errors_warns_to_fix_them_first(
        tmp_path, letters, interview, candidate, now):
    found = fk.check(letters[0].text.replace("Ms. Rivera", "[Name]"), interview)
    errors = sum(f.severity == "error" for f in found)
    result = export_letter("ics", letters[0], interview, candidate, "email",
                           exports_dir=tmp_path, now=now, findings=found)
    assert result.level == "warning" and f"Fix the {errors} error(s)" in result.text


def test_an_export_that_cannot_be_made_is_an_error_status_not_an_exception(
        tmp_path, letters, interview, candidate, now):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    result = export_letter("card", letters[0], interview, candidate, "email",
                           exports_dir=blocked, now=now)
    assert result.failed and result.text.startswith("Could not export:")


def test_the_mailto_action_offers_a_link_to_open_not_a_file(tmp_path, letters, interview,
                                                             candidate, now):
    result = export_letter("mailto", letters[0], interview, candidate, "email",
                           exports_dir=tmp_path, now=now)
    assert result.link is not None and result.link.href.startswith("mailto:dana.rivera@")
    assert result.link.download is None and not any(tmp_path.iterdir())


def test_saving_the_plan_twice_adds_once_then_says_nothing_was_added(tmp_path, interview):
    log, key = tmp_path / "followups.csv", interview_key(interview)
    first = save_plan(log, interview, "email", key)
    again = save_plan(log, interview, "email", key)
    assert first.level == "ok" and "Saved 2 planned follow-ups" in first.text
    assert "nothing added" in again.text and len(read_log(log)) == 2
    assert save_plan(log, None, "email", key).text == "Complete the form first."


def test_marking_sent_records_the_time_and_judges_it(tmp_path, interview, now):
    log, key = tmp_path / "followups.csv", interview_key(interview)
    save_plan(log, interview, "email", key)
    result = mark_letter_sent(log, interview, "email", "Dana Rivera", key, now)
    assert result.level == "ok" and "3 h after the interview: on time" in result.text
    sent = read_log(log).set_index("interviewer")["sent_at"]
    assert sent["Dana Rivera"] == now and sent.isna()["Omar Haddad"]


def test_marking_sent_before_the_plan_is_saved_says_why_it_could_not(tmp_path, interview, now):
    result = mark_letter_sent(tmp_path / "none.csv", interview, "email", "Dana Rivera",
                              interview_key(interview), now)
    assert result.failed and result.text.startswith("Could not mark it as sent:")


@pytest.mark.parametrize(("level", "mark", "css"), [("ok", "✔", "fk-note"),
                                                    ("warning", "⚠", "fk-warning-note"),
                                                    ("error", "⛔", "fk-error-note")])
def test_one_renderer_marks_the_level_and_escapes_the_text(level, mark, css):
    shown = status_html(Status(level, f"Saved {XSS}"), "fk-room-status")
    assert f"{mark} Saved &lt;img" in shown and XSS not in shown
    assert css in shown and "fk-room-status" in shown and 'role="status"' in shown


def test_a_link_is_a_download_or_a_page_to_open():
    download = status_html(Status("ok", "Saved x.ics", file_link("exports/x.ics", "BEGIN")))
    assert re.search(r'download="x.ics" href="data:text/calendar;base64,QkVHSU4="', download)
    page = status_html(Status("ok", "Ready:", Link("Open", 'mailto:a@b.c?subject="x"')))
    assert 'href="mailto:a@b.c?subject=&quot;x&quot;"' in page and "noopener" in page
    assert status_html(None) == "" and file_link("big.csv", b"x" * 5_000_001) is None


def test_a_status_level_is_one_of_three():
    with pytest.raises(fk.FollowkitError, match="ok, warning, error"):
        Status("fine", "text")


def test_the_actions_and_their_renderer_need_no_widgets():
    code = ("import sys, followkit.ui.actions, followkit.ui.status; "
            "print('ipywidgets' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
