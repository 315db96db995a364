import importlib.util
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import followkit as fk
from followkit.history._view import (
    SAMPLE_NOW,
    SAMPLE_TZ,
    HistoryFilter,
    apply_filter,
    choose_log,
    filter_choices,
    history_view,
    log_problem,
)
from tests.history_logs import bad_log


@pytest.fixture(scope="module")
def t():
    return fk.timeliness(fk.read_log(fk.SAMPLE_LOG_PATH, tz=SAMPLE_TZ), SAMPLE_NOW)


def test_sample_now_is_the_sample_generators_as_of():
    spec = importlib.util.spec_from_file_location(
        "make_sample", Path(__file__).resolve().parents[2] / "data" / "make_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.AS_OF == SAMPLE_NOW


def test_an_explicit_log_path_is_used_and_is_not_the_sample(tmp_path):
    choice = choose_log(tmp_path / "mine.csv")
    assert choice.path == tmp_path / "mine.csv"
    assert not choice.is_sample


def test_the_sample_path_given_explicitly_still_counts_as_sample():
    assert choose_log(fk.SAMPLE_LOG_PATH).is_sample


def test_followkit_log_is_read_when_it_exists(tmp_path, monkeypatch):
    own = tmp_path / "followups.csv"
    own.write_text("x", encoding="utf-8")
    monkeypatch.setenv("FOLLOWKIT_LOG", str(own))
    assert choose_log() == choose_log(None)
    assert choose_log().path == own and not choose_log().is_sample


def test_without_a_log_of_ones_own_the_sample_is_chosen(tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWKIT_LOG", str(tmp_path / "not-yet.csv"))
    choice = choose_log()
    assert choice.path == fk.SAMPLE_LOG_PATH
    assert choice.is_sample


def test_log_problem_names_the_row_and_column_and_says_what_to_do(tmp_path):
    with pytest.raises(fk.LogError) as caught:
        fk.read_log(bad_log(tmp_path, row=5))
    text = log_problem(caught.value)
    assert "bad.csv at row 5, column 'sent_at'" in text
    assert "'next tuesday'" in text
    assert "Fix that cell" in text and "Traceback" not in text


def test_filter_dates_are_inclusive_days_in_the_logs_zone(t):
    day = t["interview_end"].iloc[10].date()
    kept = apply_filter(t, HistoryFilter(start=day, end=day))
    local_days = t["interview_end"].dt.date
    assert len(kept) == int((local_days == day).sum()) > 0
    assert set(kept["interview_end"].dt.date) == {day}


def test_filter_by_channel_and_company_keeps_only_those_rows(t):
    company = t["company"].iloc[0]
    kept = apply_filter(t, HistoryFilter(channels=("email",), companies=(company,)))
    expected = (t["channel"] == "email") & (t["company"] == company)
    assert len(kept) == int(expected.sum())
    assert set(kept["company"]) == {company}
    assert set(kept["channel"].astype(str)) == {"email"}


def test_an_empty_filter_keeps_every_row_and_the_attrs(t):
    kept = apply_filter(t, HistoryFilter())
    pd.testing.assert_frame_equal(kept, t)
    assert kept.attrs["path"] == t.attrs["path"]


def test_filter_choices_offer_used_channels_companies_and_the_date_range(t):
    choices = filter_choices(t)
    assert choices["channels"] == [c for c in fk.CHANNELS if (t["channel"] == c).any()]
    assert choices["companies"] == sorted(set(t["company"]), key=str.casefold)
    assert choices["first"] == t["interview_end"].min().date()
    assert choices["last"] == t["interview_end"].max().date()


def test_history_view_of_a_filter_matching_nothing_says_so(t):
    view = history_view(t, SAMPLE_NOW, HistoryFilter(start=date(2030, 1, 1)))
    assert len(view.rows) == 0 and len(view.pending) == 0
    assert view.sentences[0].startswith("There are no follow-ups to look at")


def test_history_view_due_list_matches_analysis_due(t):
    view = history_view(t, SAMPLE_NOW)
    expected = fk.due(fk.read_log(fk.SAMPLE_LOG_PATH, tz=SAMPLE_TZ), SAMPLE_NOW)
    assert list(view.pending["followup_id"]) == list(expected["followup_id"])
    assert view.numbers == fk.summary(t)


def test_a_channel_filter_does_not_invent_an_unthanked_interviewer(t):
    thanked = t[(t["channel"] == "email") & t["sent_at"].notna()].iloc[[0]]
    extra = thanked.assign(followup_id=thanked["followup_id"] + "-call", channel="phone",
                           sent_at=thanked["sent_at"].where(thanked["sent_at"].isna()))
    extra["channel"] = extra["channel"].astype(t["channel"].dtype)
    log = pd.concat([t.drop(columns=["status", "hours_to_send", "deadline"]), extra],
                    ignore_index=True)
    both = fk.timeliness(log, SAMPLE_NOW)
    view = history_view(both, SAMPLE_NOW, HistoryFilter(channels=("phone",)))
    person = thanked["interviewer"].iloc[0]
    about = view.findings[view.findings["interviewer"] == person]
    assert list(about["code"]) == ["FK501"]
