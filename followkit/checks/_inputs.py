"""Letters from the files people have: plain text, an email (.eml), a web page, a Word file.

:func:`read_input` returns the letter's text and what the file says about it (an email's
subject, recipient and channel). The text is what the checker reads and what finding line
numbers count in: for an email that is ``Subject: …``, a blank line and the body. Files the
checker cannot read raise :class:`~followkit.errors.LetterError` saying what was wrong, in
which file, and what is expected.

A file is known by its bytes first (a Word file named ``.txt`` is read as Word, a PDF named
``.docx`` is refused as a PDF), then by its extension, and read by its own module:
``_input_text`` (encodings, pasted HTML), ``_input_mail``, ``_input_html``, ``_input_docx``.
docs/inputs.md lists what each kind gives; tests/checks/inputs/ holds files made by
LibreOffice and mail-program-shaped emails that must give the findings of the same letter
typed as text.
"""

from __future__ import annotations

import io

from followkit.checks._input_docx import from_docx
from followkit.checks._input_html import html_to_text
from followkit.checks._input_mail import LetterInput, from_email, is_mime, saved_mail
from followkit.checks._input_text import HTML_TAG, READ_ADVICE, decode, meta_charset, plain_text
from followkit.errors import LetterError

__all__ = ["MAX_FILE_BYTES", "LetterInput", "html_to_text", "plain_text", "read_input"]

#: Larger files are refused (a Word file with pictures stays well under this).
MAX_FILE_BYTES = 5_000_000


def read_input(name: str, data: bytes) -> LetterInput:
    """The letter in ``data``, read by the file's kind (its extension; ``name`` is for errors).

    A file whose bytes say it is another kind than its name (a Word file named ``.txt``, a
    PDF named ``.docx``) is read as what it is, or refused saying what it is.
    """
    lower = name.lower()
    if len(data) > MAX_FILE_BYTES:
        raise LetterError(f"{name}: the file is over {MAX_FILE_BYTES // 1_000_000} MB; a "
                          "follow-up letter is a few hundred words. Check one letter at a time.")
    kind = _kind_of(name, data)
    if kind == "docx":
        return LetterInput(from_docx(name, data), channel="letter")
    if kind == "msg":
        raise LetterError(f"{name}: followkit cannot read Outlook's .msg files; in Outlook "
                          "use File > Save As and pick Text Only (.txt) or HTML (.html), or "
                          "download the message as .eml, and check that file.")
    if kind in _UNREAD:
        raise LetterError(f"{name}: this is {_UNREAD[kind]}, which followkit cannot read; "
                          f"{READ_ADVICE}")
    web_page = lower.endswith((".mht", ".mhtml", ".html", ".htm"))
    if lower.endswith(".eml") or (kind == "text" and is_mime(data)):
        if not web_page:  # also a raw message copied from "Show original" into a .txt
            return from_email(name, data)
        return LetterInput(from_email(name, data, web_page=True).text)
    text = decode(name, data, meta_charset(data) if lower.endswith((".html", ".htm")) else "")
    if lower.endswith((".html", ".htm")) and HTML_TAG.search(text):
        return LetterInput(html_to_text(text))
    return saved_mail(plain_text(text))


#: What a file is, by its first bytes, for the kinds followkit refuses.
_UNREAD = {
    "pdf": "a PDF file",
    "ole": "an old Word .doc file (Word 97–2003)",
    "office": "an Office 97–2003 file (not a letter typed in Word)",
    "odt": "an OpenDocument (.odt) file",
    "rtf": "a Rich Text (.rtf) file",
    "pages": "an Apple Pages file",
    "zip": "a zip archive",
    "image": "a picture",
}


def _kind_of(name: str, data: bytes) -> str:
    """The file's kind by its content where that is sure, else by its extension.

    "docx", "odt", "pages", "zip", "pdf", "ole" (a Word .doc), "office", "msg", "rtf", "image";
    "text" for anything else (a .txt, .eml or .html file, read by its extension).
    """
    lower = name.lower()
    extension = lower.rsplit(".", 1)[-1] if "." in lower else ""
    if data[:4] == b"PK\x03\x04":
        kind = _zip_kind(data)  # a damaged .docx: python-docx says what is wrong with it
        return "docx" if kind == "zip" and extension in ("docx", "docm", "dotx") else kind
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # an Office 97–2003 file
        if lower.endswith(".msg") or "__substg1.0_".encode("utf-16-le") in data:
            return "msg"  # an Outlook message: its parts are streams named __substg1.0_…
        return "ole" if "WordDocument".encode("utf-16-le") in data or extension in (
            "doc", "dot") else "office"
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff" or data[:4] == b"GIF8":
        return "image"
    if extension in ("doc", "dot"):
        return "ole"
    if extension in ("pdf", "odt", "rtf", "pages", "msg"):
        return extension
    if extension in ("docx", "docm", "dotx"):
        return "docx"  # not a zip: python-docx says what is wrong with it
    return "text"


def _zip_kind(data: bytes) -> str:
    """What a zip file holds: a Word document, an OpenDocument text, a Pages file or other."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return "zip"
    if "word/document.xml" in names or ("[Content_Types].xml" in names and any(
            n.startswith("word/") for n in names)):
        return "docx"
    if b"opendocument" in mimetype:
        return "odt"
    if "Index/Document.iwa" in names or any(n.startswith("Index/") for n in names):
        return "pages"
    return "zip"
