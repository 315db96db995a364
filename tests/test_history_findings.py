import pandas as pd
import pytest

import followkit as fk
from followkit.history import SAMPLE_NOW, SAMPLE_TZ
from followkit.history_findings import FINDING_ADVICE, coverage_findings, findings_advice


@pytest.fixture(scope="module")
def log():
    return fk.read_log(fk.SAMPLE_LOG_PATH, tz=SAMPLE_TZ)


def test_same_findings_as_analysis_coverage_on_the_sample(log):
    expected = fk.coverage(log, SAMPLE_NOW)
    assert set(expected["code"]) == {"FK501", "FK502"}
    pd.testing.assert_frame_equal(coverage_findings(log, SAMPLE_NOW), expected)


def test_same_findings_given_timeliness_frame_or_plain_log(log):
    t = fk.timeliness(log, SAMPLE_NOW)
    pd.testing.assert_frame_equal(coverage_findings(t), coverage_findings(log, SAMPLE_NOW))


def test_same_findings_with_names_in_other_case_and_spacing(log):
    tricky = log.copy()
    first = tricky.iloc[[0, 1]].copy()
    first["followup_id"] = first["followup_id"] + "-again"
    first["interviewer"] = ["  " + first["interviewer"].iloc[0].upper(),
                            first["interviewer"].iloc[1].replace(" ", "   ")]
    first["sent_at"] = first["sent_at"].where(first["sent_at"].isna())
    both = pd.concat([tricky, first], ignore_index=True)
    both.attrs = log.attrs
    later = SAMPLE_NOW.replace(year=2027)
    expected = fk.coverage(both, later)
    pd.testing.assert_frame_equal(coverage_findings(both, later), expected)
    assert (expected["code"] == "FK501").sum() > (fk.coverage(log, later)["code"] == "FK501").sum()


def test_no_findings_on_an_empty_log_has_the_same_columns(log):
    empty = log.iloc[0:0]
    empty.attrs = log.attrs
    found = coverage_findings(empty, SAMPLE_NOW)
    assert list(found.columns) == list(fk.coverage(empty, SAMPLE_NOW).columns)
    assert len(found) == 0


def test_advice_quotes_the_guide_and_keeps_every_message(log):
    found = coverage_findings(log, SAMPLE_NOW)
    advice = findings_advice(found)
    assert [a["code"] for a in advice] == ["FK501", "FK502"]
    for item in advice:
        assert item["guide"] == FINDING_ADVICE[item["code"]][1]
        assert item["messages"] == list(found.loc[found["code"] == item["code"], "message"])




def test_findings_picked_for_a_date_range_equal_those_judged_on_it(log):
    from datetime import date

    from followkit.history import HistoryFilter, apply_filter
    from followkit.history_findings import judge_coverage

    t = fk.timeliness(log, SAMPLE_NOW)
    rows = apply_filter(t, HistoryFilter(start=date(2026, 5, 1), end=date(2026, 8, 31)))
    picked = judge_coverage(t).for_rows(rows)
    assert 0 < len(picked) < len(coverage_findings(t))
    pd.testing.assert_frame_equal(picked, coverage_findings(rows))
