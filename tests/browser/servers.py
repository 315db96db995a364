"""Start JupyterLab and Voilà on a free local port for the browser tests, and stop them.

Each server gets a fresh HOME, TMPDIR, workspaces and settings folder, and a copy of the
notebooks (Lab autosaves over what it serves), so a run never touches the checkout.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@dataclass
class Server:
    """A running server: where it listens, its token, its folder, and its process."""

    url: str
    token: str
    root: Path
    process: subprocess.Popen
    log: Path

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 10 s; kernels go down with the server."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def make_root(base: Path, parameters: dict[str, dict[str, str]] | None = None) -> Path:
    """A scratch folder with a copy of notebooks/ and data/ as a user's checkout has them.

    ``parameters`` maps a notebook's file name to ``{name: python source}`` lines that replace
    the assignments in its ``parameters`` cell (e.g. to pin ``now``).
    """
    root = base / "root"
    shutil.copytree(REPO / "notebooks", root / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    (root / "data").mkdir()
    if (REPO / "data").is_dir():
        shutil.copytree(REPO / "data", root / "data", dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("followups.csv*", "profile.json"))
    for notebook, values in (parameters or {}).items():
        pin_parameters(root / "notebooks" / notebook, values)
    return root


def pin_parameters(path: Path, values: dict[str, str]) -> None:
    """Replace ``name = …`` lines of the notebook's ``parameters`` cell by ``name = source``."""
    notebook = json.loads(path.read_text())
    [cell] = [c for c in notebook["cells"] if "parameters" in c["metadata"].get("tags", [])]
    lines = "".join(cell["source"]).splitlines()
    for name, source in values.items():
        hits = [i for i, line in enumerate(lines) if line.split("=")[0].strip() == name]
        assert hits, f"{path.name}: no parameter {name!r} in {lines}"
        lines[hits[0]] = f"{name} = {source}"
    cell["source"] = "\n".join(lines)
    path.write_text(json.dumps(notebook, indent=1))


def _environment(base: Path) -> dict[str, str]:
    home = base / "home"
    tmp = base / "tmp"
    home.mkdir(exist_ok=True)
    tmp.mkdir(exist_ok=True)
    env = dict(os.environ, HOME=str(home), TMPDIR=str(tmp), JUPYTER_PLATFORM_DIRS="1",
               FOLLOWKIT_LOG=str(base / "root" / "data" / "followups.csv"))
    env.pop("JUPYTER_CONFIG_DIR", None)
    env.pop("JUPYTER_DATA_DIR", None)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


def _wait_ready(url: str, process: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers: ready (Voilà answers 302/403 to /api/status)
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server not ready after {timeout} s:\n{log.read_text()}")


def start_lab(base: Path, parameters: dict[str, dict[str, str]] | None = None,
              env: dict[str, str] | None = None) -> Server:
    """JupyterLab on 127.0.0.1, token auth on, no news toast, no old workspace.

    ``env`` adds variables to the server's (and its kernels') environment.
    """
    root = make_root(base, parameters)
    settings = base / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )
    port, token = free_port(), secrets.token_hex(16)
    log = base / "lab.log"
    command = [
        str(BIN / "jupyter"), "lab", "--no-browser", "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
        f"--LabApp.workspaces_dir={base / 'workspaces'}",
        f"--LabApp.user_settings_dir={base / 'settings'}",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    process = subprocess.Popen(command, cwd=root, env=_environment(base) | (env or {}),
                               stdout=log.open("w"), stderr=subprocess.STDOUT,
                               start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    _wait_ready(f"{url}/api/status?token={token}", process, log)
    return Server(url=url, token=token, root=root, process=process, log=log)


def start_voila(base: Path, notebook: str, parameters: dict[str, str] | None = None,
                cull_idle_timeout: int = 4, env: dict[str, str] | None = None) -> Server:
    """Voilà serving one notebook (no code shown), culling kernels of closed pages.

    ``cull_idle_timeout`` (seconds) also culls a page's kernel that idles that long while the
    page is open: raise it for a test that works in a widget page for a while. ``env`` adds
    variables to the server's (and its kernels') environment.
    """
    root = make_root(base, {notebook: parameters} if parameters else None)
    port, token = free_port(), secrets.token_hex(16)
    log = base / "voila.log"
    command = [
        str(BIN / "voila"), f"notebooks/{notebook}", "--no-browser", "--Voila.ip=127.0.0.1",
        f"--port={port}", "--Voila.port_retries=0", f"--token={token}",
        "--MappingKernelManager.cull_interval=2",
        f"--MappingKernelManager.cull_idle_timeout={cull_idle_timeout}",
        "--MappingKernelManager.cull_connected=True",
    ]
    process = subprocess.Popen(command, cwd=root, env=_environment(base) | (env or {}),
                               stdout=log.open("w"), stderr=subprocess.STDOUT,
                               start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    _wait_ready(f"{url}/api/status", process, log)
    return Server(url=url, token=token, root=root, process=process, log=log)
