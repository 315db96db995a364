"""What an action reports back to its screen, and the one way every screen shows it.

Every button's work is a function that returns a :class:`~followkit.model.Status` (ok,
warning or error, a sentence of plain text, maybe a :class:`~followkit.model.Link`); the
view puts :func:`status_html` of it in its status line. Nothing else writes status HTML.
"""

from __future__ import annotations

import base64
from pathlib import Path

from followkit.model import Link, Status
from followkit.ui.fields import escaped

__all__ = ["MAX_LINK_BYTES", "Link", "Status", "file_link", "saved", "shown_path",
           "status_html"]

_CSS = {"ok": "fk-note", "warning": "fk-note fk-warning-note", "error": "fk-error-note"}
_MARK = {"ok": "✔", "warning": "⚠", "error": "⛔"}
_MIME = {".eml": "message/rfc822", ".ics": "text/calendar", ".html": "text/html",
         ".csv": "text/csv", ".png": "image/png", ".json": "application/json"}
#: Files larger than this get no download link (the page would carry them whole).
MAX_LINK_BYTES = 5_000_000


def status_html(status: Status | None, css: str = "") -> str:
    """``status`` as one escaped line, marked by its level; ``""`` for None or no text.

    ``css`` adds a class a screen styles or a test finds (``fk-room-status``). The line is a
    polite live region (role=status), so a screen reader reads it when it changes.
    """
    if status is None or not (status.text or status.link):
        return ""
    return (f'<div class="{_classes(status.level, css)}" role="status">'
            f"{_MARK[status.level]} {escaped(status.text)}{_anchor(status.link)}</div>")


def _classes(level: str, css: str) -> str:
    return " ".join(c for c in ("fk-status", f"fk-status-{level}", _CSS[level], css) if c)


def _anchor(link: Link | None) -> str:
    """`` <a …>label</a>``: a download (``download=`` the file name) or a page to open."""
    if link is None:
        return ""
    if link.download:
        return (f' <a class="fk-download" download="{escaped(link.download)}" '
                f'href="{escaped(link.href)}">{escaped(link.label)}</a>')
    return (f' <a class="fk-link" href="{escaped(link.href)}" target="_blank" '
            f'rel="noopener">{escaped(link.label)}</a>')


def file_link(path: str | Path, data: bytes | str, label: str = "Download it") -> Link | None:
    """A link that downloads ``data`` as ``path``'s file name, wherever the page is shown.

    The file travels inside the link (a ``data:`` URL), so it works in JupyterLab, in Voilà,
    on JupyterHub and on a remote machine alike: no server path, no file handler needed.
    None for a file over :data:`MAX_LINK_BYTES`.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if len(payload) > MAX_LINK_BYTES:
        return None
    name = Path(path).name
    mime = _MIME.get(Path(name).suffix.lower(), "application/octet-stream")
    href = f"data:{mime};base64,{base64.b64encode(payload).decode('ascii')}"
    return Link(label, href, download=name)


def shown_path(path: str | Path) -> str:
    """``exports/x.eml`` when the file sits in a folder named exports; else the full path."""
    path = Path(path).resolve()
    return f"exports/{path.name}" if path.parent.name == "exports" else str(path)


def saved(text_before: str, path: Path, data: bytes | str, text_after: str = "",
          level: str = "ok") -> Status:
    """``Saved exports/x.eml: …`` with a link to download the file written."""
    return Status(level, f"{text_before} {shown_path(path)}{text_after}", file_link(path, data))
