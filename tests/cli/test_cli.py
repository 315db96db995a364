import subprocess
import sys

from followkit.cli._main import main


def test_window_prints_times_in_the_interviews_offset_with_the_guides_reasons(capsys):
    assert main(["window", "--interview-end", "2026-11-19T15:30:00-06:00",
                 "--channel", "email"]) == 0
    out = capsys.readouterr().out
    assert "earliest     2026-11-19T16:30-06:00" in out
    assert "recommended  2026-11-19T17:30-06:00" in out
    assert "latest       2026-11-20T15:30-06:00" in out
    assert "wait at least an hour or two" in out
    assert "within 24 hours" in out


def test_window_for_a_handwritten_note_opens_at_the_interview_end(capsys):
    assert main(["window", "--interview-end", "2026-11-19T15:30:00-06:00",
                 "--channel", "handwritten"]) == 0
    out = capsys.readouterr().out
    assert "earliest     2026-11-19T15:30-06:00" in out
    assert "as soon as possible" in out


def test_window_without_an_offset_is_bad_usage_with_a_hint(capsys):
    assert main(["window", "--interview-end", "2026-11-19T15:30:00"]) == 2
    err = capsys.readouterr().err
    assert "has no UTC offset" in err


def test_no_command_is_bad_usage():
    assert main([]) == 2


def test_python_dash_m_followkit_runs():
    out = subprocess.run(
        [sys.executable, "-m", "followkit", "window", "--interview-end", "2026-11-19T15:30Z"],
        capture_output=True, text=True,
    )
    assert out.returncode == 0
    assert "2026-11-20T15:30+00:00" in out.stdout


def _sample():
    import followkit as fk

    return str(fk.SAMPLE_LOG_PATH)


def test_report_prints_summary_findings_and_what_is_due(capsys):
    assert main(["report", _sample(), "--now", "2026-10-30T09:00-05:00",
                 "--tz", "America/Chicago"]) == 0
    out = capsys.readouterr().out
    assert "on time (of those sent):" in out
    assert "FK502 warning everyone-thanked" in out
    assert "Due (3), soonest first" in out


def test_report_json_is_machine_readable(capsys):
    import json

    assert main(["report", _sample(), "--json", "--now", "2026-10-30T09:00-05:00"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["summary"]["by_status"]) == {"early", "on_time", "late", "pending", "missing"}
    assert {f["code"] for f in data["findings"]} == {"FK501", "FK502"}
    assert len(data["due"]) == 3


def test_report_plot_writes_a_png(tmp_path, capsys):
    png = tmp_path / "hours.png"
    assert main(["report", _sample(), "--plot", str(png), "--now", "2026-11-01T00:00Z"]) == 0
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_report_on_a_bad_log_says_why_on_stderr_and_exits_1(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("followup_id,interview_id\nf1,i1\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "followkit", "report", str(bad)],
                         capture_output=True, text=True)
    assert out.returncode == 1
    assert "bad.csv, row 1, column 'company'" in out.stderr
    assert "Traceback" not in out.stderr
