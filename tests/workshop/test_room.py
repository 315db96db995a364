"""Serving a room: an empty drop folder, the link with its token, a QR code, the printouts."""

from datetime import UTC, datetime
from html import escape
from pathlib import Path

import pytest

import followkit as fk
from followkit.workshop._handouts import answer_key_html, handout_html
from followkit.workshop._room import CULL, prepare_room, room_link, voila_command

DATA = Path(__file__).resolve().parents[2] / "data" / "workshop"
WHEN = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def lesson():
    return fk.load_lesson(DATA)


def test_a_room_starts_from_an_empty_drop_folder_with_link_qr_and_printouts(tmp_path, lesson):
    (tmp_path / "rehearsal").mkdir()
    (tmp_path / "rehearsal" / "workshop-p-0123456789abcdef.json").write_text("{}")
    room = prepare_room(tmp_path, lesson, port=8870, token="abc123", when=WHEN)
    assert list(room.drop_folder.iterdir()) == []
    assert room.link == "http://127.0.0.1:8870/?token=abc123"
    assert room.qr.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    handout = (room.print_folder / "handout.html").read_text()
    assert escape(room.link) in handout and "data:image/png;base64," in handout


def test_the_qr_code_encodes_exactly_the_link(tmp_path, lesson):
    from io import BytesIO

    import segno

    room = prepare_room(tmp_path, lesson, token="tok", when=WHEN)
    assert room.link == room_link("127.0.0.1", 8866, "tok")
    expected = BytesIO()
    segno.make(room.link, error="m").save(expected, kind="png", scale=10, border=4)
    assert room.qr.read_bytes() == expected.getvalue()


def test_a_room_on_the_network_is_asked_for_and_links_to_a_reachable_address(tmp_path, lesson):
    room = prepare_room(tmp_path, lesson, host="0.0.0.0", token="t", when=WHEN)
    assert "0.0.0.0" not in room.link and room.link.endswith(":8866/?token=t")
    command = voila_command("voila", "workshop.ipynb", room)
    assert "--Voila.ip=0.0.0.0" in command and "--token=t" in command
    assert f"--MappingKernelManager.cull_idle_timeout={CULL['cull_idle_timeout']}" in command
    assert CULL["cull_idle_timeout"] <= 300 and CULL["cull_connected"] is False


def test_the_answer_key_is_made_from_the_lesson(lesson):
    key = answer_key_html(lesson)
    for question in lesson.quiz:
        right = next(c for c in question.choices if c.correct)
        assert escape(right.text) in key
    for exercise in lesson.letters:
        assert escape(exercise.answer) in key
        assert all(code in key for code in exercise.flaws)
    for person in lesson.panel.interview.interviewers:
        assert escape(person.topics[0]) in key


def test_the_handout_gives_the_guides_rules_and_timing(lesson):
    page = handout_html(lesson)
    assert "24 hours" in page and "as soon as possible" in page
    for rule in fk.RULES:
        assert escape(rule.message) in page


def test_the_room_script_prepares_and_prints_the_full_link(tmp_path, capsys):
    import importlib.util

    script = DATA.parents[1] / "deploy" / "room" / "workshop_app.py"
    spec = importlib.util.spec_from_file_location("workshop_app", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--dry-run", "--exports", str(tmp_path), "--port", "8899"]) == 0
    printed = capsys.readouterr().out
    assert "http://127.0.0.1:8899/?token=" in printed and "?token=…" not in printed
    (drop,) = [p for p in tmp_path.iterdir() if not p.name.endswith("-print")]
    assert list(drop.iterdir()) == [] and str(drop) in printed
