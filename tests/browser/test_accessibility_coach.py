"""WCAG 2.2 AA on the coaching app (Voilà): axe-core in every state, the keyboard alone, reflow.

One Voilà server and one page for the module: the page is loaded once (each load runs the
notebook in a new kernel), then driven with the keyboard only, from the form to "Mark as
sent", with an axe audit at each state and a visible focus ring on every stop. Then the same
page is laid out at a 400 px wide window and at 640 px (what a 1280 px window shows at 200 %
zoom), and nothing may scroll sideways or be cut off.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import assert_no_violations, reflow_problems, tab_to, tall_screenshot
from tests.browser.coach_steps import visible, wait_for_letters
from tests.browser.conftest import PINNED_COACH
from tests.browser.servers import start_voila


@pytest.fixture(scope="module")
def coach_app(tmp_path_factory, browser):
    server = start_voila(tmp_path_factory.mktemp("coach-a11y"), "coach.ipynb", PINNED_COACH,
                         cull_idle_timeout=600)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())
    page.goto(f"{server.url}/?token={server.token}", timeout=180_000)
    wait_for_letters(page)
    yield server, page
    context.close()
    server.stop()


def tab_names(page) -> list[str]:
    return [t.strip() for t in page.locator(".fk-tabs .lm-TabBar-tab").all_inner_texts()]


def test_the_coach_is_done_with_the_keyboard_alone_and_axe_finds_nothing(coach_app,
                                                                         screenshot):
    server, page = coach_app
    assert_no_violations(page, "coach after load, letters shown")
    assert tab_names(page) == ["Letter to Dana Rivera, ready to send",
                               "Letter to Omar Haddad, ready to send"]
    page.locator("body").focus()

    # Fill the form: what was discussed, typed over.
    tab_to(page, ".fk-topics textarea", limit=60)
    page.keyboard.press("Control+A")
    page.keyboard.type("the treasury dashboard rollout; the quarter-end close")
    # Add an interviewer, and give them a name and a title.
    tab_to(page, "button.fk-add-person", limit=40, back=True)
    page.keyboard.press("Enter")
    expect(page.locator(".fk-person")).to_have_count(3)
    tab_to(page, ".fk-person-name input:placeholder-shown", limit=40, back=True)
    page.keyboard.type("Lee Park")
    page.keyboard.press("Tab")
    expect(page.locator(".fk-tabs .lm-TabBar-tab")).to_have_count(3)
    expect(page.locator(".fk-tabs .lm-TabBar-tab").nth(2)).to_contain_text(
        "Letter to Lee Park")

    # Read each letter's findings: the tab bar with the arrows, Enter to open one.
    tab_to(page, ".fk-tabs .lm-TabBar-tab", limit=80)
    for i in range(3):
        if i:
            page.keyboard.press("ArrowRight")
            page.keyboard.press("Enter")
        expect(page.locator(".fk-tabs .lm-TabBar-tab").nth(i)).to_have_class(
            re.compile("lm-mod-current"))
        findings = visible(page, ".fk-findings-box [role=status][aria-live=polite]")
        expect(findings).to_contain_text(re.compile(r"Ready to send|to look at|to fix"))
    screenshot(page, "1-third-letter")
    assert_no_violations(page, "coach with three letters, the third one open")

    # Edit the open letter: two exclamation marks bring a finding, read out politely.
    tab_to(page, ".fk-letter textarea", limit=10)
    page.keyboard.press("Control+End")
    page.keyboard.type("\nSee you soon!!")
    page.keyboard.press("Tab")
    expect(visible(page, ".fk-findings-box [role=status]")).to_contain_text("FK302")
    expect(page.locator(".fk-tabs .lm-TabBar-tab").nth(2)).to_contain_text(
        re.compile(r"warnings? ⚠, edited by you"))
    assert_no_violations(page, "coach with findings shown")

    # Export it, save everything to the log, mark it as sent.
    tab_to(page, "button.fk-export-eml", limit=20)
    page.keyboard.press("Enter")
    status = visible(page, ".fk-export-status [role=status]")
    expect(status).to_contain_text("Saved")
    assert_no_violations(page, "coach after an export")
    tab_to(page, "button.fk-save-log", limit=20)
    page.keyboard.press("Enter")
    expect(page.locator(".fk-log-status [role=status]")).to_contain_text(
        "Saved 3 planned follow-ups")
    tab_to(page, "button.fk-mark-sent", limit=20, back=True)
    page.keyboard.press("Enter")
    expect(status).to_contain_text("Marked as sent at")
    screenshot(page, "2-marked-sent")
    assert_no_violations(page, "coach after marking a letter sent")
    assert [p.name for p in (server.root / "exports").glob("*.eml")] == [
        "2026-11-19-harlow-pike-llp-lee-park.eml"]
    log = (server.root / "data" / "followups.csv").read_text()
    assert len([line for line in log.splitlines() if "Lee Park" in line]) == 1


@pytest.mark.parametrize(("width", "label"), [(400, "400px"), (640, "200pc-zoom")])
def test_the_coach_reflows_at_400_px_and_at_200_percent_zoom(coach_app, screenshot, width,
                                                             label):
    _server, page = coach_app
    page.set_viewport_size({"width": width, "height": 900})
    try:
        page.wait_for_timeout(600)  # the widgets lay themselves out again
        problems = reflow_problems(page)
        tall_screenshot(page, screenshot, label)
        assert not problems, f"at {width} px:\n  " + "\n  ".join(problems)
    finally:
        page.set_viewport_size({"width": 1400, "height": 1000})
