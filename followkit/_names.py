"""Names safe in a file name or an id, made from what a person typed.

:func:`slug` is the one place a name becomes part of a file name, a calendar UID or a log id.
Two different names never give the same slug, whatever their script:

- Latin names keep their readable form: ``"José Núñez"`` -> ``"jose-nunez"``. Names that
  differ only in case, spacing, punctuation or accents are taken to be the same name.
- Other scripts are transliterated with anyascii (ISC licence) and given a short hash of the
  name as typed, because a transliteration can stand for more than one name:
  ``"Иван Петров"`` -> ``"ivan-petrov-…"``, ``"山田 太郎"`` -> ``"shantian-tailang-…"``.
- A name longer than :data:`MAX_SLUG` characters is cut and hashed the same way, so a file
  name stays far below the 255 bytes a file system allows.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["MAX_SLUG", "slug"]

#: The longest readable part of a slug (the hash, when there is one, adds 7 characters).
MAX_SLUG = 40
_HASH_DIGITS = 6
_NOT_SAFE = re.compile(r"[^a-z0-9]+")


def _dashed(ascii_text: str) -> str:
    return _NOT_SAFE.sub("-", ascii_text.lower()).strip("-")


def _short_hash(text: str) -> str:
    """A few hex digits standing for the name as typed (case and spacing do not count)."""
    canonical = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:_HASH_DIGITS]


def slug(text: str) -> str:
    """``"Harlow & Pike LLP"`` -> ``"harlow-pike-llp"``: ASCII, lower case, safe in a file name.

    Never empty, at most ``MAX_SLUG + 7`` characters, and different for different names (see
    the module docstring).
    """
    from anyascii import anyascii

    latin = _dashed(unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode())
    readable = _dashed(anyascii(text))
    exact = readable == latin and readable != ""
    if len(readable) > MAX_SLUG:
        readable = readable[:MAX_SLUG].rstrip("-")
        exact = False
    if exact:
        return readable
    return f"{readable}-{_short_hash(text)}" if readable else f"name-{_short_hash(text)}"
