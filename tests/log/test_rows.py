from dataclasses import replace

from followkit.log import followup_id, interview_key, log_rows


def test_interview_key_is_stable_and_readable(interview):
    assert interview_key(interview) == "2026-11-19-1530-harlow-pike-llp"
    assert interview_key(replace(interview, interview_id="hp-1")) == "hp-1"


def test_log_rows_plan_one_follow_up_per_interviewer(interview):
    rows = log_rows(interview, "email")
    assert [r["followup_id"] for r in rows] == [
        "2026-11-19-1530-harlow-pike-llp-dana-rivera",
        "2026-11-19-1530-harlow-pike-llp-omar-haddad",
    ]
    assert {r["sent_at"] for r in rows} == {None}
    assert rows[0]["interview_end"] == "2026-11-19T15:30:00-06:00"
    assert rows[0]["agreed_channel"] == "email" and rows[0]["channel"] == "email"
    assert followup_id(interview, "Dana Rivera") == rows[0]["followup_id"]
