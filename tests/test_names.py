from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

import followkit as fk
from followkit._names import MAX_SLUG, slug
from followkit.exports import export_filename, ics_reminder, write_export
from followkit.log import followup_id, interview_key, log_rows
from followkit.timing import send_window

# Names with no Latin letter, pairs that transliterate alike, and names that differ only in
# case and spacing (the same person typed twice).
DIFFERENT = ["Иван Петров", "Олег Смирнов", "山田 太郎", "山田 花子", "李娜", "مريم حداد",
             "Γιώργος Παπαδόπουλος", "🙂", "***", "Ivan Petrov", "Dana Rivera", "Straße", "Strasse"]


def test_different_names_never_share_a_slug():
    slugs = [slug(name) for name in DIFFERENT]
    assert len(set(slugs)) == len(DIFFERENT), dict(zip(DIFFERENT, slugs, strict=True))


def test_a_slug_is_safe_ascii_and_readable_where_it_can_be():
    assert slug("Dana Rivera") == "dana-rivera"
    assert slug("José Núñez") == "jose-nunez"
    assert slug("Иван Петров").startswith("ivan-petrov-")
    assert slug("山田 太郎").startswith("shantian-tailang-")
    for name in DIFFERENT:
        assert slug(name).replace("-", "").isalnum() and slug(name).isascii()


def test_the_same_name_typed_twice_gives_one_slug():
    assert slug("Иван  Петров") == slug("иван петров")
    assert slug("DANA RIVERA") == slug("Dana Rivera")


def test_a_very_long_name_is_cut_and_still_distinct():
    long_a, long_b = "Harlow " * 43 + "A", "Harlow " * 43 + "B"
    assert len(slug(long_a)) <= MAX_SLUG + 7
    assert slug(long_a) != slug(long_b)


def two_people(interview, names):
    people = [fk.Interviewer(name=n, email=f"p{i}@example.com") for i, n in enumerate(names)]
    return fk.Interview(company=interview.company, position=interview.position,
                        ended_at=interview.ended_at, interviewers=people)


@pytest.mark.parametrize("names", [("Иван Петров", "Олег Смирнов"), ("山田 太郎", "山田 花子")])
def test_two_interviewers_get_two_files_two_uids_and_two_log_ids(tmp_path, interview, names):
    iv = two_people(interview, names)
    window = send_window(iv.ended_at, "email")
    now = datetime(2026, 11, 19, 16, 0, tzinfo=ZoneInfo("America/Chicago"))
    files, uids = set(), set()
    for person in iv.interviewers:
        letter = fk.Letter(interviewer=person, channel="email", subject="Thanks", body="Thanks")
        for kind in ("eml", "ics"):
            files.add(write_export(tmp_path, export_filename(letter, iv, kind), kind))
        event = Calendar.from_ical(ics_reminder(letter, iv, window, now=now)).walk("VEVENT")[0]
        uids.add(str(event["uid"]))
    assert len(files) == 4 and len(list(tmp_path.iterdir())) == 4
    assert len(uids) == 2
    assert len({row["followup_id"] for row in log_rows(iv, "email")}) == 2
    assert followup_id(iv, names[0]) != followup_id(iv, names[1])


def test_a_300_character_company_and_name_make_a_file_name_that_can_be_written(tmp_path,
                                                                                interview):
    iv = fk.Interview(company="Harlow & Pike " * 21 + "LLP", position="Accountant",
                      ended_at=interview.ended_at,
                      interviewers=[fk.Interviewer(name="Dana " * 60 + "Rivera")])
    letter = fk.Letter(interviewer=iv.interviewers[0], channel="email", subject="", body="Hi")
    name = export_filename(letter, iv, "eml")
    assert len(name.encode()) < 120
    assert write_export(tmp_path, name, b"x").exists()
    assert len(interview_key(iv)) < 80
