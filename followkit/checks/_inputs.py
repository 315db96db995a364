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
    if lower.endswith(".msg"):
        raise LetterError(f"{name}: followkit cannot read Outlook's .msg files; in Outlook "
                          "use File > Save As and pick Text Only (.txt) or HTML (.html), or "
                          "download the message as .eml, and check that file.")
    if lower.endswith((".doc", ".pdf", ".odt", ".rtf", ".pages")):
        kind = lower.rsplit(".", 1)[1]
        raise LetterError(f"{name}: followkit cannot read .{kind} files; save the letter as "
                          ".docx, .txt, .html or .eml and check that file.")
    return LetterInput(_decode(name, data))


def _decode(name: str, data: bytes) -> str:
    if data[:4] == b"PK\x03\x04":
        raise LetterError(f"{name}: this is a zip archive (a Word or LibreOffice file?), not "
                          "text; name it .docx or save the letter as plain text.")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return _text_of(data)
    except UnicodeDecodeError as exc:
        raise LetterError(f"{name}: the file is not UTF-8 text (byte {exc.start + 1} cannot be "
                          "read); save the letter as plain UTF-8 text.") from None


#: Labels a mail program or Windows puts on text that is in fact Windows-1252 (as browsers
#: read them): curly quotes and dashes are its bytes 0x91–0x97, which Latin-1 makes controls.
_WINDOWS_1252 = frozenset({"", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1",
                           "iso8859-1", "windows-1252", "cp1252"})


def _text_of(data: bytes, charset: str = "") -> str:
    """``data`` as text: in ``charset`` if it reads so, else UTF-8, else Windows-1252.

    Notepad's "ANSI" and older mail programs write Windows-1252, often labelled as something
    else or not at all; UTF-8 text is read as UTF-8 whatever its label says. Raises
    UnicodeDecodeError when none of them reads it.
    """
    charset = charset.lower()
    if charset not in _WINDOWS_1252:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise exc from None


# --- email ----------------------------------------------------------------------------------


def _from_email(name: str, data: bytes) -> LetterInput:
    """The text/plain part of a MIME message, or its HTML part as text; Subject and To."""
    from email import policy
    from email.headerregistry import Address
    from email.parser import BytesParser

    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        part = message.get_body(preferencelist=("plain", "html"))
        body = _part_text(part) if part is not None else None
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
    if re.match(r"(?i)\s*(?:fwd?|wg|tr|rv)\s*:", subject):
        addresses = ()  # a letter forwarded (to a coach): this To is not the letter's reader
    if addresses:
        first: Address = addresses[0]
        to_address = first.addr_spec
        if len(addresses) == 1:
            to_name = _person(first.display_name)
    text = f"Subject: {subject}\n\n{body}" if subject else body
    return LetterInput(text, channel="email", to_name=to_name, to_address=to_address)


def _part_text(part) -> str:
    """A text part's content, read by :func:`_text_of` (its charset label may be wrong)."""
    payload = part.get_payload(decode=True) or b""
    return _text_of(payload, part.get_content_charset() or "")


def _person(display_name: str) -> str:
    """The reader's name from a To display name: "Osei, Kofi" -> "Kofi Osei".

    A mailbox of a team or a role ("Careers", "Talent Acquisition") names no reader: "".
    """
    from followkit.checks._reader import _names_nobody

    last, comma, first = display_name.partition(",")
    name = " ".join(f"{first} {last}".split()) if comma and first.strip() and "," not in first \
        else " ".join(display_name.split())
    return "" if not name or _names_nobody(name) else name


# --- HTML -----------------------------------------------------------------------------------

_BLOCKS = frozenset("p div section article header footer h1 h2 h3 h4 h5 h6 table ul ol "
                    "blockquote pre address hr".split())
#: Each on a line of its own, with no blank line between: a list's items, a table's rows
#: and cells (a signature laid out in a table).
_LINES = frozenset("li tr td th".split())
_SKIP = frozenset("script style head title noscript template".split())


class _TextMaker(HTMLParser):
    """HTML to text: a paragraph per block, <br> a line break, quoted mail marked "> ".

    Inside <pre> (a plain-text mail shown as HTML) the line breaks are the text's own.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.quote = 0
        self.pre = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self._newline()
        elif tag in ("ul", "ol") and self._ends(":"):
            while self.out and not self.out[-1].strip():
                self.out.pop()  # "What I would bring:" and its list are one paragraph
            self._newline()
        elif tag in _BLOCKS:
            self._paragraph()
        elif tag in _LINES and not self._ends("\n"):
            self._newline()
        if tag == "li":
            self._add("- ")
        if tag == "pre":
            self.pre += 1
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
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data):
        if self.skip:
            return
        if self.pre:
            for i, line in enumerate(data.replace("\r\n", "\n").split("\n")):
                if i:
                    self._newline()
                self._add(line)
            return
        self._add(re.sub(r"[ \t\r\n\f]+", " ", data))

    def _add(self, text):
        if not text.strip() and (not self.out or self.out[-1].endswith("\n")):
            return
        if self.quote and (not self.out or self.out[-1].endswith("\n")):
            text = "> " + text.lstrip()
        self.out.append(text)

    def _newline(self):
        self.out.append("\n")

    def _ends(self, end: str) -> bool:
        """Whether the text so far ends with ``end``, spaces after it aside.

        Line breaks after it are set aside too unless ``end`` is one; an empty text ends
        with a line break.
        """
        text = "".join(self.out[-4:]).rstrip(" " if end == "\n" else " \n")
        return text.endswith(end) or (end == "\n" and not text)

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
    section = document.sections[0] if document.sections else None
    header = footer = []
    if section is not None:  # a letterhead typed in the first page's header or footer
        first = section.different_first_page_header_footer
        header = _trimmed(_part_lines(section.first_page_header if first else section.header))
        footer = _trimmed(_part_lines(section.first_page_footer if first else section.footer))
    body = _blocks(document.element.body)
    lines = [*header, *([""] if header else []), *body, *([""] if footer else []), *footer]
    text = "\n".join(lines)
    if not "\n".join(body).strip():
        raise LetterError(f"{name}: the Word file holds no text; expected a letter typed in it.")
    return text


def _part_lines(part) -> list[str]:
    """The lines of a header or footer (none when it is linked, that is: there is none)."""
    return [] if part.is_linked_to_previous else _blocks(part._element)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Elements whose text is not on the page: deleted text, field codes, a drawing's fallback copy.
_HIDDEN = frozenset({f"{_W}del", f"{_W}instrText", f"{_W}delText",
                     "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"})


def _blocks(element) -> list[str]:
    """The lines of a document's body, a header, a footer or a table cell, in order.

    A paragraph is a line (its line breaks kept); a table gives each row's cells (a
    letterhead laid out in a table); content controls, which Word's letter templates fill
    ("[Recipient Name]"), give the paragraphs in them.
    """
    lines: list[str] = []
    for child in element:
        if child.tag == f"{_W}p":
            boxes: list[str] = []
            lines.append(_paragraph_text(child, boxes))
            lines.extend(boxes)
        elif child.tag == f"{_W}tbl":
            for row in child.iter(f"{_W}tr"):
                if row.getparent() is child:
                    cells = ("\n".join(_blocks(cell)) for cell in row.iter(f"{_W}tc")
                             if cell.getparent() is row)
                    lines.extend(dict.fromkeys(cells))  # a merged cell is listed once
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            lines.extend(_blocks(child))
    return lines


def _paragraph_text(element, boxes: list[str]) -> str:
    """A paragraph's text, content controls and links included; text boxes go to ``boxes``."""
    parts: list[str] = []
    for child in element:
        tag = child.tag
        if tag in _HIDDEN:
            continue
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}txbxContent":
            boxes.extend(_blocks(child))
        elif tag != f"{_W}pPr":
            parts.append(_paragraph_text(child, boxes))
    return "".join(parts)


def _trimmed(lines: list[str]) -> list[str]:
    """``lines`` without the blank ones at either end."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return lines[filled[0]:filled[-1] + 1] if filled else []
