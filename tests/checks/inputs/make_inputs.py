"""Make the files in this folder: one synthetic letter as real programs write it.

Run from the repository root: ``python tests/checks/inputs/make_inputs.py``. The Word and web
files are made by LibreOffice (``soffice --headless --convert-to``, Debian's
libreoffice-writer-nogui); the emails by Python's ``email`` package with the policies and the
HTML mail programs write (Outlook's MsoNormal paragraphs, Gmail's ``<div dir="ltr">`` and
``gmail_quote``, Apple Mail's ``format=flowed`` text and ``<blockquote type="cite">``). The
letter has two mistakes on purpose (a repeated word, a misspelling), so every file must give
the same findings as ``letter.txt`` or ``email.txt``, and they are not empty.
"""

import html
import io
import quopri
import shutil
import subprocess
import tempfile
from email import policy
from email.message import EmailMessage
from pathlib import Path

import docx
from docx.shared import Inches

HERE = Path(__file__).parent
SUBJECT = "Thank you – Line Cook interview at Saltmarsh Kitchen"
GREETING = "Dear Mr. Osei,"
PARAGRAPHS = [
    "Thank you for meeting me on Monday about the Line Cook opening at Saltmarsh Kitchen. "
    "It’s a kitchen I’d be proud to work in – the “family meal” you described says a lot.",
    "I enjoyed the tasting and the talk about your spring menu. Four years on a busy grill "
    "line taught me to keep a station clean and fast under presure.",
    "I look forward to to hearing from you.",
]
SIGN = ["Best regards,", "Mina Kowalski", "mina.k@example.net"]
HEADING = ["Mina Kowalski", "22 Quay Street", "Galway H91 X2Y3", "mina.k@example.net", "",
           "19 November 2026", "", "Mr. Kofi Osei", "Head Chef", "Saltmarsh Kitchen",
           "4 Dock Road, Galway", ""]
BODY = "\n\n".join([GREETING, *PARAGRAPHS]) + "\n\n" + "\n".join(SIGN) + "\n"
EMAIL = f"Subject: {SUBJECT}\n\n{BODY}"
LETTER = ("\n".join(HEADING) + "\n" + "\n\n".join([GREETING, *PARAGRAPHS])
          + "\n\nBest regards,\n\n\nMina Kowalski\n")
QUOTED = "Hi Mina, the trial shift is TBD. We also hire at Brightline Foods."


def write(name: str, data: bytes | str) -> None:
    (HERE / name).write_bytes(data.encode() if isinstance(data, str) else data)


def headers(message, subject=SUBJECT):
    message["From"] = "Mina Kowalski <mina.k@example.net>"
    message["To"] = "Kofi Osei <kofi@saltmarsh.example>"
    message["Subject"] = subject
    message["Date"] = "Thu, 19 Nov 2026 09:14:00 +0000"
    return message


def soffice(source: Path, target: str, outdir: Path) -> Path:
    text = ["--infilter=Text (encoded):UTF8,LF,,,"] if source.suffix == ".txt" else []
    subprocess.run([shutil.which("soffice"), "--headless", *text, "--convert-to", target,
                    "--outdir", str(outdir), str(source)], check=True, capture_output=True)
    return next(p for p in outdir.iterdir() if p != source and p.is_file())


def word_letter() -> bytes:
    """A letter typed as in Word: address lines as soft line breaks, a table for the date,
    indented paragraphs with no blank line between."""
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].add_run("\n".join(HEADING[:4]))
    table.cell(0, 1).text = HEADING[5]
    inside = document.add_paragraph()
    for i, line in enumerate(HEADING[7:11]):
        run = inside.add_run(line)
        if i < 3:
            run.add_break()
    document.add_paragraph(GREETING)
    for paragraph in PARAGRAPHS:
        document.add_paragraph(paragraph).paragraph_format.first_line_indent = Inches(0.5)
    document.add_paragraph("Best regards,")
    document.add_paragraph("Mina Kowalski")
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


def office_files() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name, target in (("letter.lo.docx", "docx"), ("letter.lo.html", "html"),
                             ("letter.lo-windows-1252.txt", "txt:Text (encoded):MS_1252,CRLF"),
                             ("letter.lo-utf-16.txt", "txt:Text (encoded):UNICODE,CRLF")):
            work = tmp / name
            work.mkdir(exist_ok=True)
            (work / "letter.txt").write_text(LETTER, encoding="utf-8")
            made = soffice(work / "letter.txt", "docx", work)
            if target != "docx":
                (work / "letter.txt").unlink()
                out = work / "out"
                out.mkdir()
                made = soffice(made, target, out)
            write(name, made.read_bytes())
        word = tmp / "word"
        word.mkdir()
        (word / "word.docx").write_bytes(word_letter())
        saved = word / "saved"
        saved.mkdir()
        write("word-layout.lo.docx", soffice(word / "word.docx", "docx", saved).read_bytes())
        write("word-layout.lo.html", soffice(word / "word.docx", "html", word).read_bytes())


def mso(text: str) -> str:
    return f"<p class=MsoNormal>{html.escape(text, quote=False)}<o:p></o:p></p>"


OUTLOOK_HEAD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type '
    'content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word '
    '15 (filtered medium)"><style><!--\np.MsoNormal {margin:0in; font-size:11.0pt;}\n'
    '--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" />'
    "</xml><![endif]--></head><body lang=EN-US style='word-wrap:break-word'>"
    "<div class=WordSection1>")
OUTLOOK_QUOTE = (
    "<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>"
    "<p class=MsoNormal><b>From:</b> Kofi Osei &lt;kofi@saltmarsh.example&gt;<br><b>Sent:</b>"
    " Monday, November 16, 2026 4:02 PM<br><b>To:</b> Mina Kowalski &lt;mina.k@example.net&gt;"
    f"<br><b>Subject:</b> Interview<o:p></o:p></p></div></div><p class=MsoNormal>{QUOTED}"
    "<o:p></o:p></p>")
BLANK = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"


def outlook_html() -> bytes:
    """An HTML-only Outlook reply in Windows-1252, its quoted message below the letter."""
    page = (OUTLOOK_HEAD + "".join(mso(p) + BLANK for p in [GREETING, *PARAGRAPHS])
            + "".join(mso(s) for s in SIGN) + BLANK + OUTLOOK_QUOTE + "</div></body></html>")
    message = headers(EmailMessage(), "RE: " + SUBJECT)
    message["X-Mailer"] = "Microsoft Outlook 16.0"
    message.set_content(page.encode("cp1252", "xmlcharrefreplace"), maintype="text",
                        subtype="html", cte="quoted-printable")
    message.set_param("charset", "windows-1252")
    return bytes(message)


def gmail() -> bytes:
    """Gmail's reply: a text part and an HTML part with div lines and a gmail_quote block."""
    div = "".join(f"<div>{html.escape(p, quote=False)}</div><div><br></div>"
                  for p in [GREETING, *PARAGRAPHS]) + "<div>" + "</div><div>".join(SIGN)
    page = (f'<div dir="ltr">{div}</div></div><br><div class="gmail_quote"><div dir="ltr" '
            'class="gmail_attr">On Mon, Nov 16, 2026 at 4:02 PM Kofi Osei &lt;<a href="mailto:'
            'kofi@saltmarsh.example">kofi@saltmarsh.example</a>&gt; wrote:<br></div><blockquote '
            f'class="gmail_quote" style="margin:0px 0px 0px 0.8ex"><div dir="ltr">{QUOTED}'
            "</div></blockquote></div>")
    text = (BODY + "\nOn Mon, Nov 16, 2026 at 4:02 PM Kofi Osei <kofi@saltmarsh.example> "
            f"wrote:\n\n> {QUOTED}\n")
    message = headers(EmailMessage(policy=policy.SMTP), "Re: " + SUBJECT)
    message.set_content(text)
    message.add_alternative(page, subtype="html")
    return bytes(message)


def flowed(text: str, width: int = 66) -> str:
    """``text`` as format=flowed: long lines broken after a space that stays (RFC 3676)."""
    out = []
    for line in text.split("\n"):
        quote = "> " if line.startswith(">") else ""
        while len(line) > width:
            cut = line.rfind(" ", 0, width) + 1
            out.append(line[:cut])
            line = quote + line[cut:]
        out.append(line)
    return "\n".join(out)


def apple_mail() -> bytes:
    """Apple Mail's reply: a format=flowed quoted-printable text part and a cite blockquote."""
    page = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word;">'
            + "".join(f"<div>{html.escape(p, quote=False)}</div><div><br></div>"
                      for p in [GREETING, *PARAGRAPHS])
            + "<div>" + "<br>".join(SIGN) + '</div><div><br><blockquote type="cite"><div>On Nov'
            " 16, 2026, at 4:02 PM, Kofi Osei &lt;kofi@saltmarsh.example&gt; wrote:</div><br "
            f'class="Apple-interchange-newline"><div><div>{QUOTED}</div></div></blockquote>'
            "</div><br></body></html>")
    text = flowed(BODY + "\n> On Nov 16, 2026, at 4:02 PM, Kofi Osei <kofi@saltmarsh.example> "
                  f"wrote:\n> \n> {QUOTED}\n")
    message = headers(EmailMessage(policy=policy.SMTP), "Re: " + SUBJECT)
    message["X-Mailer"] = "Apple Mail (2.3774.600.62)"
    message.set_content(text, cte="quoted-printable")
    message.set_param("format", "flowed")
    message.set_param("delsp", "no")
    message.add_alternative(page, subtype="html", cte="quoted-printable")
    return bytes(message)


def html_with_stub_text() -> bytes:
    """A text part that only says to use HTML, and the letter in the HTML part."""
    page = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in [GREETING, *PARAGRAPHS])
    page += "<p>" + "<br>".join(SIGN) + "</p>"
    message = headers(EmailMessage(policy=policy.SMTP))
    message.set_content("This is an HTML message. Please use an HTML capable mail program to "
                        "read this message.")
    message.add_alternative(f"<html><body>{page}</body></html>", subtype="html")
    return bytes(message)


def forwarded_as_attachment() -> bytes:
    """The letter sent, forwarded to a coach as an attachment (message/rfc822)."""
    sent = headers(EmailMessage())
    sent.set_content(BODY, cte="base64")
    forward = headers(EmailMessage(), "Fwd: " + SUBJECT)
    del forward["To"]
    forward["To"] = "Ana Coach <ana@coach.example>"
    forward.set_content("Hi Ana, could you look at the letter I sent? Thanks, Mina")
    forward.add_attachment(sent)
    forward.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf",
                           filename="cv.pdf")
    return bytes(forward)


def latin1_encoded_words() -> bytes:
    """An ISO-8859-1 text part; the Subject and To as RFC 2047 encoded words."""
    body = BODY.replace("Mina Kowalski", "Miná Kowalská")
    for curly, plain in (("’", "'"), ("“", '"'), ("”", '"'), ("–", "-")):
        body = body.replace(curly, plain)
    raw = ("From: =?UTF-8?Q?Min=C3=A1_Kowalsk=C3=A1?= <mina.k@example.net>\r\n"
           "To: =?iso-8859-1?Q?Kofi_Osei?= <kofi@saltmarsh.example>\r\n"
           "Subject: =?UTF-8?Q?Thank_you_=E2=80=93_Line_Cook_interview_at_Saltmarsh_Kitchen?=\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"iso-8859-1\"\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n")
    write("latin-1-encoded-words.txt", f"Subject: {SUBJECT}\n\n{body}")
    return raw.encode() + quopri.encodestring(body.replace("\n", "\r\n").encode("latin-1"))


def main() -> None:
    write("letter.txt", LETTER)
    write("email.txt", EMAIL)
    office_files()
    write("outlook-html-only.eml", outlook_html())
    write("gmail-reply.eml", gmail())
    write("apple-mail-flowed.eml", apple_mail())
    write("html-with-stub-text.eml", html_with_stub_text())
    write("forwarded-as-attachment.eml", forwarded_as_attachment())
    write("latin-1-encoded-words.eml", latin1_encoded_words())
    write("notepad-utf-16.txt", EMAIL.replace("\n", "\r\n").encode("utf-16"))
    write("notepad-utf-8-bom.txt", "\ufeff" + EMAIL.replace("\n", "\r\n"))
    write("pasted-html.txt", "<p>" + "</p>\n<p>".join([
        f"Subject: {SUBJECT}", GREETING.replace(" ", "&nbsp;", 1),
        *(p.replace("’", "&rsquo;") for p in PARAGRAPHS)]) + "</p>\n<p>"
        + "<br>\n".join(SIGN) + "</p>\n")


if __name__ == "__main__":
    main()
