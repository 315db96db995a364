from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from followkit.timetext import (
    clock_time,
    date_time,
    describe_window,
    describe_window_dates,
    relative_time,
    window_state,
)
from followkit.timing import send_window

CHICAGO = ZoneInfo("America/Chicago")
END = datetime(2026, 11, 19, 15, 30, tzinfo=CHICAGO)


def at(hours: float) -> datetime:
    return END + timedelta(hours=hours)


@pytest.mark.parametrize(("minutes", "text"), [
    (72, "in 1 h 12 min"), (-180, "3 h ago"), (0.5, "now"), (-0.5, "now"),
    (60 * 50, "in 2 days 2 h"),
])
def test_relative_time_reads_as_a_person_says_it(minutes, text):
    assert relative_time(END + timedelta(minutes=minutes), END) == text


def test_clock_time_names_the_day_relative_to_now_in_the_interviews_zone():
    assert clock_time(at(1), END) == "4:30 pm"
    assert clock_time(at(24), END) == "tomorrow 3:30 pm"
    assert clock_time(at(0), at(24)) == "yesterday 3:30 pm"
    assert clock_time(at(48), END) == "Sat 21 Nov 3:30 pm"
    # 23:00 in Chicago is already the next day in UTC: the day is still judged in Chicago
    assert clock_time(at(7.5), END.astimezone(ZoneInfo("UTC"))) == "11 pm"


def test_clock_time_shows_noon_and_midnight_on_the_12_hour_clock():
    assert clock_time(END.replace(hour=12, minute=0), END) == "12 pm"
    assert clock_time(END.replace(hour=0, minute=5), END) == "12:05 am"


def test_describe_window_for_an_email_just_after_the_interview():
    window = send_window(END, "email")
    text = describe_window(window, at(0.3))
    assert text.startswith("Send between 4:30 pm and tomorrow 3:30 pm CST; recommended "
                           "5:30 pm CST (in 1 h 42 min). The guide says")


def test_describe_window_between_earliest_and_recommended_counts_down_to_recommended():
    text = describe_window(send_window(END, "email"), at(1.5))
    assert text == ("Send between 4:30 pm and tomorrow 3:30 pm CST; recommended 5:30 pm CST "
                    "(in 30 min).")


def test_describe_window_after_recommended_says_now_is_good_and_when_it_closes():
    text = describe_window(send_window(END, "email"), at(3))
    assert text.endswith("Now is a good time: the window closes in 21 h.")


def test_describe_window_once_closed_says_late_but_better_than_none():
    text = describe_window(send_window(END, "email"), at(27))
    assert "closed 3 h ago" in text and "better than none" in text


def test_describe_window_for_a_handwritten_note_says_as_soon_as_possible():
    text = describe_window(send_window(END, "handwritten"), at(0.1))
    assert text.startswith("Write and mail your note as soon as possible, by tomorrow 3:30 pm CST.")


def test_window_state_bounds_are_inclusive():
    window = send_window(END, "email")
    assert [window_state(window, at(h)) for h in (0.99, 1, 24, 24.01)] == [
        "too_soon", "open", "open", "closed"]


def test_dates_version_has_no_countdown():
    assert describe_window_dates(send_window(END, "email")) == (
        "Send between Thu 19 Nov 4:30 pm and Fri 20 Nov 3:30 pm CST; "
        "recommended Thu 19 Nov 5:30 pm CST.")
    assert date_time(at(24)) == "Fri 20 Nov 3:30 pm"


def test_a_time_from_a_utc_file_reads_in_the_interviews_zone_with_its_letters():
    from followkit.timetext import iso_in_zone, local_clock, local_date_time, zone_abbreviation

    utc = datetime(2026, 12, 1, 19, 45, tzinfo=ZoneInfo("UTC"))
    assert local_date_time(utc, "America/Chicago") == "Tue 1 Dec 1:45 pm CST"
    assert local_clock(utc, utc - timedelta(hours=20), "America/Chicago") == "tomorrow 1:45 pm CST"
    assert iso_in_zone(utc, "America/Chicago") == "2026-12-01T13:45:00-06:00"
    assert local_date_time(utc, "Not/AZone") == "Tue 1 Dec 7:45 pm UTC"
    assert zone_abbreviation(utc.astimezone(ZoneInfo("Asia/Dubai"))) == "UTC+04"
    assert zone_abbreviation(utc.astimezone(ZoneInfo("Asia/Kolkata"))) == "IST"


def test_a_window_across_a_clock_change_names_both_zones():
    ended = datetime(2026, 10, 31, 20, 0, tzinfo=CHICAGO)  # CDT; the clocks go back on 1 Nov
    text = describe_window_dates(send_window(ended, "email"))
    assert text.startswith("Send between Sat 31 Oct 9 pm CDT and Sun 1 Nov 7 pm CST;")
