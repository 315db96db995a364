"""The workshop and facilitator notebooks in a real JupyterLab: run all, work, look.

axe-core audits the notebooks' outputs (what followkit shows, not JupyterLab's own interface)
after Run All, with a letter fixed, with a chart shown as a table and after a refresh.
"""

import shutil

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import OUTPUTS, assert_no_violations
from tests.browser.lab import open_notebook, run_all
from tests.browser.servers import REPO, start_lab


def test_workshop_notebook_runs_and_a_letter_can_be_fixed_in_the_browser(lab, page, screenshot):
    open_notebook(page, lab, "workshop.ipynb")
    run_all(page)
    fixer = page.locator(".fk-letter-fixer")
    expect(fixer.get_by_text("FK101").first).to_be_visible()
    expect(fixer.locator(".fk-scenario")).to_contain_text("Rachel Adeyemi")
    assert_no_violations(page, "workshop in JupyterLab after Run All (its outputs)", OUTPUTS)
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
    assert_no_violations(page, "workshop in JupyterLab with a letter fixed", OUTPUTS)
    page.locator("button.fk-panel-check").click()
    expect(page.locator(".fk-panel-writer").get_by_text("copies of each other")).to_be_visible()
    assert page.dialogs == []


@pytest.fixture
def room_lab(tmp_path):
    """JupyterLab whose facilitator notebook reads a drop folder holding two participant files."""
    drop = tmp_path / "drop"
    drop.mkdir()
    for name in ("workshop-p-0000.json", "workshop-p-0001.json"):
        shutil.copy(REPO / "data" / "workshop" / "cohort" / name, drop)
    server = start_lab(tmp_path, env={"FOLLOWKIT_WORKSHOP_DROP": str(drop)})
    server.drop = drop
    yield server
    server.stop()


def test_the_facilitator_watches_the_room_refreshes_projects_a_letter_and_saves_a_chart(
        room_lab, page, screenshot):
    open_notebook(page, room_lab, "facilitator.ipynb")
    run_all(page)
    expect(page.get_by_text("2 participants", exact=False).first).to_be_visible()
    expect(page.get_by_text("no personal logs", exact=False)).to_have_count(0)
    screenshot(page, "loaded")
    page.locator("button.fk-table-send-time").click()
    expect(page.locator(".fk-chart-send-time table.fk-chart-table caption")).to_contain_text(
        "When the room chose to send")
    assert_no_violations(page, "facilitator in JupyterLab with a chart shown as a table",
                         OUTPUTS)
    for name in ("workshop-p-0007.json", "workshop-p-0002.json"):
        shutil.copy(REPO / "data" / "workshop" / "cohort" / name, room_lab.drop)
    page.locator("button.fk-refresh").click()
    expect(page.get_by_text("4 participant files read")).to_be_visible()
    expect(page.locator(".fk-room-status").first).to_be_visible()
    projector = page.locator(".fk-projector")
    projector.scroll_into_view_if_needed()
    projector.locator("select").select_option(index=1)
    projector.locator("button.fk-project").click()
    expect(projector.locator(".fk-projected")).to_contain_text("A. Participant")
    expect(projector.locator(".fk-projected")).not_to_contain_text("p-000")
    screenshot(page, "projected", element=projector)
    assert_no_violations(page, "facilitator in JupyterLab after a refresh, a letter projected",
                         OUTPUTS)
    page.locator("button.fk-save-send-time").click()
    expect(page.get_by_text("room-send-time.png")).to_be_visible()
    saved = room_lab.root / "exports" / "room-charts" / "room-send-time.png"
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page.locator("button.fk-save-send-time").scroll_into_view_if_needed()
    screenshot(page, "saved")
