"""From a CSV file on disk to a frame of text cells: encoding, delimiter and header.

Spreadsheets write UTF-8 with or without a byte-order mark, UTF-16 ("Unicode text"), or a
legacy code page such as Windows-1252 when "CSV" is chosen instead of "CSV UTF-8". The first
two are read; a legacy code page is refused with the encoding named and the line shown, so
names are never garbled. The delimiter (comma, semicolon or tab) is taken from the header.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from followkit.errors import LogError
from followkit.log._schema import LOG_COLUMNS

__all__ = ["normalise_header", "read_text_frame"]

_SNIFF_BYTES = 64 * 1024
_DELIMITERS = (",", ";", "\t")
_MANGLED = re.compile(r"^(.*)\.\d+$")


def normalise_header(name: str) -> str:
    """A schema column name as people type it ("Follow-up ID ", "Sent At") in its real form.

    Names that are not schema columns are only stripped, and kept as they are.
    """
    words = name.strip().lower().split()
    for key in ("_".join(words).replace("-", "_"), "_".join(words).replace("-", "")):
        if key in LOG_COLUMNS:
            return key
    return name.strip()


def _encoding(head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8-sig"


def _not_utf8(path: Path, data: bytes, error: UnicodeDecodeError) -> LogError:
    """A LogError naming the line with the first byte that is not UTF-8, and the likely code."""
    line = data.count(b"\n", 0, error.start) + 1
    start = data.rfind(b"\n", 0, error.start) + 1
    end = data.find(b"\n", error.start)
    text = data[start: end if end >= 0 else len(data)].rstrip(b"\r")
    shown = text.decode("cp1252", errors="replace")[:80]
    return LogError(
        f"the file is not UTF-8: byte 0x{data[error.start]:02X} on line {line} is not valid "
        f"UTF-8. It looks like Windows-1252 (Latin-1), which spreadsheets write for plain "
        f"\"CSV\"; read that way, line {line} says {shown!r}. Save the file again as "
        "\"CSV UTF-8\" and read it again.",
        path=path, row=line)


def _delimiter(header: str) -> str:
    """The delimiter the header line uses most (outside quotes); a comma when there is none."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_text_frame(path):
    """``(frame, delimiter)``: every cell as text (empty = missing), header names normalised."""
    import pandas as pd

    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except FileNotFoundError:
        raise LogError("there is no such file; check the path, or start a log with "
                       "append_followups.", path=path) from None
    except OSError as exc:
        raise LogError(f"the file cannot be read ({exc.strerror}).", path=path) from None
    encoding = _encoding(head)
    header = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head)
    header = header.lstrip("\ufeff").splitlines()[0] if header.strip("\ufeff \r\n\t") else ""
    if not header.strip():
        raise LogError("the file is empty; a follow-up log starts with a header row: "
                       f"{','.join(LOG_COLUMNS)}.", path=path)
    delimiter = _delimiter(header)
    try:
        raw = pd.read_csv(path, sep=delimiter, encoding=encoding, dtype="str",
                          keep_default_na=False, na_values=[""], skip_blank_lines=False)
    except UnicodeDecodeError as exc:
        raise _not_utf8(path, path.read_bytes(), exc) from None
    except pd.errors.ParserError as exc:
        found = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
        if found:
            want, line, got = (int(n) for n in found.groups())
            raise LogError(f"this row has {got} {delimiter!r}-separated cells but the header "
                           f"names {want}; remove the extra cells or name the extra columns.",
                           path=path, row=line) from None
        detail = " ".join(str(exc).split())
        raise LogError(f"the file is not a CSV table followkit can read ({detail}).",
                       path=path) from None
    if not isinstance(raw.index, pd.RangeIndex):  # pandas took surplus cells as an index
        raise LogError(f"row 2 has more {delimiter!r}-separated cells than the header has "
                       "names; remove the extra cells or name the extra columns.",
                       path=path, row=2)
    return _tidy_header(raw, path), delimiter


def _tidy_header(raw, path):
    """Normalise header names, drop empty unnamed columns, refuse a column named twice."""
    names = [normalise_header(str(c)) for c in raw.columns]
    seen: dict[str, int] = {}
    for position, name in enumerate(names):
        repeated = _MANGLED.match(name)
        if repeated and normalise_header(repeated[1]) in LOG_COLUMNS:
            name = normalise_header(repeated[1])  # pandas renamed a repeated "channel" "channel.1"
        if name in seen:
            raise LogError(f"the header names {name!r} twice (columns {seen[name] + 1} and "
                           f"{position + 1}); keep one.", path=path, row=1, column=name)
        seen[name] = position
    raw = raw.set_axis(names, axis=1)
    empty_unnamed = [c for c in raw.columns
                     if str(c).startswith("Unnamed: ") and raw[c].isna().all()]
    return raw.drop(columns=empty_unnamed)
