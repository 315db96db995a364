"""One follow-up, every view: the same clock time in the interview's own zone, with its letters.

The log keeps the times in UTC; the interview was in Chicago, and the machine reading the log
may be anywhere (a server in UTC, a laptop in Tokyo). The window closes Wed 2 Dec 1:45 pm CST:
the coach (its window sentence and its .ics), the history notebook (its due list, its "Mark as
sent" rows and its sentences), `report` (text, JSON, HTML), `due`, `window --zone` and the
calendar reminders of what is due all say so.
"""

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

import followkit as fk
from followkit.cli._main import main
from followkit.log import append_followups, due, log_rows, read_log

ENDED = datetime(2026, 12, 1, 13, 45, tzinfo=ZoneInfo("America/Chicago"))
NOW = "2026-12-01T20:00:00+00:00"
CLOCK = "1:45 pm CST"


def _due_rows_text(pending, now) -> str:
    from followkit.ui.due_rows import DueRows
    from followkit.ui.status import Status

    rows = DueRows(lambda _fid, _text: Status("ok", ""))
    rows.show(pending, now)
    [row] = rows.widget.children
    return row.children[0].children[0].value


@pytest.mark.parametrize("machine", ["UTC", "Asia/Tokyo"])
def test_every_view_shows_the_deadline_at_the_same_clock_time_and_zone(tmp_path, capsys,
                                                                       machine):
    from followkit.exports._reminders import reminders_ics
    from followkit.history._html import due_html
    from followkit.history._report import render_html_report
    from followkit.history._sentences import _due_sentence
    from followkit.ui.views import window_html

    iv = fk.Interview(company="Harlow & Pike LLP", position="Staff Accountant", ended_at=ENDED,
                      interviewers=[fk.Interviewer(name="Dana Rivera")])
    path = tmp_path / "followups.csv"
    append_followups(path, log_rows(iv, "email"), tz=machine)
    written = path.read_text(encoding="utf-8-sig")
    assert "2026-12-01 19:45:00+00:00" in written and "America/Chicago" in written
    now = datetime.fromisoformat(NOW)
    pending = due(read_log(path, tz=machine), now)
    window = fk.send_window(ENDED, "email")
    [letter] = fk.compose(iv, fk.Candidate(name="Alex Morgan"), "email")
    views = {
        "coach": window_html(window, now),
        "coach .ics": fk.ics_reminder(letter, iv, window, now=now).decode(),
        "history due list": due_html(pending),
        "history mark-as-sent rows": _due_rows_text(pending, now),
        "history sentences": _due_sentence(pending),
        "reminders .ics": reminders_ics(pending, now).decode(),
        "html report": render_html_report(path, tmp_path / "r.html", now=now, tz=machine
                                          ).read_text(encoding="utf-8"),
    }
    for command in (["report", str(path)], ["due", str(path)]):
        assert main([*command, "--now", NOW, "--tz", machine]) == 0
        views[command[0]] = capsys.readouterr().out
    assert main(["window", "--interview-end", "2026-12-01 13:45",
                 "--zone", "America/Chicago"]) == 0
    views["window --zone"] = capsys.readouterr().out
    for name, text in views.items():
        assert CLOCK in text.replace("\r\n ", ""), name  # .ics folds its long lines
    assert main(["report", str(path), "--now", NOW, "--tz", machine, "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)["due"]
    assert row["deadline"] == "2026-12-02T13:45:00-06:00"
    assert row["deadline_text"] == f"Wed 2 Dec {CLOCK}"
    assert ENDED + timedelta(hours=24) == datetime.fromisoformat(row["deadline"])
