"""A workshop room on a real JupyterHub: three participants, each with their own server and log.

The room is built once for the module (hub and proxy up, three users created through the REST
API, their servers started, the notebooks pulled in by nbgitpuller, the coaching flow run in
each user's own kernel) and torn down at the end, also when a test or the setup fails.
"""

from __future__ import annotations

import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.deploy import hub_api
from tests.deploy.coaching_flow import (
    PARTICIPANTS,
    Participant,
    copy_workshop_files,
    flow_code,
    read_summary,
)
from tests.deploy.hub import Hub, start_hub
from tests.deploy.remote_kernel import start_kernel


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/deploy/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.hub)


@dataclass
class Room:
    """The running hub, each participant's token, and what their coaching flow printed."""

    hub: Hub
    tokens: dict[str, str]
    summaries: dict[str, dict]
    repo_url: str

    def server(self, username: str) -> str:
        """The participant's server URL behind the hub's proxy."""
        return hub_api.server_url(self.hub, username)


def notebooks_repo(base: Path) -> str:
    """A local git repository with this checkout's notebooks and data: nbgitpuller's source."""
    repo = copy_workshop_files(base / "followkit-notebooks")
    git = ["git", "-C", str(repo), "-c", "user.name=followkit test",
           "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main"]
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "workshop files"]):
        subprocess.run(git + args, check=True, capture_output=True, timeout=30)
    return f"file://{repo}"


def _start_participant(hub: Hub, participant: Participant) -> str:
    hub_api.create_user(hub, participant.username)
    token = hub_api.user_token(hub, participant.username)
    hub_api.request_server(hub, participant.username)
    hub_api.wait_server_ready(hub, participant.username)
    return token


def _coach(hub: Hub, participant: Participant, token: str) -> dict:
    kernel = start_kernel(hub_api.server_url(hub, participant.username), token)
    try:
        return read_summary(kernel.execute(flow_code(participant)))
    finally:
        kernel.close()


@pytest.fixture(scope="module")
def room(tmp_path_factory) -> Room:
    base = tmp_path_factory.mktemp("hub")
    repo_url = notebooks_repo(base)
    hub = start_hub(base, env={"FOLLOWKIT_REPO": repo_url, "FOLLOWKIT_BRANCH": "main",
                               "FOLLOWKIT_WORKSHOP_DROP": str(base / "workshop-drop")})
    try:
        with ThreadPoolExecutor(len(PARTICIPANTS)) as pool:
            tokens = dict(zip([p.username for p in PARTICIPANTS],
                              pool.map(lambda p: _start_participant(hub, p), PARTICIPANTS),
                              strict=True))
            summaries = dict(zip(tokens, pool.map(lambda p: _coach(hub, p, tokens[p.username]),
                                                  PARTICIPANTS), strict=True))
        yield Room(hub=hub, tokens=tokens, summaries=summaries, repo_url=repo_url)
    finally:
        hub.stop()
