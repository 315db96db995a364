"""From a CSV file on disk to a frame of text cells: encoding, delimiter and header.

Spreadsheets write UTF-8 with or without a byte-order mark, UTF-16 ("Unicode text"), or a
legacy code page such as Windows-1252 when "CSV" is chosen instead of "CSV UTF-8". The first
two are read (UTF-16 also without its byte-order mark); a legacy code page is refused with the
encoding named and the line shown, and so is a file a spreadsheet garbled by opening UTF-8 as
Windows-1252 ("JosÃ©"), with the import setting to pick, so names are never garbled. The
delimiter (comma, semicolon or tab) is taken from the header, the first line that is not
blank. Every input is bounded before pandas sees it: the file's size, the header's length
and its number of columns.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import defaultdict
from pathlib import Path

from followkit.errors import LogError
from followkit.log._cells import (
    MOJIBAKE_BOM,
    OPEN_AS_UTF8,
    refuse_mojibake,
    scan_file,
    unescape_cells,
)
from followkit.log._schema import CATEGORY_COLUMNS, LOG_COLUMNS

__all__ = ["MAX_COLUMNS", "MAX_FILE_BYTES", "OPEN_AS_UTF8", "normalise_header",
           "read_text_frame"]

_SNIFF_BYTES = 64 * 1024
#: The most columns a log may have (a header line is also bounded by the first 64 KB).
MAX_COLUMNS = 200
#: The largest log file followkit reads (1,000,000 follow-ups take about 140 MB).
MAX_FILE_BYTES = 1_000_000_000
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
    """The file's encoding from its first bytes: UTF-16 with or without a BOM, else UTF-8."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    sample = head[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if len(sample) >= 4 and max(even, odd) > len(sample) // 4:  # ASCII text as 2-byte units
        return "utf-16-le" if odd > even else "utf-16-be"
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


def _header(path: Path, head: bytes, encoding: str, whole: bool) -> tuple[str, int]:
    """``(header line, blank lines above it)``; refuses an empty file or an unbounded header."""
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head)
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    blank = 0
    while blank < len(lines) and not lines[blank].strip():
        blank += 1
    if blank == len(lines):
        if whole:
            raise LogError("the file is empty; a follow-up log starts with a header row: "
                           f"{','.join(LOG_COLUMNS)}.", path=path)
        raise LogError(f"the first {_SNIFF_BYTES // 1024} KB of the file are blank lines; a "
                       "follow-up log starts with its header row near the top.", path=path)
    header = lines[blank]
    if not whole and blank == len(lines) - 1 and not header.endswith(("\n", "\r")):
        raise LogError(f"the header line (row {blank + 1}) is longer than "
                       f"{_SNIFF_BYTES // 1024} KB, the most followkit reads for a header; a "
                       f"log's header names its columns, e.g. {','.join(LOG_COLUMNS)}.",
                       path=path, row=blank + 1)
    header = header.rstrip("\r\n")
    if header.startswith(MOJIBAKE_BOM):
        raise LogError(f"the header starts with {MOJIBAKE_BOM!r}: the file was opened as "
                       "Western Europe (Windows-1252) instead of UTF-8 and saved again, so names "
                       f"such as 'José' now read 'JosÃ©'. {OPEN_AS_UTF8}",
                       path=path, row=blank + 1)
    return header, blank


def _header_names(header: str, delimiter: str, path: Path, row: int) -> list[str]:
    """The header's cell texts; refuses more than ``MAX_COLUMNS`` before pandas sees them."""
    if header.count(delimiter) >= MAX_COLUMNS:
        raise LogError(f"the header has {header.count(delimiter) + 1} {delimiter!r}-separated "
                       f"cells; followkit reads at most {MAX_COLUMNS} columns (a log needs "
                       f"{len(LOG_COLUMNS)}). Remove the empty or extra columns.",
                       path=path, row=row)
    return next(csv.reader([header], delimiter=delimiter))


def read_text_frame(path):
    """``(frame, delimiter, first_row)``: cells as text (empty = missing), header normalised.

    The channel-like columns come back as categoricals of their raw texts (fast, small);
    ``first_row`` is the spreadsheet row of the frame's first row (blank lines above the
    header count). A cell followkit protected from formula evaluation (see
    :func:`escape_cells`) comes back as typed.
    """
    import pandas as pd

    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except FileNotFoundError:
        raise LogError("there is no such file; check the path, or start a log with "
                       "append_followups.", path=path) from None
    except OSError as exc:
        raise LogError(f"the file cannot be read ({exc.strerror}).", path=path) from None
    if size > MAX_FILE_BYTES:
        raise LogError(f"the file is {size / 1e6:,.0f} MB; followkit reads logs of at most "
                       f"{MAX_FILE_BYTES / 1e6:,.0f} MB. Split it into one file per year.",
                       path=path)
    encoding = _encoding(head)
    header, blank = _header(path, head, encoding, whole=size <= len(head))
    delimiter = _delimiter(header)
    names = _header_names(header, delimiter, path, blank + 1)
    types = defaultdict(lambda: "str", {
        name: "category" for name in names if normalise_header(name) in CATEGORY_COLUMNS})
    quoted, garbled = scan_file(path, encoding)  # before the table is in memory: a lower peak
    try:
        raw = pd.read_csv(path, sep=delimiter, encoding=encoding, dtype=types,
                          keep_default_na=False, na_values=[""], skip_blank_lines=False,
                          skiprows=blank)
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
        raise LogError(f"row {blank + 2} has more {delimiter!r}-separated cells than the "
                       "header has names; remove the extra cells or name the extra columns.",
                       path=path, row=blank + 2)
    raw = _tidy_header(raw, path)
    if quoted:
        raw = unescape_cells(raw)
    if garbled:
        refuse_mojibake(raw, path, blank + 2)
    return raw, delimiter, blank + 2


def _tidy_header(raw, path):
    """Normalise header names, drop empty unnamed columns, refuse a column named twice."""
    names = [normalise_header(str(c)) for c in raw.columns]
    if names and names[0].startswith(MOJIBAKE_BOM):
        raise LogError(f"the header starts with {MOJIBAKE_BOM!r}: the file was opened as "
                       "Western Europe (Windows-1252) instead of UTF-8 and saved again, so "
                       f"names such as 'José' now read 'JosÃ©'. {OPEN_AS_UTF8}",
                       path=path, row=1)
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
