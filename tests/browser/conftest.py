"""Fixtures for the browser tests: Debian's chromium driven by Playwright, and Lab/Voilà servers.

Screenshots land in artifacts/screenshots/ (git-ignored) to be looked at after a run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.browser.servers import REPO, start_lab, start_voila

ARTIFACTS = REPO / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium")
    assert path, (
        "The browser tests need Debian's chromium: install it with "
        "'apt-get install -y chromium' (make test does this when run as root)."
    )
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=60_000)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()


@pytest.fixture
def lab(tmp_path):
    server = start_lab(tmp_path)
    yield server
    server.stop()


#: The coaching notebook's clock pinned 48 min after its example interview ended.
PINNED_COACH = {"now": '"2026-11-19T16:18:00-06:00"'}


@pytest.fixture
def coach_lab(tmp_path):
    """JupyterLab with the coaching notebook's clock pinned (see PINNED_COACH)."""
    server = start_lab(tmp_path, {"coach.ipynb": PINNED_COACH})
    yield server
    server.stop()


@pytest.fixture
def voila_coach(tmp_path):
    # On a busy machine the page may connect seconds after Voilà ran the notebook: a 4 s cull
    # then takes the kernel before the screen shows.
    server = start_voila(tmp_path, "coach.ipynb", PINNED_COACH, cull_idle_timeout=120)
    yield server
    server.stop()


@pytest.fixture
def screenshot(request):
    """Save a full-page screenshot named after the test: ``screenshot(page, "after-run")``.

    Pass ``element=`` (a locator) to capture one element whole, e.g. the coaching screen
    inside JupyterLab's own scrolling panel.
    """
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(page, label: str, element=None) -> Path:
        path = ARTIFACTS / f"{request.node.name}-{label}.png"
        if element is not None:
            element.screenshot(path=str(path))
        else:
            page.screenshot(path=str(path), full_page=True)
        return path

    return take
