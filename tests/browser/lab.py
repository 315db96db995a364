"""Steps in JupyterLab that every browser test takes: open a notebook, run it all."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

IDLE = re.compile(r"ipykernel\) \| Idle|Python 3 .*\| Idle")


def open_notebook(page: Page, server, notebook: str) -> None:
    """Open ``notebooks/<notebook>`` and wait until its kernel is really idle.

    The toolbar says idle while the kernel still starts; the status bar does not.
    """
    page.goto(f"{server.url}/lab/tree/notebooks/{notebook}?token={server.token}")
    status = page.locator("#jp-main-statusbar").get_by_role("button", name=IDLE)
    expect(status).to_be_visible(timeout=90_000)


def run_all(page: Page) -> None:
    """Run → Run All Cells, then wait for every cell to finish (no ``[*]`` prompt left)."""
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click()
    busy = page.locator(".jp-InputPrompt:has-text('[*]')")
    page.wait_for_timeout(500)
    expect(busy).to_have_count(0, timeout=120_000)
