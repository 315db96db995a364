"""Write a file so that a crash never leaves it half-written: temp file, fsync, rename.

The temp file sits in the target's own folder (a rename is only atomic within one file
system); on any error it is removed and the old file stays as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

__all__ = ["atomic_open", "write_atomic"]


@contextmanager
def atomic_open(path: str | Path, mode: str = "wb", **open_kwargs) -> Iterator[IO]:
    """Open a temp file beside ``path`` for writing; on a clean exit it replaces ``path``.

    The data is flushed and fsynced before the rename, an existing file's permissions are
    kept, and the folder is fsynced after it so the rename itself survives a power cut.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, **open_kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_folder(folder)


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Write ``data`` (text is encoded as UTF-8) to ``path`` atomically; return the path."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_open(path, "wb") as handle:
        handle.write(payload)
    return Path(path)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
