"""File formats as mail programs and word processors write them: read_input gives the letter."""

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

import followkit as fk
from followkit.checks import Context, Facts, check_with_context, read_input, read_letter
from followkit.checks._inputs import plain_text
from followkit.model import Interviewer

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


# --- files as programs write them: the same findings as the letter typed as text -----------

INPUTS = Path(__file__).parent / "inputs"
OSEI = Interviewer(name="Kofi Osei")
FACTS = Facts(company="Saltmarsh Kitchen", position="Line Cook", interviewers=(OSEI,))


def _findings(text: str, channel: str | None, to: str | None = None):
    ctx = Context(FACTS, OSEI, channel, None, None, to)
    return sorted((f.code, f.severity, f.message) for f in check_with_context(text, ctx))


def _read_fixture(name: str):
    return read_input(name, (INPUTS / name).read_bytes())


@pytest.mark.parametrize("name, typed", [
    ("letter.lo.docx", "letter.txt"),             # LibreOffice, from the typed letter
    ("letter.lo.html", "letter.txt"),             # LibreOffice's "save as HTML"
    ("letter.lo-windows-1252.txt", "letter.txt"),  # "Text (encoded)": Windows-1252, CRLF
    ("letter.lo-utf-16.txt", "letter.txt"),       # "Text (encoded)": Unicode (UTF-16 LE, BOM)
    ("word-layout.lo.docx", "letter.txt"),        # a table heading, soft breaks, indents
    ("word-layout.lo.html", "letter.txt"),
    ("notepad-utf-16.txt", "email.txt"),          # Notepad's "Unicode"
    ("notepad-utf-8-bom.txt", "email.txt"),
    ("pasted-html.txt", "email.txt"),             # <p>, <br>, &nbsp; and &rsquo; pasted in
    ("outlook-html-only.eml", "email.txt"),       # MsoNormal, <o:p>, Windows-1252, QP, a reply
    ("gmail-reply.eml", "email.txt"),             # div lines, gmail_quote below
    ("apple-mail-flowed.eml", "email.txt"),       # format=flowed text part, cite blockquote
    ("html-with-stub-text.eml", "email.txt"),     # a text part that only says "use HTML"
    ("forwarded-as-attachment.eml", "email.txt"),  # message/rfc822 under a note to a coach
    ("latin-1-encoded-words.eml", "latin-1-encoded-words.txt"),
])
def test_a_file_gives_the_findings_of_the_same_letter_typed_as_text(name, typed):
    found = _read_fixture(name)
    channel = "letter" if typed == "letter.txt" else "email"
    assert found.channel in (channel, None), found.channel
    expected = _findings((INPUTS / typed).read_text(encoding="utf-8"), channel)
    assert {code for code, _, _ in expected} >= {"FK701", "FK702"}  # the mistakes made on purpose
    got = _findings(found.text, channel)
    assert got == expected, found.text
    assert "TBD" not in read_letter(found.text).text  # the message replied to is not read


@pytest.mark.parametrize("name", ["outlook-html-only.eml", "gmail-reply.eml",
                                  "apple-mail-flowed.eml", "latin-1-encoded-words.eml",
                                  "forwarded-as-attachment.eml"])
def test_an_email_gives_its_decoded_subject_and_its_reader(name):
    found = _read_fixture(name)
    assert found.text.splitlines()[0].endswith("Thank you – Line Cook interview at Saltmarsh "
                                               "Kitchen")
    assert (found.to_name, found.to_address) == ("Kofi Osei", "kofi@saltmarsh.example")


def test_a_flowed_text_part_is_joined_into_the_lines_as_typed():
    text = _read_fixture("apple-mail-flowed.eml").text
    assert "at Saltmarsh Kitchen. It’s a kitchen I’d be proud to work in – the “family meal”" \
        in text
    assert "> Hi Mina, the trial shift is TBD. We also hire at Brightline Foods." in text


def test_utf_16_without_a_byte_order_mark_is_read():
    text = (INPUTS / "email.txt").read_text(encoding="utf-8")
    for codec in ("utf-16-le", "utf-16-be"):
        assert read_input("letter.txt", text.encode(codec)).text == text


def test_text_once_read_in_the_wrong_encoding_is_repaired():
    text = (INPUTS / "email.txt").read_text(encoding="utf-8")
    garbled = text.encode("utf-8").decode("cp1252", errors="ignore")
    assert "Itâ€™s" in garbled
    assert "It’s a kitchen I’d be proud" in read_input("letter.txt", garbled.encode()).text


def test_zero_width_characters_and_no_break_spaces_change_no_finding():
    text = (INPUTS / "email.txt").read_text(encoding="utf-8")
    spaced = (text.replace("Mr. Osei", "Mr.\u00a0Osei").replace("Thank you", "Thank\u200b you")
              .replace("Line Cook", "Line\u00a0Cook").replace("presure", "\u200bpresure"))
    assert _findings(read_input("l.txt", spaced.encode()).text, "email") == \
        _findings(text, "email")


@pytest.mark.parametrize("typed, read", [
    ("Harlow &amp; Pike", "Harlow & Pike"),
    ("R&D at AT&T, Q&A", "R&D at AT&T, Q&A"),                    # not character references
    ("It&#8217;s &ldquo;fine&rdquo;", "It’s “fine”"),
    ("Dear <Name>,", "Dear <Name>,"),                            # a placeholder, not a tag
    ("Dear <Name>,\n\n<Body>\n", "Dear <Name>,\n\n<Body>\n"),      # placeholders, no HTML
    ("one<br>\ntwo<br/>three", "one\ntwo\nthree"),
    ("<div>one</div><div><br></div><div>two</div>", "one\n\ntwo\n"),
    ("I <b>really</b> enjoyed it", "I really enjoyed it"),
    ("Best,\x0bMina", "Best,\nMina"),                            # Word's soft break pasted
])
def test_html_left_in_plain_text_is_taken_out(typed, read):
    assert plain_text(typed) == read


def test_a_whole_html_page_saved_as_text_is_read_as_a_page():
    page = ("<!DOCTYPE html><html><head><style>p { margin: 0 }</style><script>var x = 1;"
            "</script></head><body><p>Dear Mr. Osei,</p><p>Thank you.</p></body></html>")
    assert read_input("letter.txt", page.encode()).text == "Dear Mr. Osei,\n\nThank you.\n"


def test_an_html_file_with_no_tags_keeps_its_lines():
    text = (INPUTS / "email.txt").read_text(encoding="utf-8")
    assert read_input("letter.html", text.encode()).text == text


def test_an_html_file_is_read_in_the_charset_it_declares():
    page = '<html><head><meta charset="iso-8859-15"></head><body><p>Prix: 5 €</p></body></html>'
    assert "5 €" in read_input("letter.html", page.encode("iso-8859-15")).text


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the first bytes of an Office 97–2003 file


def _odt() -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return data.getvalue()


@pytest.mark.parametrize("name, data, kind", [
    ("letter.doc", OLE + bytes(600), "old Word .doc"),
    ("letter.docx", OLE + "WordDocument".encode("utf-16-le"), "old Word .doc"),
    ("letter.docx", OLE + bytes(600), "Office 97–2003 file"),
    ("letter.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF file"),
    ("letter.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF file"),  # named as what it is not
    ("letter.odt", _odt(), "OpenDocument"),
    ("letter.docx", _odt(), "OpenDocument"),
    ("letter.rtf", b"{\\rtf1\\ansi\\deff0 Dear Mr. Osei,\\par}", "Rich Text"),
    ("letter.txt", b"\x89PNG\r\n\x1a\n" + bytes(100), "a picture"),
])
def test_a_file_of_a_kind_not_read_is_refused_naming_the_file_and_the_kinds_read(name, data,
                                                                                  kind):
    with pytest.raises(fk.errors.LetterError) as error:
        read_input(name, data)
    message = str(error.value)
    assert message.startswith(f"{name}: this is ") and kind in message
    assert ".txt, .eml, .html and .docx" in message


def test_a_word_file_under_another_name_is_read_as_a_word_file():
    data = (INPUTS / "letter.lo.docx").read_bytes()
    for name in ("letter.doc", "letter.txt", "letter"):
        assert read_input(name, data).text == read_input("letter.docx", data).text


def test_binary_data_named_txt_is_refused_with_the_line_it_was_found_on():
    with pytest.raises(fk.errors.LetterError, match=r"x\.txt: this is not a text file \(line 2"):
        read_input("x.txt", b"Dear Kofi,\n" + bytes(range(32)) * 20)


def test_a_recipient_whose_display_name_is_an_address_names_no_reader():
    assert _addressed("kofi@example.org <kofi@example.org>").to_name == ""


def test_word_tracked_moves_and_no_break_hyphens_read_as_the_page_shows():
    docx = pytest.importorskip("docx")
    document = docx.Document()
    paragraph = document.add_paragraph("Dear Mr. Osei, the follow")
    paragraph._p.append(_element("w:r", _element("w:noBreakHyphen")))
    paragraph._p.append(_run("up"))
    paragraph._p.append(_element("w:moveFrom", _run(" (moved away)")))
    data = io.BytesIO()
    document.save(data)
    assert read_input("l.docx", data.getvalue()).text == "Dear Mr. Osei, the follow-up"


def test_utf_8_text_with_windows_1252_bytes_pasted_in_reads_both():
    data = "It’s a kitchen I’d be proud to work in – ".encode() + b"the \x93family meal\x94."
    assert read_input("l.txt", data).text == "It’s a kitchen I’d be proud to work in – the " \
        "“family meal”."


def test_a_reply_typed_below_the_quoted_message_is_not_read_as_quoted():
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in LETTER.split("\n\n"))
    page = ('<html><body><div class="moz-cite-prefix">On 16/11/2026 16:02, Kofi Osei wrote:'
            '<br></div><blockquote type="cite"><p>Hi Mina, the trial shift is TBD.</p>'
            f"</blockquote>{body}</body></html>")  # Thunderbird, answering below the quote
    text = read_input("reply.html", page.encode()).text
    assert "> On 16/11/2026 16:02, Kofi Osei wrote:\n" in text
    assert "\n> " not in text.split("TBD.", 1)[1]
    assert _parts(text) == _parts(LETTER)


def test_html_hidden_by_its_style_is_not_read():
    page = ('<html><body><span style="display:none !important">Preview: TBD</span>'
            "<div style='mso-hide:all'><div>Outlook only</div></div><p>Dear Mr. Osei,</p>"
            '<p style="margin:0">Thank you.<img style="display: none" src="x.png"> Really.</p>'
            "</body></html>")
    assert read_input("l.html", page.encode()).text == "Dear Mr. Osei,\n\nThank you. Really.\n"
    open_p = '<p style="display:none">Preview<p>Dear Mr. Osei,<p>Thank you.'
    assert read_input("l.html", open_p.encode()).text == "Dear Mr. Osei,\n\nThank you.\n"


def test_word_text_formatted_as_hidden_is_not_read():
    docx = pytest.importorskip("docx")
    document = docx.Document()
    paragraph = document.add_paragraph("Thank you for the interview.")
    paragraph.add_run(" Note to self: ask about pay.").font.hidden = True
    paragraph.add_run(" I enjoyed it.").font.hidden = False
    data = io.BytesIO()
    document.save(data)
    assert read_input("l.docx", data.getvalue()).text == \
        "Thank you for the interview. I enjoyed it."


def test_an_outlook_msg_under_another_name_is_known_by_its_streams():
    data = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
            + "__substg1.0_0037001F".encode("utf-16-le") + bytes(100))
    with pytest.raises(fk.errors.LetterError, match=r"x\.eml: .*Outlook's \.msg files"):
        read_input("x.eml", data)


def test_a_single_file_web_page_is_read_as_its_page():
    page = EmailMessage()
    page["Subject"] = "Saved by Microsoft Word"
    page["MIME-Version"] = "1.0"
    paragraphs = "".join(f"<p class=MsoNormal>{p.replace(chr(10), '<br>')}<o:p></o:p></p>"
                         for p in LETTER.split("\n\n"))
    page.set_content(f"<html><body>{paragraphs}</body></html>", subtype="html",
                     cte="quoted-printable")
    page.add_related(b"GIF89a", maintype="image", subtype="gif", cid="<image001>")
    found = read_input("letter.mht", bytes(page))
    assert found.channel is None and "Saved by" not in found.text
    assert _parts(found.text) == _parts(LETTER)


@pytest.mark.parametrize("to, name, address", [
    ("Kofi Osei", "Kofi Osei", ""),                                 # a draft's To: a name only
    ('"Kofi Osei (Saltmarsh Kitchen)" <kofi@example.org>', "Kofi Osei", "kofi@example.org"),
    ('"Osei, Kofi [HR]" <kofi@example.org>', "Kofi Osei", "kofi@example.org"),
    ("undisclosed-recipients:;", "", ""),
    ("<>", "", ""),
    ('"Osei, Kofi <kofi@example', "", ""),                         # broken: no reader, no address
    ('"Talent Acquisition - Kestrel" <ta@example.org>', "", "ta@example.org"),  # a team mailbox
    ('"Careers | Kestrel Engineering" <jobs@example.org>', "", "jobs@example.org"),
    ('"HR Department" <hr@example.org>', "", "hr@example.org"),
    ('"Haddad, Laila - Kestrel" <laila@example.org>', "Laila Haddad", "laila@example.org"),
    ('"Laila Haddad, PhD" <laila@example.org>', "Laila Haddad", "laila@example.org"),
    ('"Haddad, Ma" <ma@example.org>', "Ma Haddad", "ma@example.org"),
])
def test_the_recipient_is_read_from_the_to_headers_people_leave(to, name, address):
    data = (f"From: mina@example.net\r\nTo: {to}\r\nSubject: Thank you\r\n\r\n{LETTER}").encode()
    found = read_input("x.eml", data)
    assert (found.to_name, found.to_address) == (name, address)


def test_a_page_whose_head_is_left_open_is_read_from_its_body():
    page = ("<html><head><meta charset=utf-8><title>Thank you</title>"
            "<body><p>Dear Mr. Osei,</p><p>Thank you.</p></body></html>")
    assert read_input("letter.html", page.encode()).text == "Dear Mr. Osei,\n\nThank you.\n"


@pytest.mark.parametrize("to, name, address", [
    ("Kofi Osei", "Kofi Osei", ""),                       # Outlook's Text Only: names only
    ("Kofi Osei <kofi@saltmarsh.example>", "Kofi Osei", "kofi@saltmarsh.example"),
    ("Kofi Osei; Ama Boateng", "", ""),                   # two readers: none is the one
])
def test_an_email_saved_as_text_with_its_headers_gives_its_reader(to, name, address):
    body = (INPUTS / "email.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
    text = (f"From:\tMina Kowalski <mina.k@example.net>\nSent:\tThursday, November 19, 2026 "
            f"9:14 AM\nTo:\t{to}\nSubject:\tThank you – Line Cook interview at Saltmarsh "
            f"Kitchen\n\n{body}")
    found = read_input("Thank you.txt", text.replace("\n", "\r\n").encode("cp1252"))
    assert (found.channel, found.to_name, found.to_address) == ("email", name, address)
    letter = read_letter(found.text)
    assert letter.subject.text.startswith("Thank you") and len(letter.paragraphs) == 3
    assert _findings(found.text, "email") == _findings(
        (INPUTS / "email.txt").read_text(encoding="utf-8"), "email")


def test_a_letter_that_only_mentions_a_header_word_is_no_saved_email():
    found = read_input("l.txt", b"To: whom it may concern\n\nDear Mr. Osei,\n")
    assert found.channel is None and found.to_name == ""


def test_attachments_and_inline_pictures_are_not_read():
    typed = (INPUTS / "email.txt").read_text(encoding="utf-8")
    subject, body = typed.split("\n\n", 1)
    message = EmailMessage()
    message["Subject"] = subject.removeprefix("Subject: ")
    message["To"] = "Kofi Osei <kofi@saltmarsh.example>"
    message.set_content(body)
    paragraphs = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
    message.add_alternative(f'<html><body>{paragraphs}<img src="cid:logo"></body></html>',
                            subtype="html")
    message.get_payload()[1].add_related(b"\x89PNG\r\n\x1a\n", maintype="image",
                                         subtype="png", cid="<logo>")
    message.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf",
                           filename="cv.pdf")
    message.add_attachment("Notes to self: salary TBD", filename="notes.txt")
    found = read_input("sent.eml", bytes(message))
    assert "TBD" not in found.text and "PNG" not in found.text
    assert _findings(found.text, "email") == _findings(typed, "email")


def test_a_raw_email_or_web_archive_under_a_text_name_is_read_as_mime():
    typed = (INPUTS / "email.txt").read_text(encoding="utf-8")
    raw = (INPUTS / "outlook-html-only.eml").read_bytes()
    for name in ("original.txt", "original"):
        found = read_input(name, raw)  # Gmail's "Show original", copied into a text file
        assert found.channel == "email" and found.to_name == "Kofi Osei"
        assert _findings(found.text, "email") == _findings(typed, "email")
    page = read_input("letter.htm", raw)  # Word's single file web page, named .htm
    assert page.channel is None and not page.text.startswith("Subject:")
    assert read_input("l.txt", b"Content-Type: none of your business\nDear Kofi,\n").text \
        == "Content-Type: none of your business\nDear Kofi,\n"  # no blank line: no headers


@pytest.mark.parametrize("delsp, gap", [("no", " "), ("yes", "  ")])  # yes: one space added
def test_flowed_text_is_joined_with_and_without_delsp(delsp, gap):
    data = ("To: Kofi Osei <kofi@example.org>\r\nSubject: Thanks\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: text/plain; charset="utf-8"; format=flowed; delsp={delsp}\r\n\r\n'
            f"Thank you for meeting{gap}\r\nme on Monday.\r\n-- \r\nMina\r\n"
            f"> quoted{gap}\r\n> on.\r\n").encode()
    assert read_input("x.eml", data).text == (
        "Subject: Thanks\n\nThank you for meeting me on Monday.\n-- \nMina\n> quoted on.\n")


def test_followkits_own_eml_draft_checks_as_the_letter_it_holds():
    from followkit.checks._examples import SAMPLE_LETTER, sample_interview
    from followkit.exports import eml_draft

    interview = sample_interview()
    reader = interview.interviewers[0]
    subject, body = SAMPLE_LETTER.split("\n\n", 1)
    body = body.replace("forward to hearing", "forward to to hearing")  # FK701, on purpose
    letter = fk.Letter(interviewer=reader, channel="email",
                       subject=subject.removeprefix("Subject: "), body=body)
    found = read_input("draft.eml", eml_draft(letter))
    assert found.to_address == reader.email
    from_file = fk.check(found.text, interview, interviewer=reader, channel=found.channel,
                         to=found.to_address)
    assert from_file == fk.check(letter, interview) and from_file


def test_an_html_part_without_a_charset_label_is_read_in_the_one_its_page_declares():
    page = '<html><head><meta charset="iso-8859-2"></head><body><p>Dear Mr. Dvořák,</p>'
    data = (b"To: dvorak@example.org\r\nSubject: Thanks\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + page.encode("iso-8859-2"))
    assert "Dear Mr. Dvořák," in read_input("x.eml", data).text


def test_a_letter_forwarded_from_gmail_as_html_is_the_letter_read():
    page = ('<div dir="ltr"><div>Hi Ana,</div><div>Here is the thank-you I sent Anita.</div>'
            '<div>Marcus</div><div class="gmail_quote"><div class="gmail_attr">---------- '
            'Forwarded message ---------<br>From: Marcus Lee &lt;m@example.com&gt;<br>Date: Wed, '
            'Nov 19, 2025 at 2:41 PM<br>Subject: Thank you<br>To: Anita Patel '
            '&lt;a@example.com&gt;<br></div><br><div dir="ltr"><div>Dear Ms. Patel,</div><div><br>'
            '</div><div>Thank you for talking with me yesterday about the Backend Engineer '
            'position.</div><blockquote>An older message quoted in it.</blockquote>'
            '<div>Best regards,</div><div>Marcus Lee</div></div></div></div>')
    found = read_input("forward.html", page.encode())
    letter = read_letter(found.text)
    assert letter.greeting is not None and letter.greeting.addressee == "Ms. Patel"
    assert letter.paragraphs[0].text.startswith("Thank you for talking with me")
    assert "An older message" not in letter.body_text
