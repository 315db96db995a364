"""The coaching notebook in a real browser: JupyterLab and Voilà, as a job seeker uses it."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.a11y import OUTPUTS, assert_no_violations
from tests.browser.coach_steps import (
    assert_markup_shown_as_text,
    export_eml_and_find_it,
    save_to_log_twice_and_find_two_rows,
    type_a_note_and_see_it_coached,
    type_markup_everywhere,
    type_markup_into_the_letters,
    type_topic_and_see_the_letter_change,
    visible,
    wait_for_letters,
)
from tests.browser.lab import open_notebook, run_all


def offline(page):
    """Abort requests that leave this machine (Voilà asks a CDN for icon fonts)."""
    page.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())


def test_coach_in_jupyterlab_writes_checks_and_exports_a_letter(coach_lab, page, screenshot):
    open_notebook(page, coach_lab, "coach.ipynb")
    run_all(page)
    wait_for_letters(page)
    assert_no_violations(page, "coach in JupyterLab after Run All (its outputs)", OUTPUTS)
    how_to_run = page.locator(".jp-RenderedMarkdown").get_by_text("the screen appears below")
    expect(how_to_run).to_be_visible()  # Lab shows how to run it
    expect(visible(page, ".fk-window-box")).to_contain_text(
        "Send between 4:30 pm and tomorrow 3:30 pm CST; recommended 5:30 pm CST (in 1 h 12 min)")
    visible(page, ".fk-letter textarea").scroll_into_view_if_needed()
    screenshot(page, "letters")
    type_topic_and_see_the_letter_change(page)
    export_eml_and_find_it(page, coach_lab.root)
    assert_no_violations(page, "coach in JupyterLab with findings, after an export", OUTPUTS)
    screenshot(page, "edited-and-exported")
    screenshot(page, "screen", element=page.locator(".fk-app"))
    assert page.dialogs == []


def test_coach_as_a_voila_app_hides_code_and_works_the_same(voila_coach, page, screenshot):
    offline(page)
    page.goto(f"{voila_coach.url}/?token={voila_coach.token}")
    wait_for_letters(page)
    assert page.get_by_text("from followkit.ui import coach").count() == 0  # no code shown
    assert page.get_by_text("screen = coach(").count() == 0
    expect(page.get_by_text("Why follow up")).to_be_visible()
    for lab_only in ("the screen appears below", "the cell below can start without the example"):
        cell = page.locator(".jp-RenderedMarkdown").get_by_text(lab_only)
        expect(cell).to_have_count(1)  # rendered by Voilà, then hidden by the screen's style
        expect(cell).to_be_hidden()
    screenshot(page, "app")
    type_a_note_and_see_it_coached(page)
    screenshot(page, "form-coaching", element=page.locator(".fk-person").first)
    type_topic_and_see_the_letter_change(page)
    export_eml_and_find_it(page, voila_coach.root)
    save_to_log_twice_and_find_two_rows(page, voila_coach.root)
    screenshot(page, "app-edited")
    assert page.dialogs == []


def test_typed_markup_is_shown_as_text_in_jupyterlab(coach_lab, page, screenshot):
    open_notebook(page, coach_lab, "coach.ipynb")
    run_all(page)
    wait_for_letters(page)
    type_markup_into_the_letters(page)
    screenshot(page, "markup-in-letters")
    type_markup_everywhere(page)
    screenshot(page, "markup")
    assert_markup_shown_as_text(page)


def test_typed_markup_is_shown_as_text_in_voila(voila_coach, page, screenshot):
    offline(page)
    page.goto(f"{voila_coach.url}/?token={voila_coach.token}")
    wait_for_letters(page)
    type_markup_into_the_letters(page)
    screenshot(page, "markup-in-letters")
    type_markup_everywhere(page)
    screenshot(page, "markup")
    assert_markup_shown_as_text(page)


def test_voila_refuses_a_visitor_without_the_token(voila_coach, page):
    offline(page)
    page.goto(f"{voila_coach.url}/")
    assert "/login" in page.url
    expect(page.locator("input[type=password]").first).to_be_visible()
    assert page.locator(".fk-app").count() == 0


def test_an_empty_form_in_voila_says_what_is_still_to_fill_in(tmp_path, page, screenshot):
    from tests.browser.conftest import PINNED_COACH
    from tests.browser.servers import start_voila

    server = start_voila(tmp_path, "coach.ipynb", {**PINNED_COACH, "example": "None"})
    try:
        offline(page)
        page.goto(f"{server.url}/?token={server.token}")
        message = page.locator(".fk-letters-message")
        expect(message).to_contain_text("Still to fill in: company, position")
        assert page.locator(".fk-error >> visible=true").count() == 0
        page.locator(".fk-position input").fill("Staff Accountant")
        page.locator(".fk-position input").fill("")
        page.locator(".fk-position input").press("Tab")
        expect(page.locator(".fk-error >> visible=true").first).to_contain_text(
            "Position is empty")
        screenshot(page, "empty")
        assert page.dialogs == []
    finally:
        server.stop()
