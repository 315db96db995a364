from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import followkit as fk
from followkit.log._schema import typed_log
from followkit.timetext import local_date_time, row_zone

CHICAGO = ZoneInfo("America/Chicago")
END = datetime(2026, 11, 19, 15, 30, tzinfo=CHICAGO)


def _log(rows):
    """rows: (interview_id, interviewer, channel, end, sent_at, response_at, outcome)."""
    frame = pd.DataFrame(
        [{"followup_id": f"f{i}", "interview_id": iv, "company": "Acme", "position": "Clerk",
          "interview_end": end, "interviewer": who, "channel": ch, "sent_at": sent,
          "response_at": resp, "outcome": outcome}
         for i, (iv, who, ch, end, sent, resp, outcome) in enumerate(rows)])
    log, _ = typed_log(frame, path="test.csv", tz=CHICAGO)
    return log


_ends = st.datetimes(  # hypothesis wants naive bounds
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31),  # noqa: DTZ001
    timezones=st.sampled_from([CHICAGO, ZoneInfo("Europe/Berlin"), UTC]),
    allow_imaginary=False)  # a wall time skipped by a spring-forward night never happened
_gaps = st.one_of(
    st.none(),
    st.sampled_from([timedelta(0), timedelta(minutes=59, seconds=59, microseconds=999999),
                     timedelta(hours=1), timedelta(hours=24),
                     timedelta(hours=24, microseconds=1)]),
    st.timedeltas(timedelta(0), timedelta(days=3)),
)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(_ends, st.sampled_from(fk.CHANNELS), _gaps), min_size=1,
                     max_size=25),
       now_gap=st.timedeltas(timedelta(hours=-2), timedelta(days=3)))
def test_vectorised_status_agrees_with_timing_status_row_by_row(rows, now_gap):
    def later(start, gap):
        """``gap`` of real time after ``start`` (``start + gap`` is wall-clock arithmetic)."""
        return None if gap is None else (start.astimezone(UTC) + gap).astimezone(start.tzinfo)

    now = later(rows[0][0], now_gap)
    log = _log([("i", f"p{i}", ch, end, later(end, gap), None, None)
                for i, (end, ch, gap) in enumerate(rows)])
    t = fk.timeliness(log, now)
    expected = [fk.status(end, later(end, gap), ch, now=now) for end, ch, gap in rows]
    assert t["status"].tolist() == expected


def test_hours_to_send_is_real_elapsed_time_across_a_dst_change():
    end = datetime(2026, 10, 31, 15, 0, tzinfo=CHICAGO)       # DST ends 1 Nov 02:00
    sent = datetime(2026, 11, 1, 15, 0, tzinfo=CHICAGO)        # same wall time: 25 h later
    t = fk.timeliness(_log([("i", "a", "email", end, sent, None, None)]), sent)
    assert t["hours_to_send"].tolist() == [25.0]
    assert t["status"].tolist() == ["late"]
    assert t["deadline"].iloc[0].astimezone(UTC) == end.astimezone(UTC) + timedelta(hours=24)


def test_summary_counts_rates_and_medians():
    now = END + timedelta(days=5)
    log = _log([
        ("i1", "a", "email", END, END + timedelta(hours=2), END + timedelta(days=2), "offer"),
        ("i1", "b", "email", END, END + timedelta(hours=4), None, "none"),
        ("i2", "c", "email", END, END + timedelta(minutes=30), None, None),
        ("i2", "d", "handwritten", END, END + timedelta(hours=30), None, "rejected"),
        ("i3", "e", "email", END, None, None, None),
    ])
    s = fk.summary(fk.timeliness(log, now))
    assert s["by_status"] == {"early": 1, "on_time": 2, "late": 1, "pending": 0, "missing": 1}
    assert s["sent"] == 4
    assert s["on_time_rate"] == 0.5
    assert s["median_hours_by_channel"] == {"email": 2.0, "handwritten": 30.0}
    assert s["response_rate"] == 0.5
    assert s["response_rate_by_status"] == {"early": 0.0, "on_time": 0.5, "late": 1.0}
    assert s["outcomes_by_status"]["on_time"] == {"offer": 1, "none": 1}


def test_summary_outcomes_match_a_crosstab_most_frequent_first_ties_in_a_fixed_order():
    t = fk.timeliness(fk.read_log(fk.SAMPLE_LOG_PATH, tz="America/Chicago"),
                      datetime(2026, 10, 30, 9, 0, tzinfo=CHICAGO))
    found = fk.summary(t)["outcomes_by_status"]
    table = pd.crosstab(t["status"], t["outcome"].astype("object").fillna("not recorded"))
    for status, row in table.iterrows():
        expected = {o: int(n) for o, n in row.items() if n}
        assert found.get(status, {}) == expected
        assert list(found.get(status, {}).values()) == sorted(expected.values(), reverse=True)
    assert list(found["early"]) == ["none", "not recorded", "offer", "rejected"]


def test_summary_of_an_empty_log_has_no_rates():
    empty = _log([("i", "a", "email", END, None, None, None)]).iloc[:0]
    s = fk.summary(fk.timeliness(empty, END))
    assert s["followups"] == 0 and s["on_time_rate"] is None and s["response_rate"] is None


def test_coverage_finds_two_follow_ups_to_one_person_and_the_unthanked():
    now = END + timedelta(days=2)
    log = _log([
        ("i1", "Dana Rivera", "email", END, END + timedelta(hours=2), None, None),
        ("i1", " dana  rivera", "email", END, END + timedelta(days=6 / 24), None, None),
        ("i1", "Omar Haddad", "email", END, None, None, None),
        ("i2", "Mei Chen", "email", now - timedelta(hours=3), None, None, None),
    ])
    found = fk.coverage(log, now)
    assert sorted(zip(found["code"], found["interviewer"], strict=True)) == [
        ("FK501", "Dana Rivera"), ("FK502", "Omar Haddad")]
    assert "f0, f1" in found.loc[found["code"] == "FK501", "message"].item()


def _coverage_by_loop(log, now):
    """FK501/FK502 read plainly, one interviewer at a time (the rule as docs/rules.md states it)."""
    t = fk.timeliness(log, now)
    person = t["interviewer"].str.casefold().str.split().str.join(" ")
    rows = []
    for _key, g in t.groupby([t["interview_id"], person], sort=False):
        first, ids = g.iloc[0], ", ".join(g["followup_id"])
        where = f"{first['interviewer']} ({first['company']}, interview {first['interview_id']})"
        head = [first["interview_id"], first["company"], first["interviewer"], ids]
        if len(g) > 1:
            rows.append(["FK501", "one-per-person", "warning", *head,
                         f"{where} has {len(g)} follow-ups ({ids}); send one message per "
                         "person — the guide asks for no more correspondences than necessary."])
        if (g["status"] == "missing").all():
            rows.append(["FK502", "everyone-thanked", "warning", *head,
                         f"{where} was never thanked and the 24 h window closed "
                         f"{local_date_time(g['deadline'].min(), row_zone(g.iloc[0]))}; a "
                         "short, late thank-you "
                         "still beats none."])
    return pd.DataFrame(rows, columns=["code", "name", "severity", "interview_id", "company",
                                       "interviewer", "followup_ids", "message"])


def _sample():
    return fk.read_log(fk.SAMPLE_LOG_PATH, tz="America/Chicago")


SAMPLE_NOW = datetime(2026, 10, 30, 9, 0, tzinfo=CHICAGO)


def test_coverage_equals_the_plain_per_interviewer_reading_on_the_sample():
    expected = _coverage_by_loop(_sample(), SAMPLE_NOW)
    assert set(expected["code"]) == {"FK501", "FK502"}
    pd.testing.assert_frame_equal(fk.coverage(_sample(), SAMPLE_NOW), expected)


def test_coverage_groups_of_the_timeliness_frame_equal_coverage_of_the_log():
    log = _sample()
    found, row_group, finding_group = fk.coverage_groups(fk.timeliness(log, SAMPLE_NOW))
    pd.testing.assert_frame_equal(found, fk.coverage(log, SAMPLE_NOW))
    assert len(row_group) == len(log) and len(finding_group) == len(found)


def test_coverage_matches_names_in_other_case_and_spacing_as_the_plain_reading():
    log = _sample()
    again = log.iloc[[0, 1]].copy()
    again["followup_id"] = again["followup_id"] + "-again"
    again["interviewer"] = ["  " + again["interviewer"].iloc[0].upper(),
                            again["interviewer"].iloc[1].replace(" ", "   ")]
    again["sent_at"] = again["sent_at"].where(again["sent_at"].isna())
    both = pd.concat([log, again], ignore_index=True)
    both.attrs = log.attrs
    later = SAMPLE_NOW.replace(year=2027)
    expected = _coverage_by_loop(both, later)
    pd.testing.assert_frame_equal(fk.coverage(both, later), expected)
    assert (expected["code"] == "FK501").sum() > (fk.coverage(log, later)["code"] == "FK501").sum()


def test_coverage_of_an_empty_log_has_the_same_columns_and_no_rows():
    empty = _sample().iloc[0:0]
    found = fk.coverage(empty, SAMPLE_NOW)
    assert list(found.columns) == list(_coverage_by_loop(empty, SAMPLE_NOW).columns)
    assert len(found) == 0


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(st.tuples(st.sampled_from(["i1", "i2", "i3"]),
                               st.sampled_from(["Dana Rivera", "dana  RIVERA", " Mei Chen",
                                                "mei chen", "Omar Haddad"]),
                               st.integers(0, 72), _gaps),
                     min_size=1, max_size=20))
def test_coverage_agrees_with_the_plain_reading_on_any_small_log(rows):
    log = _log([(iv, who, "email", END + timedelta(hours=h), None if gap is None
                 else END + timedelta(hours=h) + gap, None, None)
                for iv, who, h, gap in rows])
    now = END + timedelta(days=2)
    pd.testing.assert_frame_equal(fk.coverage(log, now), _coverage_by_loop(log, now))


def test_due_lists_pending_follow_ups_soonest_first_with_time_left():
    now = END + timedelta(hours=3)
    later = END + timedelta(hours=2)
    log = _log([
        ("i2", "late one", "email", later, None, None, None),
        ("i1", "soon one", "handwritten", END, None, None, None),
        ("i1", "sent one", "email", END, END + timedelta(hours=2), None, None),
        ("i0", "closed one", "email", END - timedelta(days=2), None, None, None),
    ])
    d = fk.due(log, now)
    assert d["interviewer"].tolist() == ["soon one", "late one"]
    assert d["time_left"].tolist() == [timedelta(hours=21), timedelta(hours=23)]
    assert d["time_left_text"].tolist() == ["21 h", "23 h"]
    assert d["send_from"].iloc[1] == later + timedelta(hours=1)
