from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

import followkit as fk
from followkit.errors import TimingError
from followkit.timing import elapsed, parse_aware, parse_zone

CHICAGO = ZoneInfo("America/Chicago")
NEW_YORK = ZoneInfo("America/New_York")
END = datetime(2026, 11, 19, 15, 30, tzinfo=CHICAGO)


def _sent(**delta):
    return END + timedelta(**delta)


def test_email_sent_59_minutes_after_is_too_early():
    assert fk.status(END, _sent(minutes=59), "email", now=_sent(days=2)) == "early"


def test_email_sent_exactly_60_minutes_after_is_on_time():
    assert fk.status(END, _sent(minutes=60), "email", now=_sent(days=2)) == "on_time"


def test_email_sent_exactly_24_hours_after_is_on_time():
    assert fk.status(END, _sent(hours=24), "email", now=_sent(days=2)) == "on_time"


def test_email_sent_24_hours_1_minute_after_is_late():
    assert fk.status(END, _sent(hours=24, minutes=1), "email", now=_sent(days=2)) == "late"


def test_handwritten_note_written_5_minutes_after_is_on_time():
    assert fk.status(END, _sent(minutes=5), "handwritten", now=_sent(days=2)) == "on_time"


@pytest.mark.parametrize("channel", ["phone", "text"])
def test_phone_and_text_are_judged_as_email(channel):
    assert fk.status(END, _sent(minutes=30), channel, now=_sent(days=2)) == "early"


def test_unsent_follow_up_is_pending_until_the_window_closes_inclusive():
    assert fk.status(END, None, "email", now=_sent(hours=23, minutes=59)) == "pending"
    assert fk.status(END, None, "email", now=_sent(hours=24)) == "pending"


def test_unsent_follow_up_is_missing_one_minute_after_the_window_closes():
    assert fk.status(END, None, "email", now=_sent(hours=24, minutes=1)) == "missing"


def test_sent_before_the_interview_ended_is_an_error_not_a_status():
    with pytest.raises(fk.TimingError, match="before the interview ended"):
        fk.status(END, _sent(minutes=-5), "email", now=_sent(days=1))


def test_naive_times_are_refused_with_the_time_quoted():
    naive = datetime(2026, 11, 19, 16, 30)  # noqa: DTZ001
    with pytest.raises(fk.TimingError, match="2026-11-19 16:30, which has no tzinfo"):
        fk.status(END, naive, "email", now=_sent(days=1))
    with pytest.raises(fk.TimingError, match="ended_at"):
        fk.send_window(naive, "email")


def test_unknown_channel_is_refused():
    with pytest.raises(fk.FormError, match="carrier pigeon"):
        fk.send_window(END, "carrier pigeon")


def test_email_window_is_1h_2h_24h_in_the_interviews_own_zone():
    w = fk.send_window(END, "email")
    assert w.earliest == datetime(2026, 11, 19, 16, 30, tzinfo=CHICAGO)
    assert w.recommended == datetime(2026, 11, 19, 17, 30, tzinfo=CHICAGO)
    assert w.latest == datetime(2026, 11, 20, 15, 30, tzinfo=CHICAGO)
    assert w.earliest.tzinfo is CHICAGO
    assert "wait at least an hour" in w.earliest_reason
    assert "within 24 hours" in w.latest_reason


def test_handwritten_window_opens_at_once():
    w = fk.send_window(END, "handwritten")
    assert w.earliest == w.recommended == END
    assert "as soon as possible" in w.recommended_reason


def test_24_hours_means_elapsed_hours_across_the_dst_change_in_new_york():
    # Clocks fall back at 02:00 on 2026-11-01 in New York: that day has 25 hours.
    ended = datetime(2026, 10, 31, 10, 0, tzinfo=NEW_YORK)
    w = fk.send_window(ended, "email")
    assert w.latest == datetime(2026, 11, 1, 9, 0, tzinfo=NEW_YORK)
    assert elapsed(ended, w.latest) == timedelta(hours=24)
    # the wall clock says 24 h later, but 25 h have passed: late
    wall_clock_next_day = datetime(2026, 11, 1, 10, 0, tzinfo=NEW_YORK)
    assert fk.status(ended, wall_clock_next_day, "email", now=wall_clock_next_day) == "late"


def test_spring_forward_night_is_also_counted_in_elapsed_hours():
    ended = datetime(2026, 3, 7, 12, 0, tzinfo=NEW_YORK)  # 2026-03-08 02:00 jumps to 03:00
    assert fk.send_window(ended, "email").latest == datetime(2026, 3, 8, 13, 0, tzinfo=NEW_YORK)


def test_mixed_offsets_compare_as_instants():
    ended = datetime(2026, 11, 19, 15, 30, tzinfo=timezone(timedelta(hours=-6)))
    sent_in_utc = datetime(2026, 11, 20, 21, 30, tzinfo=UTC)  # exactly 24 h later
    assert fk.status(ended, sent_in_utc, "email", now=sent_in_utc) == "on_time"
    sent_in_tokyo = datetime(2026, 11, 20, 7, 31, tzinfo=ZoneInfo("Asia/Tokyo"))  # 61 min
    assert fk.status(ended, sent_in_tokyo, "email", now=sent_in_tokyo) == "on_time"


def test_a_career_center_can_change_the_thresholds():
    strict = fk.Policy(email_earliest=timedelta(hours=2), email_recommended=timedelta(hours=3),
                       deadline=timedelta(hours=12))
    assert fk.status(END, _sent(minutes=90), "email", now=_sent(days=1), policy=strict) == "early"
    assert fk.status(END, _sent(hours=13), "email", now=_sent(days=1), policy=strict) == "late"
    assert fk.send_window(END, "email", strict).latest == _sent(hours=12)


def test_policy_refuses_thresholds_out_of_order():
    with pytest.raises(ValueError, match="email_earliest"):
        fk.Policy(email_earliest=timedelta(hours=3), email_recommended=timedelta(hours=2))


@pytest.mark.parametrize(
    ("delta", "words"),
    [
        (timedelta(minutes=72), "1 h 12 min"),
        (timedelta(minutes=45), "45 min"),
        (timedelta(days=2, hours=3), "2 days 3 h"),
        (timedelta(seconds=20), "0 min"),
        (timedelta(hours=-3), "3 h"),
    ],
)
def test_durations_read_as_a_person_says_them(delta, words):
    from followkit.timing import format_duration

    assert format_duration(delta) == words


def test_a_local_time_is_read_in_the_zone_given_and_an_aware_one_is_kept():
    chicago = parse_aware("2026-11-19 15:30", "ended_at", zone="America/Chicago")
    assert chicago == datetime(2026, 11, 19, 15, 30, tzinfo=ZoneInfo("America/Chicago"))
    assert parse_aware("2026-11-19 9:05", zone=ZoneInfo("Europe/Berlin")).hour == 9
    kept = parse_aware("2026-11-19T15:30:00-06:00", zone="Europe/Berlin")
    assert kept.utcoffset() == timedelta(hours=-6)
    naive = datetime(2026, 11, 19, 15, 30)  # noqa: DTZ001 - read in the zone given
    assert parse_aware(naive, zone="UTC-06:00").utcoffset() == timedelta(hours=-6)


@pytest.mark.parametrize(("text", "zone", "says"), [
    ("next Tuesday", "America/Chicago", ["sent_at: ", "'next Tuesday'", "is not an ISO 8601 time",
                                         "2026-11-19 15:30 (in America/Chicago)"]),
    ("2026-11-19 15:30", None, ["sent_at: ", "has no UTC offset", "2026-11-19 15:30-06:00"]),
    ("2026-03-08 02:30", "America/Chicago", ["does not exist in America/Chicago",
                                             "daylight saving"]),
    ("2026-11-19 15:30", "Chicago", ["zone: ", "'Chicago' is not a time zone",
                                     "America/Chicago"]),
])
def test_a_time_that_cannot_be_read_says_what_was_given_and_what_is_expected(text, zone, says):
    with pytest.raises(TimingError) as info:
        parse_aware(text, "sent_at", zone=zone)
    for part in says:
        assert part in str(info.value)


def test_where_a_zone_can_be_given_is_part_of_the_advice():
    with pytest.raises(TimingError, match="or give --zone America/Chicago"):
        parse_aware("2026-11-19 15:30", "--at", zone_from="--zone America/Chicago")


@pytest.mark.parametrize(("name", "offset"), [("America/Chicago", None), ("UTC-06:00", -6),
                                              ("utc+5:30", 5.5), ("GMT+1", 1)])
def test_a_zone_is_an_iana_name_or_a_fixed_offset(name, offset):
    zone = parse_zone(name)
    if offset is None:
        assert zone == ZoneInfo(name)
    else:
        assert zone.utcoffset(None) == timedelta(hours=offset)


@pytest.mark.parametrize("name", ["", "Mars/Olympus", "America", "UTC+25:00", 5, None])
def test_what_is_not_a_zone_is_refused_by_name(name):
    with pytest.raises(TimingError, match=r"timezone: .* is not a time zone"):
        parse_zone(name, "timezone")
