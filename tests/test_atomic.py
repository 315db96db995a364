import os
import stat

import pytest

from followkit._atomic import atomic_open, write_atomic


def test_write_atomic_replaces_the_file_and_leaves_no_temp_file(tmp_path):
    path = tmp_path / "a" / "note.txt"
    write_atomic(path, "first")
    write_atomic(path, b"second")
    assert path.read_text() == "second"
    assert sorted(p.name for p in path.parent.iterdir()) == ["note.txt"]


def test_an_error_while_writing_keeps_the_old_file_whole(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("old rows\n")
    with pytest.raises(RuntimeError), atomic_open(path, "w") as handle:
        handle.write("half of the new rows")
        raise RuntimeError("crash mid-write")
    assert path.read_text() == "old rows\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.csv"]


def test_a_failed_rename_keeps_the_old_file_and_removes_the_temp(tmp_path, monkeypatch):
    path = tmp_path / "log.csv"
    path.write_text("old rows\n")
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(28, "No space")))
    with pytest.raises(OSError, match="No space"):
        write_atomic(path, "new rows\n")
    assert path.read_text() == "old rows\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.csv"]


def test_an_existing_files_permissions_are_kept(tmp_path):
    path = tmp_path / "profile.json"
    path.write_text("{}")
    path.chmod(0o600)
    write_atomic(path, "{}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
