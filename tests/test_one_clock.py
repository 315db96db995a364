"""One follow-up, every view: the same clock time in the interview's own zone, with its letters.

The log keeps the times in UTC (as on a server); the interview was in Chicago. Its window
closes Wed 2 Dec 1:45 pm CST: the coach, the history notebook's due list and sentences,
`report` (text, JSON, HTML), `due` and the calendar reminders all say so.
"""

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import followkit as fk
from followkit.cli._main import main
from followkit.log import append_followups, due, log_rows, read_log

ENDED = datetime(2026, 12, 1, 13, 45, tzinfo=ZoneInfo("America/Chicago"))
NOW = "2026-12-01T20:00:00+00:00"
CLOCK = "1:45 pm CST"


def test_every_view_shows_the_deadline_at_the_same_clock_time_and_zone(tmp_path, capsys):
    from followkit.exports._reminders import reminders_ics
    from followkit.history._html import due_html
    from followkit.history._report import render_html_report
    from followkit.history._sentences import _due_sentence
    from followkit.ui.views import window_html

    iv = fk.Interview(company="Harlow & Pike LLP", position="Staff Accountant", ended_at=ENDED,
                      interviewers=[fk.Interviewer(name="Dana Rivera")])
    path = tmp_path / "followups.csv"
    append_followups(path, log_rows(iv, "email"), tz="UTC")
    assert "2026-12-01 19:45:00+00:00" in path.read_text(encoding="utf-8-sig")
    now = datetime.fromisoformat(NOW)
    pending = due(read_log(path, tz="UTC"), now)
    views = {
        "coach": window_html(fk.send_window(ENDED, "email"), now),
        "history due list": due_html(pending),
        "history sentences": _due_sentence(pending),
        "ics": reminders_ics(pending, now).decode().replace("\r\n ", ""),
        "html report": render_html_report(path, tmp_path / "r.html", now=now, tz="UTC"
                                          ).read_text(encoding="utf-8"),
    }
    for command in (["report", str(path)], ["due", str(path)]):
        assert main([*command, "--now", NOW, "--tz", "UTC"]) == 0
        views[" ".join(command[:1])] = capsys.readouterr().out
    for name, text in views.items():
        assert CLOCK in text, name
    assert main(["report", str(path), "--now", NOW, "--tz", "UTC", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)["due"]
    assert row["deadline"] == "2026-12-02T13:45:00-06:00"
    assert row["deadline_text"] == f"Wed 2 Dec {CLOCK}"
    assert ENDED + timedelta(hours=24) == datetime.fromisoformat(row["deadline"])
