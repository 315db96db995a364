"""Every kind of interview end lands at the intended instant in a real calendar (Debian's khal)."""

import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pandas as pd
import pytest
from icalendar import Calendar

import followkit as fk
from followkit.exports import ics_reminder, ics_time, reminders_ics
from followkit.timing import send_window

CHICAGO = ZoneInfo("America/Chicago")


def form(tmp_path, name, ended_at, zone=None):
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({
        "company": "Harlow & Pike LLP", "position": "Staff Accountant", "ended_at": ended_at,
        **({"timezone": zone} if zone else {}),
        "interviewers": [{"name": name, "email": "dana@example.com"}],
        "candidate": {"name": "Sam Lee"}, "channel": "email"}))
    return fk.load_form(path)[0]


def made(name, ended_at):
    return fk.Interview(company="Harlow & Pike LLP", position="Staff Accountant",
                        ended_at=ended_at, interviewers=[fk.Interviewer(name=name)])


def kinds(tmp_path):
    """(interview, channel, the instant the reminder must ring) for every kind of time."""
    return [
        # a named zone on an ordinary day: 15:30 CST + 2 h
        (made("Named Zone", datetime(2026, 11, 19, 15, 30, tzinfo=CHICAGO)), "email",
         datetime(2026, 11, 19, 23, 30, tzinfo=UTC)),
        # a form's -06:00 with no zone
        (form(tmp_path, "Form Offset", "2026-11-19T15:30:00-06:00"), "email",
         datetime(2026, 11, 19, 23, 30, tzinfo=UTC)),
        # the coach's "UTC-06:00" (a fixed offset with no zone name)
        (made("Coach Offset", datetime(2026, 11, 19, 15, 30,
                                       tzinfo=timezone(timedelta(hours=-6)))), "email",
         datetime(2026, 11, 19, 23, 30, tzinfo=UTC)),
        # fall back: 00:30 CDT + 2 h is the second 01:30 (CST)
        (made("Second Occurrence", datetime(2026, 11, 1, 0, 30, tzinfo=CHICAGO)), "email",
         datetime(2026, 11, 1, 7, 30, tzinfo=UTC)),
        # fall back: 23:30 CDT + 2 h is the first 01:30 (CDT)
        (made("First Occurrence", datetime(2026, 10, 31, 23, 30, tzinfo=CHICAGO)), "email",
         datetime(2026, 11, 1, 6, 30, tzinfo=UTC)),
        # spring forward: 02:30 does not exist in Chicago (a form refuses it, see
        # test_a_form_refuses_a_time_the_clocks_skipped; the model may
        # still hold one); the reminder takes it as 02:30 CST
        (made("Missing Hour", datetime(2026, 3, 8, 2, 30, tzinfo=CHICAGO)),
         "handwritten", datetime(2026, 3, 8, 8, 30, tzinfo=UTC)),
    ]


def reminder(interview, channel):
    person = interview.interviewers[0]
    letter = fk.Letter(interviewer=person, channel=channel,
                       subject="Thanks" if channel == "email" else "", body="Thank you.")
    window = send_window(interview.ended_at, channel)
    return ics_reminder(letter, interview, window, now=interview.ended_at)


def test_fixed_offsets_ambiguous_and_missing_times_are_written_as_utc():
    fixed = datetime(2026, 11, 19, 17, 30, tzinfo=timezone(timedelta(hours=-6)))
    assert ics_time(fixed) == fixed and ics_time(fixed).tzinfo is UTC
    second = datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=CHICAGO)
    assert ics_time(second) == datetime(2026, 11, 1, 7, 30, tzinfo=UTC)
    missing = datetime(2026, 3, 8, 2, 30, tzinfo=CHICAGO)
    assert ics_time(missing) == datetime(2026, 3, 8, 8, 30, tzinfo=UTC)  # 02:30 CST
    ordinary = datetime(2026, 11, 19, 17, 30, tzinfo=CHICAGO)
    assert ics_time(ordinary).tzinfo is CHICAGO


def test_a_form_refuses_a_time_the_clocks_skipped(tmp_path):
    with pytest.raises(fk.FormError, match="ended_at: '2026-03-08T02:30:00' does not exist"):
        form(tmp_path, "Missing Hour", "2026-03-08T02:30:00", "America/Chicago")


@pytest.mark.parametrize("index", range(6))
def test_every_kind_reads_back_to_the_intended_instant_with_icalendar(tmp_path, index):
    interview, channel, expected = kinds(tmp_path)[index]
    data = reminder(interview, channel)
    assert b'TZID="UTC' not in data and b"TZID=UTC-" not in data
    [event] = Calendar.from_ical(data).walk("VEVENT")
    start = event.decoded("dtstart")
    assert start == expected and start.utcoffset() == expected.astimezone(start.tzinfo).utcoffset()


def test_the_log_reminders_write_fixed_offsets_as_utc():
    fixed = timezone(timedelta(hours=-6))
    pending = pd.DataFrame([{
        "followup_id": "a", "interviewer": "Dana", "company": "Harlow", "position": "Acc",
        "channel": "email",
        "send_from": pd.Timestamp(datetime(2026, 11, 19, 16, 30, tzinfo=fixed)),
        "deadline": pd.Timestamp(datetime(2026, 11, 20, 15, 30, tzinfo=fixed))}])
    now = datetime(2026, 11, 19, 22, 0, tzinfo=UTC)
    data = reminders_ics(pending, now)
    assert b"TZID" not in data
    [event] = Calendar.from_ical(data).walk("VEVENT")
    assert event.decoded("dtend") == datetime(2026, 11, 20, 21, 30, tzinfo=UTC)


def khal_config(tmp_path, zone):
    folder = tmp_path / "calendar"
    folder.mkdir(exist_ok=True)
    config = tmp_path / f"khal-{zone.replace('/', '-')}.conf"
    config.write_text(f"""[calendars]
[[followkit]]
path = {folder}
type = calendar
[locale]
local_timezone = {zone}
default_timezone = {zone}
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[sqlite]
path = {tmp_path / (zone.replace('/', '-') + '.db')}
""")
    return config


def khal(config, *args):
    done = subprocess.run(["khal", "-c", str(config), *args], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.skipif(shutil.which("khal") is None, reason="needs Debian's khal")
def test_every_kind_lands_at_the_intended_time_in_khal_in_two_zones(tmp_path):
    cases = kinds(tmp_path)
    zones = ("UTC", "Asia/Tokyo")
    configs = [khal_config(tmp_path, zone) for zone in zones]
    for interview, channel, _ in cases:
        path = tmp_path / f"{interview.interviewers[0].name}.ics"
        path.write_bytes(reminder(interview, channel))
        out = subprocess.run(["khal", "-c", str(configs[0]), "import", "--batch", str(path)],
                             capture_output=True, text=True, timeout=60, check=False)
        assert out.returncode == 0 and "invalid" not in out.stderr, out.stderr
    for zone, config in zip(zones, configs, strict=True):
        for interview, _, expected in cases:
            local = expected.astimezone(ZoneInfo(zone))
            listed = khal(config, "list", "-f", "{start-long}|{title}",
                          f"{local - timedelta(days=1):%Y-%m-%d}", "3d")
            title = f"to {interview.interviewers[0].name}"
            lines = [line for line in listed.splitlines() if line.endswith(title)]
            assert lines == [f"{local:%Y-%m-%d %H:%M}|Send your thank-you {title}"] or lines == [
                f"{local:%Y-%m-%d %H:%M}|Mail your note {title}"], (zone, listed)
