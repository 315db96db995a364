"""The workshop and facilitator notebooks in a real JupyterLab: run all, do an exercise, look."""

from playwright.sync_api import expect

from tests.browser.lab import open_notebook, run_all


def test_workshop_notebook_runs_and_a_letter_can_be_fixed_in_the_browser(lab, page, screenshot):
    open_notebook(page, lab, "workshop.ipynb")
    run_all(page)
    fixer = page.locator(".fk-letter-fixer")
    expect(fixer.get_by_text("FK101").first).to_be_visible()
    box = page.locator(".fk-letter-text textarea")
    box.scroll_into_view_if_needed()
    screenshot(page, "before-fix")
    answer = (lab.root / "data" / "workshop" / "answers" /
              "01-to-whom-it-may-concern.txt").read_text()
    box.fill(answer)
    box.press("Tab")
    expect(fixer.get_by_text("✔ Done")).to_be_visible()
    fixer.get_by_text("✔ Done").scroll_into_view_if_needed()
    screenshot(page, "fixed")
    page.locator("button.fk-panel-check").click()
    expect(page.locator(".fk-panel-writer").get_by_text("copies of each other")).to_be_visible()
    screenshot(page, "after-fix")
    assert page.dialogs == []


def test_facilitator_notebook_shows_the_demo_cohort_in_the_browser(lab, page, screenshot):
    open_notebook(page, lab, "facilitator.ipynb")
    run_all(page)
    expect(page.get_by_text("Reading participant files").first).to_be_visible()
    expect(page.get_by_text("workshop-p-broken0.json")).to_be_visible()
    expect(page.get_by_text("participants ·").first).to_be_visible()
    page.locator(".fk-unreadable").scroll_into_view_if_needed()
    screenshot(page, "loaded")
    page.locator("button.fk-save-hours").click()
    expect(page.get_by_text("cohort-hours-to-send.png")).to_be_visible()
    screenshot(page, "cohort")
    assert (lab.root / "exports" / "cohort" / "cohort-hours-to-send.png").exists()
