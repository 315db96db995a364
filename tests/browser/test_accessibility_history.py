"""WCAG 2.2 AA on the history app (Voilà), with a log of one's own: axe-core finds nothing
after load, with a filter applied, with a chart shown as a table and after marking a
follow-up sent; the filter, the table and "Mark as sent" are used with the keyboard alone.

One Voilà server and one page for the module. The log is a copy of the sample, judged at
the sample's own "now", so three follow-ups are due.
"""

from __future__ import annotations

import re
import shutil

import pytest
from playwright.sync_api import expect

import followkit as fk
from tests.browser.a11y import assert_no_violations, tab_to
from tests.browser.servers import start_voila

PINNED = {"now": '"2026-10-30T09:00:00-05:00"', "tz": '"America/Chicago"'}


@pytest.fixture(scope="module")
def history_app(tmp_path_factory, browser):
    server = start_voila(tmp_path_factory.mktemp("history-a11y"), "history.ipynb", PINNED,
                         cull_idle_timeout=600)
    shutil.copy(fk.SAMPLE_LOG_PATH, server.root / "data" / "followups.csv")  # FOLLOWKIT_LOG
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())
    page.goto(f"{server.url}/?token={server.token}", timeout=180_000)
    expect(page.locator(".fk-charts img")).to_have_count(3, timeout=120_000)
    yield server, page
    context.close()
    server.stop()


def test_the_history_is_filtered_and_marked_sent_with_the_keyboard_and_axe_finds_nothing(
        history_app, screenshot):
    server, page = history_app
    expect(page.get_by_text("Your log:").first).to_be_visible()
    assert_no_violations(page, "history after load")
    alt = page.locator(".fk-charts img").first.get_attribute("alt")
    assert "113 follow-ups sent, 86 on time, 20 late, 7 too early" in alt

    page.locator("body").focus()
    tab_to(page, ".fk-filter-channel select", limit=40)
    page.keyboard.press("ArrowDown")  # (all) → email
    sentences = page.locator(".fk-sentences").first
    expect(sentences).to_contain_text("Your emails")
    expect(page.locator(".fk-charts img").first).to_have_attribute(
        "alt", re.compile("88 follow-ups sent, 65 on time"))
    assert_no_violations(page, "history with a filter applied")

    tab_to(page, ".fk-charts summary", limit=20)
    page.keyboard.press("Enter")
    table = page.locator(".fk-charts details[open] table.fk-chart-table").first
    expect(table.locator("caption")).to_have_text("How soon each follow-up went out")
    expect(table.locator("tbody tr")).to_have_count(1)  # email only
    screenshot(page, "1-table", element=page.locator(".fk-charts figure").first)
    assert_no_violations(page, "history with a chart shown as a table")

    tab_to(page, "button.fk-due-sent", limit=40)
    page.keyboard.press("Enter")
    said = page.locator("[role=status]").filter(has_text="Marked Grace Kowalski")
    expect(said).to_have_count(1)
    expect(page.locator("button.fk-due-sent")).to_have_count(2)
    # The marked row went; the focus went on to the next row's time, not back to the top.
    page.wait_for_function("() => document.activeElement.matches('.fk-sent-at input')")
    assert "Kenji Adler" in page.evaluate(
        "() => document.activeElement.closest('.fk-due-row').textContent")
    screenshot(page, "2-marked-sent")
    assert_no_violations(page, "history after marking a follow-up sent")
    log = (server.root / "data" / "followups.csv").read_text(encoding="utf-8-sig")
    assert re.search(r"Grace Kowalski.*2026-10-30", log)
