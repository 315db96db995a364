"""Coming back to send: an interview typed in the app is all there after a reload.

Voilà starts a new kernel for every page load, so a reload is also a kernel restart: what was
typed must come back from data/drafts.json. Then the download link of an export is clicked
and the browser receives the file.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.coach_steps import visible, wait_for_letters
from tests.browser.conftest import PINNED_COACH
from tests.browser.servers import start_voila
from tests.browser.test_coach import offline

OWN = {".fk-company input": "Brightline Foods", ".fk-position input": "Payroll Specialist",
       ".fk-topics textarea": "the payroll migration; the new time-tracking system"}


@pytest.fixture
def app(tmp_path):
    server = start_voila(tmp_path, "coach.ipynb", PINNED_COACH, cull_idle_timeout=120)
    yield server
    server.stop()


def type_an_interview(page) -> None:
    for css, text in OWN.items():
        page.locator(css).fill(text)
    names = page.locator(".fk-person-name input")
    names.nth(1).fill("Tom Becker")  # over the example's Omar Haddad, a department head
    page.locator(".fk-person-role select").nth(0).select_option(label="Recruiter")
    page.locator(".fk-person-email input").nth(1).fill("tom.becker@example.com")
    page.locator(".fk-me-name input").fill("Robin Diaz")
    page.locator(".fk-me-email input").fill("robin@example.com")
    page.locator(".fk-me-email input").press("Tab")
    letter = visible(page, ".fk-letter textarea")
    expect(letter).to_have_value(re.compile("payroll migration|time-tracking system"))
    letter.fill(letter.input_value() + "\nP.S. I attach the schedule we spoke about.")
    letter.press("Tab")
    expect(page.locator(".fk-tabs .lm-TabBar-tab").first).to_contain_text("✎")


def assert_the_interview_is_back(page, app=None) -> None:
    try:
        expect(page.locator(".fk-company input")).to_have_value("Brightline Foods", timeout=20_000)
    except AssertionError:
        drafts = app.root / "data" / "drafts.json"
        print("DEBUG drafts", drafts.read_text()[:3000] if drafts.exists() else "none")
        print("DEBUG message", page.locator(".fk-letters-message").inner_text(),
              page.locator(".fk-interviews-note").inner_text())
        raise
    for css, text in OWN.items():
        expect(page.locator(css)).to_have_value(text)
    expect(page.locator(".fk-person-name input").nth(1)).to_have_value("Tom Becker")
    roles = page.locator(".fk-person-role select")
    expect(roles.nth(0)).to_have_value("Recruiter")
    expect(roles.nth(1)).to_have_value("Not said")  # the example's hidden role did not stay
    expect(visible(page, ".fk-letter textarea")).to_have_value(
        re.compile(r"P\.S\. I attach the schedule we spoke about\.$"))


def test_an_interview_and_its_edits_survive_a_reload_and_can_be_picked_again(app, page,
                                                                            screenshot):
    offline(page)
    page.goto(f"{app.url}/?token={app.token}")
    wait_for_letters(page)
    expect(page.locator(".fk-interviews-note")).to_contain_text("example interview")
    type_an_interview(page)
    picker = page.locator(".fk-interviews select")
    expect(picker).to_contain_text("Brightline Foods · Payroll Specialist")
    screenshot(page, "typed")

    page.reload()
    assert_the_interview_is_back(page, app)
    expect(picker).to_contain_text("2 letters to send, window closes in 23 h 12 min")

    page.locator("button.fk-new-interview").click()
    expect(page.locator(".fk-interviews-note")).to_contain_text("A new, empty form")
    expect(picker).to_contain_text("not kept yet")  # the list of the new form is shown
    expect(page.locator(".fk-company input")).to_have_value("")
    expect(page.locator(".fk-me-name input")).to_have_value("Robin Diaz")
    labels = picker.evaluate("s => [...s.options].map(o => o.label || o.textContent)")
    matches = [i for i, t in enumerate(labels)
               if t.replace("\xa0", " ").startswith("Brightline Foods")]
    assert len(matches) == 1, labels
    picker.select_option(index=matches[0])
    assert_the_interview_is_back(page, app)
    screenshot(page, "picked-again")
    assert page.dialogs == []


def test_an_export_link_downloads_the_file(app, page, tmp_path):
    offline(page)
    page.goto(f"{app.url}/?token={app.token}")
    wait_for_letters(page)
    visible(page, "button.fk-export-eml").click()
    status = visible(page, ".fk-export-status")
    expect(status).to_contain_text("Saved exports/2026-11-19-harlow-pike-llp-dana-rivera.eml")
    with page.expect_download() as download:
        status.locator("a.fk-download").click()
    saved = tmp_path / "downloaded.eml"
    download.value.save_as(saved)
    assert download.value.suggested_filename == "2026-11-19-harlow-pike-llp-dana-rivera.eml"
    assert saved.read_bytes() == (app.root / "exports" / download.value.suggested_filename
                                  ).read_bytes()
