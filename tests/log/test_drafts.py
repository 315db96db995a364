"""Your interviews kept beside the log: a round trip, states, bounds and damaged files."""

import json
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from followkit.log import (
    DraftStore,
    entry_followup_ids,
    form_from_json,
    form_to_json,
    interview_states,
)
from followkit.log._drafts import MAX_INTERVIEWS, MAX_TEXT

CHICAGO = ZoneInfo("America/Chicago")
NOW = datetime(2026, 11, 19, 16, 18, tzinfo=CHICAGO)


def form(company="Harlow & Pike LLP", names=("Dana Rivera", "Omar Haddad")):
    return form_to_json({
        "company": company, "position": "Senior Staff Accountant", "date": date(2026, 11, 19),
        "time": time(15, 30), "timezone": "America/Chicago", "channel": "email",
        "interviewers": [{"name": n, "role": "recruiter", "key": 7} for n in names],
        "candidate": {"name": "Sam Lee"}})


def test_a_form_goes_to_json_and_back_without_row_keys_or_your_details():
    data = form()
    assert data["date"] == "2026-11-19" and data["time"] == "15:30"
    assert "candidate" not in data and "key" not in data["interviewers"][0]
    back = form_from_json(json.loads(json.dumps(data)))
    assert back["date"] == date(2026, 11, 19) and back["time"] == time(15, 30)
    assert back["interviewers"][1] == {"name": "Omar Haddad", "role": "recruiter"}


def test_a_bad_date_in_the_file_becomes_an_empty_field():
    assert form_from_json({"date": "19/11", "time": "soon"})["date"] is None


def test_the_store_keeps_forms_and_edited_letters_across_a_reload(tmp_path):
    store = DraftStore.load(tmp_path / "drafts.json", NOW)
    assert store.put("a", form(), [None, "Dear Mr. Haddad, my own words"], NOW)
    store.save()
    again = DraftStore.load(tmp_path / "drafts.json", NOW)
    assert again.entries["a"]["letters"] == [None, "Dear Mr. Haddad, my own words"]
    assert again.entries["a"]["form"] == form()
    assert not again.put("a", form(), [None, "Dear Mr. Haddad, my own words"], NOW)


def test_interviews_are_listed_newest_first_with_what_is_left_to_do(tmp_path):
    store = DraftStore(tmp_path / "drafts.json")
    store.put("old", form("Brightline Foods", ("Ann Lee",)), [None], NOW - timedelta(days=3))
    store.put("new", form(), [None, None], NOW)
    sent = {entry_followup_ids(store.entries["old"])[0]}
    states = interview_states(list(store.entries.values()), sent, NOW)
    assert [s.id for s in states] == ["new", "old"]
    assert states[0].state == "2 letters to send, window closes in 23 h 12 min"
    assert states[1].state == "all sent"
    assert states[0].label.startswith("Harlow & Pike LLP · Senior Staff Accountant, Thu 19 Nov")


def test_one_sent_of_two_and_a_closed_window_are_said_plainly(tmp_path):
    store = DraftStore(tmp_path / "drafts.json")
    store.put("a", form(), [None, None], NOW)
    sent = {entry_followup_ids(store.entries["a"])[0]}
    [state] = interview_states(list(store.entries.values()), sent, NOW + timedelta(days=2))
    assert state.state.startswith("1 letter to send, window closed 1 day")


def test_the_log_id_it_was_saved_under_decides_what_counts_as_sent(tmp_path):
    store = DraftStore(tmp_path / "drafts.json")
    store.put("a", form(), [None, None], NOW, log_key="first-id")
    assert entry_followup_ids(store.entries["a"]) == ["first-id-dana-rivera",
                                                      "first-id-omar-haddad"]


def test_a_damaged_file_is_set_aside_with_a_plain_note_and_never_lost(tmp_path):
    path = tmp_path / "drafts.json"
    path.write_text('{"interviews": [{"id": "a", "form": {', encoding="utf-8")
    store = DraftStore.load(path, NOW)
    assert store.entries == {}
    assert "could not be used" in store.notes[0] and "kept as" in store.notes[0]
    [aside] = tmp_path.glob("drafts.json.damaged-*")
    assert aside.read_text(encoding="utf-8").startswith('{"interviews"')


def test_one_damaged_entry_is_left_out_and_the_others_load(tmp_path):
    path = tmp_path / "drafts.json"
    good = {"id": "a", "form": form(), "letters": [None, None], "updated": "x"}
    path.write_text(json.dumps({"interviews": [good, {"id": 3}, "junk"]}), encoding="utf-8")
    store = DraftStore.load(path, NOW)
    assert list(store.entries) == ["a"]
    assert "2 saved interviews" in store.notes[0]


def test_the_file_stays_bounded(tmp_path):
    store = DraftStore(tmp_path / "drafts.json")
    for i in range(MAX_INTERVIEWS + 5):
        store.put(f"i{i}", form(f"Company {i}"), ["x" * (MAX_TEXT + 10)],
                  NOW + timedelta(minutes=i))
    assert len(store.entries) == MAX_INTERVIEWS and "i0" not in store.entries
    assert len(store.entries["i9"]["letters"][0]) == MAX_TEXT


def test_an_unfinished_form_has_a_state_too(tmp_path):
    store = DraftStore(tmp_path / "drafts.json")
    store.put("a", form_to_json({"company": "", "interviewers": [{"name": ""}]}), [None], NOW)
    [state] = interview_states(list(store.entries.values()), set(), NOW)
    assert state.label == "(no company yet) — not finished: nobody to write to yet"
