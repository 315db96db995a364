"""One hostile participant file costs that file only, fails fast and says what is wrong."""

import copy
import json
import time
from datetime import UTC, datetime

import pytest

import followkit as fk
from followkit.workshop._charts import MAX_EXERCISE_BARS, exercises_figure, png_bytes
from followkit.workshop._cohort import exercise_summary, finding_counts
from followkit.workshop._participant_file import MAX_EXERCISES

from .test_participant_file import GOOD

NOW = datetime(2026, 11, 27, tzinfo=UTC)


def exercise(i, **change):
    return {**GOOD["exercises"][0], "id": f"letter:{i}", **change}


def doc_with(**change):
    doc = copy.deepcopy(GOOD)
    doc.update(change)
    return doc


HOSTILE = {
    "deep": ("[" * 200_000 + "]" * 200_000, "nested more than 32 levels"),
    "deep-object": ('{"a":' * 50_000 + "1" + "}" * 50_000, "nested more than 32 levels"),
    "big-number": ('{"format": "followkit-workshop-participant", "version": '
                   + "9" * 4300 + "}", "a number with 4,300 digits"),
    "big-attempts": (json.dumps(doc_with(exercises=[exercise(0)])).replace(
        '"attempts": 3', '"attempts": ' + "9" * 4000), "a number with 4,000 digits"),
    "attempts-out-of-range": (json.dumps(doc_with(exercises=[exercise(0, attempts=10**20)])),
                              "exercises[0].attempts: expected a count from 0 to 10,000"),
    "infinite-hours": (json.dumps(doc_with(exercises=[exercise(0)])).replace(
        '"hours": null', '"hours": 1e999'), "too large to use"),
    "nan": (json.dumps(doc_with(exercises=[exercise(0)])).replace('"hours": null',
                                                                   '"hours": NaN'), "NaN"),
    "id-list": (json.dumps(doc_with(exercises=[exercise(0, id=["a", "b"])])),
                "exercises[0].id: expected an exercise id (text of at most 100 characters)"),
    "id-int": (json.dumps(doc_with(exercises=[exercise(0, id=7)])),
               "exercises[0].id: expected an exercise id (text of at most 100 characters) such as "
               "'letter:pushy', got 7"),
    "done-text": (json.dumps(doc_with(exercises=[exercise(0, done="yes")])),
                  "exercises[0].done: expected true or false"),
    "many-exercises": (json.dumps(doc_with(exercises=[exercise(i) for i in range(1_000)])),
                       f"exercises: expected a list of at most {MAX_EXERCISES} exercise results,"
                       " got 1,000 entries"),
    "huge-file": (json.dumps(doc_with(exercises=[exercise(i) for i in range(20_000)])),
                  "MB, too large for a participant file"),
    "long-id": (json.dumps(doc_with(exercises=[exercise(0, id="x" * 5000)])),
                "exercises[0].id: expected an exercise id (text of at most 100 characters) such "
                "as 'letter:pushy', got 5,000 characters"),
    "log-list": (json.dumps(doc_with(log=[{**GOOD["log"][0], "company": ["x"]}])),
                 "log[0].company: expected text of at most 200 characters, or null"),
    "log-number": (json.dumps(doc_with(log=[{**GOOD["log"][0], "company": 12}])),
                   "log[0].company: expected text of at most 200 characters, or null"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_file_fails_fast_with_the_file_and_field_named(tmp_path, name):
    text, reason = HOSTILE[name]
    path = tmp_path / f"{name}.json"
    path.write_text(text)
    start = time.perf_counter()
    with pytest.raises(fk.WorkshopError) as info:
        fk.read_participant(path)
    assert time.perf_counter() - start < 2.0
    assert str(path) in str(info.value) and reason in str(info.value), str(info.value)


def test_a_bom_is_not_held_against_a_participant_file(tmp_path):
    path = tmp_path / "p.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode())
    assert fk.read_participant(path) == GOOD


def test_the_cohort_loads_every_good_file_and_lists_each_hostile_one(tmp_path):
    for i in range(3):
        (tmp_path / f"good-{i}.json").write_text(json.dumps(doc_with(participant=f"p-{i}")))
    for name, (text, _) in HOSTILE.items():
        (tmp_path / f"{name}.json").write_text(text)
    cohort = fk.load_cohort(tmp_path)
    assert sorted(cohort.participants["participant"]) == ["p-0", "p-1", "p-2"]
    assert sorted(name for name, _ in cohort.unreadable) == sorted(f"{n}.json" for n in HOSTILE)


def test_a_dollar_in_an_exercise_id_is_drawn_as_typed(tmp_path):
    doc = doc_with(exercises=[exercise(0, id="$\\foo{$"), exercise(1, id="a $5 $x^2$")])
    (tmp_path / "p.json").write_text(json.dumps(doc))
    cohort = fk.load_cohort(tmp_path)
    assert not cohort.unreadable
    figure = exercises_figure(exercise_summary(cohort.exercises))
    assert png_bytes(figure, dpi=50).startswith(b"\x89PNG")
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert "\\$\\foo{\\$" in labels
    finding_counts(cohort.exercises)


def test_thousands_of_distinct_exercises_chart_quickly_and_say_how_many(tmp_path):
    for p in range(30):
        doc = doc_with(participant=f"p-{p}",
                       exercises=[exercise(f"{p}-{i}") for i in range(MAX_EXERCISES)])
        (tmp_path / f"p{p}.json").write_text(json.dumps(doc))
    cohort = fk.load_cohort(tmp_path)
    start = time.perf_counter()
    summary = exercise_summary(cohort.exercises)
    figure = exercises_figure(summary)
    png_bytes(figure, dpi=50)
    assert time.perf_counter() - start < 10
    assert len(summary) == 30 * MAX_EXERCISES
    assert len(figure.axes[0].get_yticks()) == MAX_EXERCISE_BARS  # one row per exercise
    assert f"the first {MAX_EXERCISE_BARS} of 6,000" in figure.texts[0].get_text()
