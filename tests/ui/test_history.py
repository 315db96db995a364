"""The history screen's widgets, driven headless (.value / .click), without a kernel."""

from datetime import date

import pytest
from icalendar import Calendar

import followkit as fk
from followkit.history._view import SAMPLE_NOW
from followkit.ui.history import chart_pngs, open_history
from tests.history_logs import bad_log, empty_log


def sections(screen) -> list:
    """Every section after the banner, in the notebook's order."""
    return [screen.filters(), screen.sentences(), screen.charts(), screen.due(),
            screen.findings()]


@pytest.fixture
def displayed(monkeypatch):
    """Whatever anything passes to IPython's display(): the screen must pass nothing."""
    import IPython.display

    seen: list = []
    monkeypatch.setattr(IPython.display, "display", lambda *objects: seen.extend(objects))
    return seen


@pytest.fixture
def screen(tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWKIT_LOG", str(tmp_path / "not-yet.csv"))
    return open_history(reminders_dir=tmp_path / "exports")


def test_without_a_log_the_sample_shows_under_a_banner(tmp_path, monkeypatch, displayed):
    from IPython.display import HTML

    monkeypatch.setenv("FOLLOWKIT_LOG", str(tmp_path / "not-yet.csv"))
    screen = open_history()
    assert displayed == []
    banner = screen.banner().widget
    assert isinstance(banner, HTML) and "Sample data." in banner.data
    assert screen.now == SAMPLE_NOW
    assert len(screen.t) == len(fk.read_log(fk.SAMPLE_LOG_PATH))


@pytest.mark.parametrize("interactive", [True, False])
def test_a_bad_row_is_a_friendly_banner_and_every_section_stays_empty(tmp_path, interactive,
                                                                       displayed):
    screen = open_history(bad_log(tmp_path, row=7), now="2026-10-30T09:00:00-05:00",
                          interactive=interactive)
    banner = screen.banner().widget.data
    assert "Your log needs a fix." in banner and "row 7, column &#x27;sent_at&#x27;" in banner
    assert [section.widget.data for section in sections(screen)] == [""] * 5
    assert displayed == []


def test_a_now_without_offset_is_explained_not_raised():
    screen = open_history(fk.SAMPLE_LOG_PATH, now="2026-10-30T09:00")
    assert "has no UTC offset" in screen.banner().widget.data


def test_each_section_is_one_widget_box_the_cell_shows(screen, displayed):
    import ipywidgets as w

    boxes = [section.widget for section in sections(screen)]
    assert all(isinstance(box, w.VBox) for box in boxes)
    assert boxes[1].children == (screen._widgets["sentences"],)
    assert boxes[2].children == (screen._widgets["charts"],)
    assert screen._widgets["remind"] in boxes[3].children
    assert displayed == []


def test_the_report_shows_plain_html_and_three_images_with_their_words(displayed):
    from IPython.display import HTML

    screen = open_history(fk.SAMPLE_LOG_PATH, interactive=False)
    shown = [section.widget for section in sections(screen)]
    assert all(isinstance(o, HTML) for o in shown) and displayed == []
    assert "covers the whole log" in shown[0].data and "You sent" in shown[1].data
    charts = screen.charts()
    figures = [item.data for item in charts.items]
    assert len(figures) == 3 and all('<img src="data:image/png;base64,' in f for f in figures)
    assert 'alt="On-time follow-ups by month of the interview' in figures[1]
    assert all("<summary>Show as table" in f for f in figures)
    assert charts.widget.data == "".join(figures)
    assert '<table class="fk-due">' in shown[3].data and "Send to" in shown[3].data
    assert "FK50" in shown[4].data


def test_an_empty_log_shows_no_charts_and_says_why(tmp_path):
    screen = open_history(empty_log(tmp_path), now="2026-10-30T09:00:00-05:00")
    assert "There are no follow-ups to look at" in screen._widgets["sentences"].value
    assert "nothing to chart" in screen._widgets["charts"].children[0].value
    printed = open_history(empty_log(tmp_path), now="2026-10-30T09:00:00-05:00",
                           interactive=False).charts()
    assert "nothing to chart" in printed.widget.data and printed.items == []


def test_a_filter_redraws_sentences_and_charts_together(screen):
    before_text = screen._widgets["sentences"].value
    before_png = [c.value for c in screen._widgets["charts"].children]
    assert len(before_png) == 3
    screen._widgets["channel"].value = "handwritten"
    after_png = [c.value for c in screen._widgets["charts"].children]
    assert screen._widgets["sentences"].value != before_text
    assert "Your handwritten notes went out" in screen._widgets["sentences"].value
    assert all(a != b for a, b in zip(after_png, before_png, strict=True))
    assert set(screen.view.rows["channel"].astype(str)) == {"handwritten"}


def test_date_and_company_filters_narrow_the_rows(screen):
    company = screen.t["company"].iloc[0]
    screen._widgets["company"].value = company
    screen._widgets["start"].value = date(2026, 6, 1)
    rows = screen.view.rows
    assert set(rows["company"]) <= {company}
    assert (rows["interview_end"].dt.date >= date(2026, 6, 1)).all()


def test_the_reminders_button_writes_one_event_per_due_follow_up(screen):
    button = screen._widgets["remind"]
    button.click()
    path = screen.reminders_dir / "followups-due.ics"
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert len(events) == len(screen.view.pending) == 3
    saved = screen._widgets["saved"].value
    assert "exports/followups-due.ics" in saved and 'download="followups-due.ics"' in saved


def test_with_nothing_due_no_file_is_written_and_it_says_so(screen):
    screen._widgets["end"].value = date(2026, 9, 30)
    screen._widgets["remind"].click()
    assert not (screen.reminders_dir / "followups-due.ics").exists()
    assert "Nothing is due" in screen._widgets["saved"].value


def test_chart_pngs_are_png_images(screen):
    pngs = chart_pngs(screen.view.rows)
    assert [p[:8] for p in pngs] == [b"\x89PNG\r\n\x1a\n"] * 3


def test_a_due_row_is_marked_sent_at_the_time_typed_in_its_interviews_zone(tmp_path):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from followkit.log import append_followups, log_rows, read_log

    iv = fk.Interview(company="Harlow & Pike LLP", position="Staff Accountant",
                      ended_at=datetime(2026, 12, 1, 13, 45, tzinfo=ZoneInfo("America/Chicago")),
                      interviewers=[fk.Interviewer(name="Dana Rivera"),
                                    fk.Interviewer(name="Tom Becker")])
    path = tmp_path / "followups.csv"
    append_followups(path, log_rows(iv, "email"), tz="UTC")
    screen = open_history(path, now="2026-12-01T20:00:00+00:00", tz="UTC")
    assert "Tue 1 Dec 2026 2 pm CST" in screen.banner().widget.data
    rows = screen.due_rows.rows
    dana = next(fid for fid in rows if fid.endswith("dana-rivera"))
    assert rows[dana]["time"].value == "2026-12-01 14:00"  # now, in the interview's zone
    letters = rows[dana]["zone_letters"]
    assert ">CST<" in letters.value and 'title="America/Chicago"' in letters.value
    rows[dana]["time"].value = "2026-11-01 00:30"  # before the clocks went back: CDT
    assert ">CDT<" in letters.value
    assert "Wed 2 Dec 1:45 pm CST" in screen._widgets["due"].value
    rows[dana]["time"].value = "2026-12-01 15:50"
    rows[dana]["button"].click()
    sent = read_log(path).set_index("interviewer")["sent_at"]
    assert sent["Dana Rivera"].isoformat() == "2026-12-01T21:50:00+00:00"
    assert "Marked Dana Rivera (Harlow &amp; Pike LLP) as sent Tue 1 Dec 3:50 pm CST" in \
        screen._widgets["saved"].value
    assert list(screen.due_rows.rows) == [fid for fid in rows if fid.endswith("tom-becker")]
    tom = next(iter(screen.due_rows.rows))
    screen.due_rows.rows[tom]["time"].value = "yesterday"
    assert screen.due_rows.click(tom).level == "error"
    assert "is not an ISO 8601 time" in screen.due_rows.rows[tom]["status"].value


def test_the_sample_cannot_be_marked_and_says_why(screen):
    assert all(parts["button"].disabled for parts in screen.due_rows.rows.values())
    fid = next(iter(screen.due_rows.rows))
    assert "sample" in screen.mark_sent(fid, "2026-10-30 10:00").text


def test_the_sent_time_box_names_its_zones_letters_for_the_time_typed():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from followkit.ui.due_rows import zone_letters

    chicago = ZoneInfo("America/Chicago")
    now = datetime(2026, 12, 1, 14, 0, tzinfo=chicago)
    assert ">CST<" in zone_letters("2026-12-01 16:05", chicago, now)
    assert ">CDT<" in zone_letters("2026-07-01 16:05", chicago, now)
    assert ">CDT<" in zone_letters("2026-07-01T21:05:00+00:00", chicago, now)  # seen in Chicago
    assert ">CST<" in zone_letters("not yet a time", chicago, now)  # the letters of now
