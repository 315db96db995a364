"""The follow-up log's columns, and turning raw text cells into a typed, validated frame.

:func:`typed_log` is the one gate every row passes, whether read from a file or appended:
text columns get dtype ``str``, the channel-like columns become categoricals, times become
timezone-aware datetimes, and the first problem raises :class:`~followkit.errors.LogError`
naming the file, the row as a spreadsheet numbers it (header = row 1), the column, the bad
value and what is expected. pandas is imported inside the functions that need it.
"""

from __future__ import annotations

import re

from followkit.errors import LogError, TimingError
from followkit.model import CHANNELS, OUTCOMES, ROLES
from followkit.timetext import ZONE_COLUMN
from followkit.timing import parse_zone

__all__ = [
    "CATEGORY_COLUMNS",
    "IDENTITY_COLUMNS",
    "LOG_COLUMNS",
    "OUTCOMES",
    "REQUIRED_COLUMNS",
    "ROLES",
    "TIME_COLUMNS",
    "split_rows",
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
#: Columns holding a time; read with any UTC offset, written ISO 8601 in UTC.
TIME_COLUMNS = ("interview_end", "sent_at", "response_at")

_CATEGORIES = {
    "channel": (CHANNELS, lambda v: "".join(v.lower().replace("-", "").split())),
    "agreed_channel": (CHANNELS, lambda v: "".join(v.lower().replace("-", "").split())),
    "interviewer_role": (ROLES, lambda v: " ".join(v.lower().replace("_", " ").split())),
    "outcome": (OUTCOMES, lambda v: "_".join(v.lower().split())),
}
#: The columns read as categoricals (a fixed vocabulary, case and spaces forgiven).
CATEGORY_COLUMNS = tuple(_CATEGORIES)
#: A row with none of these filled is not a follow-up (a note, a total, a heading).
IDENTITY_COLUMNS = ("followup_id", "interview_id", "company", "position", "interview_end",
                    "interviewer")
_OPTIONAL = tuple(c for c in LOG_COLUMNS if c not in REQUIRED_COLUMNS)
_OFFSET = re.compile(r"(?:Z|[+-]\d\d:?\d\d)$", re.IGNORECASE)
_TIME_OF_DAY = re.compile(r"\s*[+-]?\d{4,}-?\d\d-?\d\d[Tt ]\d\d")
_EXAMPLE_TIME = "2026-11-19T15:30:00-06:00"


def is_missing(cells):
    """``cells.isna()``, at half the cost for a str column read from a file.

    Such a column holds Python strings and the float NaN, and only NaN differs from itself.
    """
    import numpy as np
    import pandas as pd

    dtype = cells.dtype
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "python" and (
            dtype.na_value is np.nan):
        values = cells.to_numpy(dtype=object)
        return pd.Series(values != values, index=cells.index)
    return cells.isna()


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
    """``raw`` text as a categorical of the allowed values, case and spaces forgiven.

    A categorical of raw texts (as read_csv gives) is mapped through its categories only.
    """
    import numpy as np
    import pandas as pd

    allowed, normalise = _CATEGORIES[column]
    if isinstance(raw.dtype, pd.CategoricalDtype):
        codes, uniques = raw.cat.codes.to_numpy(), raw.cat.categories
    else:
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


def _shapes(values):
    """``(naive, timeless)`` boolean arrays over ``values`` (strings, all filled).

    Fast path: a valid ISO 8601 time has at most three colons, and exactly three only as
    ``HH:MM:SS±HH:MM``; so when the colons add up to three per cell, every cell has a time
    of day and an offset, found in one C-speed count. Otherwise each cell is looked at.
    """
    import numpy as np

    if "".join(values).count(":") == 3 * len(values):
        none = np.zeros(len(values), dtype=bool)
        return none, none
    naive = np.fromiter((not _OFFSET.search(v) for v in values), bool, len(values))
    timeless = np.fromiter((not _TIME_OF_DAY.match(v) for v in values), bool, len(values))
    return naive, timeless


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


def _localize(local, zones, tz):
    """Naive ``local`` times in each row's own zone (``zones``, IANA names), else in ``tz``."""
    named = zones.reindex(local.index).str.strip() if zones is not None else None
    out = local.dt.tz_localize(tz, ambiguous="NaT", nonexistent="NaT").dt.tz_convert("UTC")
    if named is None or not named.notna().any():
        return out
    for name in named.dropna().unique():
        if name:
            rows = (named == name).to_numpy()
            out[rows] = local[rows].dt.tz_localize(
                parse_zone(name), ambiguous="NaT", nonexistent="NaT").dt.tz_convert("UTC")
    return out


def _times(raw, column: str, tz, path, first_row: int, notes: list[str], nulls=None,
           zones=None):
    """``raw`` ISO 8601 text (or datetimes) as aware datetimes in ``tz``.

    A time with no UTC offset is taken in its row's own zone (``zones``: the checked
    ``time_zone`` cells, if the log has them), else in ``tz``; a note says so. A time must
    have a date and a time of day ("2026-03" or "2026-03-14" alone is refused). ``nulls`` is
    ``raw.isna()`` when the caller has it already.
    """
    import numpy as np
    import pandas as pd

    if isinstance(raw.dtype, pd.DatetimeTZDtype):
        return raw.dt.tz_convert(tz).dt.as_unit("us")
    if pd.api.types.is_datetime64_dtype(raw.dtype):
        raw = raw.astype("str").where(raw.notna())
    elif raw.dtype == object:
        raw = raw.map(lambda v: v.isoformat() if hasattr(v, "isoformat") else v)
    if raw.dtype == "str":
        text = raw
        filled = ~(nulls if nulls is not None else is_missing(raw)).to_numpy()
    else:
        text = raw.astype("str").where(raw.notna())
        filled = text.notna().to_numpy()
    values = text.to_numpy(dtype=object)[filled]
    parsed = pd.to_datetime(text, format="ISO8601", utc=True, errors="coerce")
    naive_filled, timeless_filled = _shapes(values)
    if timeless_filled.any():
        timeless = np.zeros(len(text), dtype=bool)
        timeless[filled] = timeless_filled
        timeless &= parsed.notna().to_numpy()  # what does not parse at all is said below
        _fail(pd.Series(timeless, index=text.index), column, path, first_row, lambda i: (
            f"{text[i]!r} has no time of day; expected the date and the time with the UTC "
            f"offset, e.g. {_EXAMPLE_TIME}."))
    if naive_filled.any():
        naive = np.zeros(len(text), dtype=bool)
        naive[filled] = naive_filled
        naive = pd.Series(naive, index=text.index)
        local = _localize(_naive_times(text[naive], column, path, first_row), zones, tz)
        parsed = parsed.where(~naive, local)
        own = zones is not None and bool(zones[naive].fillna("").str.strip().astype(bool).any())
        notes.append(f"{int(naive.sum())} time(s) in {column!r} have no UTC offset; they were "
                     + (f"taken in their interview's own zone ({ZONE_COLUMN}), else in {tz}."
                        if own else f"taken in {tz}."))
    unread = parsed.isna().to_numpy() & filled
    if unread.any():
        _fail(pd.Series(unread, index=text.index), column, path, first_row, lambda i: (
            f"{text[i]!r} is not a time followkit can read (or does not exist in {tz}); "
            f"expected ISO 8601 with the UTC offset, e.g. {_EXAMPLE_TIME}."))
    return parsed.dt.tz_convert(tz).dt.as_unit("us")


def _is_zone(name: str) -> bool:
    """Whether ``name`` (spaces forgiven) is an IANA zone name this machine knows."""
    from zoneinfo import ZoneInfo

    try:
        return isinstance(parse_zone(name), ZoneInfo)  # a fixed "UTC-06:00" is not a zone name
    except TimingError:
        return False


def _zone_names(cells, path, first_row: int) -> None:
    """Refuse a ``time_zone`` cell that is not an IANA zone name (empty is fine)."""
    names = cells.dropna().unique()
    bad = [name for name in names if str(name).strip() and not _is_zone(str(name))]
    if bad:
        _fail(cells.isin(bad), ZONE_COLUMN, path, first_row, lambda i: (
                  f"{cells[i]!r} is not a time zone followkit knows; write the interview's "
                  "zone as an IANA name such as America/Chicago or Europe/Berlin, or leave "
                  "the cell empty to read the row in the log's zone."))


def split_rows(raw):
    """``(follow-ups, kept)``: the rows that are follow-ups, and the rows that are not.

    A row with none of the identity columns filled (id, interview, company, position,
    interview end, interviewer) is not a follow-up: a blank line, a note typed in a spare
    cell, a total. ``kept`` lists each as ``(follow-ups above it, its index label, its
    filled cells as (column, text) pairs)``, so a rewrite can put it back where it was.
    """
    import numpy as np

    if "followup_id" not in raw.columns or not is_missing(raw["followup_id"]).any():
        return raw, ()
    present = [c for c in IDENTITY_COLUMNS if c in raw.columns]
    other = raw[present].isna().all(axis=1).to_numpy()
    if not other.any():
        return raw, ()
    above = np.cumsum(~other) - ~other
    kept = []
    for position in np.flatnonzero(other):
        label = raw.index[position]
        cells = tuple((str(c), str(v)) for c, v in raw.iloc[position].items() if v == v
                      and v is not None)
        kept.append((int(above[position]), label, cells))
    return raw[~other], tuple(kept)


def typed_log(raw, *, path, tz, first_row: int = 2, blank_cells: bool = True):
    """Validate ``raw`` (header-normalised text cells) and return ``(frame, notes)``.

    ``first_row`` is the spreadsheet row of ``raw``'s first row (the header is row 1), so
    errors name the row a person sees. ``notes`` says what was assumed (naive times).
    ``blank_cells=False`` promises no cell is ``""`` (read_csv already made them missing).
    Every check is a vectorised pass over a whole column; the row of a problem is looked up
    only once a column has failed.
    """
    import pandas as pd

    missing = [c for c in REQUIRED_COLUMNS if c not in raw.columns]
    if missing:
        raise LogError(
            f"the header has no {missing[0]!r} column; a follow-up log needs the columns "
            f"{', '.join(REQUIRED_COLUMNS)} (and may have {', '.join(_OPTIONAL)}).",
            path=path, row=1, column=missing[0])
    columns = {c: raw[c] for c in raw.columns}
    for column in LOG_COLUMNS:
        if column not in columns:
            columns[column] = pd.Series(pd.NA, index=raw.index, dtype="str")
    nulls = {"followup_id": is_missing(columns["followup_id"])}
    if nulls["followup_id"].any():
        blank = pd.DataFrame({c: columns[c] for c in LOG_COLUMNS}).isna().all(axis=1)
        if blank.any():
            columns = {c: v[~blank.to_numpy()] for c, v in columns.items()}
            nulls = {"followup_id": is_missing(columns["followup_id"])}
    for column in REQUIRED_COLUMNS:
        cells = columns[column]
        empty = nulls[column] if column in nulls else is_missing(cells)
        nulls[column] = empty
        if blank_cells and column not in TIME_COLUMNS:
            empty = empty | (cells == "")
        _fail(empty, column, path, first_row, lambda _i, c=column: (
            f"is empty; every follow-up needs its {c.replace('_', ' ')}."))
    notes: list[str] = []
    out = {}
    zones = columns.get(ZONE_COLUMN)
    if zones is not None:
        zones = zones if zones.dtype == "str" else zones.astype("str").where(zones.notna())
        _zone_names(zones, path, first_row)
    for column in [*LOG_COLUMNS, *(c for c in columns if c not in LOG_COLUMNS)]:
        cells = columns[column]
        if column in _CATEGORIES:
            out[column] = _categorical(cells, column, path, first_row)
        elif column in TIME_COLUMNS:
            out[column] = _times(cells, column, tz, path, first_row, notes,
                                 nulls.get(column), zones)
        elif column == ZONE_COLUMN:
            out[column] = zones
        else:
            out[column] = cells if cells.dtype == "str" else cells.astype("str").where(
                cells.notna())
    index = columns["followup_id"].index
    frame = pd.DataFrame(out, index=index, copy=False)
    end = frame["interview_end"]
    for later, what in (("sent_at", "a follow-up is sent"), ("response_at", "an answer comes")):
        when = frame[later]
        _fail(when < end, later, path, first_row, lambda i, when=when, what=what: (
            f"{when[i].isoformat()} is before the interview ended ({end[i].isoformat()}); "
            f"{what} after the interview, so check the date and the UTC offset."))
    ids = frame["followup_id"]
    if ids.is_unique:  # one hash pass; which rows repeat is worked out only on a failure
        twice = pd.Series(False, index=ids.index)
    else:
        twice = ids.duplicated()
    _fail(twice, "followup_id", path, first_row, lambda i: (
        f"{ids[i]!r} is used again (first at row "
        f"{int(ids.index[(ids == ids[i]).to_numpy()][0]) + first_row}); "
        "every follow-up needs its own followup_id."))
    if not (isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1):
        frame.index = pd.RangeIndex(len(frame))
    return frame, notes
