"""`make lab` as a person runs it: the coaching notebook opens at once, no news pop-up, and
using the notebooks leaves the kit's tracked files as they were (git status clean)."""

from __future__ import annotations

import os
import re
import secrets
import shlex
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from tests.browser.coach_steps import visible, wait_for_letters
from tests.browser.lab import IDLE, run_all
from tests.browser.servers import REPO, Server, _wait_ready, free_port


def make_lab_command(kit, port: int) -> list[str]:
    """The command `make lab` runs in ``kit`` (read from the Makefile, not copied)."""
    out = subprocess.run(["make", "-s", "-n", "lab", f"VENV={sys.prefix}", f"PORT={port}"],
                         cwd=kit, capture_output=True, text=True, check=True).stdout
    line = next(part for part in out.replace("\\\n", " ").splitlines() if "jupyter lab" in part)
    return shlex.split(line)


@pytest.fixture
def kit_lab(tmp_path):
    kit = tmp_path / "kit"
    subprocess.run(["git", "clone", "-q", str(REPO), str(kit)], check=True)
    port, token = free_port(), secrets.token_hex(16)
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home), JUPYTER_PLATFORM_DIRS="1", PYTHONPATH=str(kit),
               JUPYTER_TOKEN=token)
    for name in ("FOLLOWKIT_LOG", "JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR"):
        env.pop(name, None)
    command = [*make_lab_command(kit, port), "--no-browser", "--ServerApp.port_retries=0"]
    log = tmp_path / "lab.log"
    process = subprocess.Popen(command, cwd=kit, env=env, stdout=log.open("w"),
                               stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    _wait_ready(f"{url}/api/status?token={token}", process, log)
    server = Server(url=url, token=token, root=kit, process=process, log=log)
    yield server
    server.stop()


def save(page, path) -> None:
    """File → Save (as Lab's autosave would), and wait until the file is written."""
    import time

    before = path.stat().st_mtime_ns
    page.locator(".jp-NotebookPanel >> visible=true").first.click(position={"x": 5, "y": 5})
    page.keyboard.press("Control+s")
    deadline = time.monotonic() + 60
    while path.stat().st_mtime_ns == before and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    assert path.stat().st_mtime_ns != before, f"{path.name} was not saved"


def test_make_lab_opens_the_coach_with_no_news_and_leaves_git_clean(kit_lab, page, screenshot):
    page.goto(f"{kit_lab.url}/?token={kit_lab.token}")  # the address `make lab` prints
    expect(page).to_have_url(re.compile(r"/lab/tree/notebooks/coach\.ipynb"))
    status = page.locator("#jp-main-statusbar").get_by_role("button", name=IDLE)
    expect(status).to_be_visible(timeout=90_000)
    tabs = page.locator("#jp-main-dock-panel .lm-TabBar-tab")
    expect(tabs).to_have_count(1)
    expect(tabs.first).to_contain_text("coach.ipynb")
    expect(page.locator(".jp-toast-message, .Toastify__toast")).to_have_count(0)
    run_all(page)
    wait_for_letters(page)
    page.locator(".fk-company input").fill("Brightline Foods")
    page.locator(".fk-company input").press("Tab")
    expect(visible(page, ".fk-letter textarea")).to_have_value(re.compile("Brightline Foods"))
    visible(page, "button.fk-export-eml").click()
    expect(visible(page, ".fk-export-status")).to_contain_text("Saved exports/")
    screenshot(page, "coach")
    save(page, kit_lab.root / "notebooks" / "coach.ipynb")
    page = page.context.new_page()  # the coach tab stays open, as a person leaves it
    page.goto(f"{kit_lab.url}/lab/tree/notebooks/history.ipynb?token={kit_lab.token}")
    expect(page.locator("#jp-main-statusbar").get_by_role("button", name=IDLE)).to_be_visible(
        timeout=90_000)
    run_all(page)
    expect(page.locator(".fk-banner").first).to_be_visible()
    save(page, kit_lab.root / "notebooks" / "history.ipynb")
    screenshot(page, "history")
    kit_lab.stop()
    assert (kit_lab.root / "exports").is_dir() and (kit_lab.root / "data" / "drafts.json").is_file()
    changed = subprocess.run(["git", "status", "--porcelain"], cwd=kit_lab.root,
                             capture_output=True, text=True, check=True).stdout
    assert changed == "", subprocess.run(["git", "diff"], cwd=kit_lab.root,
                                         capture_output=True, text=True).stdout[:3000]
