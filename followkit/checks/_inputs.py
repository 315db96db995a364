"""Letters from the files people have: plain text, an email (.eml), a web page, a Word file.

:func:`read_input` returns the letter's text and what the file says about it (an email's
subject, recipient and channel). The text is what the checker reads and what finding line
numbers count in: for an email that is ``Subject: …``, a blank line and the body. Files the
checker cannot read raise :class:`~followkit.errors.LetterError` saying what was wrong, in
which file, and what is expected.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from followkit.errors import LetterError

__all__ = ["MAX_FILE_BYTES", "LetterInput", "html_to_text", "read_input"]

#: Larger files are refused (a Word file with pictures stays well under this).
MAX_FILE_BYTES = 5_000_000


@dataclass(frozen=True)
class LetterInput:
    """A letter read from a file: its text and what the file told about it."""

    text: str
    channel: str | None = None
    to_name: str = ""
    to_address: str = ""


def read_input(name: str, data: bytes) -> LetterInput:
    """The letter in ``data``, read by the file's kind (its extension; ``name`` is for errors)."""
    lower = name.lower()
    if len(data) > MAX_FILE_BYTES:
        raise LetterError(f"{name}: the file is over {MAX_FILE_BYTES // 1_000_000} MB; a "
                          "follow-up letter is a few hundred words. Check one letter at a time.")
    if lower.endswith(".eml"):
        return _from_email(name, data)
    if lower.endswith((".html", ".htm")):
        return LetterInput(html_to_text(_decode(name, data)))
    if lower.endswith(".docx"):
        return LetterInput(_from_docx(name, data), channel="letter")
    if lower.endswith((".doc", ".pdf", ".odt", ".rtf", ".pages")):
        kind = lower.rsplit(".", 1)[1]
        raise LetterError(f"{name}: followkit cannot read .{kind} files; save the letter as "
                          ".docx, .txt, .html or .eml and check that file.")
    return LetterInput(_decode(name, data))


def _decode(name: str, data: bytes) -> str:
    if data[:4] == b"PK\x03\x04":
        raise LetterError(f"{name}: this is a zip archive (a Word or LibreOffice file?), not "
                          "text; name it .docx or save the letter as plain text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return data.decode("utf-16")
        raise LetterError(f"{name}: the file is not UTF-8 text (byte {exc.start + 1} cannot be "
                          "read); save the letter as plain UTF-8 text.") from None


# --- email ----------------------------------------------------------------------------------


def _from_email(name: str, data: bytes) -> LetterInput:
    """The text/plain part of a MIME message, or its HTML part as text; Subject and To."""
    from email import policy
    from email.headerregistry import Address
    from email.parser import BytesParser

    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        part = message.get_body(preferencelist=("plain", "html"))
        body = part.get_content() if part is not None else None
    except (LookupError, ValueError, TypeError) as exc:
        raise LetterError(f"{name}: the email cannot be read ({exc}); save it again from the "
                          "mail program as .eml, or paste the letter into a .txt file.") from None
    if part is None or body is None or not isinstance(body, str):
        raise LetterError(f"{name}: the email has no text or HTML part to check; expected a "
                          "message saved from a mail program (.eml) with the letter in it.")
    if part.get_content_subtype() == "html":
        body = html_to_text(body)
    subject = " ".join(str(message.get("subject", "") or "").split())
    to_name = to_address = ""
    addresses = getattr(message.get("to"), "addresses", ()) or ()
    if addresses:
        first: Address = addresses[0]
        to_name, to_address = first.display_name, first.addr_spec
    text = f"Subject: {subject}\n\n{body}" if subject else body
    return LetterInput(text, channel="email", to_name=to_name, to_address=to_address)


# --- HTML -----------------------------------------------------------------------------------

_BLOCKS = frozenset("p div section article header footer li tr h1 h2 h3 h4 h5 h6 table ul ol "
                    "blockquote pre address hr".split())
_SKIP = frozenset("script style head title noscript template".split())


class _TextMaker(HTMLParser):
    """HTML to text: a paragraph per block, <br> a line break, quoted mail marked "> "."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.quote = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self._newline()
        elif tag in _BLOCKS:
            self._paragraph()
        classes = dict(attrs).get("class") or ""
        if tag == "blockquote" or (tag == "div" and re.search(
                r"gmail_quote|yahoo_quoted|moz-cite-prefix|OutlookMessageHeader", classes)):
            self.quote += 1

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self._paragraph()
        if tag == "blockquote":
            self.quote = max(0, self.quote - 1)

    def handle_data(self, data):
        if self.skip:
            return
        text = re.sub(r"[ \t\r\n\f]+", " ", data)
        if not text.strip() and (not self.out or self.out[-1].endswith("\n")):
            return
        if self.quote and (not self.out or self.out[-1].endswith("\n")):
            text = "> " + text.lstrip()
        self.out.append(text)

    def _newline(self):
        self.out.append("\n")

    def _paragraph(self):
        self.out.append("\n\n")


def html_to_text(html: str) -> str:
    """The readable text of an HTML letter: blocks become paragraphs, quoted mail "> " lines."""
    maker = _TextMaker()
    maker.feed(html)
    maker.close()
    lines = [line.strip() for line in "".join(maker.out).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


# --- Word -----------------------------------------------------------------------------------


def _from_docx(name: str, data: bytes) -> str:
    """The paragraphs of a .docx file (Word, LibreOffice), one a line."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise LetterError(f"{name}: reading .docx needs python-docx; install followkit's "
                          "dependencies or save the letter as .txt.") from None
    import zipfile

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LetterError(f"{name}: this is not a Word .docx file that can be read ({exc}); "
                          "open it in Word or LibreOffice and save it as .docx or .txt.") from None
    lines: list[str] = []
    for block in document.iter_inner_content():  # paragraphs and tables, in order
        if hasattr(block, "rows"):  # a letterhead laid out in a table
            for row in block.rows:
                lines.extend(dict.fromkeys(cell.text for cell in row.cells))
        else:
            lines.append(block.text)
    text = "\n".join(lines)
    if not text.strip():
        raise LetterError(f"{name}: the Word file holds no text; expected a letter typed in it.")
    return text
