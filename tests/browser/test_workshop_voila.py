"""The workshop as a Voilà app: a participant answers, exports, and the file lands on the server."""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.servers import start_voila


@pytest.fixture
def voila_workshop(tmp_path):
    # A participant works in the page for minutes: don't cull their kernel after 4 s idle.
    server = start_voila(tmp_path, "workshop.ipynb", cull_idle_timeout=600)
    yield server
    server.stop()


def test_a_participant_answers_and_exports_through_voila(voila_workshop, page, screenshot):
    page.route("**/*", lambda route: route.continue_()
               if route.request.url.startswith(voila_workshop.url) else route.abort())
    page.goto(f"{voila_workshop.url}/?token={voila_workshop.token}")
    quiz = page.locator(".fk-quiz").first
    expect(quiz).to_be_visible(timeout=120_000)
    quiz.get_by_text("A message from you to the interviewer").click()
    quiz.get_by_role("button", name="Check my answer").click()
    expect(quiz.get_by_text("✔")).to_be_visible()
    page.locator("button.fk-export").click()
    expect(page.get_by_text("✔ Saved")).to_be_visible()
    screenshot(page, "voila")
    (path,) = (voila_workshop.root / "exports").glob("workshop-p-*.json")
    doc = json.loads(path.read_text())
    assert [e["id"] for e in doc["exercises"]] == ["quiz:what-is-a-follow-up"]
    assert doc["log"] == []
