"""WCAG 2.2 AA in the browser: axe-core finds nothing on the workshop and facilitator apps.

Each screen is checked in several states (after load, with findings shown, after an export,
with a table shown, after a refresh); a new violation fails the suite. Every exercise
of the participant's (each quiz question, two letters fixed, each send time, a tailored letter
in each tab of the panel, the export) is done with the keyboard alone, with a focus ring at
every stop; then the same page reflows at a 400 px window and at 200 % zoom.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import (
    assert_no_violations,
    focus_ring,
    has_visible_focus_ring,
    reflow_problems,
    tab_to,
    tall_screenshot,
)
from tests.browser.servers import start_voila
from tests.workshop.test_exercises import tailored


def _local_only(page, server) -> None:
    page.route("**/*", lambda route: route.continue_()
               if route.request.url.startswith(server.url) else route.abort())


def _press(page, key: str) -> None:
    """Press ``key``; the element that has the focus then still shows a focus ring."""
    page.keyboard.press(key)
    ring = focus_ring(page)
    assert has_visible_focus_ring(ring), f"no visible focus ring after {key} on {ring}"


def _type(page, text: str, keys: bool) -> None:
    """Type ``text`` into the focused field: key by key, or (``keys=False``, to keep the suite
    quick) as one input, the way a paste or an input method enters it; no pointer either way."""
    if keys:
        page.keyboard.type(text)
    else:
        page.keyboard.insert_text(text)


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

    # Every quiz question, keyboard only: Tab into the choices, the arrows, Space, Tab, Enter.
    page.locator("body").focus()
    quizzes = page.locator(".fk-quiz")
    expect(quizzes).to_have_count(len(lesson.quiz))
    for i, question in enumerate(lesson.quiz):
        right = next(n for n, c in enumerate(question.choices) if c.correct)
        tab_to(page, ".fk-quiz input[type=radio]")
        for _ in range(right):
            _press(page, "ArrowDown")
        page.keyboard.press("Space")
        tab_to(page, ".fk-quiz button")
        page.keyboard.press("Enter")
        expect(quizzes.nth(i).get_by_text("✔ Correct.")).to_be_visible()
        expect(quizzes.nth(i).locator("[role=status][aria-live=polite]")).to_have_count(1)
    screenshot(page, "1-quiz-by-keyboard", element=quizzes.first)

    # Two letters fixed (what the exercise asks), keyboard only: Tab to the letter, select
    # all, type the fix; then back to the letter chooser, the arrow to the next letter.
    fixer = page.locator(".fk-letter-fixer")
    for n, exercise in enumerate(lesson.letters[:2]):
        if n:
            tab_to(page, ".fk-letter-choice select", limit=20, back=True)
            _press(page, "ArrowDown")
            expect(fixer.locator(".fk-scenario")).to_contain_text(exercise.interviewer.name)
        tab_to(page, ".fk-letter-text textarea", limit=120)
        expect(fixer.locator("[role=status]").first).to_contain_text("to fix")
        if not n:
            assert_no_violations(page, "workshop with a letter's findings shown")
        page.keyboard.press("Control+A")
        _type(page, exercise.answer, keys=not n)
        page.keyboard.press("Tab")
        expect(fixer.locator("[role=status][aria-live=polite]").get_by_text("✔ Done")
               ).to_be_visible()
    screenshot(page, "2-letter-by-keyboard", element=fixer)
    assert_no_violations(page, "workshop with a letter done")

    # Each send time: the arrows in the drop-down to a time the guide calls right, then Enter
    # on the button.
    for n, exercise in enumerate(lesson.send_time):
        choices = [when for _label, when in fk.send_time_choices(exercise)]
        good = next(k for k, when in enumerate(choices) if fk.grade_send_time(exercise, when).done)
        tab_to(page, ".fk-send-when select", limit=120)
        for _ in range(good):
            _press(page, "ArrowDown")
        tab_to(page, "button.fk-send", limit=5)
        page.keyboard.press("Enter")
        expect(page.locator(".fk-send-time").nth(n).locator("[role=status]")).to_contain_text(
            "✔")

    # The panel: each interviewer's tab (the arrows, Enter), Tab into its letter, type one
    # tailored to that person, Shift+Tab back to the tabs; then check the three.
    panel = page.locator(".fk-panel-writer")
    tabs = panel.locator(".lm-TabBar-tab")
    people = lesson.panel.interview.interviewers
    for i, text in enumerate(tailored(lesson)):
        tab_to(page, ".fk-panel-writer .lm-TabBar-tab", limit=40, back=bool(i))
        if i:
            _press(page, "ArrowRight")
            _press(page, "Enter")
        expect(tabs.nth(i)).to_have_class(re.compile("lm-mod-current"))
        tab_to(page, ".fk-panel-writer textarea", limit=5)
        page.keyboard.press("Control+A")
        _type(page, text, keys=False)
        expect(panel.locator("textarea").nth(i)).to_have_value(text)
        assert people[i].addressed_as in text
    tab_to(page, "button.fk-panel-check", limit=10)
    page.keyboard.press("Enter")
    expect(panel.locator("[role=status][aria-live=polite]")).to_contain_text(
        f"✔ Done: {len(people)} tailored letters")
    screenshot(page, "3-panel-by-keyboard", element=panel)

    # The export, by keyboard.
    tab_to(page, "button.fk-export", limit=40)
    page.keyboard.press("Enter")
    expect(page.get_by_text("✔ Exported")).to_be_visible()
    screenshot(page, "4-exported")
    assert_no_violations(page, "workshop after an export")
    # Every exercise done, as the file the facilitator gets says.
    exported, = (voila_workshop.root.parent / "drop").glob("workshop-*.json")
    done = {e["id"] for e in fk.read_participant(exported)["exercises"] if e["done"]}
    wanted = set(lesson.exercises()) - {f"letter:{e.id}" for e in lesson.letters[2:]}
    assert done == wanted, f"not done by keyboard: {sorted(wanted - done)}"

    # Reflow (WCAG 1.4.10), on the same page: a 400 px window, then 640 px (a 1280 px window
    # at 200 % zoom). Nothing scrolls sideways, no text is cut off.
    for width, label in ((400, "5-400px"), (640, "6-200pc-zoom")):
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
