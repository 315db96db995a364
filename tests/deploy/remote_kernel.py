"""Run code in a kernel on a user's own Jupyter server: REST to start it, a websocket to talk.

This is what JupyterLab does when a person runs a cell, minus the browser: the kernel runs
on the user's server (with the user's environment, e.g. their ``FOLLOWKIT_LOG``), reached
through the hub's proxy with the user's token.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from tests.deploy.hub_api import HubError, api


class CellError(HubError):
    """Code run in the remote kernel raised; carries the exception name, value and traceback."""


@dataclass
class RemoteKernel:
    """A kernel on a user's server and an open websocket to its channels."""

    server: str
    token: str
    kernel_id: str
    socket: object
    session: str

    def execute(self, code: str, timeout: float = 60) -> str:
        """Run ``code``; return what it printed, or raise CellError with the kernel's error."""
        import websocket

        msg_id = uuid.uuid4().hex
        self.socket.send(json.dumps(_execute_request(code, msg_id, self.session)))
        printed: list[str] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.socket.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                message = json.loads(self.socket.recv())
            except websocket.WebSocketTimeoutException:
                break
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = message["msg_type"], message["content"]
            if kind == "stream":
                printed.append(content["text"])
            elif kind == "error":
                raise CellError(f"{content['ename']}: {content['evalue']}\n"
                                + "\n".join(content["traceback"]))
            elif kind == "status" and content["execution_state"] == "idle":
                return "".join(printed)
        raise HubError(f"the kernel on {self.server} did not finish within {timeout:.0f} s")

    def close(self) -> None:
        """Close the websocket and shut the kernel down (ignore a server already gone)."""
        try:
            self.socket.close()
        finally:
            try:
                api("DELETE", f"{self.server}/api/kernels/{self.kernel_id}", self.token,
                    timeout=10)
            except OSError:
                pass


def start_kernel(server: str, token: str, path: str = "", timeout: float = 60) -> RemoteKernel:
    """Start a python3 kernel on the server (cwd ``path``) and connect to it."""
    import websocket

    reply = api("POST", f"{server}/api/kernels", token, {"name": "python3", "path": path})
    if reply.status != 201:
        raise HubError(f"starting a kernel on {server} answered {reply.status}: {reply.text}")
    kernel_id = reply.json()["id"]
    url = server.replace("http://", "ws://", 1) + f"/api/kernels/{kernel_id}/channels"
    socket = websocket.create_connection(
        url, header=[f"Authorization: token {token}"], timeout=timeout, suppress_origin=True,
    )
    kernel = RemoteKernel(server, token, kernel_id, socket, uuid.uuid4().hex)
    _wait_kernel_answers(kernel, timeout)
    return kernel


def _wait_kernel_answers(kernel: RemoteKernel, timeout: float) -> None:
    """A fresh kernel may drop a request sent while it starts: retry a no-op until it runs."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            kernel.execute("pass", timeout=min(5, max(0.5, deadline - time.monotonic())))
            return
        except CellError:
            raise
        except HubError:
            if time.monotonic() >= deadline:
                kernel.close()
                raise


def _execute_request(code: str, msg_id: str, session: str) -> dict:
    return {
        "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": session,
                   "username": "", "version": "5.3",
                   "date": datetime.now(UTC).isoformat()},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": False,
                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
    }


def run_notebook(server: str, token: str, path: str, *, then: str = "",
                 timeout: float = 120) -> list[str]:
    """Run every code cell of a notebook on the server, in order, in a fresh kernel.

    This is "Restart Kernel and Run All" as JupyterLab does it, in the notebook's folder;
    ``then`` is run after the last cell, in the same kernel (to look at what the notebook
    left). Returns what each cell (and ``then``) printed; a cell's error raises CellError.
    """
    reply = api("GET", f"{server}/api/contents/{path}?type=notebook&content=1", token)
    if reply.status != 200:
        raise HubError(f"reading {path} on {server} answered {reply.status}: {reply.text}")
    cells = [cell for cell in reply.json()["content"]["cells"] if cell["cell_type"] == "code"]
    folder = path.rpartition("/")[0]
    kernel = start_kernel(server, token, path=folder, timeout=timeout)
    try:
        sources = [_source(cell) for cell in cells] + ([then] if then else [])
        return [kernel.execute(source, timeout=timeout) for source in sources]
    finally:
        kernel.close()


def _source(cell: dict) -> str:
    source = cell["source"]
    return source if isinstance(source, str) else "".join(source)
