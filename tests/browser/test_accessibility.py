"""WCAG 2.2 AA in the browser: axe-core finds nothing on the workshop and facilitator apps.

Each screen is checked in several states (after load, with findings shown, after an export,
with a table shown, after a refresh); a new violation fails the suite. The participant's
quiz and one letter exercise are done with the keyboard alone, with a focus ring throughout;
then the same page reflows at a 400 px window and at 200 % zoom.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import assert_no_violations, reflow_problems, tab_to, tall_screenshot
from tests.browser.servers import start_voila


def _local_only(page, server) -> None:
    page.route("**/*", lambda route: route.continue_()
               if route.request.url.startswith(server.url) else route.abort())


@pytest.fixture
def voila_workshop(tmp_path):
    server = start_voila(tmp_path, "workshop.ipynb", cull_idle_timeout=600,
                         env={"FOLLOWKIT_WORKSHOP_DROP": str(tmp_path / "drop")})
    yield server
    server.stop()


@pytest.fixture
def voila_room(tmp_path):
    server = start_voila(tmp_path, "facilitator.ipynb", cull_idle_timeout=600)
    yield server
    server.stop()


def test_the_workshop_app_has_no_axe_violations_and_works_with_the_keyboard_alone(
        voila_workshop, page, screenshot):
    import followkit as fk

    lesson = fk.load_lesson(voila_workshop.root / "data" / "workshop")
    _local_only(page, voila_workshop)
    page.goto(f"{voila_workshop.url}/?token={voila_workshop.token}", timeout=180_000)
    expect(page.locator(".fk-quiz").first).to_be_visible(timeout=120_000)
    assert_no_violations(page, "workshop after load")

    # The first quiz question, keyboard only: Tab into the choices, Space, Tab, Enter.
    page.locator("body").focus()
    question = lesson.quiz[0]
    right = next(i for i, c in enumerate(question.choices) if c.correct)
    tab_to(page, ".fk-quiz input[type=radio]")
    for _ in range(right):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    tab_to(page, ".fk-quiz button")
    page.keyboard.press("Enter")
    quiz = page.locator(".fk-quiz").first
    expect(quiz.get_by_text("✔ Correct.")).to_be_visible()
    expect(quiz.locator("[role=status][aria-live=polite]")).to_have_count(1)
    screenshot(page, "1-quiz-by-keyboard", element=quiz)

    # One letter exercise, keyboard only: Tab to the letter, select all, type the fix.
    fixer = page.locator(".fk-letter-fixer")
    tab_to(page, ".fk-letter-text textarea", limit=120)
    expect(fixer.locator("[role=status]").first).to_contain_text("to fix")
    assert_no_violations(page, "workshop with a letter's findings shown")
    page.keyboard.press("Control+A")
    page.keyboard.type(lesson.letters[0].answer)
    page.keyboard.press("Tab")
    expect(fixer.locator("[role=status][aria-live=polite]").get_by_text("✔ Done")).to_be_visible()
    screenshot(page, "2-letter-by-keyboard", element=fixer)
    assert_no_violations(page, "workshop with a letter done")

    # A send time graded, then the export, by keyboard.
    tab_to(page, "button.fk-send", limit=120)
    page.keyboard.press("Enter")
    expect(page.locator(".fk-send-time").first.locator("[role=status]")).to_be_visible()
    tab_to(page, "button.fk-export", limit=200)
    page.keyboard.press("Enter")
    expect(page.get_by_text("✔ Exported")).to_be_visible()
    screenshot(page, "3-exported")
    assert_no_violations(page, "workshop after an export")

    # Reflow (WCAG 1.4.10), on the same page: a 400 px window, then 640 px (a 1280 px window
    # at 200 % zoom). Nothing scrolls sideways, no text is cut off.
    for width, label in ((400, "4-400px"), (640, "5-200pc-zoom")):
        page.set_viewport_size({"width": width, "height": 900})
        page.wait_for_timeout(600)
        problems = reflow_problems(page)
        tall_screenshot(page, screenshot, label)
        assert not problems, f"workshop at {width} px:\n  " + "\n  ".join(problems)


def test_the_facilitator_app_has_no_axe_violations_with_tables_and_after_a_refresh(
        voila_room, page, screenshot):
    _local_only(page, voila_room)
    page.goto(f"{voila_room.url}/?token={voila_room.token}", timeout=180_000)
    expect(page.locator("button.fk-refresh")).to_be_visible(timeout=120_000)
    expect(page.locator(".fk-chart-hours img")).to_be_visible()
    assert_no_violations(page, "facilitator after load")
    alt = page.locator(".fk-chart-send-time img").get_attribute("alt")
    assert "choices on time" in alt and any(ch.isdigit() for ch in alt)

    page.locator("body").focus()
    tab_to(page, "button.fk-table-send-time", limit=60)
    page.keyboard.press("Space")
    table = page.locator(".fk-chart-send-time table.fk-chart-table")
    expect(table.locator("caption")).to_contain_text("When the room chose to send")
    expect(table.locator("th[scope=col]").first).to_have_text("Exercise")
    screenshot(page, "1-table", element=page.locator(".fk-chart-send-time"))
    assert_no_violations(page, "facilitator with a chart shown as a table")

    page.locator("button.fk-refresh").click()
    expect(page.locator(".fk-room-status")).to_contain_text("participant files read")
    expect(page.locator("[role=status]").filter(has_text="participant files read")).to_have_count(1)
    page.locator(".fk-project-choice select").select_option(index=1)
    page.locator("button.fk-project").click()
    expect(page.locator(".fk-projected")).to_be_visible()
    screenshot(page, "2-refreshed")
    assert_no_violations(page, "facilitator after a refresh, with a letter projected")
