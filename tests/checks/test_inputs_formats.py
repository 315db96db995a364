"""File formats as mail programs and word processors write them: read_input gives the letter."""

import io
from email.message import EmailMessage

import pytest

import followkit as fk
from followkit.checks import read_input, read_letter

LETTER = ("Dear Mr. Osei,\n\nThank you for meeting me on Monday about the Line Cook opening at "
          "Saltmarsh Kitchen. It’s a kitchen I’d be proud to work in.\n\nI enjoyed the tasting "
          "and the talk about your spring menu. Four years on a busy grill line taught me to keep "
          "a station clean and fast under pressure.\n\nI look forward to hearing from you.\n\n"
          "Best regards,\nMina Kowalski\nmina.k@example.net\n")


def _parts(text: str):
    letter = read_letter(text)
    return (letter.greeting.text, [p.text for p in letter.paragraphs], letter.sign_off.text,
            [line.text for line in letter.signature])


def test_a_text_file_saved_as_windows_1252_is_read():
    text = read_input("note.txt", LETTER.encode("cp1252")).text
    assert "It’s a kitchen I’d be proud" in text and "\ufffd" not in text
    assert _parts(text) == _parts(LETTER)


def test_a_file_that_is_no_text_at_all_is_still_refused():
    with pytest.raises(fk.errors.LetterError, match="not text"):
        read_input("note.txt", b"\x81\x8d\x8f\x90\x9d" * 10)


@pytest.mark.parametrize("declared", ["", "us-ascii", "utf-8", "iso-8859-1"])
def test_an_email_whose_charset_is_missing_or_wrong_is_read_as_windows_1252(declared):
    charset = f"; charset={declared}" if declared else ""
    data = (b"From: Mina <mina.k@example.net>\r\nTo: Kofi Osei <kofi@example.org>\r\n"
            b"Subject: Thank you\r\nMIME-Version: 1.0\r\n"
            + f"Content-Type: text/plain{charset}\r\n".encode()
            + b"Content-Transfer-Encoding: 8bit\r\n\r\n"
            + LETTER.replace("\n", "\r\n").encode("cp1252"))
    text = read_input("reply.eml", data).text
    assert "It’s a kitchen I’d be proud" in text, text[:200]


def test_an_email_in_utf_8_keeps_its_accents():
    message = EmailMessage()
    message["Subject"] = "Merci — thank you"
    message["To"] = "Kofi Osei <kofi@example.org>"
    message.set_content(LETTER.replace("Mina Kowalski", "Miná Kowalská"), charset="utf-8",
                        cte="8bit")
    text = read_input("reply.eml", bytes(message)).text
    assert "Miná Kowalská" in text and text.startswith("Subject: Merci — thank you")


def test_a_word_letterhead_in_the_page_header_and_footer_is_read():
    docx = pytest.importorskip("docx")
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Mina Kowalski"
    section.header.add_paragraph("22 Quay Street, Galway | mina.k@example.net")
    section.footer.paragraphs[0].text = "+353 91 555 0142 | linkedin.com/in/minakowalski"
    for line in ["19 November 2026", "", "Mr. Kofi Osei", "Saltmarsh Kitchen", "",
                 *LETTER.split("\n")[:-3], "Mina Kowalski"]:
        document.add_paragraph(line)
    data = io.BytesIO()
    document.save(data)
    letter = read_input("letter.docx", data.getvalue())
    text = letter.text
    assert text.startswith("Mina Kowalski\n22 Quay Street, Galway")
    assert text.rstrip().endswith("linkedin.com/in/minakowalski")
    parsed = read_letter(text)
    assert parsed.greeting.text == "Dear Mr. Osei," and len(parsed.paragraphs) == 3
    assert parsed.heading[0].text == "Mina Kowalski"
    assert "FK107" not in {f.code for f in fk.check(text, channel=letter.channel)}


def test_preformatted_html_keeps_its_line_breaks():
    html = f"<html><body><pre>{LETTER}</pre></body></html>"
    text = read_input("letter.html", html.encode()).text
    assert _parts(text) == _parts(LETTER)
    quoted = (f"<html><body><div>{LETTER.replace(chr(10), '<br>')}</div><blockquote>"
              "<pre>Hi Mina,\nthe trial shift is on TBD.\n</pre></blockquote></body></html>")
    text = read_input("reply.html", quoted.encode()).text
    assert "> the trial shift is on TBD." in text
    assert "TBD" not in read_letter(text).text


def test_an_outlook_msg_file_gets_a_message_on_how_to_save_it():
    with pytest.raises(fk.errors.LetterError, match=r"\.msg files.*Text Only \(\.txt\)"):
        read_input("Thank you.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))


def test_html_signature_table_cells_are_not_run_together():
    html = ("<p>Best regards,</p><table><tr><td>Mina Kowalski<br>Line Cook</td>"
            "<td>mina.k@example.net<br>+353 91 555 0142</td></tr></table>")
    text = read_input("letter.html", html.encode()).text
    assert "Line Cook\nmina.k@example.net" in text


def test_an_html_list_is_one_block_of_lines_not_a_paragraph_per_item():
    paragraphs = LETTER.split("\n\n")
    html = ("<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs[:2])
            + "<p>What I would bring:</p><ul><li>four years on a grill line</li>"
            "<li>a food hygiene certificate</li><li>weekend availability</li></ul>"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs[3:])
            + "</body></html>")
    text = read_input("letter.html", html.encode()).text
    assert "What I would bring:\n- four years on a grill line\n- a food hygiene" in text
    assert len(read_letter(text).paragraphs) == 3


def _addressed(to: str):
    message = EmailMessage()
    message["Subject"] = "Thank you"
    message["To"] = to
    message.set_content(LETTER)
    return read_input("reply.eml", bytes(message))


def test_the_email_recipient_is_taken_as_the_reader_only_when_it_is_one_person():
    assert (_addressed("Kofi Osei <kofi@example.org>").to_name,
            _addressed("Kofi Osei <kofi@example.org>").to_address) == ("Kofi Osei",
                                                                      "kofi@example.org")
    assert _addressed('"Osei, Kofi" <kofi@example.org>').to_name == "Kofi Osei"
    for to in ("Saltmarsh Kitchen Careers <jobs@example.org>", "Recruiting <hr@example.org>",
               "Talent Acquisition <ta@example.org>",
               "Ama Boateng <ama@example.org>, Kofi Osei <kofi@example.org>"):
        found = _addressed(to)
        assert found.to_name == "", to
        assert found.to_address.endswith("@example.org"), to


def test_a_forwarded_email_does_not_take_its_forwardee_as_the_reader():
    message = EmailMessage()
    message["Subject"] = "Fwd: Thank you"
    message["To"] = "Ana Coach <ana@example.com>"
    message.set_content("Here is what I sent.\n\n---------- Forwarded message ---------\n"
                        "From: Mina Kowalski <mina.k@example.net>\nSubject: Thank you\n"
                        "To: Kofi Osei <kofi@example.org>\n\n" + LETTER)
    found = read_input("fwd.eml", bytes(message))
    assert (found.to_name, found.to_address) == ("", "")
    assert read_letter(found.text).greeting.text == "Dear Mr. Osei,"


def _element(tag: str, *children, text: str | None = None):
    from docx.oxml import OxmlElement

    element = OxmlElement(tag)
    if text is not None:
        element.text = text
    for child in children:
        element.append(child)
    return element


def _run(text: str):
    return _element("w:r", _element("w:t", text=text))


def test_a_word_template_with_content_controls_links_and_tracked_deletions_is_read():
    docx = pytest.importorskip("docx")
    from lxml import etree

    document = docx.Document()
    body = document.element.body
    heading = _element("w:sdt", _element("w:sdtContent", *(
        _element("w:p", _run(line)) for line in ("Mina Kowalski", "22 Quay Street, Galway",
                                                 "mina.k@example.net"))))
    body.insert(0, heading)  # the letterhead a template keeps in a content control
    dated = document.add_paragraph("19 November 2026")
    box = _element("w:txbxContent", _element("w:p", _run("+353 91 555 0142")))
    compatibility = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
    choice = etree.Element(f"{compatibility}AlternateContent")
    etree.SubElement(choice, f"{compatibility}Choice").append(box)
    etree.SubElement(choice, f"{compatibility}Fallback").append(
        _element("w:t", text="(a copy for old readers)"))
    dated._p.append(_element("w:r", choice))
    greeting = document.add_paragraph("Dear ")
    greeting._p.append(_element("w:sdt", _element("w:sdtContent", _run("Mr. Osei"))))
    greeting._p.append(_run(","))
    paragraphs = LETTER.split("\n\n")
    for paragraph in paragraphs[1:4]:
        document.add_paragraph(paragraph)
    edited = document.paragraphs[-1]
    edited._p.append(_element("w:del", _element("w:r", _element("w:delText", text=" TBD"))))
    edited._p.append(_element("w:hyperlink", _run(" See my menu notes.")))
    for line in ("Best regards,", "Mina Kowalski"):
        document.add_paragraph(line)
    data = io.BytesIO()
    document.save(data)
    text = read_input("template.docx", data.getvalue()).text
    assert text.startswith("Mina Kowalski\n22 Quay Street, Galway\nmina.k@example.net\n")
    assert "Dear Mr. Osei," in text and "See my menu notes." in text and "TBD" not in text
    assert "19 November 2026\n+353 91 555 0142\n" in text and "old readers" not in text
    letter = read_letter(text)
    assert letter.greeting.text == "Dear Mr. Osei," and len(letter.paragraphs) == 3
