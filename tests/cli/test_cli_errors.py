"""No raw error at the command line: each mistake gets a sentence and the usual exit code."""

import json

from followkit.cli._main import main
from followkit.log import SAMPLE_LOG_PATH

NOW = ["--now", "2026-11-01T00:00Z"]


def test_report_plot_with_a_wrong_suffix_says_what_to_give(tmp_path, capsys):
    assert main(["report", str(SAMPLE_LOG_PATH), "--plot", str(tmp_path / "chart.csv"),
                 *NOW]) == 1
    err = capsys.readouterr().err
    assert "give a file name ending in .png" in err and "Traceback" not in err
    assert not (tmp_path / "chart.csv").exists()


def test_report_plot_without_a_suffix_names_the_file_it_wrote(tmp_path, capsys):
    assert main(["report", str(SAMPLE_LOG_PATH), "--plot", str(tmp_path / "adir"), *NOW]) == 0
    assert f"chart saved to {tmp_path / 'adir.png'}" in capsys.readouterr().err
    assert (tmp_path / "adir.png").stat().st_size > 0


def test_report_plot_into_a_folder_writes_a_png_in_it(tmp_path, capsys):
    assert main(["report", str(SAMPLE_LOG_PATH), "--plot", str(tmp_path), *NOW]) == 0
    written = tmp_path / "hours-to-send.png"
    assert f"chart saved to {written}" in capsys.readouterr().err and written.exists()


def test_window_at_the_end_of_the_calendar_is_a_clear_error(capsys):
    assert main(["window", "--interview-end", "9999-12-31T23:00:00+00:00"]) == 1
    assert "too close to the end of the calendar" in capsys.readouterr().err


def test_check_json_keeps_its_shape_when_the_file_cannot_be_read(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.txt"), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["findings"] == [] and "No such file" in out["error"]


def test_check_json_of_several_files_marks_the_unreadable_one(tmp_path, capsys):
    letter = tmp_path / "a.txt"
    letter.write_text("Subject: Thank you\n\nDear Dana,\n\nThank you for today.\n\nBest,\nSam\n")
    assert main(["check", str(letter), str(tmp_path / "nope.txt"), "--json"]) == 1
    files = json.loads(capsys.readouterr().out)["files"]
    assert [f["file"] for f in files] == [str(letter), str(tmp_path / "nope.txt")]
    assert "error" not in files[0] and "No such file" in files[1]["error"]


def test_send_window_at_the_end_of_the_calendar_is_a_timing_error():
    from datetime import UTC, datetime

    import pytest

    import followkit as fk

    with pytest.raises(fk.TimingError, match="end of the calendar"):
        fk.send_window(datetime(9999, 12, 31, 23, tzinfo=UTC), "email")
