"""JupyterLab, as `make lab` starts it, opens the coaching notebook and runs it in a browser."""

from playwright.sync_api import expect

from tests.browser.lab import open_notebook, run_all


def test_coach_notebook_runs_in_jupyterlab_and_shows_the_send_window(lab, page, screenshot):
    open_notebook(page, lab, "coach.ipynb")
    run_all(page)
    expect(page.get_by_text("Your letters").first).to_be_visible()
    expect(page.locator(".fk-window-box >> visible=true").first).to_contain_text("Send between")
    screenshot(page, "coach")
    assert page.dialogs == []


def test_lab_refuses_a_visitor_without_the_token(lab, page):
    response = page.goto(f"{lab.url}/api/contents/notebooks")
    assert response.status == 403
