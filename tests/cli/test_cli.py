import subprocess
import sys
import textwrap
from pathlib import Path

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


# --- due and sent: from the command line, through the log's one mark_sent -------------------

def _own_log(tmp_path, monkeypatch):
    """A log of yours, written as the coach writes it: times in UTC, the zone in time_zone."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    import followkit as fk
    from followkit.log import append_followups, log_rows

    iv = fk.Interview(company="Harlow & Pike LLP", position="Staff Accountant",
                      ended_at=datetime(2026, 12, 1, 13, 45, tzinfo=ZoneInfo("America/Chicago")),
                      interviewers=[fk.Interviewer(name="Dana Rivera"),
                                    fk.Interviewer(name="Tom Becker")])
    path = tmp_path / "followups.csv"
    monkeypatch.setenv("TZ", "UTC")
    append_followups(path, log_rows(iv, "email"), tz="UTC")
    monkeypatch.setenv("FOLLOWKIT_LOG", str(path))
    return path


def test_due_lists_your_follow_ups_in_the_interviews_own_zone_with_ids(tmp_path, monkeypatch,
                                                                       capsys):
    _own_log(tmp_path, monkeypatch)
    assert main(["due", "--now", "2026-12-01T20:00Z"]) == 0
    out = capsys.readouterr().out
    assert "by Wed 2 Dec 1:45 pm CST" in out and "23 h 45 min left" in out
    assert "id: 2026-12-01-1345-harlow-pike-llp-dana-rivera" in out


def test_sent_marks_one_follow_up_at_a_local_time_in_the_interviews_zone(tmp_path,
                                                                         monkeypatch, capsys):
    from followkit.log import read_log

    path = _own_log(tmp_path, monkeypatch)
    assert main(["sent", "2026-12-01-1345-harlow-pike-llp-dana-rivera",
                 "--at", "2026-12-01 16:05"]) == 0
    out = capsys.readouterr().out
    assert "Dana Rivera (Harlow & Pike LLP), sent Tue 1 Dec 4:05 pm CST: on time." in out
    sent = read_log(path).set_index("interviewer")["sent_at"]
    assert sent["Dana Rivera"].isoformat() == "2026-12-01T22:05:00+00:00"
    assert sent.isna()["Tom Becker"]
    assert main(["due", "--now", "2026-12-01T23:00Z"]) == 0
    assert "Dana Rivera" not in capsys.readouterr().out


def test_sent_with_an_unknown_id_says_so_and_changes_nothing(tmp_path, monkeypatch, capsys):
    path = _own_log(tmp_path, monkeypatch)
    before = path.read_bytes()
    assert main(["sent", "no-such-id"]) == 1
    assert "no follow-up 'no-such-id'" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_report_on_the_sample_states_its_frozen_date_and_agrees_with_the_history(capsys):
    import followkit as fk
    from followkit.history import SAMPLE_NOW, choose_log, history_view, judging
    from followkit.log import read_log, timeliness

    assert main(["report", _sample()]) == 0
    out = capsys.readouterr().out
    assert "judged as of its frozen date, Fri 30 Oct 2026 9 am CDT" in out
    judged = judging(choose_log(fk.SAMPLE_LOG_PATH), None)
    assert judged.now == SAMPLE_NOW
    view = history_view(timeliness(read_log(fk.SAMPLE_LOG_PATH, tz=judged.tz), judged.now),
                        judged.now)
    assert f"Due ({len(view.pending)}), soonest first" in out
    assert f"never sent  {view.numbers['by_status']['missing']}" in out


def test_window_takes_a_local_time_and_a_zone_name(capsys):
    assert main(["window", "--interview-end", "2026-11-19 15:30", "--zone",
                 "America/Chicago"]) == 0
    out = capsys.readouterr().out
    assert "latest       2026-11-20T15:30-06:00  (Fri 20 Nov 3:30 pm CST)" in out


def test_a_check_loads_the_checker_and_not_the_other_commands_or_the_log():
    code = textwrap.dedent("""
        import runpy, sys
        sys.argv = ["followkit", "check", sys.argv[1]]
        try:
            runpy.run_module("followkit", run_name="__main__")
        except SystemExit:
            pass
        print(sorted(m for m in sys.modules if m.startswith("followkit.") or m == "pandas"))
    """)
    letter = str(Path(__file__).parents[2] / "data/examples/letters/01-accountant-good.txt")
    out = subprocess.run([sys.executable, "-c", code, letter], capture_output=True, text=True,
                         check=True).stdout.splitlines()[-1]
    assert "'followkit.checks._run'" in out
    for absent in ("pandas", "followkit.log", "followkit.history", "followkit.workshop",
                   "followkit.exports", "followkit.cli._report", "followkit.cli._due"):
        assert f"'{absent}'" not in out, absent
