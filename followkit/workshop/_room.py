"""Serving the workshop to a room from one machine: the Voilà command, its link, a QR code.

:func:`prepare_room` makes an empty drop folder for this session (rehearsal exports stay out
of it), a token, the link with that token, a QR code PNG for the projector, and the printable
handout and answer key; :func:`voila_command` is the command that serves the workshop notebook
as an app, with kernels of closed pages culled within minutes.
"""

from __future__ import annotations

import secrets
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

__all__ = ["CULL", "Room", "lan_address", "prepare_room", "qr_png", "room_link",
           "voila_command"]

#: Kernel culling for a room: a kernel whose page was closed (no connection) and idle this
#: long is shut down; checked every ``cull_interval`` seconds. Open pages are never culled.
CULL = {"cull_interval": 30, "cull_idle_timeout": 120, "cull_connected": False}


@dataclass(frozen=True)
class Room:
    """One workshop session served from this machine."""

    host: str
    port: int
    token: str
    link: str
    drop_folder: Path
    print_folder: Path
    qr: Path


def lan_address() -> str:
    """The machine's address on the local network (no packet is sent), else its hostname."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        return probe.getsockname()[0]
    except OSError:
        return socket.gethostname()
    finally:
        probe.close()


def room_link(host: str, port: int, token: str) -> str:
    """The full link participants open: the address they can reach, with the token."""
    shown = lan_address() if host in ("0.0.0.0", "") else host
    return f"http://{shown}:{port}/?token={token}"


def qr_png(link: str, path: str | Path, scale: int = 10) -> Path:
    """The link as a QR code PNG, big enough to scan from the back of a room."""
    import segno

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    segno.make(link, error="m").save(str(path), scale=scale, border=4)
    return path


def prepare_room(root: str | Path, lesson, *, host: str = "127.0.0.1", port: int = 8866,
                 token: str | None = None, when: datetime) -> Room:
    """Make this session's empty drop folder, the link, the QR code and the printouts.

    ``root`` is the exports folder; the drop folder is ``root/room-YYYYmmdd-HHMM`` (a new one per
    session, so rehearsal files never mix in) and the printouts go to its ``print`` sibling.
    """
    from followkit.workshop._handouts import answer_key_html, handout_html, write_page

    root = Path(root)
    stamp = f"room-{when:%Y%m%d-%H%M}"
    drop, prints = root / stamp, root / f"{stamp}-print"
    drop.mkdir(parents=True, exist_ok=True)
    token = token or secrets.token_hex(8)
    link = room_link(host, port, token)
    qr = qr_png(link, prints / "room-link-qr.png")
    write_page(prints / "handout.html", handout_html(lesson, link, qr.read_bytes()))
    write_page(prints / "answer-key.html", answer_key_html(lesson))
    return Room(host, port, token, link, drop, prints, qr)


def voila_command(voila: str, notebook: str | Path, room: Room) -> list[str]:
    """The Voilà command serving ``notebook`` to ``room`` (see :data:`CULL`)."""
    cull = [f"--MappingKernelManager.{key}={value}" for key, value in CULL.items()]
    return [voila, str(notebook), "--no-browser", f"--Voila.ip={room.host}",
            f"--port={room.port}", "--Voila.port_retries=0", f"--token={room.token}", *cull]
