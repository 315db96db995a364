from datetime import timedelta

import pytest
from icalendar import Calendar

import followkit as fk
from followkit.exports._reminders import ALARM_BEFORE_CLOSE, reminders_ics, write_reminders
from followkit.history._view import SAMPLE_NOW, SAMPLE_TZ


@pytest.fixture(scope="module")
def pending():
    return fk.due(fk.read_log(fk.SAMPLE_LOG_PATH, tz=SAMPLE_TZ), SAMPLE_NOW)


def events(data: bytes):
    return Calendar.from_ical(data).walk("VEVENT")


def test_one_event_per_pending_follow_up_with_stable_uids(pending):
    found = events(reminders_ics(pending, SAMPLE_NOW))
    assert [str(e["uid"]) for e in found] == [f"{i}@followkit.invalid"
                                              for i in pending["followup_id"]]
    later = events(reminders_ics(pending, SAMPLE_NOW + timedelta(hours=1)))
    assert [e["uid"] for e in later] == [e["uid"] for e in found]


def test_events_run_from_now_or_send_from_until_the_deadline(pending):
    for event, row in zip(events(reminders_ics(pending, SAMPLE_NOW)), pending.itertuples(),
                          strict=True):
        assert event.decoded("dtend") == row.deadline.to_pydatetime()
        assert event.decoded("dtstart") == max(row.send_from.to_pydatetime(), SAMPLE_NOW)
        assert row.interviewer in str(event["summary"])
        assert event.decoded("dtstamp") == SAMPLE_NOW


def test_each_event_has_an_alarm_two_hours_before_the_window_closes(pending):
    for event in events(reminders_ics(pending, SAMPLE_NOW)):
        (alarm,) = event.walk("VALARM")
        assert alarm.decoded("trigger") == -ALARM_BEFORE_CLOSE
        assert alarm["trigger"].params["RELATED"] == "END"


def test_naive_now_is_refused(pending):
    with pytest.raises(fk.TimingError):
        reminders_ics(pending, SAMPLE_NOW.replace(tzinfo=None))


def test_write_reminders_creates_the_folder_and_leaves_no_temp_file(tmp_path, pending):
    path = write_reminders(tmp_path / "exports" / "due.ics", pending, SAMPLE_NOW)
    assert len(events(path.read_bytes())) == len(pending)
    assert [p.name for p in path.parent.iterdir()] == ["due.ics"]
