"""The workshop notebook's widgets, driven headlessly as a participant would use them."""

import json
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import pytest

import followkit as fk
from followkit.ui.workshop import Workshop

WORKSHOP = Path(__file__).resolve().parents[2] / "data" / "workshop"
NOW = datetime(2026, 11, 26, 16, 30, tzinfo=UTC)


def open_workshop(tmp_path, **options) -> Workshop:
    options = {"drop_folder": tmp_path / "drop", "session_folder": tmp_path / "home",
               "log_path": "", "now": NOW} | options
    return Workshop.load(WORKSHOP, **options)


@pytest.fixture
def ws(tmp_path) -> Workshop:
    return open_workshop(tmp_path)


def test_a_quiz_answer_is_explained_and_recorded_with_the_choice(ws):
    ws.quiz("Defining a Follow-Up")
    item = ws.quiz_items[0]
    item.check.click()
    assert "Pick an answer first" in item.feedback.value and len(ws.progress) == 0
    wrong = next(i for i, c in enumerate(item.question.choices) if not c.correct)
    right = next(i for i, c in enumerate(item.question.choices) if c.correct)
    item.choices.value = wrong
    item.check.click()
    assert "✘" in item.feedback.value
    item.choices.value = right
    item.check.click()
    assert "✔" in item.feedback.value
    (entry,) = ws.progress.results()
    assert entry["attempts"] == 2 and entry["done"] and not entry["first_try"]
    assert entry["answer"] == wrong  # the first answer: how the room thought before the why


def test_picking_a_send_time_shows_the_status_and_the_guide(ws):
    ws.send_time()
    item = ws.send_items[0]
    assert item.send.description == "Send the email"
    item.when.value = item.when.options[0][1]
    item.send.click()
    assert "Too early" in item.feedback.value
    assert "wait at least an hour or two" in item.feedback.value
    item.when.value = item.when.options[4][1]
    item.send.click()
    assert "On time" in item.feedback.value
    (entry,) = ws.progress.results()
    assert entry["status"] == "on_time" and entry["hours"] == 2.0 and entry["attempts"] == 2


def test_a_handwritten_note_at_23_hours_is_not_graded_like_one_at_once(ws):
    ws.send_time()
    item = ws.send_items[1]
    assert item.send.description == "Mail the note"
    soon = next(w for label, w in item.when.options if "(10 min after)" in label)
    late = next(w for label, w in item.when.options if "(23 h after)" in label)
    item.when.value = late
    item.send.click()
    assert "not at once" in item.feedback.value and not ws.progress.results()[0]["done"]
    item.when.value = soon
    item.send.click()
    assert "At once" in item.feedback.value and ws.progress.results()[0]["done"]


def test_every_letter_shows_who_it_is_to_and_what_was_discussed(ws):
    fixer = ws.fix_letters()
    for exercise in ws.lesson.letters:
        fixer.choose.value = exercise.id
        card = fixer.card.value
        person = exercise.interviewer
        for fact in (person.name, person.title, exercise.interview.company,
                     exercise.interview.position, *person.topics, *exercise.interview.skills):
            assert escape(fact) in card, fact


def test_fixing_a_letter_updates_the_findings_until_done(ws):
    fixer = ws.fix_letters()
    exercise = fixer.exercise
    for code in exercise.flaws:
        assert code in fixer.findings.value
    assert "to fix" in fixer.status.value
    assert len(ws.progress) == 0  # looking is not an attempt
    fixer.text.value = exercise.answer
    assert "✔ Done" in fixer.status.value
    (entry,) = ws.progress.results()
    assert entry["found_first"] == list(exercise.flaws)
    assert entry["done"] and entry["remaining"] == []


def test_the_model_answer_wraps_between_words_only(ws):
    fixer = ws.fix_letters()
    assert "word-break:normal" in fixer.answer.value and "<pre>" not in fixer.answer.value


def test_choosing_another_letter_keeps_the_draft_and_starting_again_resets_it(ws):
    fixer = ws.fix_letters()
    first, second = ws.lesson.letters[:2]
    fixer.text.value = first.text.replace("To whom it may concern,", "Dear Ms. Adeyemi,")
    fixer.choose.value = second.id
    assert fixer.text.value == second.text
    assert escape(second.answer) in fixer.answer.value
    fixer.choose.value = first.id
    assert "Dear Ms. Adeyemi," in fixer.text.value
    assert "FK101" not in fixer.findings.value
    fixer.restart.click()
    assert fixer.text.value == first.text


def test_the_panel_shows_each_persons_topics_and_says_done_only_when_all_are_tailored(ws):
    from tests.workshop.test_exercises import tailored

    panel = ws.panel()
    people = ws.lesson.panel.interview.interviewers
    for card, person in zip(panel.cards, people, strict=True):
        assert escape(person.name) in card.value and escape(person.topics[0]) in card.value
    assert panel.tabs.titles[0] == f"Letter to {people[0].name}"
    panel.check.click()
    assert "copies" in panel.status.value and "FK205" in panel.reports[0].value
    assert panel.tabs.titles[0].startswith(f"Letter to {people[0].name}, ")
    assert "warning" in panel.tabs.titles[0] or "error" in panel.tabs.titles[0]
    texts = tailored(ws.lesson)
    panel.texts[0].value = texts[0]
    panel.check.click()
    assert "Done" not in panel.status.value
    for box, text in zip(panel.texts, texts, strict=True):
        box.value = text
    panel.check.click()
    assert "✔ Done" in panel.status.value
    assert all(title.endswith(", ready to send") for title in panel.tabs.titles)
    entry = ws.progress.results()[-1]
    assert entry["found_first"] == ["FK104", "FK205"] and entry["done"]


def test_a_made_up_topic_in_a_panel_letter_is_flagged(ws):
    from tests.workshop.test_exercises import tailored

    panel = ws.panel()
    texts = tailored(ws.lesson)
    person = ws.lesson.panel.interview.interviewers[1]
    # The middle paragraph (after subject, greeting and thanks) now talks of something else.
    parts = texts[1].split("\n\n")
    assert person.topics[0] in parts[3]
    parts[3] = "I enjoyed hearing about the office holiday party and the band you booked."
    texts[1] = "\n\n".join(parts)
    for box, text in zip(panel.texts, texts, strict=True):
        box.value = text
    panel.check.click()
    assert "FK104" in panel.reports[1].value and "Done" not in panel.status.value


def test_live_results_reach_the_drop_folder_under_one_id_and_export_replaces_them(ws, tmp_path):
    ws.quiz("Defining a Follow-Up")
    ws.quiz_items[0].choices.value = 0
    ws.quiz_items[0].check.click()
    (live,) = (tmp_path / "drop").glob("workshop-*.json")
    ws.export()
    ws.exporter.export.click()
    ws.exporter.export.click()
    assert "✔ Exported" in ws.exporter.result.value
    assert list((tmp_path / "drop").glob("workshop-*.json")) == [live]
    doc = fk.read_participant(live)
    assert doc["participant"] == ws.session.participant and doc["log"] == []
    assert [e["id"] for e in doc["exercises"]] == ["quiz:what-is-a-follow-up"]


def test_in_voila_the_export_says_the_file_is_with_the_facilitator(ws):
    from followkit.ui.workshop import ExportPanel

    panel = ExportPanel(ws.session, in_app=True)
    panel.export.click()
    assert "with your facilitator" in panel.result.value
    assert "Hand this one file" not in panel.result.value


def test_a_reload_in_the_same_browser_brings_the_work_back(tmp_path):
    first = open_workshop(tmp_path)
    first.quiz("Defining a Follow-Up")
    first.quiz_items[1].choices.value = 1
    first.quiz_items[1].check.click()
    fixer = first.fix_letters()
    fixer.choose.value = "pushy"
    fixer.text.value = fixer.exercise.answer
    first.send_time()
    first.send_items[0].when.value = first.send_items[0].when.options[4][1]
    first.send_items[0].send.click()
    first.browser.browser_id = first.session.participant  # the browser stored the id
    again = open_workshop(tmp_path)
    again.quiz("Defining a Follow-Up")
    again.fix_letters()
    again.send_time()
    again.browser.browser_id = first.session.participant  # the reloaded page reports it
    assert again.session.participant == first.session.participant
    assert again.quiz_items[1].choices.value == 1 and "✔" in again.quiz_items[1].feedback.value
    assert again.fixer.exercise.id == "pushy" and "✔ Done" in again.fixer.status.value
    assert "On time" in again.send_items[0].feedback.value
    assert again.progress.results() == first.progress.results()
    assert len(list((tmp_path / "drop").glob("workshop-*.json"))) == 1


def test_an_export_that_cannot_be_written_says_so(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    ws = open_workshop(tmp_path, drop_folder=blocker / "exports")
    ws.export()
    ws.exporter.export.click()
    assert "Nothing exported" in ws.exporter.result.value
    assert ws.exporter.path is None


def test_export_with_the_participants_log_leaves_out_every_name(tmp_path):
    log = fk.read_log(fk.SAMPLE_LOG_PATH)
    ws = open_workshop(tmp_path, log_path=fk.SAMPLE_LOG_PATH)
    ws.export()
    ws.exporter.export.click()
    data = ws.exporter.path.read_bytes().lower()
    values = {str(v) for column in ("company", "position", "interviewer", "notes")
              for v in log[column].dropna() if str(v).strip()}
    assert values
    for value in values:
        assert value.lower().encode() not in data, value
    assert len(json.loads(data)["log"]) == len(log)


def test_a_log_row_that_cannot_be_read_costs_that_row_not_the_results(tmp_path):
    text = Path(fk.SAMPLE_LOG_PATH).read_text(encoding="utf-8-sig").splitlines()
    header = text[0].split(",")
    role, end = header.index("interviewer_role"), header.index("interview_end")
    rows = [line.split(",") for line in text[1:4]]
    rows[0][role] = "VP of Sales"
    rows[1][end] = "last tuesday"
    log = tmp_path / "mine.csv"
    log.write_text("\n".join([text[0], *(",".join(r) for r in rows)]) + "\n")
    ws = open_workshop(tmp_path, log_path=log)
    ws.quiz("Defining a Follow-Up")
    ws.quiz_items[0].choices.value = 0
    ws.quiz_items[0].check.click()
    ws.export()
    ws.exporter.export.click()
    html = ws.exporter.result.value
    assert "⚠ Exported" in html and "Row 3 of your log was left out" in html
    doc = fk.read_participant(ws.exporter.path)
    assert len(doc["log"]) == 2 and doc["log"][0]["interviewer_role"] == "other"
    assert len(doc["exercises"]) == 1


def test_opting_in_shares_the_edited_letters_without_the_signature(ws):
    fixer = ws.fix_letters()
    fixer.text.value = fixer.exercise.answer
    ws.export()
    ws.exporter.share.value = True
    ws.exporter.export.click()
    doc = fk.read_participant(ws.exporter.path)
    (shared,) = doc["shared"]
    assert shared["exercise"] == f"letter:{fixer.exercise.id}"
    assert "Jordan Ames" not in shared["text"] and "A. Participant" in shared["text"]
    assert "jordan.ames@example.com" not in shared["text"]


def test_the_export_reads_the_log_followkit_uses_everywhere(monkeypatch):
    from followkit.log import default_log_path
    from followkit.ui.workshop import _participant_log

    monkeypatch.setenv("FOLLOWKIT_LOG", str(fk.SAMPLE_LOG_PATH))
    assert _participant_log(None) == fk.SAMPLE_LOG_PATH
    monkeypatch.delenv("FOLLOWKIT_LOG")
    assert _participant_log(None) == default_log_path()
    monkeypatch.setenv("FOLLOWKIT_LOG", " ")  # docs/workshop.md: one machine, many browsers
    assert _participant_log(None) is None
    assert _participant_log("") is None
