"""Steps on the coaching screen that the Lab and the Voilà tests share."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

XSS = "<img src=x onerror=alert(1)>"
EML = "2026-11-19-harlow-pike-llp-dana-rivera.eml"


def visible(page: Page, selector: str):
    """The one element matching ``selector`` that is on screen (the selected tab's)."""
    return page.locator(f"{selector} >> visible=true").first


def wait_for_letters(page: Page) -> None:
    """The screen is up: a tab per interviewer of the example, a letter in the first."""
    expect(page.locator(".fk-tabs .lm-TabBar-tab", has_text="Dana Rivera")).to_be_visible()
    expect(page.locator(".fk-tabs .lm-TabBar-tab", has_text="Omar Haddad")).to_be_visible()
    expect(visible(page, ".fk-letter textarea")).to_have_value(
        re.compile(r"Dear Ms\. Rivera,"))


def type_topic_and_see_the_letter_change(page: Page) -> None:
    """A topic typed in the form reaches the letter; an edit changes the findings."""
    topics = page.locator(".fk-topics textarea")
    # A letter develops a few topics, not a list: the one typed first is among them.
    topics.fill("the treasury dashboard rollout; the quarter-end close")
    topics.press("Tab")
    letter = visible(page, ".fk-letter textarea")
    expect(letter).to_have_value(re.compile("treasury dashboard rollout"))
    findings = visible(page, ".fk-findings-box")
    expect(findings).to_contain_text("Ready to send")
    letter.fill(letter.input_value().replace("Thank you for", "Hey, thx for") + "\nLOL!!")
    letter.press("Tab")
    expect(findings).to_contain_text("FK301")  # "thx", and "LOL" under the signature
    expect(findings).to_contain_text("FK302")  # "LOL!!": two exclamation marks
    expect(findings).to_contain_text(re.compile(r"\d+ warnings to look at"))
    expect(page.locator(".fk-tabs .lm-TabBar-tab").first).to_contain_text("✎")


def type_a_note_and_see_it_coached(page: Page) -> None:
    """A note typed fast is coached beside its field, in words, and the letter words it well."""
    bring = page.locator(".fk-person-bring input").first
    bring.fill("i cut the close w/ a new checklist")
    bring.press("Tab")
    coaching = page.locator(".fk-notes-bring [role=status]").first
    expect(coaching).to_contain_text("The letter fixes:")
    expect(coaching).to_contain_text("Write “w/” out as “with”")
    expect(visible(page, ".fk-letter textarea")).to_have_value(
        re.compile("utting the close with a new checklist"))


def export_eml_and_find_it(page: Page, root: Path) -> Path:
    """Click "Save .eml draft" in the first tab; the file is in exports/."""
    visible(page, "button.fk-export-eml").click()
    expect(visible(page, ".fk-export-status")).to_contain_text("Saved")
    path = root / "exports" / EML
    assert path.is_file(), sorted((root / "exports").glob("*")) if (root / "exports").exists() \
        else "no exports folder"
    assert b"X-Unsent: 1" in path.read_bytes()
    return path


#: Fields where the payload is still a valid value: the letters are written with it.
VALID_WITH_MARKUP = (".fk-company", ".fk-position", ".fk-topics", ".fk-challenges", ".fk-skills",
                     ".fk-person-name", ".fk-person-title", ".fk-person-topics", ".fk-me-name")


def type_markup_into_the_letters(page: Page) -> None:
    """Type the payload where the form stays valid: it reaches letters, titles and findings."""
    for css in VALID_WITH_MARKUP:
        fields = page.locator(f"{css} input, {css} textarea")
        for i in range(fields.count()):
            fields.nth(i).fill(XSS)
    page.locator(".fk-me-name input").press("Tab")
    expect(page.locator(".fk-tabs .lm-TabBar-tab").first).to_contain_text(XSS)
    expect(visible(page, ".fk-letter textarea")).to_have_value(
        re.compile(re.escape(XSS)))


def type_markup_everywhere(page: Page) -> None:
    """Type the payload into every text field and the letter; wait for the screen to settle."""
    fields = page.locator(".fk-app input[type=text], .fk-app textarea")
    for i in range(fields.count()):
        field = fields.nth(i)
        if field.is_visible() and field.is_editable():
            field.fill(XSS)
    fields.last.press("Tab")
    page.wait_for_timeout(1500)


def assert_markup_shown_as_text(page: Page) -> None:
    """No dialog fired, no <img> was made from the payload, and the payload shows literally."""
    assert page.dialogs == []
    assert page.locator(".fk-app img").count() == 0
    expect(page.locator(".fk-tabs .lm-TabBar-tab").first).to_contain_text(XSS)


def save_to_log_twice_and_find_two_rows(page: Page, root: Path) -> None:
    """Click "Save to my log" twice: the log (FOLLOWKIT_LOG) holds one row per interviewer."""
    from followkit.log._store import read_log

    page.locator("button.fk-save-log").click()
    expect(page.locator(".fk-log-status")).to_contain_text("Saved 2 planned follow-ups")
    page.locator("button.fk-save-log").click()
    expect(page.locator(".fk-log-status")).to_contain_text("nothing added")
    log = read_log(root / "data" / "followups.csv")
    assert sorted(log["interviewer"]) == ["Dana Rivera", "Omar Haddad"]
