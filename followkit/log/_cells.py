"""Cells a spreadsheet must not run, and cells a spreadsheet garbled.

Formula injection (OWASP's CSV injection): a cell that starts with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return can be run as a formula by the spreadsheet that opens the log
(``=HYPERLINK("http://x")`` becomes a live link). :func:`escape_cells` writes such a cell with
a single quote in front, so spreadsheets show it as text; :func:`unescape_cells` takes that one
quote off again, so the cell reads back as typed. A cell that already starts with quotes
followed by one of those characters gets one more quote on write, so every text survives the
round trip exactly.

Mojibake: a UTF-8 log opened in a spreadsheet as Windows-1252 (LibreOffice's default CSV
import) and saved again reads "JosÃ©" for "José". :func:`refuse_mojibake` finds such cells
(ftfy judges them) and names the row, the column and the import setting that avoids it.

Both checks cost a whole-file byte scan (:func:`scan_file`), and a pass over the cells only
when the scan found a candidate.
"""

from __future__ import annotations

import re
from pathlib import Path

from followkit.errors import LogError

__all__ = [
    "MOJIBAKE_BOM",
    "OPEN_AS_UTF8",
    "escape_cells",
    "has_carriage_return",
    "refuse_mojibake",
    "scan_file",
    "unescape_cells",
]

#: What to tell a person whose spreadsheet read the UTF-8 log as a legacy code page.
OPEN_AS_UTF8 = ("Open the original CSV again and, in LibreOffice's Text Import dialog, set "
                "Character set: Unicode (UTF-8) (in Excel: Data > From Text/CSV, File origin: "
                "65001: Unicode (UTF-8)); then save it as CSV UTF-8 and read it again.")
#: The UTF-8 byte-order mark read as Windows-1252, as it heads a garbled header.
MOJIBAKE_BOM = "\u00ef\u00bb\u00bf"

_NEEDS_QUOTE = re.compile(r"'*[=+\-@\t\r]")     # written with one more quote in front
_QUOTED = re.compile(r"'+[=+\-@\t\r]")          # read with one quote taken off
# byte pairs that start a protected cell; "Â", "Ã", "â" (UTF-8 read as Windows-1252, saved)
_QUOTED_BYTES = (ord("'"), b"=+-@\t\r")
_GARBLED_BYTES = (0xC3, b"\x82\x83\xa2")
_SUSPECT_TEXT = re.compile("[\u00c2\u00c3\u00e2]")
_CHUNK = 8 * 1024 * 1024


def scan_file(path: Path, encoding: str) -> tuple[bool, bool]:
    """``(may have protected cells, may have mojibake)`` from one pass over the raw bytes.

    Only a UTF-8 file is scanned (mapped into memory, not copied); any other encoding answers
    ``(True, True)`` (the cells are checked instead).
    """
    if not encoding.startswith("utf-8"):
        return True, True
    import mmap

    with path.open("rb") as handle:
        if not path.stat().st_size:
            return False, False
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return _has_pair(data, *_QUOTED_BYTES), _has_pair(data, *_GARBLED_BYTES)


def _has_pair(data, first: int, seconds: bytes) -> bool:
    """Whether byte ``first`` is ever followed by one of ``seconds`` in ``data`` (an mmap).

    One memchr-speed ``find`` answers when ``first`` never occurs (the usual case); else
    numpy looks at the byte after each occurrence, a chunk at a time.
    """
    import numpy as np

    if data.find(bytes([first])) < 0:
        return False
    wanted = np.frombuffer(seconds, dtype=np.uint8)
    array = np.frombuffer(data, dtype=np.uint8)
    for start in range(0, len(array) - 1, _CHUNK):
        part = array[start: start + _CHUNK + 1]
        after = np.flatnonzero(part[:-1] == first) + 1
        if np.isin(part[after], wanted).any():
            return True
    return False


def _text_columns(frame):
    """Names of the columns holding text (str or object), and of categoricals of text."""
    import pandas as pd

    text, categorical = [], []
    for name in frame.columns:
        dtype = frame[name].dtype
        if isinstance(dtype, pd.CategoricalDtype):
            categorical.append(name)
        elif pd.api.types.is_object_dtype(dtype) or isinstance(dtype, pd.StringDtype):
            text.append(name)
    return text, categorical


def _joined(cells) -> str | None:
    """A str column's filled cells, each after a unit separator (U+001F); else ``None``.

    One C-speed ``in`` on it then asks whether any cell starts with (or holds) a character.
    """
    import pandas as pd

    if not isinstance(cells.dtype, pd.StringDtype):
        return None
    return "\x1f" + "\x1f".join(cells.dropna().tolist())


def _map_text(frame, change, pattern: re.Pattern, starts: str):
    """``frame`` with ``change`` applied to each text cell ``pattern`` matches at the start.

    ``starts`` holds every character a match can start with: a column where no cell starts
    with one of them is passed over after one join.
    """
    import pandas as pd

    text, categorical = _text_columns(frame)
    out = {}
    for name in text:
        cells = frame[name]
        joined = _joined(cells)
        if joined is not None and not any(f"\x1f{c}" in joined for c in starts):
            continue
        hits = cells.map(lambda v: isinstance(v, str) and bool(pattern.match(v)))
        if hits.any():
            out[name] = cells.where(~hits, cells[hits].map(change))
    for name in categorical:
        cats = frame[name].cat.categories
        if any(isinstance(v, str) and pattern.match(v) for v in cats):
            fixed = [change(v) if isinstance(v, str) and pattern.match(v) else v for v in cats]
            if len(set(fixed)) == len(fixed):
                out[name] = frame[name].cat.rename_categories(fixed)
            else:
                plain = frame[name].astype(object)
                out[name] = plain.map(lambda v: change(v) if isinstance(v, str)
                                      and pattern.match(v) else v).astype(
                                          pd.CategoricalDtype())
    if not out:
        return frame
    frame = frame.copy(deep=False)
    for name, column in out.items():
        frame[name] = column
    return frame


def has_carriage_return(frame) -> bool:
    """Whether any text cell of ``frame`` holds a carriage return."""
    text, categorical = _text_columns(frame)

    def holds(cells) -> bool:
        joined = _joined(cells)
        if joined is not None:
            return "\r" in joined
        return bool(cells.map(lambda v: isinstance(v, str) and "\r" in v).any())

    return any(holds(frame[name]) for name in text) or any(
        "\r" in str(v) for name in categorical for v in frame[name].cat.categories)


def escape_cells(frame):
    """``frame`` with every text cell a spreadsheet would run as a formula quoted (``'=…``)."""
    return _map_text(frame, lambda v: "'" + v, _NEEDS_QUOTE, "'=+-@\t\r")


def unescape_cells(frame):
    """``frame`` with the one quote :func:`escape_cells` added taken off each such cell."""
    return _map_text(frame, lambda v: v[1:], _QUOTED, "'")


def refuse_mojibake(frame, path, first_row: int) -> None:
    """Raise LogError at the first cell that reads like UTF-8 garbled as Windows-1252."""
    import ftfy

    text, categorical = _text_columns(frame)
    for name in [*text, *categorical]:
        cells = frame[name]
        values = cells.cat.categories if name in categorical else cells.dropna().unique()
        bad = [v for v in values if isinstance(v, str) and _SUSPECT_TEXT.search(v)
               and ftfy.is_bad(v) and ftfy.fix_encoding(v) != v]
        if not bad:
            continue
        rows = cells.index[cells.isin(bad).to_numpy()]
        value = cells[rows[0]]
        raise LogError(f"{value!r} looks garbled: it reads {ftfy.fix_encoding(value)!r} once "
                       "UTF-8 is read as UTF-8. A spreadsheet opened the log as Western Europe "
                       f"(Windows-1252) and saved it again. {OPEN_AS_UTF8}",
                       path=path, row=int(rows[0]) + first_row, column=str(name))
