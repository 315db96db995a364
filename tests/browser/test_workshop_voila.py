"""The hour as a participant, in the Voilà room: every section, export, reload, one file."""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.servers import start_voila
from tests.workshop.test_exercises import tailored


@pytest.fixture
def voila_workshop(tmp_path):
    # A participant works in the page for minutes: don't cull their kernel after 4 s idle.
    drop = tmp_path / "drop"
    server = start_voila(tmp_path, "workshop.ipynb", cull_idle_timeout=600,
                         env={"FOLLOWKIT_WORKSHOP_DROP": str(drop)})
    server.drop = drop
    yield server
    server.stop()


def _local_only(page, server) -> None:
    page.route("**/*", lambda route: route.continue_()
               if route.request.url.startswith(server.url) else route.abort())


def _answer(quiz, text: str) -> None:
    quiz.get_by_text(text).click()
    quiz.get_by_role("button", name="Check my answer").click()
    expect(quiz.locator(".widget-html").filter(has_text="Right")).to_be_visible()


def _type(box, text: str) -> None:
    box.fill(text)
    box.press("Tab")


def test_a_participant_goes_through_the_hour_and_a_reload_keeps_the_work(
        voila_workshop, page, screenshot):
    import followkit as fk

    lesson = fk.load_lesson(voila_workshop.root / "data" / "workshop")
    _local_only(page, voila_workshop)
    page.goto(f"{voila_workshop.url}/?token={voila_workshop.token}")
    quizzes = page.locator(".fk-quiz")
    expect(quizzes.first).to_be_visible(timeout=120_000)
    expect(page.get_by_text("Your work is saved as you go.", exact=True)).to_be_visible()
    expect(page.get_by_text("first run every cell")).to_be_hidden()  # Lab-only advice

    # 1 and 2: the quiz
    for quiz, question in zip((quizzes.nth(0), quizzes.nth(1), quizzes.nth(2)), lesson.quiz,
                              strict=True):
        _answer(quiz, next(c.text for c in question.choices if c.correct)[:40])
    screenshot(page, "1-quiz")

    # 2: fix two letters, with the scenario card in view
    fixer = page.locator(".fk-letter-fixer")
    first, pushy = lesson.letters[0], next(e for e in lesson.letters if e.id == "pushy")
    expect(fixer.locator(".fk-scenario")).to_contain_text(first.interviewer.name)
    expect(fixer.locator(".fk-scenario")).to_contain_text(first.interviewer.topics[0])
    _type(page.locator(".fk-letter-text textarea"), first.answer)
    expect(fixer.get_by_text("✔ Done")).to_be_visible()
    page.locator(".fk-letter-choice select").select_option(label=pushy.title)
    expect(fixer.locator(".fk-scenario")).to_contain_text(pushy.interviewer.name)
    _type(page.locator(".fk-letter-text textarea"), pushy.answer)
    expect(fixer.get_by_text("✔ Done")).to_be_visible()
    fixer.scroll_into_view_if_needed()
    screenshot(page, "2-letters", element=fixer)

    # 3: send times; the email after 2 h, the note at once
    items = page.locator(".fk-send-time")
    items.nth(0).locator("select").select_option(label=next(
        label for label, _ in fk.send_time_choices(lesson.send_time[0]) if "(2 h after)" in label))
    items.nth(0).get_by_role("button", name="Send the email").click()
    expect(items.nth(0).get_by_text("On time")).to_be_visible()
    items.nth(1).locator("select").select_option(label=next(
        label for label, _ in fk.send_time_choices(lesson.send_time[1]) if "(23 h after)" in label))
    items.nth(1).get_by_role("button", name="Mail the note").click()
    expect(items.nth(1).get_by_text("not at once")).to_be_visible()
    items.nth(1).locator("select").select_option(label=next(
        label for label, _ in fk.send_time_choices(lesson.send_time[1])
        if "(10 min after)" in label))
    items.nth(1).get_by_role("button", name="Mail the note").click()
    expect(items.nth(1).get_by_text("At once")).to_be_visible()
    screenshot(page, "3-send-time", element=page.locator(".fk-send-time").nth(1))

    # 4: the panel of three, each letter tailored
    panel = page.locator(".fk-panel-writer")
    page.locator("button.fk-panel-check").click()
    expect(panel.get_by_text("copies of each other")).to_be_visible()
    for person, text in zip(lesson.panel.interview.interviewers, tailored(lesson), strict=True):
        panel.get_by_role("tab", name=person.name).click()
        box = panel.locator("textarea:visible")
        expect(panel.locator(".fk-scenario:visible").first).to_contain_text(person.topics[0])
        _type(box, text)
    page.locator("button.fk-panel-check").click()
    expect(panel.get_by_text("✔ Done: 3 tailored letters")).to_be_visible()
    screenshot(page, "4-panel", element=panel)

    # Export, sharing a letter for the projector
    page.locator(".fk-share input").check()
    page.locator("button.fk-export").click()
    expect(page.get_by_text("It is now with your facilitator")).to_be_visible()
    expect(page.get_by_text("Hand this one file")).to_have_count(0)
    page.locator("button.fk-export").click()
    screenshot(page, "5-exported")
    (path,) = voila_workshop.drop.glob("workshop-p-*.json")
    doc = json.loads(path.read_text())
    kinds = {e["kind"] for e in doc["exercises"]}
    assert kinds == {"quiz", "letter", "send_time", "panel"} and doc["log"] == []
    assert {s["exercise"] for s in doc["shared"]} == {f"letter:{first.id}", "letter:pushy"}

    # Reload: a new kernel, the same participant, the work as it was
    page.reload()
    expect(page.locator(".fk-quiz").first).to_be_visible(timeout=120_000)
    expect(page.get_by_text("Welcome back")).to_be_visible()
    expect(page.locator(".fk-quiz").nth(2).locator(".widget-html").filter(
        has_text="Right")).to_be_visible()
    expect(page.locator(".fk-letter-fixer").get_by_text("✔ Done")).to_be_visible()
    expect(page.locator(".fk-send-time").nth(1).get_by_text("At once")).to_be_visible()
    screenshot(page, "6-after-reload")
    assert list(voila_workshop.drop.glob("workshop-p-*.json")) == [path]
    assert page.dialogs == []
