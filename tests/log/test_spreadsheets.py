"""Logs kept in a spreadsheet: read directly (.xlsx, .ods), and a real round trip through
LibreOffice Calc headless (Debian's libreoffice-calc-nogui): CSV -> xlsx -> CSV with the UTF-8
and the semicolon filters. Every row and value survives and no formula is created."""

import shutil
import subprocess
import warnings
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd
import pytest

import followkit as fk

CHICAGO = ZoneInfo("America/Chicago")
END = datetime(2026, 11, 19, 15, 30, tzinfo=CHICAGO)
# What a person types, including cells a spreadsheet would run and names in many scripts.
ROWS = [
    {"followup_id": "f1", "interview_id": "i1", "company": "Acme, Inc.", "position": "Clerk",
     "interview_end": END, "interviewer": "José Núñez", "interviewer_role": "hiring manager",
     "channel": "email", "sent_at": END + timedelta(hours=2), "outcome": "none",
     "notes": '=HYPERLINK("http://x")'},
    {"followup_id": "f2", "interview_id": "i1", "company": "Acme, Inc.", "position": "Clerk",
     "interview_end": END, "interviewer": "山田 太郎", "channel": "handwritten",
     "notes": "+1+2"},
    {"followup_id": "f3", "interview_id": "i2", "company": "Zoë's \"Café\"", "position": "Cook",
     "interview_end": END + timedelta(days=3), "interviewer": "Олег Смирнов",
     "channel": "email", "sent_at": END + timedelta(days=3, hours=5),
     "response_at": END + timedelta(days=6), "outcome": "offer", "notes": "@SUM(1+1); -5"},
]


def _soffice() -> str:
    found = shutil.which("soffice")
    assert found, ("LibreOffice is missing: these tests need Debian's libreoffice-calc-nogui "
                   "(apt-get install -y libreoffice-calc-nogui)")
    return found


def _convert(source: Path, target: str, outdir: Path, profile: Path, infilter=None) -> Path:
    outdir.mkdir(exist_ok=True)
    command = [_soffice(), "--headless", "--norestore",
               f"-env:UserInstallation={profile.as_uri()}"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", target, "--outdir", str(outdir), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=240)
    made = outdir / f"{source.stem}.{target.split(':')[0]}"
    assert made.is_file(), f"soffice made no {made.name}"
    return made


def _read(path) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fk.read_log(path, tz=CHICAGO)


@pytest.fixture(scope="module")
def trip(tmp_path_factory):
    """The log as followkit writes it, and what LibreOffice makes of it."""
    folder = tmp_path_factory.mktemp("calc")
    profile = folder / "profile"  # its own profile: parallel runs would collide on one
    log = folder / "log.csv"
    fk.append_followups(log, ROWS, tz=CHICAGO)
    utf8 = "CSV:44,34,76,1"
    made = {"csv": log,
            "xlsx": _convert(log, "xlsx", folder / "xlsx", profile, utf8),
            "ods": _convert(log, "ods", folder / "ods", profile, utf8),
            "default_import": _convert(log, "xlsx", folder / "plain", profile)}
    made["csv_utf8"] = _convert(made["xlsx"], "csv:Text - txt - csv (StarCalc):44,34,76,1",
                                folder / "back", profile)
    made["csv_semicolon"] = _convert(made["xlsx"],
                                     "csv:Text - txt - csv (StarCalc):59,34,76,1",
                                     folder / "semi", profile)
    return made


@pytest.mark.parametrize("kind", ["xlsx", "ods", "csv_utf8", "csv_semicolon"])
def test_every_row_and_value_survives_libreoffice(trip, kind):
    pd.testing.assert_frame_equal(_read(trip[kind]), _read(trip["csv"]))


def test_the_semicolon_export_is_read_as_semicolons(trip):
    assert _read(trip["csv_semicolon"]).attrs["delimiter"] == ";"


def test_no_formula_is_created_in_the_xlsx(trip):
    with zipfile.ZipFile(trip["xlsx"]) as book:
        sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/")]
        xml = "".join(book.read(n).decode("utf-8") for n in sheets)
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
    assert "<f>" not in xml and "<f " not in xml
    assert "&apos;=HYPERLINK(&quot;http://x&quot;)" in strings  # shown as text, quote and all


def test_libreoffices_default_import_is_detected_and_the_setting_named(trip):
    with pytest.raises(fk.LogError) as caught:
        _read(trip["default_import"])
    assert "Character set: Unicode (UTF-8)" in caught.value.message


def test_a_default_import_without_accents_is_still_caught_by_its_header(tmp_path):
    plain = tmp_path / "plain.csv"
    fk.append_followups(plain, [{**ROWS[1], "interviewer": "Dana Rivera"}], tz=CHICAGO)
    sheet = _convert(plain, "xlsx", tmp_path / "x", tmp_path / "profile")
    with pytest.raises(fk.LogError) as caught:
        _read(sheet)
    assert caught.value.row == 1 and "Character set: Unicode (UTF-8)" in caught.value.message


def test_a_bad_cell_in_a_spreadsheet_names_its_row_and_column(tmp_path, trip):
    bad = tmp_path / "bad.csv"
    text = trip["csv"].read_text(encoding="utf-8-sig").replace("handwritten", "carrier pigeon")
    bad.write_text(text, encoding="utf-8")
    sheet = _convert(bad, "xlsx", tmp_path / "x", tmp_path / "profile", "CSV:44,34,76,1")
    with pytest.raises(fk.LogError) as caught:
        _read(sheet)
    assert (caught.value.row, caught.value.column) == (3, "channel")
    assert "'carrier pigeon'" in caught.value.message


def test_followkit_refuses_to_rewrite_a_spreadsheet_rather_than_corrupt_it(trip, tmp_path):
    copy = tmp_path / "log.xlsx"
    copy.write_bytes(trip["xlsx"].read_bytes())
    with pytest.raises(fk.LogError, match="Save the sheet as CSV UTF-8"):
        fk.append_followups(copy, [{**ROWS[0], "followup_id": "f9"}], tz=CHICAGO)
    assert copy.read_bytes() == trip["xlsx"].read_bytes()
