"""Names safe in a file name or an id, made from what a person typed."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["slug"]


def slug(text: str) -> str:
    """``"Harlow & Pike LLP"`` -> ``"harlow-pike-llp"``: ASCII, lower case, safe in a file name."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "letter"
