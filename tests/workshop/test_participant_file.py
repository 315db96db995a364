import copy
import json
import re

import pytest

import followkit as fk
from followkit.workshop._participant_file import MAX_FILE_BYTES

GOOD = {
    "format": "followkit-workshop-participant", "version": 1, "participant": "p-1",
    "exported_at": "2026-11-26T16:00:00+00:00",
    "exercises": [{"id": "letter:pushy", "kind": "letter", "attempts": 3, "done": True,
                   "first_try": False, "found_first": ["FK304"], "remaining": [],
                   "status": None, "hours": None}],
    "log": [{"followup_id": "a1", "interview_id": "b2", "company": "c3", "position": "d4",
             "interviewer": "e5", "interviewer_role": "panel", "channel": "email",
             "agreed_channel": "email", "outcome": "none",
             "interview_end": "2026-11-19T15:30:00-06:00",
             "sent_at": "2026-11-19T17:45:00-06:00", "response_at": None}],
}


def changed(path, value):
    doc = copy.deepcopy(GOOD)
    target = doc
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return doc


BAD = [
    (changed(["format"], "something-else"), "is not a followkit workshop file"),
    (changed(["version"], 2), "newer followkit (version 2)"),
    (changed(["version"], "1"), "has version '1'"),
    (changed(["participant"], ""), "participant: expected"),
    (changed(["exported_at"], "yesterday"), "exported_at: 'yesterday' is not an ISO 8601"),
    (changed(["exercises"], {}), "exercises: expected a list"),
    (changed(["exercises", 0, "kind"], "essay"), "exercises[0].kind: 'essay'"),
    (changed(["exercises", 0, "attempts"], -1), "exercises[0].attempts"),
    (changed(["exercises", 0, "status"], "soon"), "exercises[0].status"),
    (changed(["exercises", 0, "remaining"], "FK101"), "exercises[0].remaining"),
    (changed(["exercises", 0, "done"], KeyError), "exercises[0]: missing done"),
    (changed(["log", 0, "channel"], "pigeon"), "log[0].channel: 'pigeon'"),
    (changed(["log", 0, "interview_end"], None), "log[0].interview_end: missing"),
    (changed(["log", 0, "sent_at"], "2026-11-19T17:45:00"),
     "log[0].sent_at: '2026-11-19T17:45:00' has no UTC offset"),
    (changed(["log", 0, "sent_at"], "2026-11-19T10:00:00-06:00"), "before the interview ended"),
    ([1, 2, 3], "format 'list'"),
]


@pytest.mark.parametrize(("doc", "reason"), BAD)
def test_a_bad_participant_file_is_refused_with_the_field_named(tmp_path, doc, reason):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(fk.WorkshopError, match=re.escape(reason)) as info:
        fk.read_participant(path)
    assert str(path) in str(info.value)


def test_a_good_participant_file_reads_back_unchanged(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(GOOD))
    assert fk.read_participant(path) == GOOD


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "not valid JSON"),
    (b"\xff\xfe\x00binary", "not text"),
    (b'{"format": "followkit-workshop-participant", "vers', "line 1, column"),
])
def test_a_file_that_is_not_json_text_is_refused(tmp_path, content, reason):
    path = tmp_path / "p.json"
    path.write_bytes(content)
    with pytest.raises(fk.WorkshopError, match=reason):
        fk.read_participant(path)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "p.json"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(fk.WorkshopError, match="too large"):
        fk.read_participant(path)


@pytest.mark.parametrize(("extra", "reason"), [
    ({"shared": [{"exercise": "letter:pushy", "text": "x" * 7000}]}, r"shared\[0\]\.text"),
    ({"shared": [{"text": "Dear Ms. Chen,"}]}, r"shared\[0\]: missing exercise"),
    ({"shared": "a letter"}, r"shared: expected a list of at most"),
])
def test_a_bad_shared_letter_is_refused_with_the_field_named(tmp_path, extra, reason):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(GOOD | extra))
    with pytest.raises(fk.WorkshopError, match=reason):
        fk.read_participant(path)


def test_the_first_quiz_answer_and_a_shared_letter_read_back(tmp_path):
    doc = copy.deepcopy(GOOD)
    doc["exercises"][0]["answer"] = 2
    doc["shared"] = [{"exercise": "letter:pushy", "text": "Dear Ms. Chen,\n"}]
    path = tmp_path / "p.json"
    path.write_text(json.dumps(doc))
    back = fk.read_participant(path)
    assert back["exercises"][0]["answer"] == 2 and back["shared"] == doc["shared"]
    doc["exercises"][0]["answer"] = True
    path.write_text(json.dumps(doc))
    with pytest.raises(fk.WorkshopError, match=r"exercises\[0\]\.answer"):
        fk.read_participant(path)
