"""The follow-up log: one CSV file, one row per planned follow-up (schema: docs/architecture.md).

:func:`read_log` reads what spreadsheets really write (a UTF-8 byte-order mark, header names
in any case with stray spaces, extra columns, CRLF, reordered columns, a semicolon-delimited
export, a header with no rows) and returns a typed DataFrame, or raises
:class:`~followkit.errors.LogError` naming the file, row, column and what is expected.
Naive times are taken in their row's ``time_zone``, else in ``tz`` (default: this machine's
zone), with a warning saying so.

Nothing that fails validation is ever written. :func:`write_log` is atomic (temp file in the
same folder, fsync, rename); :func:`append_followups` and :func:`mark_sent` hold a file lock
(``LOG.csv.lock``) across read, validate and write. The log keeps UTC: every time is written
ISO 8601 in UTC (``2026-12-01 19:45:00+00:00``), whatever zone it was read or given in, and
each interview's own zone stays in the ``time_zone`` column for the views to show it in.
Reading never depends on how an offset was written: a row an older followkit wrote in local
time (``-06:00``) is the same instant. The file is UTF-8 with a byte-order mark so Excel
shows names right, and keeps the delimiter it was read with.

Where the log lives: ``$FOLLOWKIT_LOG`` if set; else ``data/followups.csv`` in the repository
checkout followkit runs from (so a notebook in ``notebooks/`` finds the same file as the
command line), or under the current directory when followkit is installed elsewhere.
"""

from __future__ import annotations

import os
import warnings
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followkit._atomic import atomic_open
from followkit.errors import LogError, TimingError
from followkit.log._cells import escape_cells, has_carriage_return
from followkit.log._dialects import MAX_COLUMNS, normalise_header, read_text_frame
from followkit.log._schema import LOG_COLUMNS, TIME_COLUMNS, split_rows, typed_log
from followkit.log._sheets import SPREADSHEET_SUFFIXES, read_sheet_frame
from followkit.timing import parse_zone, require_aware

__all__ = [
    "LOG_COLUMNS",
    "SAMPLE_LOG_PATH",
    "append_followups",
    "default_log_path",
    "local_zone",
    "mark_sent",
    "read_log",
    "save_followups",
    "write_log",
]

_ROOT = Path(__file__).resolve().parents[2]
#: The synthetic log the notebooks fall back to; package data, so an installed wheel has it too.
SAMPLE_LOG_PATH = Path(__file__).resolve().with_name("sample_followups.csv")
_LOCK_TIMEOUT_S = 30
#: A temp file of an unlocked write older than this is an interrupted write's leftover.
_STALE_TEMP_S = 600


def default_log_path() -> Path:
    """``$FOLLOWKIT_LOG`` if set, else ``data/followups.csv`` of the checkout (or the cwd)."""
    override = os.environ.get("FOLLOWKIT_LOG", "").strip()
    if override:
        return Path(override).expanduser()
    in_checkout = (_ROOT / "pyproject.toml").is_file() and (_ROOT / "followkit").is_dir()
    return (_ROOT if in_checkout else Path.cwd()) / "data" / "followups.csv"


def local_zone() -> tzinfo:
    """The machine's time zone, as an IANA zone when it can be found (so DST is right)."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name and os.path.islink("/etc/localtime"):
        target = os.path.realpath("/etc/localtime")
        name = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""
    try:
        return ZoneInfo(name) if name else datetime.now(UTC).astimezone().tzinfo or UTC
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now(UTC).astimezone().tzinfo or UTC


def _zone(tz) -> tzinfo:
    if tz is None:
        return local_zone()
    if isinstance(tz, tzinfo):
        return tz
    try:
        return parse_zone(tz, "tz")
    except TimingError as exc:
        raise LogError(exc.message) from None


def read_log(path, tz=None):
    """Read and validate the follow-up log at ``path``; return a typed DataFrame.

    ``path`` is a CSV file, or a spreadsheet (.xlsx, .xlsm, .xls, .ods: its first visible
    sheet). ``tz`` (a zone name or tzinfo; default the local zone) is the zone the frame's
    times are in, and the one naive times are taken in where their row has no ``time_zone``
    (the views show each row in its own zone). ``frame.attrs`` holds ``path``, ``tz``,
    ``delimiter``, ``notes`` (what was assumed) and ``kept`` (the rows that are not
    follow-ups, such as a note typed in a spare cell: they are reported, left out of the
    frame, and written back where they were by every rewrite). Raises LogError on any problem.
    """
    zone = _zone(tz)
    if Path(path).suffix.lower() in SPREADSHEET_SUFFIXES:
        (raw, first_row), delimiter = read_sheet_frame(path, MAX_COLUMNS), ","
    else:
        raw, delimiter, first_row = read_text_frame(path)
    raw, kept = split_rows(raw)
    frame, notes = typed_log(raw, path=path, tz=zone, first_row=first_row, blank_cells=False)
    kept = tuple((above, int(label) + first_row, cells) for above, label, cells in kept)
    for _above, row, cells in kept:
        if cells:
            shown = "; ".join(f"{column}: {value[:60]!r}" for column, value in cells)
            notes.append(f"row {row} is not a follow-up (it has no id, company or "
                         f"interviewer; it holds {shown}); it is left out here and kept in "
                         "the file as it is.")
    for note in notes:
        warnings.warn(f"{path}: {note}", UserWarning, stacklevel=2)
    frame.attrs = {"path": str(path), "tz": zone, "delimiter": delimiter, "notes": notes,
                   "kept": kept}
    return frame


def _log_zone(log) -> tzinfo:
    zone = log.attrs.get("tz")
    if zone is None and "interview_end" in log and hasattr(log["interview_end"].dtype, "tz"):
        zone = log["interview_end"].dtype.tz
    return zone or local_zone()


def _in_utc(frame):
    """``frame`` (typed) with its time columns in UTC, as the log keeps them."""
    return frame.assign(**{c: frame[c].dt.tz_convert("UTC") for c in TIME_COLUMNS})


def _with_kept(frame, kept):
    """``frame`` with the rows that are not follow-ups put back where they were, as text."""
    import numpy as np
    import pandas as pd

    if not kept:
        return frame
    rows = [dict(cells) for _above, _row, cells in kept]
    extra = pd.DataFrame(rows, columns=list(frame.columns), dtype=object, index=range(len(rows)))
    for column in {c for cells in rows for c in cells} - set(frame.columns):
        extra[column] = [r.get(column) for r in rows]  # a spare column only a kept row uses
    both = pd.concat([frame.astype(object), extra], ignore_index=True)
    order = np.concatenate([np.arange(len(frame), dtype=float),
                            [above - 0.5 + i * 1e-9 for i, (above, _r, _c) in enumerate(kept)]])
    return both.iloc[np.argsort(order, kind="stable")]


def _clean_stale_temps(path: Path, older_than_s: float) -> None:
    """Remove temp copies of ``path`` an interrupted write left (``.NAME.XXXX.tmp``)."""
    import time

    now = time.time()
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            if now - leftover.stat().st_mtime >= older_than_s:
                leftover.unlink()
        except OSError:
            pass  # another writer's file that just went away, or not ours to remove


def _refuse_spreadsheet(path: Path) -> None:
    if path.suffix.lower() in SPREADSHEET_SUFFIXES:
        raise LogError(f"followkit writes its log as CSV, not {path.suffix}; it reads this "
                       "spreadsheet but will not rewrite it. Save the sheet as CSV UTF-8 and "
                       "use that file as the log.", path=path)


def write_log(path, log) -> None:
    """Validate ``log`` and write it to ``path`` atomically: the old file stays whole on error.

    Times are written in UTC (the log keeps UTC; the ``time_zone`` column keeps each
    interview's zone). Cells a spreadsheet would run as a formula are written with a leading
    ``'`` (read back as typed); the rows that are not follow-ups (``log.attrs["kept"]``) are
    written back where they were. Temp files an interrupted write left beside the log are
    removed.
    """
    path = Path(path)
    _refuse_spreadsheet(path)
    frame, _notes = typed_log(log, path=path, tz=_log_zone(log))
    frame = _in_utc(frame)
    frame = escape_cells(_with_kept(frame, log.attrs.get("kept", ())))
    _clean_stale_temps(path, _STALE_TEMP_S)
    # Python's csv writer quotes a cell holding a line break only if the break is in the line
    # terminator: a lone CR in a cell would end the row on reading, unless lines end in CRLF.
    ending = "\r\n" if has_carriage_return(frame) else "\n"
    try:
        with atomic_open(path, "w", encoding="utf-8-sig", newline="") as handle:
            frame.to_csv(handle, index=False, sep=log.attrs.get("delimiter", ","),
                         lineterminator=ending)
    except OSError as exc:
        raise LogError(f"could not write the log ({exc.strerror}); the old log is "
                       "unchanged.", path=path) from exc


@contextmanager
def _locked(path: Path):
    """Hold the log's file lock; another window holding it too long is a plain LogError.

    Under the lock no other followkit write is running, so any temp copy of the log is an
    interrupted write's leftover, and is removed.
    """
    from filelock import FileLock, Timeout

    _refuse_spreadsheet(path)
    lock = FileLock(f"{path}.lock", timeout=_LOCK_TIMEOUT_S)
    try:
        lock.acquire()
    except Timeout:
        raise LogError("Another window is saving to your log; try again in a moment. (The "
                       f"lock file {path.name}.lock was held for over {_LOCK_TIMEOUT_S} s.)",
                       path=path) from None
    try:
        _clean_stale_temps(path, 0)
        yield lock
    finally:
        lock.release()


def _warn_notes(path, notes) -> None:
    for note in notes:
        warnings.warn(f"{path}: {note}", UserWarning, stacklevel=3)


def _existing(path: Path, tz):
    """The log at ``path``, or an empty one when the file does not exist or has no bytes."""
    import pandas as pd

    if path.exists() and path.stat().st_size > 0:
        return read_log(path, tz)
    frame, _ = typed_log(pd.DataFrame({c: pd.Series(dtype="str") for c in LOG_COLUMNS}),
                         path=path, tz=_zone(tz))
    frame.attrs = {"path": str(path), "tz": _zone(tz), "delimiter": ",", "notes": [],
                   "kept": ()}
    return frame


def _new_rows(rows):
    """``rows`` (a list of dicts or a DataFrame) as a frame with normalised column names."""
    import pandas as pd

    frame = rows.copy() if isinstance(rows, pd.DataFrame) else pd.DataFrame.from_records(
        list(rows))
    return frame.rename(columns={c: normalise_header(str(c)) for c in frame.columns})


def append_followups(path, rows, *, on_duplicate: str = "error", tz=None) -> int:
    """Append ``rows`` to the log at ``path`` (created if missing); return how many were added.

    Under the file lock, the new rows are validated together with the existing log; on any
    error nothing is written. ``on_duplicate="skip"`` silently leaves out rows whose
    ``followup_id`` is already in the log (saving the same letter twice adds it once);
    ``"error"`` raises LogError naming the id.
    """
    import pandas as pd

    if on_duplicate not in ("error", "skip"):
        raise LogError(f"on_duplicate must be 'error' or 'skip' (got {on_duplicate!r}).")
    path = Path(path)
    new = _new_rows(rows)
    with _locked(path):
        log = _existing(path, tz)
        if on_duplicate == "skip" and "followup_id" in new:
            ids = new["followup_id"].astype("str")
            keep = ~ids.isin(log["followup_id"]) & ~ids.duplicated()
            new = new[keep.to_numpy()]
        if new.empty:
            return 0
        try:
            typed, notes = typed_log(new.reset_index(drop=True), path=path,
                                     tz=log.attrs["tz"], first_row=len(log) + 2)
            both = pd.concat([log, typed], ignore_index=True)
            both.attrs = log.attrs
            typed_log(both, path=path, tz=log.attrs["tz"])
        except LogError as exc:
            raise LogError(f"nothing was appended: {exc.message}", path=path, row=exc.row,
                           column=exc.column) from None
        _warn_notes(path, notes)
        write_log(path, both)
    return len(typed)


#: What a correction may change in a row already logged (what happened stays as recorded).
_DESCRIPTIVE = ("company", "position", "interview_end", "interviewer", "interviewer_role",
                "channel", "agreed_channel")


def save_followups(path, rows, *, tz=None) -> tuple[int, int]:
    """Append the rows whose ``followup_id`` is new; correct the others; return both counts.

    A row already in the log takes the new row's company, position, interview_end,
    interviewer, interviewer_role, channel and agreed_channel (a typo fixed in the form);
    its sent_at, response_at, outcome and notes are kept. Returns (added, corrected), where
    corrected counts rows whose values changed. Under the file lock; the whole log is
    validated first, and on any error nothing is written.
    """
    import pandas as pd

    path = Path(path)
    new = _new_rows(rows)
    with _locked(path):
        log = _existing(path, tz)
        ids = new["followup_id"].astype("str")
        logged = ids.isin(log["followup_id"]).to_numpy()
        try:
            typed, notes = typed_log(new.reset_index(drop=True), path=path,
                                     tz=log.attrs["tz"], first_row=len(log) + 2)
        except LogError as exc:
            raise LogError(f"nothing was saved: {exc.message}", path=path, row=exc.row,
                           column=exc.column) from None
        fixes = typed[logged].drop_duplicates("followup_id", keep="last").set_index(
            "followup_id")
        where = log.index[log["followup_id"].isin(fixes.index).to_numpy()]
        before = log.loc[where, list(_DESCRIPTIVE)].copy()
        taken = fixes.index.get_indexer(log.loc[where, "followup_id"])
        for column in _DESCRIPTIVE if len(where) else ():
            log.loc[where, column] = fixes[column].iloc[taken].array
        after = log.loc[where, list(_DESCRIPTIVE)]
        corrected = int((~(before.eq(after) | (before.isna() & after.isna()))).any(axis=1).sum())
        added = typed[~logged & ~ids.duplicated().to_numpy()]
        both = pd.concat([log, added], ignore_index=True)
        both.attrs = log.attrs
        if not len(added) and not corrected:
            return 0, 0
        _warn_notes(path, notes)
        write_log(path, both)
    return len(added), corrected


def mark_sent(path, followup_ids, sent_at: datetime, *, tz=None) -> int:
    """Fill ``sent_at`` for ``followup_ids`` (one id or several); return how many rows changed.

    Rows already marked sent keep their time (marking twice changes nothing). An id not in
    the log, or a send time before the interview ended, raises LogError and writes nothing.
    ``tz`` is as for :func:`read_log` (the zone naive times in the file are taken in).
    """
    import pandas as pd

    require_aware(sent_at, "sent_at")
    ids = [followup_ids] if isinstance(followup_ids, str) else list(followup_ids)
    path = Path(path)
    with _locked(path):
        log = read_log(path, tz)
        unknown = [i for i in ids if i not in set(log["followup_id"])]
        if unknown:
            raise LogError(f"there is no follow-up {unknown[0]!r} in the log; nothing was "
                           "marked sent. Save the letter to the log first.", path=path,
                           column="followup_id")
        when = pd.Timestamp(sent_at).tz_convert(log.attrs["tz"])
        rows = log["followup_id"].isin(ids) & log["sent_at"].isna()
        early = rows & (log["interview_end"] > when)
        if early.any():
            row = int(early.to_numpy().nonzero()[0][0])
            raise LogError(f"{when.isoformat()} is before the interview ended "
                           f"({log['interview_end'].iloc[row].isoformat()}); nothing was "
                           "marked sent.", path=path, row=row + 2, column="sent_at")
        log.loc[rows, "sent_at"] = when
        write_log(path, log)
    return int(rows.sum())
