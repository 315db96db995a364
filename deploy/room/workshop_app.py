"""Serve the workshop to a room from this machine (``make workshop-app``).

Makes an empty drop folder for this session, prints the full link with its token, writes a QR
code PNG for the projector and the printable handout and answer key, then runs Voilà until
Ctrl-C. Participants' files land in the drop folder; the facilitator notebook reads it.

    python deploy/room/workshop_app.py                   # this machine only (127.0.0.1)
    ROOM_HOST=0.0.0.0 python deploy/room/workshop_app.py # the room's network: say so explicitly
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from followkit.workshop import load_lesson
from followkit.workshop._room import prepare_room, voila_command

REPO = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    """Prepare the room, print the link, serve until interrupted; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=os.environ.get("ROOM_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("ROOM_PORT", "8866")))
    parser.add_argument("--exports", type=Path, default=REPO / "exports")
    parser.add_argument("--dry-run", action="store_true", help="prepare and print, don't serve")
    args = parser.parse_args(argv)
    room = prepare_room(args.exports, load_lesson(REPO / "data" / "workshop"), host=args.host,
                        port=args.port, when=datetime.now().astimezone())
    print(f"Room link (share it, or show the QR code): {room.link}")
    print(f"QR code for the projector: {room.qr}")
    print(f"Handout and answer key to print: {room.print_folder}")
    print(f"Participants' files arrive in: {room.drop_folder}")
    print(f"Facilitator: open notebooks/facilitator.ipynb with FOLLOWKIT_WORKSHOP_DROP="
          f"{room.drop_folder} (or set cohort_folder to it).")
    if args.host == "127.0.0.1":
        print("Serving on this machine only; for a room, run with ROOM_HOST=0.0.0.0.")
    sys.stdout.flush()
    if args.dry_run:
        return 0
    voila = shutil.which("voila", path=str(Path(sys.executable).parent)) or "voila"
    # No participant may export the machine owner's log: FOLLOWKIT_LOG set but empty.
    env = dict(os.environ, FOLLOWKIT_LOG="", FOLLOWKIT_WORKSHOP_DROP=str(room.drop_folder))
    process = subprocess.Popen(voila_command(voila, REPO / "notebooks" / "workshop.ipynb", room),
                               env=env, cwd=REPO)
    # Stopping this script stops Voilà (and with it every participant's kernel).
    signal.signal(signal.SIGTERM, lambda *_: process.terminate())
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        return process.wait()


if __name__ == "__main__":
    sys.exit(main())
