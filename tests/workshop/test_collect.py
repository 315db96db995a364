import json
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import followkit as fk
from followkit.workshop._participant_file import ANONYMOUS_COLUMNS

CHICAGO = ZoneInfo("America/Chicago")
END = datetime(2026, 11, 19, 15, 30, tzinfo=CHICAGO)
SALT = "workshop-test-salt"
EXPORTED = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)


def personal_log() -> pd.DataFrame:
    """A log full of personal data, as read_log returns it."""
    return pd.DataFrame([
        {"followup_id": "hp-rivera", "interview_id": "harlow-1119", "company": "Harlow & Pike LLP",
         "position": "Senior Staff Accountant", "interview_end": END,
         "interviewer": "Dana Rivera", "interviewer_role": "hiring manager", "channel": "email",
         "agreed_channel": "email", "sent_at": END + timedelta(hours=2, minutes=10),
         "response_at": None, "outcome": "none",
         "notes": "Dana said to write to dana.rivera@harlowpike.example; met Priscilla too"},
        {"followup_id": "hp-haddad", "interview_id": "harlow-1119", "company": "Harlow & Pike LLP",
         "position": "Senior Staff Accountant", "interview_end": END,
         "interviewer": "Omar Haddad", "interviewer_role": "Omar's boss (VP)",
         "channel": "handwritten", "agreed_channel": "", "sent_at": None,
         "response_at": None, "outcome": "", "notes": "omar.haddad@harlowpike.example"},
        {"followup_id": "bl-1", "interview_id": "brightline-1120", "company": "Brightline Foods",
         "position": "Plant Controller", "interview_end": END + timedelta(days=1),
         "interviewer": "Quentin Zamora", "interviewer_role": "recruiter", "channel": "phone",
         "agreed_channel": "phone", "sent_at": END + timedelta(days=1, hours=30),
         "response_at": END + timedelta(days=3), "outcome": "second_interview",
         "notes": "Call Quentin on 312-555-0199, ask for Wexford Street office"},
    ])


SECRETS = ["Harlow & Pike LLP", "Harlow", "Pike", "Brightline Foods", "Brightline",
           "Senior Staff Accountant", "Plant Controller", "Dana Rivera", "Dana", "Rivera",
           "Omar Haddad", "Haddad", "Quentin Zamora", "Zamora", "Priscilla",
           "dana.rivera@harlowpike.example", "omar.haddad@harlowpike.example", "harlowpike",
           "312-555-0199", "Wexford", "hp-rivera", "harlow-1119", "brightline-1120", "VP"]


def test_anonymize_keeps_timing_and_channel_and_hashes_the_rest():
    log = personal_log()
    out = fk.anonymize(log, SALT)
    assert list(out.columns) == list(ANONYMOUS_COLUMNS)
    assert "notes" not in out.columns
    assert list(out["channel"]) == ["email", "handwritten", "phone"]
    assert list(out["interview_end"]) == list(log["interview_end"])
    assert out["sent_at"].iloc[0] == log["sent_at"].iloc[0]
    assert out["interview_id"].iloc[0] == out["interview_id"].iloc[1]
    assert out["interview_id"].iloc[0] != out["interview_id"].iloc[2]
    assert out["interviewer"].nunique() == 3
    assert all(len(v) == 16 for v in out["company"])


def test_anonymize_replaces_unknown_role_text_and_keeps_known_outcomes():
    out = fk.anonymize(personal_log(), SALT)
    assert list(out["interviewer_role"]) == ["hiring manager", "other", "recruiter"]
    assert list(out["outcome"]) == ["none", None, "second_interview"]


def test_anonymize_depends_on_the_salt_and_is_stable_for_one_salt():
    a = fk.anonymize(personal_log(), SALT)
    b = fk.anonymize(personal_log(), SALT)
    c = fk.anonymize(personal_log(), "another-salt-value")
    assert a["company"].tolist() == b["company"].tolist()
    assert a["company"].iloc[0] != c["company"].iloc[0]


def test_anonymize_treats_case_and_spacing_of_a_name_as_the_same_person():
    log = personal_log()
    log.loc[1, "interviewer"] = "  dana   RIVERA "
    out = fk.anonymize(log, SALT)
    assert out["interviewer"].iloc[0] == out["interviewer"].iloc[1]


def test_anonymize_refuses_a_short_salt_and_a_frame_that_is_not_a_log():
    with pytest.raises(fk.WorkshopError, match="at least 8 characters"):
        fk.anonymize(personal_log(), "abc")
    with pytest.raises(fk.WorkshopError, match="'interview_end'"):
        fk.anonymize(pd.DataFrame({"interview_id": [], "interviewer": [], "channel": []}), SALT)


def test_exported_file_contains_no_name_email_company_or_note_of_the_log(tmp_path):
    log = personal_log()
    results = [{"id": "quiz:x", "kind": "quiz", "attempts": 1, "done": True, "first_try": True,
                "found_first": [], "remaining": [], "status": None, "hours": None}]
    path = fk.export_participant(tmp_path, results, log, SALT, exported_at=EXPORTED,
                                 participant="p-test")
    data = path.read_bytes().lower()
    values = set(SECRETS)
    for column in ("company", "position", "interviewer", "notes", "followup_id", "interview_id"):
        values |= {str(v) for v in log[column] if str(v).strip()}
    for value in values:
        assert value.lower().encode() not in data, value
    assert [p.name for p in tmp_path.iterdir()] == ["workshop-p-test.json"]


def test_exported_file_reads_back_with_times_and_results(tmp_path):
    results = [{"id": "send_time:a", "kind": "send_time", "attempts": 2, "done": True,
                "first_try": False, "found_first": [], "remaining": [], "status": "on_time",
                "hours": 2.5}]
    path = fk.export_participant(tmp_path, results, personal_log(), SALT, exported_at=EXPORTED,
                                 participant="p-1")
    doc = fk.read_participant(path)
    assert doc["exercises"] == results
    assert doc["log"][0]["interview_end"] == "2026-11-19T15:30:00-06:00"
    assert doc["log"][1]["sent_at"] is None


def test_export_without_a_log_writes_an_empty_log(tmp_path):
    path = fk.export_participant(tmp_path, [], None, SALT, exported_at=EXPORTED)
    doc = json.loads(path.read_text())
    assert doc["log"] == [] and doc["participant"].startswith("p-")


def test_export_into_a_folder_that_cannot_be_made_says_so(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(fk.WorkshopError, match="could not write the export"):
        fk.export_participant(blocker / "sub", [], None, SALT, exported_at=EXPORTED)


def write_cohort(folder, n):
    for k in range(n):
        fk.export_participant(folder, [], personal_log(), SALT, participant=f"p-{k}",
                              exported_at=EXPORTED + timedelta(minutes=k))


def test_load_cohort_reads_every_file_and_lists_the_bad_ones_without_stopping(tmp_path):
    write_cohort(tmp_path, 3)
    (tmp_path / "workshop-cut.json").write_text('{"format": "followkit-workshop-part')
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    cohort = fk.load_cohort(tmp_path)
    assert sorted(cohort.participants["participant"]) == ["p-0", "p-1", "p-2"]
    assert len(cohort.log) == 9
    assert str(cohort.log["sent_at"].dtype) .endswith("UTC]")
    reasons = dict(cohort.unreadable)
    assert set(reasons) == {"workshop-cut.json", "notes.txt"}
    assert "not valid JSON" in reasons["workshop-cut.json"]


def test_load_cohort_keeps_the_newest_export_of_a_participant(tmp_path):
    fk.export_participant(tmp_path / "a", [], None, SALT, participant="p-9", exported_at=EXPORTED)
    fk.export_participant(tmp_path / "b", [], personal_log(), SALT, participant="p-9",
                          exported_at=EXPORTED + timedelta(hours=1))
    (tmp_path / "b" / "workshop-p-9.json").rename(tmp_path / "a" / "workshop-p-9-again.json")
    cohort = fk.load_cohort(tmp_path / "a")
    assert cohort.participants["followups"].tolist() == [3]
    assert cohort.unreadable[0][0] == "workshop-p-9.json"
    assert "older export" in cohort.unreadable[0][1]


def test_load_cohort_reports_progress_through_the_given_wrapper(tmp_path):
    write_cohort(tmp_path, 2)
    seen = []

    def progress(items, total, **kwargs):
        seen.append(total)
        return items

    fk.load_cohort(tmp_path, progress=progress)
    assert seen == [2]


def test_load_cohort_of_an_empty_folder_gives_empty_frames(tmp_path):
    cohort = fk.load_cohort(tmp_path)
    assert cohort.participants.empty and cohort.log.empty and cohort.unreadable == ()
    assert "participant" in cohort.exercises.columns


def test_load_cohort_of_a_missing_folder_names_it(tmp_path):
    with pytest.raises(fk.WorkshopError, match="is not a folder"):
        fk.load_cohort(tmp_path / "nowhere")


def test_blank_values_stay_empty_and_the_export_is_strict_json(tmp_path):
    log = personal_log()
    log.loc[0, "company"] = None
    log.loc[1, "position"] = "  "
    out = fk.anonymize(log, SALT)
    assert out["company"].iloc[0] is None and out["position"].iloc[1] is None
    path = fk.export_participant(tmp_path, [], log, SALT, exported_at=EXPORTED)

    def refuse(constant):
        raise AssertionError(f"{constant} is not JSON")

    doc = json.loads(path.read_text(), parse_constant=refuse)
    assert doc["log"][0]["company"] is None


# Words a hash (hex digits) cannot contain by chance: each has a letter after "f".
WORDS = st.from_regex(r"[A-Z][a-z]{3,8}", fullmatch=True).filter(
    lambda word: any(ch > "f" for ch in word.lower()))


@settings(max_examples=15, deadline=None)
@given(people=st.lists(st.tuples(WORDS, WORDS), min_size=1, max_size=4),
       company=st.tuples(WORDS, WORDS), note=st.text(min_size=5, max_size=40))
def test_no_generated_name_company_email_or_note_survives_the_export(people, company, note):
    company = " ".join(company) + " Ltd"
    rows = []
    for i, (first, last) in enumerate(people):
        rows.append({"followup_id": f"{last}-{i}", "interview_id": f"{company}-1",
                     "company": company, "position": f"{first} Analyst",
                     "interview_end": END, "interviewer": f"{first} {last}",
                     "interviewer_role": "panel", "channel": "email", "agreed_channel": "email",
                     "sent_at": END + timedelta(hours=3), "response_at": None, "outcome": "none",
                     "notes": f"{note} {first.lower()}.{last.lower()}@{last.lower()}.example"})
    log = pd.DataFrame(rows)
    skeleton = json.dumps(fk.participant_record([], fk.anonymize(log.iloc[:1], "other-salt"),
                                                participant="p-x", exported_at=EXPORTED))
    with tempfile.TemporaryDirectory() as tmp:
        data = fk.export_participant(Path(tmp), [], log, SALT, exported_at=EXPORTED,
                                     participant="p-x").read_bytes().lower()
    values = {v for row in rows for k, v in row.items()
              if k in ("company", "position", "interviewer", "notes", "followup_id")}
    values |= {row["notes"].split()[-1] for row in rows}
    for value in values:
        needle = value.strip().lower().encode()
        if needle and needle not in skeleton.lower().encode():  # not a word of the format itself
            assert needle not in data, value


def test_a_time_column_of_text_is_parsed_and_free_text_there_is_refused():
    log = personal_log().astype({"sent_at": "object"})
    log["sent_at"] = ["2026-11-19T17:40:00-06:00", "", None]
    out = fk.anonymize(log, SALT)
    assert out["sent_at"].iloc[0].isoformat() == "2026-11-19T17:40:00-06:00"
    assert out["sent_at"].iloc[1] is None
    log.loc[2, "sent_at"] = "called Quentin instead"
    with pytest.raises(fk.WorkshopError, match="row 4, column 'sent_at'") as info:
        fk.anonymize(log, SALT)
    assert "is not an ISO 8601 time" in str(info.value)
