import pytest

import followkit as fk
from followkit.history._sentences import history_sentences, median_text
from followkit.history._view import SAMPLE_NOW, SAMPLE_TZ


@pytest.fixture(scope="module")
def parts():
    log = fk.read_log(fk.SAMPLE_LOG_PATH, tz=SAMPLE_TZ)
    t = fk.timeliness(log, SAMPLE_NOW)
    return t, fk.summary(t), fk.coverage(log, SAMPLE_NOW), fk.due(log, SAMPLE_NOW)


def test_first_sentence_counts_on_time_out_of_sent(parts):
    t, numbers, findings, pending = parts
    sent = int(t["sent_at"].notna().sum())
    on_time = int((t["status"] == "on_time").sum())
    first = history_sentences(numbers, findings, pending)[0]
    assert first.startswith(f"You sent {on_time} of {sent} follow-ups on time "
                            f"({on_time / sent * 100:.0f} %)")
    assert f"{int((t['status'] == 'late').sum())} late" in first


def test_median_sentence_names_each_channel_with_its_median(parts):
    t, numbers, findings, pending = parts
    sentence = history_sentences(numbers, findings, pending)[1]
    email = t.loc[(t["channel"] == "email") & t["sent_at"].notna(), "hours_to_send"].median()
    assert sentence.startswith(f"Your emails went out after a median of {email:.1f} h")
    assert "handwritten notes after" in sentence


def test_coverage_and_due_sentences_count_findings_and_pending(parts):
    _t, numbers, findings, pending = parts
    text = " ".join(history_sentences(numbers, findings, pending))
    never = int((findings["code"] == "FK502").sum())
    assert f"{never} interviewers were never thanked" in text
    assert f"{len(pending)} follow-ups are still due" in text
    assert pending.iloc[0]["interviewer"] in text


def test_a_log_with_nothing_sent_says_so_without_rates(parts):
    t, _numbers, _findings, _pending = parts
    unsent = t.drop(columns=["status", "hours_to_send", "deadline"])
    never = unsent["sent_at"].where(unsent["sent_at"].isna())
    unsent = fk.timeliness(unsent.assign(sent_at=never), SAMPLE_NOW)
    numbers = fk.summary(unsent)
    sentences = history_sentences(numbers, fk.coverage(unsent, SAMPLE_NOW),
                                  fk.due(unsent, SAMPLE_NOW))
    assert sentences[0] == (f"You have {len(t)} follow-ups in the log and none was sent yet, "
                            "so there is no timeliness to show.")
    assert not any("median" in s or "answer" in s for s in sentences)


def test_a_clean_log_says_everyone_got_one_message(parts):
    _t, numbers, findings, pending = parts
    assert "Everyone who interviewed you got exactly one follow-up." in history_sentences(
        numbers, findings.iloc[0:0], pending.iloc[0:0])


@pytest.mark.parametrize(("hours", "text"), [(0.55, "33 min"), (3.28, "3.3 h"),
                                             (50.0, "2.1 days")])
def test_median_text_reads_as_a_person_says_it(hours, text):
    assert median_text(hours) == text
