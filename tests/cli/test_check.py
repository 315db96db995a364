import json
import subprocess
import sys

from followkit.checks._examples import SAMPLE_LETTER
from followkit.cli._main import main

CONTEXT = ["--company", "Harlow & Pike LLP", "--position", "Senior Staff Accountant",
           "--interviewer", "Dana Rivera", "--salutation", "Ms. Rivera"]


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_clean_letter_prints_nothing_and_exits_0(tmp_path, capsys):
    assert main(["check", _write(tmp_path, "ok.txt", SAMPLE_LETTER), *CONTEXT]) == 0
    assert capsys.readouterr().out == ""


def test_findings_print_like_a_linter_and_an_error_exits_1(tmp_path, capsys):
    text = SAMPLE_LETTER.replace("Thank you for meeting", "I enjoyed meeting")
    path = _write(tmp_path, "bad.txt", text.replace("Sincerely,", "Cheers,"))
    assert main(["check", path, *CONTEXT]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:5: FK102 error thanks-first: Thank the reader")
    assert out[1].startswith(f"{path}:11: FK108 warning sign-off: ")


def test_warnings_only_exit_0_and_severity_can_raise_them(tmp_path, capsys):
    path = _write(tmp_path, "w.txt", SAMPLE_LETTER.replace("Sincerely,", "Cheers,"))
    assert main(["check", path]) == 0
    assert main(["check", path, "--severity", "FK108=error"]) == 1
    assert main(["check", path, "--disable", "FK108,FK305"]) == 0


def test_json_output_lists_findings(tmp_path, capsys):
    path = _write(tmp_path, "w.txt", SAMPLE_LETTER.replace("Sincerely,", "Cheers,"))
    assert main(["check", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {"findings": [{
        "code": "FK108", "name": "sign-off", "severity": "warning", "line": 11,
        "message": data["findings"][0]["message"]}]}
    assert "“Cheers,”" in data["findings"][0]["message"]


def test_several_files_are_checked_and_the_worst_exit_code_wins(tmp_path, capsys):
    good = _write(tmp_path, "good.txt", SAMPLE_LETTER)
    bad = _write(tmp_path, "bad.txt", SAMPLE_LETTER.replace("Ms. Rivera", "[Name]"))
    assert main(["check", good, bad]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:3: FK203 error placeholder" in out and "good.txt" not in out


def test_context_options_feed_the_rules(tmp_path, capsys):
    path = _write(tmp_path, "l.txt", SAMPLE_LETTER)
    code = main(["check", path, *CONTEXT, "--interview-end", "2026-11-19T15:30-06:00",
                 "--sent-at", "2026-11-19T15:45-06:00", "--to", "dana@example",
                 "--other-company", "Harlow"])
    out = capsys.readouterr().out
    assert code == 1
    assert "FK401 warning too-soon" in out and "FK602 error address" in out


def test_locale_sets_the_dialect_spelling_follows(tmp_path, capsys):
    path = _write(tmp_path, "l.txt", SAMPLE_LETTER.replace("the ERP", "the colour-coded ERP"))
    main(["check", path, "--locale", "en-US"])
    assert "“colour” is the British English spelling" in capsys.readouterr().out
    main(["check", path])  # no locale: the letter's only dialect spelling is British
    assert "colour" not in capsys.readouterr().out
    main(["check", path, "--locale", "en_gb"])
    assert "colour" not in capsys.readouterr().out
    assert main(["check", path, "--locale", "fr"]) == 2
    assert "locale 'fr' is not supported; use one of en-US, en-GB" in capsys.readouterr().err


def test_unknown_code_is_bad_usage_with_a_clear_message(tmp_path, capsys):
    path = _write(tmp_path, "l.txt", SAMPLE_LETTER)
    assert main(["check", path, "--disable", "FK999"]) == 2
    assert "unknown rule code 'FK999'" in capsys.readouterr().err
    assert main(["check", path, "--severity", "FK101"]) == 2
    assert "expected CODE=LEVEL" in capsys.readouterr().err


def test_empty_binary_missing_and_huge_files_get_a_message_not_a_traceback(tmp_path, capsys):
    empty = _write(tmp_path, "empty.txt", "\n\n")
    binary = tmp_path / "b.bin"
    binary.write_bytes(bytes(range(256)) * 10)
    huge = _write(tmp_path, "huge.txt", "word " * 250_000)
    for path, words in ((empty, "is empty"), (str(binary), "is not text"),
                        (str(tmp_path / "missing.txt"), "No such file"),
                        (huge, "over 1 MB")):
        assert main(["check", path]) == 1
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err


def test_dash_reads_standard_input():
    out = subprocess.run(
        [sys.executable, "-m", "followkit", "check", "-"],
        input=SAMPLE_LETTER.replace("Sincerely,", "Cheers,"), capture_output=True, text=True,
    )
    assert out.returncode == 0
    assert out.stdout.startswith("<stdin>:11: FK108 warning sign-off:")


def test_check_command_does_not_import_pandas(tmp_path):
    path = _write(tmp_path, "l.txt", SAMPLE_LETTER)
    code = ("import sys; from followkit.cli._main import main; "
            f"main(['check', {path!r}, '--to', 'a@example.com']); "
            "print(sorted(m for m in ('pandas', 'numpy', 'jinja2') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
