"""Small HTTP helpers for the Hub's REST API and a user's Jupyter server (urllib, no redirects).

A response is returned whatever its status, so a test can assert on a 403 as on a 200.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode


class HubError(RuntimeError):
    """The hub or a user's server did not do what the test needed, with the reason."""


@dataclass(frozen=True)
class Response:
    """Status, headers and body of one HTTP response."""

    status: int
    headers: dict[str, str]  # names in lower case
    body: bytes

    @property
    def text(self) -> str:
        """The body as text."""
        return self.body.decode("utf-8", errors="replace")

    def json(self):
        """The body parsed as JSON."""
        return json.loads(self.body)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def api(method: str, url: str, token: str | None, body=None, timeout: float = 30) -> Response:
    """One request with ``Authorization: token …``; JSON body in, raw response out."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    if token:
        request.add_header("Authorization", f"token {token}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with _OPENER.open(request, timeout=timeout) as reply:
            return Response(reply.status, _lower(reply.headers), reply.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, _lower(error.headers), error.read())


class Browser:
    """A person at a browser: keeps the hub's cookies, does not follow redirects."""

    def __init__(self) -> None:
        import http.cookiejar

        self.cookies = http.cookiejar.CookieJar()
        self._opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), _NoRedirect)

    def get(self, url: str, timeout: float = 30) -> Response:
        """GET a page with the cookies so far."""
        return self._send(urllib.request.Request(url), timeout)

    def log_in(self, hub_url: str, username: str, password: str) -> Response:
        """Fill the hub's login form; a 302 away from /hub/login means logged in."""
        self.get(f"{hub_url}/hub/login")
        xsrf = next((c.value for c in self.cookies if c.name == "_xsrf"), "")
        form = urlencode({"username": username, "password": password, "_xsrf": xsrf})
        request = urllib.request.Request(f"{hub_url}/hub/login?next=", data=form.encode(),
                                         method="POST")
        return self._send(request, 30)

    def _send(self, request, timeout: float) -> Response:
        try:
            with self._opener.open(request, timeout=timeout) as reply:
                return Response(reply.status, _lower(reply.headers), reply.read())
        except urllib.error.HTTPError as error:
            return Response(error.code, _lower(error.headers), error.read())


def _lower(headers) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


def wait_for(condition: Callable[[], bool], timeout: float, what: str, every: float = 0.2):
    """Poll ``condition`` until it is true; raise HubError naming ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(every)
    raise HubError(f"waited {timeout:.0f} s for {what}")


def create_user(hub, name: str) -> None:
    """Create a hub user through the REST API (as the facilitator service)."""
    reply = hub.api("POST", f"/users/{name}")
    if reply.status != 201:
        raise HubError(f"creating user {name!r} answered {reply.status}: {reply.text}")


def user_token(hub, name: str) -> str:
    """A new API token owned by the user, with the user's own permissions only."""
    reply = hub.api("POST", f"/users/{name}/tokens", {"note": "followkit hub test"})
    if reply.status != 201:
        raise HubError(f"a token for {name!r} answered {reply.status}: {reply.text}")
    return reply.json()["token"]


def request_server(hub, name: str) -> None:
    """Ask the hub to start the user's default server (returns while it starts)."""
    reply = hub.api("POST", f"/users/{name}/server")
    if reply.status not in (201, 202):
        raise HubError(f"starting {name!r}'s server answered {reply.status}: {reply.text}")


def server_model(hub, name: str) -> dict | None:
    """The hub's record of the user's default server, or None when it is not running."""
    return hub.api("GET", f"/users/{name}").json().get("servers", {}).get("")


def wait_server_ready(hub, name: str, timeout: float = 90) -> dict:
    """Block until the hub says the user's server is ready; return its record."""
    wait_for(lambda: (server_model(hub, name) or {}).get("ready", False), timeout,
             f"{name}'s server to be ready (hub log: {hub.log})")
    return server_model(hub, name)


def wait_server_gone(hub, name: str, timeout: float = 30) -> None:
    """Block until the hub no longer lists a running server for the user."""
    wait_for(lambda: server_model(hub, name) is None, timeout,
             f"the hub to notice {name}'s server stopped")


def server_url(hub, name: str) -> str:
    """The user's server behind the hub's proxy (``/user/<name>``)."""
    return f"{hub.url}/user/{name}"
