import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import ftfy
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import followkit as fk

CHICAGO = ZoneInfo("America/Chicago")
HEADER = "followup_id,interview_id,company,position,interview_end,interviewer,channel,sent_at"
ROW_1 = "f1,i1,Acme,Clerk,2026-11-19T15:30:00-06:00,Dana Rivera,email,2026-11-19T17:30:00-06:00"
ROW_2 = "f2,i1,Acme,Clerk,2026-11-19T15:30:00-06:00,Omar Haddad,handwritten,"


def _write(tmp_path, text, name="log.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _error(path, **kw) -> fk.LogError:
    with pytest.raises(fk.LogError) as caught:
        fk.read_log(path, tz="America/Chicago", **kw)
    return caught.value


def test_reads_a_clean_log_into_typed_columns(tmp_path):
    log = fk.read_log(_write(tmp_path, f"{HEADER}\n{ROW_1}\n{ROW_2}\n"), tz="America/Chicago")
    assert list(log.columns) == list(fk.LOG_COLUMNS)
    assert str(log["interview_end"].dtype) == "datetime64[us, America/Chicago]"
    assert isinstance(log["channel"].dtype, pd.CategoricalDtype)
    assert list(log["channel"].cat.categories) == list(fk.CHANNELS)
    assert log["sent_at"].iloc[0] == datetime(2026, 11, 19, 17, 30, tzinfo=CHICAGO)
    assert pd.isna(log["sent_at"].iloc[1])


def test_reads_what_spreadsheets_write_bom_crlf_messy_header_reordered_extra(tmp_path):
    text = ("\ufeff Sent At ,Channel,Follow-up ID, interview_id ,Company,Position,"
            "Interview End,Interviewer,My Note\r\n"
            "2026-11-19T17:30:00-06:00,E-Mail ,f1,i1,Acme,Clerk,2026-11-19T15:30:00-06:00,"
            "Dana Rivera,call back Monday\r\n")
    log = fk.read_log(_write(tmp_path, text), tz="America/Chicago")
    assert log["followup_id"].tolist() == ["f1"]
    assert log["channel"].tolist() == ["email"]
    assert log["My Note"].tolist() == ["call back Monday"]
    assert list(log.columns)[: len(fk.LOG_COLUMNS)] == list(fk.LOG_COLUMNS)


def test_semicolon_export_is_sniffed_and_kept_on_write(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n".replace(",", ";"))
    log = fk.read_log(path, tz="America/Chicago")
    assert log["interviewer"].tolist() == ["Dana Rivera"]
    fk.write_log(path, log)
    assert path.read_text(encoding="utf-8-sig").splitlines()[0].startswith("followup_id;")


def test_a_header_with_no_rows_is_an_empty_log(tmp_path):
    log = fk.read_log(_write(tmp_path, HEADER + "\n"), tz="America/Chicago")
    assert len(log) == 0
    assert list(log.columns) == list(fk.LOG_COLUMNS)


def test_naive_times_are_taken_in_the_given_zone_and_the_reader_says_so(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1.replace('-06:00', '')}\n")
    with pytest.warns(UserWarning, match="taken in America/Chicago"):
        log = fk.read_log(path, tz="America/Chicago")
    assert log["interview_end"].iloc[0] == datetime(2026, 11, 19, 21, 30, tzinfo=UTC)
    assert any("no UTC offset" in note for note in log.attrs["notes"])


def test_utf16_export_is_read_correctly(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1.replace('Dana Rivera', 'Jürgen Müller')}\n",
                  encoding="utf-16")
    assert fk.read_log(path, tz="UTC")["interviewer"].tolist() == ["Jürgen Müller"]


def test_windows_1252_file_is_refused_naming_the_encoding_and_line(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n{ROW_2.replace('Omar Haddad', 'José Núñez')}\n",
                  encoding="cp1252")
    err = _error(path)
    assert "not UTF-8" in str(err) and "Windows-1252" in str(err)
    assert "line 3" in str(err) and "José Núñez" in str(err)


def test_empty_file_is_a_clear_error(tmp_path):
    err = _error(_write(tmp_path, ""))
    assert "empty" in str(err) and "followup_id" in str(err)


def test_missing_file_is_a_clear_error(tmp_path):
    assert "no such file" in str(_error(tmp_path / "nope.csv"))


def test_missing_required_column_names_the_column_in_the_header_row(tmp_path):
    err = _error(_write(tmp_path, f"{HEADER.replace(',channel', '')}\n"))
    assert (err.row, err.column) == (1, "channel")
    assert "no 'channel' column" in str(err)


def test_unparseable_date_names_row_column_value_and_expected_form(tmp_path):
    err = _error(_write(tmp_path, f"{HEADER}\n{ROW_1}\n{ROW_2}tomorrow-ish\n"))
    assert (err.row, err.column) == (3, "sent_at")
    assert "'tomorrow-ish'" in str(err) and "ISO 8601" in str(err)
    assert str(err.path).endswith("log.csv")


def test_an_offset_written_as_bare_hours_is_a_clear_error(tmp_path):
    err = _error(_write(tmp_path, f"{HEADER}\n{ROW_1.replace('-06:00,Dana', '-06,Dana')}\n"))
    assert (err.row, err.column) == (2, "interview_end")
    assert "±HH:MM" in str(err)


def test_a_row_with_more_cells_than_the_header_is_a_clear_error(tmp_path):
    err = _error(_write(tmp_path, f"{HEADER}\n{ROW_1},surplus,cells\n"))
    assert err.row == 2 and "more ','-separated cells" in str(err)


def test_a_later_row_with_surplus_cells_names_that_row(tmp_path):
    err = _error(_write(tmp_path, f"{HEADER}\n{ROW_1}\n{ROW_2},surplus\n"))
    assert err.row == 3 and "has 9" in str(err) and "names 8" in str(err)


def test_send_time_before_the_interview_ended_names_the_row(tmp_path):
    early = ROW_2 + "2026-11-19T15:00:00-06:00"
    err = _error(_write(tmp_path, f"{HEADER}\n{ROW_1}\n{early}\n"))
    assert (err.row, err.column) == (3, "sent_at")
    assert "before the interview ended" in str(err)


def test_unknown_channel_names_the_value_and_the_channels_allowed(tmp_path):
    err = _error(_write(tmp_path, f"{HEADER}\n{ROW_1}\n{ROW_2.replace('handwritten', 'fax')}\n"))
    assert (err.row, err.column) == (3, "channel")
    assert "'fax'" in str(err) and "email, handwritten, phone, text" in str(err)


def test_duplicate_followup_id_names_both_rows(tmp_path):
    err = _error(_write(tmp_path, f"{HEADER}\n{ROW_1}\n{ROW_2.replace('f2', 'f1')}\n"))
    assert (err.row, err.column) == (3, "followup_id")
    assert "first at row 2" in str(err)


def test_empty_required_cell_names_row_and_column(tmp_path):
    err = _error(_write(tmp_path, f"{HEADER}\n{ROW_1}\n{ROW_2.replace('Omar Haddad', '')}\n"))
    assert (err.row, err.column) == (3, "interviewer")


def test_row_numbers_count_blank_lines_as_a_spreadsheet_does(tmp_path):
    err = _error(_write(tmp_path, f"{HEADER}\n{ROW_1}\n\n{ROW_2.replace('email', 'x')}\n"
                        .replace("handwritten", "fax")))
    assert err.row == 4


# --- writing ---------------------------------------------------------------------------------

_FORMULAS = ('=HYPERLINK("http://x")', "'=1+1", "''@SUM(A1)", "+1", "-5", "@x", "\tx", "\rx",
             "'", "'quoted'", "O'Brien")
_text = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12)
    # text that reads as UTF-8 garbled into Windows-1252 ("JosÃ©") is refused on read
    .filter(lambda t: ftfy.fix_encoding(t) == t),
    st.sampled_from(_FORMULAS))
_times = st.datetimes(  # hypothesis wants naive bounds
    min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1),  # noqa: DTZ001
    timezones=st.just(CHICAGO))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(_text, _text, _times, st.sampled_from(fk.CHANNELS),
                               st.one_of(st.none(), st.timedeltas(timedelta(0), timedelta(days=9))),
                               st.one_of(st.none(), _text)), max_size=6))
def test_write_then_read_round_trips(tmp_path, rows):
    frame = pd.DataFrame(
        [{"followup_id": f"id{i}", "interview_id": iv, "company": co, "position": "P",
          "interview_end": end, "interviewer": co, "channel": ch,
          "sent_at": None if gap is None else end + gap, "notes": note}
         for i, (iv, co, end, ch, gap, note) in enumerate(rows)],
        columns=list(fk.LOG_COLUMNS))
    frame.attrs = {"tz": CHICAGO}
    path = tmp_path / "round.csv"
    fk.write_log(path, frame)
    back = fk.read_log(path, tz=CHICAGO)
    expected, _ = __import__("followkit.log._schema", fromlist=["typed_log"]).typed_log(
        frame, path=path, tz=CHICAGO)
    pd.testing.assert_frame_equal(back, expected)


def test_crash_between_write_and_rename_leaves_the_old_log_whole(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n{ROW_2}\n")
    before = path.read_bytes()
    code = textwrap.dedent(f"""
        import os, followkit as fk
        log = fk.read_log({str(path)!r}, tz="UTC")
        os.replace = lambda *a: os._exit(9)   # the process dies after writing, before rename
        fk.write_log({str(path)!r}, log.iloc[:1])
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True)
    assert done.returncode == 9
    assert path.read_bytes() == before
    assert len(fk.read_log(path, tz="UTC")) == 2


def test_failed_write_removes_its_temp_file(tmp_path, monkeypatch):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n")
    log = fk.read_log(path, tz="UTC")
    monkeypatch.setattr("os.replace", lambda *a: (_ for _ in ()).throw(OSError(28, "No space")))
    with pytest.raises(fk.LogError, match="old log is unchanged"):
        fk.write_log(path, log)
    assert [p.name for p in tmp_path.iterdir()] == ["log.csv"]


_APPENDER = """
import sys, followkit as fk
path, who = sys.argv[1], sys.argv[2]
for batch in range(50):
    fk.append_followups(path, [
        {"followup_id": f"{who}-{batch}-{i}", "interview_id": who, "company": "Acme",
         "position": "Clerk", "interview_end": "2026-11-19T15:30:00-06:00",
         "interviewer": f"P{i}", "channel": "email"} for i in range(4)], tz="UTC")
"""


def test_two_processes_appending_200_rows_each_end_with_400_rows(tmp_path):
    path = tmp_path / "log.csv"
    procs = [subprocess.Popen([sys.executable, "-c", _APPENDER, str(path), who])
             for who in ("a", "b")]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    log = fk.read_log(path, tz="UTC")
    assert len(log) == 400
    assert log["followup_id"].is_unique


def _new_row(fid="f3", **kw):
    return {"followup_id": fid, "interview_id": "i2", "company": "Brightline",
            "position": "Analyst", "interview_end": datetime(2026, 11, 20, 10, tzinfo=CHICAGO),
            "interviewer": "Mei Chen", "channel": "email", **kw}


def test_append_adds_rows_and_creates_a_missing_log(tmp_path):
    path = tmp_path / "new.csv"
    assert fk.append_followups(path, [_new_row()], tz="America/Chicago") == 1
    assert fk.append_followups(path, [_new_row("f4")]) == 1
    assert fk.read_log(path, tz="America/Chicago")["followup_id"].tolist() == ["f3", "f4"]


def test_append_duplicate_id_is_an_error_and_writes_nothing(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n")
    before = path.read_bytes()
    with pytest.raises(fk.LogError, match="'f1' is used again") as caught:
        fk.append_followups(path, [_new_row("f3"), _new_row("f1")], tz="UTC")
    assert "nothing was appended" in str(caught.value)
    assert path.read_bytes() == before


def test_append_twice_with_skip_adds_the_row_once(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n")
    assert fk.append_followups(path, [_new_row()], on_duplicate="skip") == 1
    assert fk.append_followups(path, [_new_row()], on_duplicate="skip") == 0
    assert len(fk.read_log(path, tz="UTC")) == 2


def test_append_a_bad_row_writes_nothing_and_names_the_row_it_would_take(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n")
    before = path.read_bytes()
    with pytest.raises(fk.LogError) as caught:
        fk.append_followups(path, [_new_row(), _new_row("f4", channel="pigeon")])
    assert (caught.value.row, caught.value.column) == (4, "channel")
    assert path.read_bytes() == before


def test_append_accepts_a_dataframe(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n")
    assert fk.append_followups(path, pd.DataFrame([_new_row()])) == 1


def test_save_adds_new_rows_and_corrects_logged_ones_keeping_what_happened(tmp_path):
    path = tmp_path / "log.csv"
    assert fk.save_followups(path, [_new_row(), _new_row("f4")], tz="America/Chicago") == (2, 0)
    fk.mark_sent(path, "f3", datetime(2026, 11, 20, 13, tzinfo=CHICAGO))
    fixed = [_new_row(company="Brightline Foods"), _new_row("f4", company="Brightline Foods"),
             _new_row("f5")]
    assert fk.save_followups(path, fixed) == (1, 2)
    log = fk.read_log(path, tz="America/Chicago").set_index("followup_id")
    assert list(log.index) == ["f3", "f4", "f5"]
    assert log.loc["f3", "company"] == log.loc["f4", "company"] == "Brightline Foods"
    assert log.loc["f3", "sent_at"] == datetime(2026, 11, 20, 13, tzinfo=CHICAGO)
    assert fk.save_followups(path, fixed) == (0, 0)


def test_a_correction_that_would_make_a_row_wrong_writes_nothing(tmp_path):
    path = tmp_path / "log.csv"
    fk.save_followups(path, [_new_row()], tz="America/Chicago")
    fk.mark_sent(path, "f3", datetime(2026, 11, 20, 13, tzinfo=CHICAGO))
    before = path.read_bytes()
    later = datetime(2026, 11, 20, 15, tzinfo=CHICAGO)  # after the letter went out
    with pytest.raises(fk.LogError, match="sent_at"):
        fk.save_followups(path, [_new_row(interview_end=later)])
    assert path.read_bytes() == before
    with pytest.raises(fk.LogError, match="nothing was saved") as caught:
        fk.save_followups(path, [_new_row("f9", channel="pigeon")])
    assert caught.value.column == "channel"
    assert path.read_bytes() == before


def test_mark_sent_fills_sent_at_once_and_refuses_unknown_ids(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_1}\n{ROW_2}\n")
    when = datetime(2026, 11, 19, 19, 0, tzinfo=CHICAGO)
    assert fk.mark_sent(path, "f2", when) == 1
    assert fk.mark_sent(path, ["f2"], when + timedelta(hours=1)) == 0
    assert fk.read_log(path, tz=CHICAGO)["sent_at"].iloc[1] == when
    before = path.read_bytes()
    with pytest.raises(fk.LogError, match="no follow-up 'zz'"):
        fk.mark_sent(path, ["f2", "zz"], when)
    assert path.read_bytes() == before


def test_mark_sent_before_the_interview_ended_is_refused(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{ROW_2}\n")
    with pytest.raises(fk.LogError, match="before the interview ended"):
        fk.mark_sent(path, "f2", datetime(2026, 11, 19, 9, 0, tzinfo=CHICAGO))


def test_default_log_path_honours_followkit_log(monkeypatch, tmp_path):
    monkeypatch.setenv("FOLLOWKIT_LOG", str(tmp_path / "mine.csv"))
    assert fk.default_log_path() == tmp_path / "mine.csv"
    monkeypatch.delenv("FOLLOWKIT_LOG")
    assert fk.default_log_path().parts[-2:] == ("data", "followups.csv")


def test_sample_log_is_valid_and_big_enough():
    log = fk.read_log(fk.SAMPLE_LOG_PATH, tz="America/Chicago")
    assert log["interview_id"].nunique() >= 60
    months = log["interview_end"].dt.strftime("%Y-%m").nunique()
    assert months >= 8
    assert {"email", "handwritten"} <= set(log["channel"])


# --- the log keeps UTC; reading never depends on how an offset was written -----------------

#: A row as an earlier followkit wrote it: times in the interview's own offset.
OLD_ROW = ("f1,i1,Acme,Clerk,2026-03-09 14:45:00-05:00,Dana Rivera,email,"
           "2026-03-09 16:59:00-05:00")
#: The same follow-up as followkit writes it now: times in UTC.
NEW_ROW = ("f1,i1,Acme,Clerk,2026-03-09 19:45:00+00:00,Dana Rivera,email,"
           "2026-03-09T21:59:00Z")


def test_a_log_mixing_old_and_new_rows_reads_every_row_as_its_instant(tmp_path):
    mixed = OLD_ROW + "\n" + NEW_ROW.replace("f1,", "f2,", 1)
    log = fk.read_log(_write(tmp_path, f"{HEADER}\n{mixed}\n"), tz="Europe/Berlin")
    for column in ("interview_end", "sent_at"):
        old, new = log[column]
        assert old == new


def _times_in(path, tz):
    log = fk.read_log(path, tz=tz)
    return [log[c].iloc[0] for c in ("interview_end", "sent_at")]


def test_an_old_row_in_local_offsets_and_a_new_one_in_utc_are_the_same_instants(tmp_path):
    old = _write(tmp_path, f"{HEADER}\n{OLD_ROW}\n", "old.csv")
    new = _write(tmp_path, f"{HEADER}\n{NEW_ROW}\n", "new.csv")
    for tz in ("America/Chicago", "UTC", "Asia/Kolkata"):
        assert _times_in(old, tz) == _times_in(new, tz)
        assert _times_in(old, tz)[0] == datetime(2026, 3, 9, 19, 45, tzinfo=UTC)
        assert str(_times_in(old, tz)[0].tz) == tz  # shown in the zone it is read in


def test_saving_rewriting_and_marking_sent_write_every_time_in_utc(tmp_path):
    path = tmp_path / "log.csv"
    iv = fk.Interview(company="Acme", position="Clerk",
                      ended_at=datetime(2026, 11, 19, 15, 30, tzinfo=CHICAGO),
                      interviewers=[fk.Interviewer(name="Dana Rivera"),
                                    fk.Interviewer(name="Omar Haddad")])
    fk.save_followups(path, fk.log.log_rows(iv, "email"), tz="Europe/Berlin")
    text = path.read_text(encoding="utf-8-sig")
    assert "2026-11-19 21:30:00+00:00" in text and "-06:00" not in text
    assert text.count("America/Chicago") == 2  # the interview's own zone, for the views
    fk.mark_sent(path, f"{fk.log.interview_key(iv)}-dana-rivera",
                 datetime(2026, 11, 19, 17, 40, tzinfo=CHICAGO), tz="America/Chicago")
    text = path.read_text(encoding="utf-8-sig")
    assert "2026-11-19 23:40:00+00:00" in text and "-06:00" not in text
    log = fk.read_log(path, tz="America/Chicago")
    assert log["sent_at"].iloc[0] == datetime(2026, 11, 19, 17, 40, tzinfo=CHICAGO)


def test_an_old_log_rewritten_by_mark_sent_keeps_every_instant_now_in_utc(tmp_path):
    path = _write(tmp_path, f"{HEADER}\n{OLD_ROW}\n{ROW_2}\n")
    before = fk.read_log(path, tz="UTC")
    fk.mark_sent(path, "f2", datetime(2026, 11, 20, 9, 0, tzinfo=CHICAGO), tz="UTC")
    after = fk.read_log(path, tz="UTC")
    pd.testing.assert_series_equal(after["interview_end"], before["interview_end"])
    assert after["sent_at"].iloc[0] == before["sent_at"].iloc[0]
    written = pd.read_csv(path, encoding="utf-8-sig", dtype=str)
    cells = [*written["interview_end"].dropna(), *written["sent_at"].dropna()]
    assert len(cells) == 4 and all(cell.endswith("+00:00") for cell in cells)


def test_a_time_zone_cell_that_is_not_a_zone_names_row_and_column(tmp_path):
    path = _write(tmp_path, f"{HEADER},time_zone\n{ROW_1},America/Chicago\n{ROW_2},Chicago\n")
    error = _error(path)
    assert (error.row, error.column) == (3, "time_zone")
    assert "'Chicago'" in str(error) and "America/Chicago" in str(error)
    folder = _write(tmp_path, f"{HEADER},time_zone\n{ROW_1},America\n", "folder.csv")
    assert "'America' is not a time zone" in str(_error(folder))  # a folder of zones


def test_a_time_typed_without_offset_is_taken_in_its_interviews_own_zone(tmp_path):
    rows = ("f1,i1,Acme,Clerk,2026-12-01 19:45:00+00:00,Dana Rivera,email,2026-12-01 16:05,"
            "America/Chicago\n"
            "f2,i2,Acme,Clerk,2026-12-01 19:45:00+00:00,Omar Haddad,email,2026-12-01 22:05,\n")
    path = _write(tmp_path, f"{HEADER},time_zone\n{rows}")
    with pytest.warns(UserWarning, match="their interview's own zone"):
        log = fk.read_log(path, tz="UTC")  # a server: typed in Chicago, read in UTC
    assert log["sent_at"].tolist() == [datetime(2026, 12, 1, 22, 5, tzinfo=UTC)] * 2
