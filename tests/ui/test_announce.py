"""The send-window countdown is read out on a change of state and at the last hour's marks."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followkit.timing import send_window
from followkit.ui.announce import countdown_announcement, countdown_phase

ENDED = datetime(2026, 11, 19, 15, 30, tzinfo=ZoneInfo("America/Chicago"))
EMAIL = send_window(ENDED, "email")


def heard_over(window, start, minutes, step=0.5):
    """Tick every ``step`` minutes for ``minutes`` from ``start``: the texts read out, in order."""
    heard, said = None, []
    for i in range(int(minutes / step) + 1):
        heard, text = countdown_announcement(heard, window, start + timedelta(minutes=i * step))
        if text is not None:
            said.append(text)
    return said


def test_the_first_call_announces_the_state_in_words():
    phase, text = countdown_announcement(None, EMAIL, ENDED + timedelta(minutes=48))
    assert phase == "too_soon"
    assert text.startswith("Not yet. Send between 4:30 pm and tomorrow 3:30 pm CST")
    assert "(in 1 h 12 min)" in text


def test_ticks_within_one_state_say_nothing():
    heard, _ = countdown_announcement(None, EMAIL, ENDED + timedelta(minutes=5))
    for minutes in (5.5, 6, 30, 59.5):
        heard, text = countdown_announcement(heard, EMAIL, ENDED + timedelta(minutes=minutes))
        assert (heard, text) == ("too_soon", None)


def test_a_day_of_ticks_says_only_the_changes_and_the_last_hour():
    said = heard_over(EMAIL, ENDED + timedelta(minutes=30), 25 * 60)
    assert [s.split(".")[0] for s in said] == ["Not yet", "Time to send", "Time to send",
                                               "Time to send", "Time to send",
                                               "Time to send", "Late"]
    assert said[1].startswith("Time to send. Send between 4:30 pm")
    assert [s.split(". ")[1].split(" left")[0] for s in said[2:6]] == [
        "1 h", "30 min", "15 min", "5 min"]
    assert "window closed" in said[-1]


def test_a_handwritten_note_is_open_at_once_and_counts_down_its_last_hour():
    note = send_window(ENDED, "handwritten")
    assert countdown_phase(note, ENDED) == "open"
    assert countdown_phase(note, note.latest - timedelta(minutes=59)) == "closing-60"
    assert countdown_phase(note, note.latest - timedelta(minutes=10)) == "closing-15"
    assert countdown_phase(note, note.latest + timedelta(seconds=1)) == "closed"


def test_a_new_phase_is_announced_even_when_the_clock_jumps_back():
    heard, _ = countdown_announcement(None, EMAIL, EMAIL.latest + timedelta(hours=2))
    phase, text = countdown_announcement(heard, EMAIL, ENDED + timedelta(hours=3))
    assert phase == "open" and text.startswith("Time to send.")


def test_the_coach_reads_the_countdown_out_only_when_there_is_news(interview, candidate,
                                                                  tmp_path):
    from followkit.ui.formdata import form_from_interview
    from followkit.ui.screen import Coach

    clock = {"now": interview.ended_at + timedelta(minutes=48)}
    screen = Coach(values=form_from_interview(interview, candidate), now=lambda: clock["now"],
                   debounce=0, exports_dir=tmp_path / "exports", log_path=tmp_path / "log.csv",
                   profile_path=tmp_path / "profile.json")
    tab = next(iter(screen.panel.tabs.values()))
    first = tab.announce.value
    assert "fk-sr-only" in first and "aria-live='polite'" in first and "Not yet." in first
    tab.announce.value = ""
    clock["now"] += timedelta(minutes=5)
    screen.show_windows()
    assert tab.announce.value == ""  # a tick: the countdown on screen changed, nothing said
    assert "in 1 h 7 min" in tab.window.value
    window = send_window(interview.ended_at, "email")
    clock["now"] = window.earliest + timedelta(minutes=1)
    screen.show_windows()
    assert "Time to send." in tab.announce.value
