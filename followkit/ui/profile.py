"""Your own details (name, email, phone, link), remembered between runs in a small JSON file.

The file (``data/profile.json`` by default) is git-ignored: it holds personal data. It is
written atomically, so a crash never leaves half a profile; a damaged file is reported and
ignored, never fatal.
"""

from __future__ import annotations

import json
from pathlib import Path

from followkit.exports import write_export

__all__ = ["PROFILE_FIELDS", "load_profile", "save_profile"]

#: The candidate fields the profile keeps.
PROFILE_FIELDS = ("name", "email", "phone", "portfolio_url")


def load_profile(path: str | Path) -> tuple[dict[str, str], str | None]:
    """``(fields, problem)``: the saved fields (empty when there is no file) and what was wrong.

    ``problem`` is None when the file is fine or absent; else a sentence naming the file.
    """
    path = Path(path)
    empty = dict.fromkeys(PROFILE_FIELDS, "")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return empty, None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return empty, f"Could not read your saved details from {path} ({exc}); starting empty."
    if not isinstance(data, dict):
        return empty, f"{path} does not hold your details as {{\"name\": ...}}; starting empty."
    return {key: str(data.get(key) or "") for key in PROFILE_FIELDS}, None


def save_profile(path: str | Path, fields: dict[str, str]) -> Path:
    """Write the profile fields (only those in :data:`PROFILE_FIELDS`) atomically."""
    path = Path(path)
    data = {key: str(fields.get(key) or "") for key in PROFILE_FIELDS}
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return write_export(path.parent, path.name, text)
