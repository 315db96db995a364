"""A log kept in a spreadsheet (.xlsx, .xlsm, .xls, .ods), read directly with python-calamine.

The first visible sheet is the log: its first row that is not empty is the header, and every
cell becomes the text a CSV would hold (a date cell its ISO 8601 time, a whole number without
``.0``), so the same validation, row numbers and column names apply as for a CSV. The sheet's
size is checked before its cells are loaded.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from followkit.errors import LogError
from followkit.log._cells import refuse_mojibake, unescape_cells

__all__ = ["MAX_SHEET_ROWS", "SPREADSHEET_SUFFIXES", "read_sheet_frame"]

#: File endings read as spreadsheets rather than CSV.
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
#: The most rows a spreadsheet log may have (Excel's own limit is 1,048,576).
MAX_SHEET_ROWS = 2_000_000


def _text(value) -> str | None:
    """A cell as the text a CSV would hold; ``None`` when the cell is empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _first_visible_sheet(book):
    from python_calamine import SheetVisibleEnum

    for index, meta in enumerate(book.sheets_metadata):
        if meta.visible == SheetVisibleEnum.Visible:
            return book.get_sheet_by_index(index)
    return book.get_sheet_by_index(0)


def read_sheet_frame(path, max_columns: int):
    """``(frame, first_row)`` from the first visible sheet, cells as text like a CSV's."""
    import pandas as pd
    import python_calamine

    from followkit.log._dialects import _tidy_header

    path = Path(path)
    if not path.is_file():
        raise LogError("there is no such file; check the path.", path=path)
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        sheet = _first_visible_sheet(book)
    except Exception as exc:  # calamine raises its own errors, ZipError, XmlError, OSError
        raise LogError(f"the spreadsheet cannot be opened ({type(exc).__name__}: {exc}); save "
                       "it again from the spreadsheet program, or as CSV UTF-8.",
                       path=path) from None
    if sheet.total_width > max_columns:
        raise LogError(f"the sheet {sheet.name!r} is {sheet.total_width} columns wide; followkit "
                       f"reads at most {max_columns} columns. Delete the unused columns.",
                       path=path)
    if sheet.total_height > MAX_SHEET_ROWS:
        raise LogError(f"the sheet {sheet.name!r} has {sheet.total_height:,} rows; followkit "
                       f"reads at most {MAX_SHEET_ROWS:,}.", path=path)
    try:
        rows = sheet.to_python(skip_empty_area=False)
    except Exception as exc:
        raise LogError(f"the sheet {sheet.name!r} cannot be read ({exc}).", path=path) from None
    cells = [[_text(v) for v in row] for row in rows]
    top = next((i for i, row in enumerate(cells) if any(v is not None for v in row)), None)
    if top is None:
        raise LogError(f"the sheet {sheet.name!r} is empty; a follow-up log starts with a "
                       "header row.", path=path)
    width = len(cells[top])
    names = [v if v is not None else f"Unnamed: {i}" for i, v in enumerate(cells[top])]
    body = cells[top + 1:]
    columns = {i: pd.Series([row[i] if i < len(row) else None for row in body], dtype="str")
               for i in range(width)}
    raw = pd.DataFrame(columns, index=pd.RangeIndex(len(body)))
    raw = _tidy_header(raw.set_axis(names, axis=1), path)
    raw = unescape_cells(raw)
    refuse_mojibake(raw, path, top + 2)
    return raw, top + 2
