"""Start a real JupyterHub on 127.0.0.1 for a test or a benchmark, and tear all of it down.

The hub loads the shipped ``deploy/jupyterhub/jupyterhub_config.py`` and overrides only what a
test must: free local ports, a scratch folder, configurable-http-proxy from
``deploy/jupyterhub/node_modules`` (``make hub-proxy``), a test authenticator and
``SimpleLocalProcessSpawner``, which gives each user their own home folder under the scratch
folder but runs every server as the same OS user (no OS-level isolation: production uses
TLJH's SystemdSpawner or KubeSpawner). The authenticator is JupyterHub's
``SharedPasswordAuthenticator`` with a random password, letting in only users the facilitator
created through the REST API (production: TLJH's default, or the center's OAuth login).

Every process the hub starts (proxy, user servers, kernels) inherits a marker variable, so
:meth:`Hub.stop` can find and end any that outlive the hub, even after a failed test.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.deploy.hub_api import HubError, api, wait_for

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SHIPPED_CONFIG = REPO / "deploy" / "jupyterhub" / "jupyterhub_config.py"
PROXY = REPO / "deploy" / "jupyterhub" / "node_modules" / ".bin" / "configurable-http-proxy"
MARKER = "FOLLOWKIT_HUB_TEST_RUN"

_TEST_CONFIG = """\
c = get_config()  # noqa: F821
load_subconfig({shipped!r})  # noqa: F821

c.JupyterHub.bind_url = "http://127.0.0.1:{public_port}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api_port}"
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.ConfigurableHTTPProxy.pid_file = {proxy_pid!r}
c.JupyterHub.db_url = "sqlite:///{base}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = {cookie!r}
c.JupyterHub.authenticator_class = "shared-password"
c.SharedPasswordAuthenticator.user_password = {password!r}
c.Authenticator.allow_existing_users = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {home_template!r}
c.Spawner.ip = "127.0.0.1"
c.Spawner.cmd = [{singleuser!r}]
c.Spawner.args = {args!r}
c.Spawner.poll_interval = 1
c.Spawner.disable_user_config = True
c.Spawner.environment.update({{"{marker}": {run!r}, "JUPYTER_PLATFORM_DIRS": "1"}})
c.JupyterHub.services = [{{"name": "facilitator", "api_token": {admin_token!r}}}]
c.JupyterHub.load_roles = [{{"name": "admin", "services": ["facilitator"]}}]
"""


@dataclass
class Hub:
    """A running hub: its public URL, an admin token, the participants' shared password."""

    url: str
    admin_token: str
    password: str
    base: Path
    process: subprocess.Popen
    run: str
    log: Path

    def home(self, username: str) -> Path:
        """The user's own home folder (their notebooks and their log live here)."""
        return self.base / "users" / username

    def api(self, method: str, path: str, body=None, token: str | None = None):
        """Call the Hub's REST API (``/hub/api`` + path), as the facilitator by default."""
        return api(method, f"{self.url}/hub/api{path}", token or self.admin_token, body)

    def stop(self) -> None:
        """SIGTERM the hub (it stops the servers and the proxy), then end any leftover."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        end_leftovers(self.run)


def deploy_script(name: str):
    """Import a script shipped in ``deploy/jupyterhub/`` (not a package) as a module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, SHIPPED_CONFIG.parent / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    """A free TCP port on 127.0.0.1 (the kernel picks it; nothing listens on it yet)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def processes_of(run: str) -> list[int]:
    """Pids of the processes whose environment carries this run's marker."""
    needle = f"{MARKER}={run}".encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        if needle in environ.split(b"\0"):
            pids.append(int(entry.name))
    return pids


def end_leftovers(run: str, timeout: float = 10) -> None:
    """SIGTERM, then SIGKILL, every process of this run still alive."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        pids = processes_of(run)
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + timeout
        while processes_of(run) and time.monotonic() < deadline:
            time.sleep(0.1)
        if not processes_of(run):
            return


def _write_config(base: Path, run: str, admin_token: str, password: str,
                  ports: tuple[int, int, int]) -> Path:
    public_port, hub_port, proxy_api_port = ports
    args = ["--ServerApp.allow_root=True"] if os.geteuid() == 0 else []
    text = _TEST_CONFIG.format(
        shipped=str(SHIPPED_CONFIG), public_port=public_port, hub_port=hub_port,
        proxy_api_port=proxy_api_port, proxy=str(PROXY), proxy_pid=str(base / "proxy.pid"),
        base=base, cookie=str(base / "cookie_secret"),
        home_template=str(base / "users" / "{username}"),
        singleuser=str(BIN / "jupyterhub-singleuser"), args=args, marker=MARKER, run=run,
        admin_token=admin_token, password=password,
    )
    path = base / "jupyterhub_test_config.py"
    path.write_text(text)
    return path


def start_hub(base: Path, *, env: dict[str, str] | None = None, timeout: float = 60) -> Hub:
    """Start JupyterHub and its proxy on free 127.0.0.1 ports; ready when the API answers.

    ``env`` adds variables to the hub's environment (the shipped config reads its
    ``FOLLOWKIT_*`` settings from there). Participants' logs default to
    ``<base>/users/<name>/followkit-data/followups.csv``, their home folders.
    """
    assert PROXY.exists(), (
        f"configurable-http-proxy is not installed at {PROXY}: run 'make hub-proxy'."
    )
    base.mkdir(parents=True, exist_ok=True)
    (base / "users").mkdir(exist_ok=True)
    (base / "hub-home").mkdir(exist_ok=True)
    run, admin_token, password = secrets.token_hex(8), secrets.token_hex(32), secrets.token_hex(8)
    ports = (free_port(), free_port(), free_port())
    config = _write_config(base, run, admin_token, password, ports)
    # The shipped default puts logs in /home/jupyter-<name>: never outside the scratch folder.
    log_template = base / "users" / "{username}" / "followkit-data" / "followups.csv"
    hub_env = dict(os.environ, HOME=str(base / "hub-home"),
                   FOLLOWKIT_LOG_TEMPLATE=str(log_template), **{MARKER: run})
    hub_env.update(env or {})
    hub_env["PATH"] = f"{BIN}{os.pathsep}{hub_env.get('PATH', '')}"
    hub_env.pop("JUPYTERHUB_API_TOKEN", None)
    log = base / "jupyterhub.log"
    process = subprocess.Popen(
        [str(BIN / "jupyterhub"), "-f", str(config)], cwd=base, env=hub_env,
        stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True,
    )
    hub = Hub(url=f"http://127.0.0.1:{ports[0]}", admin_token=admin_token, password=password,
              base=base, process=process, run=run, log=log)
    try:
        wait_for(lambda: _answers(hub), timeout, f"the hub at {hub.url} to answer")
    except BaseException:
        hub.stop()
        raise
    return hub


def _answers(hub: Hub) -> bool:
    if hub.process.poll() is not None:
        raise HubError(f"jupyterhub exited with {hub.process.returncode}:\n{hub.log.read_text()}")
    try:
        return hub.api("GET", "/").status == 200
    except OSError:
        return False
