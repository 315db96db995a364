"""The history notebook in JupyterLab, as a job seeker opens it with no log of their own yet."""

import re

from playwright.sync_api import expect

from tests.browser.a11y import OUTPUTS, assert_no_violations
from tests.browser.lab import open_notebook, run_all


def test_history_notebook_shows_sample_sentences_charts_and_filters(lab, page, screenshot):
    open_notebook(page, lab, "history.ipynb")
    run_all(page)
    expect(page.get_by_text("Sample data.").first).to_be_visible()
    sentences = page.locator(".fk-sentences").first
    expect(sentences).to_contain_text(re.compile(r"You sent \d+ of \d+ follow-ups on time"))
    expect(page.locator(".fk-charts img")).to_have_count(3)
    expect(page.locator("table.fk-due tr")).to_have_count(4)
    assert_no_violations(page, "history in JupyterLab after Run All (its outputs)", OUTPUTS)
    page.get_by_text("Sample data.").first.scroll_into_view_if_needed()
    screenshot(page, "top")
    page.locator(".fk-charts img").nth(1).scroll_into_view_if_needed()
    screenshot(page, "charts")
    page.locator("table.fk-due").scroll_into_view_if_needed()
    screenshot(page, "due")

    page.locator("button.fk-remind").click()
    expect(page.get_by_text(re.compile("Saved 3 reminders to"))).to_be_visible()
    saved = lab.root / "exports" / "followups-due.ics"
    with page.expect_download() as download:  # the link works in JupyterLab too
        page.locator("a.fk-download").first.click()
    assert download.value.suggested_filename == "followups-due.ics"
    assert download.value.path().read_bytes() == saved.read_bytes()

    before = page.locator(".fk-charts img").first.get_attribute("src")
    page.locator(".fk-filter-channel select").select_option("handwritten")
    expect(sentences).to_contain_text("Your handwritten notes went out")
    expect(page.locator(".fk-charts img").first).not_to_have_attribute("src", before)
    expect(page.locator(".fk-due").first).to_contain_text("Nothing is due")
    assert_no_violations(page, "history in JupyterLab with a filter applied", OUTPUTS)
    page.locator(".fk-filter-channel").scroll_into_view_if_needed()
    screenshot(page, "handwritten")
    assert page.dialogs == []
