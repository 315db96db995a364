"""File names and writing for exports: one name per interview and person, written atomically."""

from __future__ import annotations

from pathlib import Path

from followkit._atomic import write_atomic
from followkit._names import slug
from followkit.errors import ExportError
from followkit.model import Interview, Letter

__all__ = ["EXPORT_KINDS", "export_filename", "slug", "write_export"]

#: What a letter can be exported as, and the file suffix of each.
EXPORT_KINDS = {"eml": ".eml", "ics": ".ics", "card": ".html"}


def export_filename(letter: Letter, interview: Interview, kind: str) -> str:
    """``"2026-11-19-harlow-pike-llp-dana-rivera.eml"``: one name per interview and person."""
    if kind not in EXPORT_KINDS:
        raise ExportError(f"kind must be one of {', '.join(EXPORT_KINDS)} (got {kind!r}).")
    return (f"{interview.ended_at:%Y-%m-%d}-{slug(interview.company)}-"
            f"{slug(letter.interviewer.name)}{EXPORT_KINDS[kind]}")


def write_export(folder: str | Path, name: str, data: bytes | str) -> Path:
    """Write ``folder/name`` atomically (temp file, fsync, rename); return its path."""
    return write_atomic(Path(folder) / name, data)
