import subprocess
import sys

from followkit.cli import main


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
