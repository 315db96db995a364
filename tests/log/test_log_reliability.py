"""The log's promises under hostile and real-world input: no row dropped, no formula run,
every input bounded, no leftovers, plain errors, garbled text named (issue 17's log items)."""

import codecs
import csv
import subprocess
import sys
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from filelock import FileLock

import followkit as fk
from followkit.log import _dialects, _store

CHICAGO = ZoneInfo("America/Chicago")
HEADER = "followup_id,interview_id,company,position,interview_end,interviewer,channel,sent_at"
ROW_1 = "f1,i1,Acme,Clerk,2026-11-19T15:30:00-06:00,Dana Rivera,email,2026-11-19T17:30:00-06:00"
ROW_2 = "f2,i1,Acme,Clerk,2026-11-19T15:30:00-06:00,Omar Haddad,handwritten,"
NOTE = ",,,,,,,REMEMBER: call Dana back Monday"
NEW = {"followup_id": "f3", "interview_id": "i2", "company": "Brightline", "position": "Clerk",
       "interview_end": datetime(2026, 11, 20, 10, 0, tzinfo=CHICAGO),
       "interviewer": "Ana Ruiz", "channel": "email"}


def _write(tmp_path, text, name="log.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _read(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fk.read_log(path, tz=CHICAGO)


def _error(path) -> fk.LogError:
    with pytest.raises(fk.LogError) as caught:
        _read(path)
    return caught.value


# --- item 3: a line that is not a follow-up is never dropped ------------------------------

def test_a_note_in_a_spare_cell_is_reported_on_read_and_left_out_of_the_frame(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n{NOTE}\n{ROW_2}\n")
    with pytest.warns(UserWarning, match=r"row 3 is not a follow-up.*REMEMBER: call Dana"):
        log = fk.read_log(path, tz=CHICAGO)
    assert list(log["followup_id"]) == ["f1", "f2"]


@pytest.mark.parametrize("write", ["append", "save", "mark_sent"])
def test_every_rewrite_keeps_the_note_line_where_it_was(tmp_path, write):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n{NOTE}\n{ROW_2}\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if write == "append":
            assert fk.append_followups(path, [NEW], tz=CHICAGO) == 1
        elif write == "save":
            assert fk.save_followups(path, [NEW], tz=CHICAGO) == (1, 0)
        else:
            assert fk.mark_sent(path, "f2", datetime(2026, 11, 20, tzinfo=UTC),
                                tz=CHICAGO) == 1
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert [row["followup_id"] for row in rows][:3] == ["f1", "", "f2"]
    assert {k: v for k, v in rows[1].items() if v} == {
        "sent_at": "REMEMBER: call Dana back Monday"}  # the same cell under the same header
    again = _read(path)  # and the note survives a second rewrite too
    assert again.attrs["kept"][0][2] == (("sent_at", "REMEMBER: call Dana back Monday"),)


def test_a_note_in_a_column_of_its_own_is_kept_too(tmp_path):
    path = _write(tmp_path, f"{HEADER},remarks\n{ROW_1},\n,,,,,,,,ask about parking\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fk.append_followups(path, [NEW], tz=CHICAGO)
    text = path.read_text(encoding="utf-8-sig")
    assert "ask about parking" in text and "f3" in text


def test_a_half_filled_follow_up_is_still_an_error_not_a_kept_row(tmp_path):
    err = _error(_write(tmp_path, f"{HEADER}\n{ROW_1}\n,i1,Acme,Clerk,,,,\n"))
    assert (err.row, err.column) == (3, "followup_id")


# --- item 4: formula injection -------------------------------------------------------------

@pytest.mark.parametrize("typed", ['=HYPERLINK("http://x")', "+1+2", "-5", "@SUM(1+1)",
                                   "\tx", "\rx", "'=1", "''+2"])
def test_a_cell_a_spreadsheet_would_run_is_written_quoted_and_reads_back_as_typed(
        tmp_path, typed):
    path = tmp_path / "log.csv"
    fk.append_followups(path, [{**NEW, "notes": typed, "company": typed}], tz=CHICAGO)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        written = next(csv.DictReader(handle))
    assert written["notes"] == written["company"] == f"'{typed}"  # shown as text
    log = _read(path)
    assert log["notes"][0] == typed and log["company"][0] == typed


def test_an_apostrophe_that_guards_nothing_is_left_alone(tmp_path):
    path = _write(tmp_path, f"{HEADER},notes\n{ROW_1},'tis O'Brien\n")
    assert _read(path)["notes"][0] == "'tis O'Brien"


# --- item 7 and bounds: fail fast, naming the bound ----------------------------------------

def test_a_100_kb_header_line_fails_fast_naming_the_bound(tmp_path):
    path = _write(tmp_path, "a," * 50_000 + "\n1,2\n")
    start = time.perf_counter()
    err = _error(path)
    assert time.perf_counter() - start < 2
    assert err.row == 1 and "64 KB" in err.message


def test_a_header_of_too_many_columns_fails_fast_naming_the_bound(tmp_path):
    path = _write(tmp_path, ",".join(f"c{i}" for i in range(5000)) + "\n")
    start = time.perf_counter()
    err = _error(path)
    assert time.perf_counter() - start < 2
    assert f"at most {_dialects.MAX_COLUMNS} columns" in err.message


def test_a_file_over_the_size_bound_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(_dialects, "MAX_FILE_BYTES", 100)
    err = _error(_write(tmp_path, f"{HEADER}\n{ROW_1}\n{ROW_2}\n"))
    assert "at most" in err.message and "MB" in err.message


# --- item 8: leftovers, lock, blank first line, UTF-16, dates, naive times ------------------

def test_a_stale_temp_copy_is_removed_by_the_next_write_and_ignored_by_git(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n")
    stale = tmp_path / ".log.csv.k3j2h1.tmp"
    stale.write_text("half a log")
    fk.append_followups(path, [NEW], tz=CHICAGO)
    assert not stale.exists()
    ignored = subprocess.run(["git", "check-ignore", "-q", "data/.followups.csv.x8f2a1.tmp"],
                             cwd=Path(fk.__file__).resolve().parents[1], check=False)
    assert ignored.returncode == 0


def test_an_unlocked_write_leaves_a_fresh_temp_file_alone(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n")
    busy = tmp_path / ".log.csv.abcdef.tmp"  # another process may be writing it right now
    busy.write_text("in progress")
    fk.write_log(path, _read(path))
    assert busy.exists()


def test_a_lock_held_by_another_window_is_a_plain_log_error(tmp_path, monkeypatch):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n")
    monkeypatch.setattr(_store, "_LOCK_TIMEOUT_S", 0.2)
    code = (f"import time; from filelock import FileLock\n"
            f"with FileLock({str(path) + '.lock'!r}):\n"
            f"    print('held', flush=True); time.sleep(5)\n")
    other = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "held"
        with pytest.raises(fk.LogError, match="Another window is saving to your log; try "
                                              "again in a moment"):
            fk.append_followups(path, [NEW], tz=CHICAGO)
    finally:
        other.kill()
        other.wait()
    assert "f3" not in path.read_text()
    assert FileLock(f"{path}.lock", timeout=1).acquire()  # nothing of ours left it held


def test_blank_lines_above_the_header_are_skipped_and_rows_numbered_as_shown(tmp_path):
    path = _write(tmp_path, f"\n\n{HEADER}\n{ROW_1}\n{ROW_2}\n")
    assert list(_read(path)["followup_id"]) == ["f1", "f2"]
    err = _error(_write(tmp_path, f"\n{HEADER}\n{ROW_1}\n{ROW_2.replace('handwritten', 'fax')}\n",
                        name="bad.csv"))
    assert (err.row, err.column) == (4, "channel")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path, codec):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n{ROW_2}\n".replace("Acme", "Açme"),
                  encoding=codec)
    assert not path.read_bytes().startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    assert list(_read(path)["company"]) == ["Açme", "Açme"]


@pytest.mark.parametrize("partial", ["2026-03", "2026-11-19", "2026"])
def test_a_partial_date_is_refused_with_row_and_column(tmp_path, partial):
    err = _error(_write(tmp_path, f"{HEADER}\n{ROW_1}\n{ROW_2}{partial}\n"))
    assert (err.row, err.column) == (3, "sent_at")
    assert repr(partial) in err.message and "time of day" in err.message


def test_a_response_before_the_interview_is_refused(tmp_path):
    text = (f"{HEADER},response_at\n{ROW_1},2026-11-18T09:00:00-06:00\n")
    err = _error(_write(tmp_path, text))
    assert (err.row, err.column) == (2, "response_at")
    assert "before the interview ended" in err.message


def test_naive_times_given_to_append_get_the_same_warning_as_read(tmp_path):
    path = tmp_path / "log.csv"
    row = {**NEW, "interview_end": "2026-11-20T10:00:00"}
    with pytest.warns(UserWarning, match="no UTC offset; they were taken in America/Chicago"):
        fk.append_followups(path, [row], tz="America/Chicago")


# --- item 9: a spreadsheet's default import garbled the UTF-8 -------------------------------

def test_a_header_garbled_by_a_windows_1252_import_names_the_setting_to_pick(tmp_path):
    path = _write(tmp_path, f"\u00ef\u00bb\u00bf{HEADER}\n{ROW_1}\n")
    err = _error(path)
    assert err.row == 1 and "Character set: Unicode (UTF-8)" in err.message


def test_a_garbled_name_is_refused_naming_row_column_and_the_setting(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n{ROW_2.replace('Omar Haddad', 'JosÃ© Ruiz')}\n")
    err = _error(path)
    assert (err.row, err.column) == (3, "interviewer")
    assert "'José Ruiz'" in err.message and "Character set: Unicode (UTF-8)" in err.message


def test_real_accented_names_are_not_mistaken_for_garbled_ones(tmp_path):
    names = ["José Núñez", "Zoë Château", "Müller-Lüdenscheidt", "Łukasz Żółć", "Ångström"]
    rows = "\n".join(ROW_2.replace("f2", f"f{i + 2}").replace("Omar Haddad", n)
                     for i, n in enumerate(names))
    assert list(_read(_write(tmp_path, f"{HEADER}\n{rows}\n"))["interviewer"]) == names
