"""A draft opened in a real mail program (Debian's neomutt, under tmux) goes to its To only."""

import shutil
import subprocess
import time

import pytest

import followkit as fk
from followkit.exports import eml_draft

pytestmark = pytest.mark.skipif(not (shutil.which("neomutt") and shutil.which("tmux")),
                                reason="needs Debian's neomutt and tmux")


def wait_for(predicate, seconds=20.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def send_with_neomutt(tmp_path, draft: bytes):
    """Open ``draft`` in neomutt's compose screen, press y, return (screen, recipients, sent)."""
    (tmp_path / "draft.eml").write_bytes(draft)
    sendmail = tmp_path / "sendmail.sh"
    sendmail.write_text(f'#!/bin/sh\necho "$@" > {tmp_path}/args.txt\n'
                        f"cat > {tmp_path}/sent.eml\n")
    sendmail.chmod(0o755)
    (tmp_path / "inbox").touch()
    (tmp_path / "muttrc").write_text(
        f'set sendmail="{sendmail}"\nset autoedit=yes\nset editor=true\nset copy=no\n'
        f'set record=""\nset folder={tmp_path}\nset spoolfile={tmp_path}/inbox\n'
        "set mbox_type=mbox\nset abort_noattach=no\nset fast_reply=yes\n"
        "set from=sam@example.com\n")
    socket = str(tmp_path / "tmux.sock")
    tmux = ["tmux", "-S", socket]
    subprocess.run([*tmux, "new-session", "-d", "-x", "200", "-y", "40",
                    f"neomutt -n -F {tmp_path}/muttrc -H {tmp_path}/draft.eml"], check=True)
    try:
        def screen():
            return subprocess.run([*tmux, "capture-pane", "-p"], capture_output=True,
                                  text=True, check=False).stdout
        assert wait_for(lambda: "y:Send" in screen()), screen()
        shown = screen()
        subprocess.run([*tmux, "send-keys", "y"], check=True)
        assert wait_for(lambda: (tmp_path / "sent.eml").exists()
                        and (tmp_path / "args.txt").exists()), screen()
        time.sleep(0.3)
        return (shown, (tmp_path / "args.txt").read_text().split(),
                (tmp_path / "sent.eml").read_text())
    finally:
        subprocess.run([*tmux, "kill-server"], check=False, capture_output=True)


def test_a_name_that_tries_to_add_a_bcc_sends_to_the_interviewer_only(tmp_path):
    person = fk.Interviewer(name="Dana\r\nBcc: evil@attacker.example",
                            email="dana@example.com")
    letter = fk.Letter(interviewer=person, channel="email", subject="Thank you — Иван Петров",
                       body="Thank you for today.")
    shown, recipients, sent = send_with_neomutt(
        tmp_path, eml_draft(letter, fk.Candidate(name="Sam Lee", email="sam@example.com")))
    assert "Subject: Thank you — Иван Петров" in shown
    assert [r for r in recipients if "@" in r] == ["dana@example.com"]
    assert "evil@attacker.example" not in " ".join(recipients)
    assert not [line for line in sent.splitlines() if line.lower().startswith("bcc")]
