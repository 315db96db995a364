import os
import shutil

import pytest

import followkit as fk
from followkit.letters._templating import TEMPLATE_NAMES, default_templates, render


@pytest.fixture
def pack(tmp_path):
    """A copy of followkit's own pack, as a career center would start one."""
    folder = tmp_path / "pack"
    shutil.copytree(default_templates(), folder)
    return folder


def _write(path, text):
    """Write a template and move its mtime on, so a cached version is never reused."""
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_default_pack_holds_every_template():
    for name in TEMPLATE_NAMES:
        assert (default_templates() / name).is_file()


def test_a_career_center_pack_changes_the_wording(pack, interview, candidate):
    _write(pack / "subject.txt.j2", "Thanks from {{ my_name }}: {{ position }}\n")
    text = (pack / "email.txt.j2").read_text(encoding="utf-8")
    _write(pack / "email.txt.j2", text.replace("Dear ", "Hello "))
    letters = fk.compose(interview, candidate, templates=pack)
    assert letters[0].subject == "Thanks from Sam Lee: Senior Staff Accountant"
    assert letters[0].body.startswith("Hello Ms. Rivera,")


def test_unknown_field_names_the_file_the_line_and_the_field(pack, interview, candidate):
    _write(pack / "email.txt.j2", "Dear {{ greeting_name }},\n\nHi {{ candidate_nme }}.\n")
    with pytest.raises(fk.TemplateError) as info:
        fk.compose(interview, candidate, templates=pack)
    err = info.value
    assert (err.path, err.line, err.field) == (str(pack / "email.txt.j2"), 3, "candidate_nme")
    assert f"{pack / 'email.txt.j2'}, line 3: 'candidate_nme' is not a field" in str(err)
    assert "my_name" in str(err)  # says what it may use instead


def test_unknown_field_is_caught_in_a_branch_this_letter_does_not_take(pack, interview, candidate):
    _write(pack / "handwritten.txt.j2",
           "Dear {{ greeting_name }},\n\n{% if v.opening == 3 %}\n{{ compnay }}\n{% endif %}\n")
    with pytest.raises(fk.TemplateError) as info:
        fk.compose(interview, candidate, channel="handwritten", templates=pack)
    assert (info.value.line, info.value.field) == (4, "compnay")


def test_unknown_attribute_of_a_field_names_the_line_and_the_attribute(pack, interview, candidate):
    _write(pack / "subject.txt.j2", "Thank you\n{{ v.greeting }}\n")
    with pytest.raises(fk.TemplateError) as info:
        fk.compose(interview, candidate, templates=pack)
    assert (info.value.line, info.value.field) == (2, "greeting")
    assert "subject.txt.j2, line 2" in str(info.value)


def test_syntax_error_names_the_file_and_line(pack, interview, candidate):
    _write(pack / "email.txt.j2", "Dear {{ greeting_name }},\n\n{% if skills %}\nno end\n")
    with pytest.raises(fk.TemplateError) as info:
        fk.compose(interview, candidate, templates=pack)
    assert info.value.path == str(pack / "email.txt.j2")
    assert info.value.line == 4
    assert "syntax" in str(info.value)


def test_sandbox_refuses_unsafe_code_naming_the_line_and_attribute(pack, interview, candidate):
    _write(pack / "email.txt.j2",
           "Dear {{ greeting_name }},\n\n{{ company.__class__.__mro__ }}\n")
    with pytest.raises(fk.TemplateError) as info:
        fk.compose(interview, candidate, templates=pack)
    assert info.value.line == 3
    assert info.value.field == "__class__"
    assert "unsafe" in str(info.value)


def test_a_template_that_fails_while_rendering_names_the_line(pack, interview, candidate):
    _write(pack / "subject.txt.j2", "Thank you\n{{ 1 // 0 }}\n")
    with pytest.raises(fk.TemplateError) as info:
        fk.compose(interview, candidate, templates=pack)
    assert info.value.line == 2
    assert "ZeroDivisionError" in str(info.value)


def test_missing_template_file_says_what_a_pack_needs(pack, interview, candidate):
    (pack / "handwritten.txt.j2").unlink()
    with pytest.raises(fk.TemplateError) as info:
        fk.compose(interview, candidate, channel="handwritten", templates=pack)
    assert info.value.path == str(pack / "handwritten.txt.j2")
    assert "email.txt.j2, handwritten.txt.j2, subject.txt.j2" in str(info.value)


def test_a_folder_that_does_not_exist_is_a_template_error(tmp_path, interview, candidate):
    with pytest.raises(fk.TemplateError) as info:
        fk.compose(interview, candidate, templates=tmp_path / "nowhere")
    assert "is not a folder" in str(info.value)


def test_an_edited_template_is_read_again(pack):
    context = {"position": "Nurse"}
    _write(pack / "subject.txt.j2", "One {{ position }}")
    assert render(pack, "subject.txt.j2", context) == "One Nurse"
    _write(pack / "subject.txt.j2", "Two {{ position }}")
    assert render(pack, "subject.txt.j2", context) == "Two Nurse"


def test_jinja2_is_imported_only_when_a_letter_is_rendered():
    import subprocess
    import sys

    code = ("import sys, followkit; before = 'jinja2' in sys.modules; "
            "from followkit.letters._templating import render; "
            "render(None, 'subject.txt.j2', {'position': 'Nurse'}); "
            "print(before, 'jinja2' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
