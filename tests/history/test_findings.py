import pandas as pd
import pytest

import followkit as fk
from followkit.history._findings import FINDING_ADVICE, findings_advice, judge_coverage
from followkit.history._view import SAMPLE_NOW, SAMPLE_TZ


@pytest.fixture(scope="module")
def log():
    return fk.read_log(fk.SAMPLE_LOG_PATH, tz=SAMPLE_TZ)


def test_judged_once_the_findings_are_those_of_analysis_coverage(log):
    t = fk.timeliness(log, SAMPLE_NOW)
    judged = judge_coverage(t)
    assert set(judged.findings["code"]) == {"FK501", "FK502"}
    pd.testing.assert_frame_equal(judged.findings, fk.coverage(log, SAMPLE_NOW))
    pd.testing.assert_frame_equal(judged.for_rows(t), judged.findings)


def test_advice_quotes_the_guide_and_keeps_every_message(log):
    found = fk.coverage(log, SAMPLE_NOW)
    advice = findings_advice(found)
    assert [a["code"] for a in advice] == ["FK501", "FK502"]
    for item in advice:
        assert item["guide"] == FINDING_ADVICE[item["code"]][1]
        assert item["messages"] == list(found.loc[found["code"] == item["code"], "message"])


def test_findings_picked_for_a_date_range_equal_those_judged_on_it(log):
    from datetime import date

    from followkit.history._view import HistoryFilter, apply_filter

    t = fk.timeliness(log, SAMPLE_NOW)
    rows = apply_filter(t, HistoryFilter(start=date(2026, 5, 1), end=date(2026, 8, 31)))
    picked = judge_coverage(t).for_rows(rows)
    assert 0 < len(picked) < len(fk.coverage_groups(t)[0])
    pd.testing.assert_frame_equal(picked, fk.coverage_groups(rows)[0])
