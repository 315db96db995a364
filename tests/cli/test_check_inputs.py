"""``check`` reads the files people have: .eml, .html, .docx, and says clearly what it cannot."""

import json
from email.message import EmailMessage

import pytest

from followkit.checks._examples import SAMPLE_LETTER
from followkit.cli._main import main

BODY = SAMPLE_LETTER.split("\n\n", 1)[1]
CONTEXT = ["--company", "Harlow & Pike LLP", "--position", "Senior Staff Accountant"]


def _eml(tmp_path, *, html=False, to="Dana Rivera <dana.rivera@example.com>", body=BODY):
    message = EmailMessage()
    message["Subject"] = "Thank you — Senior Staff Accountant interview"
    message["From"] = "Sam Lee <sam@example.com>"
    message["To"] = to
    if html:
        paragraphs = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
        quoted = ('<div class="gmail_quote">On Tue, Nov 17, 2026 at 9:14 AM Dana Rivera wrote:'
                  "<blockquote>Agenda TBD. Bring [Name] badge.</blockquote></div>")
        message.set_content("This mail needs HTML.")
        message.add_alternative(f"<html><body>{paragraphs}{quoted}</body></html>",
                                subtype="html")
        # only the HTML part: drop the plain one
        message = _only_html(message)
    else:
        message.set_content(body)
    path = tmp_path / "letter.eml"
    path.write_bytes(bytes(message))
    return str(path)


def _only_html(message):
    html = message.get_body(preferencelist=("html",))
    only = EmailMessage()
    for key in ("Subject", "From", "To"):
        only[key] = message[key]
    only.set_content(html.get_content(), subtype="html")
    return only


def test_an_eml_is_read_with_its_subject_and_its_to_as_the_interviewer(tmp_path, capsys):
    assert main(["check", _eml(tmp_path), *CONTEXT, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"findings": []}


def test_the_eml_recipient_is_checked_against_the_greeting(tmp_path, capsys):
    path = _eml(tmp_path, to="Omar Haddad <omar.haddad@example.com>")
    assert main(["check", path, *CONTEXT]) == 1
    assert "FK204 error wrong-name" in capsys.readouterr().out


def test_an_html_only_eml_is_turned_into_text_and_its_quoted_chain_ignored(tmp_path, capsys):
    assert main(["check", _eml(tmp_path, html=True), *CONTEXT]) == 0
    out = capsys.readouterr().out
    assert "TBD" not in out and "[Name]" not in out and "FK203" not in out


def test_an_html_file_is_read_as_text(tmp_path, capsys):
    paragraphs = "".join(f"<p>{p.replace(chr(10), '<br/>')}</p>" for p in
                         SAMPLE_LETTER.split("\n\n"))
    path = tmp_path / "letter.html"
    path.write_text(f"<html><head><style>p {{}}</style></head><body>{paragraphs}</body></html>",
                    encoding="utf-8")
    assert main(["check", str(path), *CONTEXT, "--interviewer", "Dana Rivera"]) == 0
    assert capsys.readouterr().out == ""


def test_a_docx_typed_letter_is_read_as_a_letter_with_a_heading(tmp_path, capsys):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    heading = ["Sam Lee", "14 Elm Court", "Baltimore, MD 21201", "sam@example.com", "",
               "November 19, 2026", "", "Ms. Dana Rivera", "Controller", "Harlow & Pike LLP",
               "200 Pratt Street", "Baltimore, MD 21202", "", "Dear Ms. Rivera:", ""]
    for line in heading:
        document.add_paragraph(line)
    for paragraph in BODY.split("\n\n")[1:4]:
        document.add_paragraph(" ".join(paragraph.split("\n")))
    for line in ("Sincerely,", "", "Sam Lee"):
        document.add_paragraph(line)
    path = tmp_path / "letter.docx"
    document.save(path)
    assert main(["check", str(path), *CONTEXT, "--interviewer", "Dana Rivera", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["findings"]
    assert [f["code"] for f in found] == [], found  # no FK601: a typed letter has no subject


@pytest.mark.parametrize("name, data, words", [
    ("broken.docx", b"PK\x03\x04 not really a zip", "not a Word .docx file"),
    ("letter.docx", b"plain text pretending", "not a Word .docx file"),
    ("letter.pdf", b"%PDF-1.7", "a PDF file, which followkit cannot read"),
    ("letter.txt", b"PK\x03\x04\x14\x00", "zip archive"),
    ("empty.eml", b"Subject: hi\r\nContent-Type: image/png\r\n\r\nxxxx", "no text or HTML part"),
])
def test_bad_files_get_a_message_naming_the_file_and_what_is_expected(tmp_path, capsys, name,
                                                                       data, words):
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert words in err and name in err and "Traceback" not in err


def test_json_keeps_its_shape_when_a_file_cannot_be_read(tmp_path, capsys):
    missing = str(tmp_path / "nope.txt")
    assert main(["check", missing, "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["findings"] == [] and "No such file" in data["error"]
    good = tmp_path / "good.txt"
    good.write_text(SAMPLE_LETTER, encoding="utf-8")
    assert main(["check", str(good), missing, "--json"]) == 1
    files = json.loads(capsys.readouterr().out)["files"]
    assert [f["file"] for f in files] == [str(good), missing]
    assert "error" not in files[0] and "No such file" in files[1]["error"]
