"""The follow-up log's columns, and turning raw text cells into a typed, validated frame.

:func:`typed_log` is the one gate every row passes, whether read from a file or appended:
text columns get dtype ``str``, the channel-like columns become categoricals, times become
timezone-aware datetimes, and the first problem raises :class:`~followkit.errors.LogError`
naming the file, the row as a spreadsheet numbers it (header = row 1), the column, the bad
value and what is expected. pandas is imported inside the functions that need it.
"""

from __future__ import annotations

import re

from followkit.errors import LogError
from followkit.model import CHANNELS, OUTCOMES, ROLES

__all__ = [
    "LOG_COLUMNS",
    "OUTCOMES",
    "REQUIRED_COLUMNS",
    "ROLES",
    "TIME_COLUMNS",
    "typed_log",
]

#: Every column of the log, in the order followkit writes them (docs/architecture.md).
LOG_COLUMNS = (
    "followup_id", "interview_id", "company", "position", "interview_end", "interviewer",
    "interviewer_role", "channel", "agreed_channel", "sent_at", "response_at", "outcome",
    "notes",
)
#: The columns every row must fill in.
REQUIRED_COLUMNS = (
    "followup_id", "interview_id", "company", "position", "interview_end", "interviewer",
    "channel",
)
#: Columns holding a time; written ISO 8601 with the UTC offset.
TIME_COLUMNS = ("interview_end", "sent_at", "response_at")

_CATEGORIES = {
    "channel": (CHANNELS, lambda v: "".join(v.lower().replace("-", "").split())),
    "agreed_channel": (CHANNELS, lambda v: "".join(v.lower().replace("-", "").split())),
    "interviewer_role": (ROLES, lambda v: " ".join(v.lower().replace("_", " ").split())),
    "outcome": (OUTCOMES, lambda v: "_".join(v.lower().split())),
}
_OPTIONAL = tuple(c for c in LOG_COLUMNS if c not in REQUIRED_COLUMNS)
_OFFSET = re.compile(r"(?:Z|[+-]\d\d:?\d\d)$", re.IGNORECASE)
_EXAMPLE_TIME = "2026-11-19T15:30:00-06:00"


def _fail(mask, column: str, path, first_row: int, describe) -> None:
    """Raise LogError for the first row where boolean Series ``mask`` is true, if any."""
    if not mask.any():
        return
    rows = mask.index[mask.to_numpy()]
    more = len(rows) - 1
    tail = f" ({more} more row{'s' if more != 1 else ''} like it.)" if more else ""
    raise LogError(describe(rows[0]) + tail, path=path, row=int(rows[0]) + first_row,
                   column=column)


def _categorical(raw, column: str, path, first_row: int):
    """``raw`` text as a categorical of the allowed values, case and spaces forgiven."""
    import numpy as np
    import pandas as pd

    allowed, normalise = _CATEGORIES[column]
    codes, uniques = pd.factorize(raw)
    names = [normalise(str(value)) for value in uniques]
    unknown = [i for i, name in enumerate(names) if name and name not in allowed]
    if unknown:
        bad = pd.Series(np.isin(codes, unknown), index=raw.index)
        _fail(bad, column, path, first_row, lambda i: (
            f"{raw[i]!r} is not a {column} followkit knows; "
            f"use one of {', '.join(allowed)}."))
    lookup = np.array([allowed.index(name) if name else -1 for name in names] + [-1],
                      dtype=np.int8)
    return pd.Series(pd.Categorical.from_codes(lookup[codes], categories=list(allowed)),
                     index=raw.index, name=column)


def _has_offset(values, chunk: int = 200_000):
    """Per string, whether it ends in a UTC offset (``Z``, ``±HH:MM`` or ``±HHMM``).

    Vectorised over fixed-width code points (``_OFFSET``'s pattern, without a Python call per
    cell), in chunks so the copy stays small.
    """
    import numpy as np

    out = np.zeros(len(values), dtype=bool)
    for start in range(0, len(values), chunk):
        part = values[start: start + chunk].astype("U")
        if part.dtype.itemsize == 0 or not len(part):
            continue
        code = part.view(np.uint32).reshape(len(part), -1)
        length = np.char.str_len(part)[:, None]
        back = np.arange(6, 0, -1)  # columns: the 6th-last ... the last character
        tail = np.where(length >= back, np.take_along_axis(
            code, np.maximum(length - back, 0), axis=1), 0)
        is_sign = (tail == 43) | (tail == 45)
        is_digit = (tail >= 48) & (tail <= 57)
        colon_form = is_sign[:, 0] & is_digit[:, [1, 2, 4, 5]].all(axis=1) & (tail[:, 3] == 58)
        plain_form = is_sign[:, 1] & is_digit[:, 2:].all(axis=1)
        zulu = (tail[:, 5] == 90) | (tail[:, 5] == 122)
        out[start: start + len(part)] = zulu | colon_form | plain_form
    return out


def _naive_times(text, column: str, path, first_row: int):
    """Parse times that carry no offset we recognise; one that does after all is an error."""
    import pandas as pd

    try:
        parsed = pd.to_datetime(text, format="ISO8601", errors="coerce")
        aware = isinstance(parsed.dtype, pd.DatetimeTZDtype)
    except ValueError:  # pandas refuses a mix of offsets
        aware = True
    if aware:
        _fail(pd.Series(True, index=text.index), column, path, first_row, lambda i: (
            f"{text[i]!r} has a UTC offset followkit cannot read; write it as ±HH:MM, "
            f"e.g. {_EXAMPLE_TIME}."))
    return parsed


def _times(raw, column: str, tz, path, first_row: int, notes: list[str]):
    """``raw`` ISO 8601 text (or datetimes) as aware datetimes in ``tz``; naive ones taken in it."""
    import pandas as pd

    if isinstance(raw.dtype, pd.DatetimeTZDtype):
        return raw.dt.tz_convert(tz).dt.as_unit("us")
    if pd.api.types.is_datetime64_dtype(raw.dtype):
        raw = raw.astype("str").where(raw.notna())
    elif raw.dtype == object:
        raw = raw.map(lambda v: v.isoformat() if hasattr(v, "isoformat") else v)
    filled = raw.notna()
    text = raw if raw.dtype == "str" else raw.astype("str").where(filled)
    parsed = pd.to_datetime(text, format="ISO8601", utc=True, errors="coerce")
    naive = pd.Series(~_has_offset(text.to_numpy(dtype=object, na_value="")),
                      index=raw.index) & filled
    if naive.any():
        local = _naive_times(text[naive], column, path, first_row)
        local = local.dt.tz_localize(tz, ambiguous="NaT", nonexistent="NaT")
        parsed = parsed.where(~naive, local.dt.tz_convert("UTC"))
        notes.append(f"{int(naive.sum())} time(s) in {column!r} have no UTC offset; "
                     f"they were taken in {tz}.")
    _fail(filled & parsed.isna(), column, path, first_row, lambda i: (
        f"{text[i]!r} is not a time followkit can read (or does not exist in {tz}); "
        f"expected ISO 8601 with the UTC offset, e.g. {_EXAMPLE_TIME}."))
    return parsed.dt.tz_convert(tz).dt.as_unit("us")


def typed_log(raw, *, path, tz, first_row: int = 2, blank_cells: bool = True):
    """Validate ``raw`` (header-normalised text cells) and return ``(frame, notes)``.

    ``first_row`` is the spreadsheet row of ``raw``'s first row (the header is row 1), so
    errors name the row a person sees. ``notes`` says what was assumed (naive times).
    ``blank_cells=False`` promises no cell is ``""`` (read_csv already made them missing).
    """
    import pandas as pd

    missing = [c for c in REQUIRED_COLUMNS if c not in raw.columns]
    if missing:
        raise LogError(
            f"the header has no {missing[0]!r} column; a follow-up log needs the columns "
            f"{', '.join(REQUIRED_COLUMNS)} (and may have {', '.join(_OPTIONAL)}).",
            path=path, row=1, column=missing[0])
    raw = raw.copy()
    for column in LOG_COLUMNS:
        if column not in raw.columns:
            raw[column] = pd.Series(pd.NA, index=raw.index, dtype="str")
    if raw["followup_id"].isna().any():
        blank = raw[list(LOG_COLUMNS)].isna().all(axis=1)
        raw = raw[~blank.to_numpy()]
    for column in REQUIRED_COLUMNS:
        cells = raw[column]
        empty = cells.isna()
        if blank_cells and column not in TIME_COLUMNS:
            empty = empty | (cells == "")
        _fail(empty, column, path, first_row, lambda _i, c=column: (
            f"is empty; every follow-up needs its {c.replace('_', ' ')}."))
    notes: list[str] = []
    out = {}
    for column in raw.columns:
        if column in _CATEGORIES:
            out[column] = _categorical(raw[column], column, path, first_row)
        elif column in TIME_COLUMNS:
            out[column] = _times(raw[column], column, tz, path, first_row, notes)
        else:
            cells = raw[column]
            out[column] = cells if cells.dtype == "str" else cells.astype("str").where(
                cells.notna())
    frame = pd.DataFrame(out, index=raw.index)
    end, sent = frame["interview_end"], frame["sent_at"]
    _fail(sent < end, "sent_at", path, first_row, lambda i: (
        f"{sent[i].isoformat()} is before the interview ended ({end[i].isoformat()}); "
        "a follow-up is sent after the interview, so check the date and the UTC offset."))
    ids = frame["followup_id"]
    twice = ids.duplicated()
    _fail(twice, "followup_id", path, first_row, lambda i: (
        f"{ids[i]!r} is used again (first at row "
        f"{int(ids.index[(ids == ids[i]).to_numpy()][0]) + first_row}); "
        "every follow-up needs its own followup_id."))
    extra = [c for c in frame.columns if c not in LOG_COLUMNS]
    return frame[list(LOG_COLUMNS) + extra].reset_index(drop=True), notes
