"""Letters from the files people have: plain text, an email (.eml), a web page, a Word file.

:func:`read_input` returns the letter's text and what the file says about it (an email's
subject, recipient and channel). The text is what the checker reads and what finding line
numbers count in: for an email that is ``Subject: …``, a blank line and the body. Files the
checker cannot read raise :class:`~followkit.errors.LetterError` saying what was wrong, in
which file, and what is expected.

A file is known by its bytes first (a Word file named ``.txt`` is read as Word, a PDF named
``.docx`` is refused as a PDF), then by its extension. docs/inputs.md lists what each kind
gives; tests/checks/inputs/ holds files made by LibreOffice and mail-program-shaped emails
that must give the findings of the same letter typed as text.
"""

from __future__ import annotations

import codecs
import io
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from followkit.errors import LetterError

__all__ = ["MAX_FILE_BYTES", "LetterInput", "html_to_text", "plain_text", "read_input"]

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
        return LetterInput(_from_docx(name, data), channel="letter")
    if kind == "msg":
        raise LetterError(f"{name}: followkit cannot read Outlook's .msg files; in Outlook "
                          "use File > Save As and pick Text Only (.txt) or HTML (.html), or "
                          "download the message as .eml, and check that file.")
    if kind in _UNREAD:
        raise LetterError(f"{name}: this is {_UNREAD[kind]}, which followkit cannot read; "
                          f"{_READ}")
    web_page = lower.endswith((".mht", ".mhtml", ".html", ".htm"))
    if lower.endswith(".eml") or (kind == "text" and _is_mime(data)):
        if not web_page:  # also a raw message copied from "Show original" into a .txt
            return _from_email(name, data)
        return LetterInput(_from_email(name, data, web_page=True).text)
    text = _decode(name, data, _meta_charset(data) if lower.endswith((".html", ".htm")) else "")
    if lower.endswith((".html", ".htm")) and _TAG.search(text):
        return LetterInput(html_to_text(text))
    return _saved_mail(plain_text(text))


def _is_mime(data: bytes) -> bool:
    """Whether ``data`` is a MIME message (a raw email, a Single File Web Page).

    That is: header lines up to a blank line, one of them ``MIME-Version`` or
    ``Content-Type``.
    """
    head = data[:8000].lstrip(b"\r\n").replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = head.split(b"\n")
    return bool(head) and all(_HEADER_LINE.match(line) for line in lines) and any(
        line.lower().startswith((b"mime-version:", b"content-type:")) for line in lines)


_HEADER_LINE = re.compile(rb"[!-9;-~]+:|[ \t]")


#: A header line at the top of a message saved as text by a mail program (Outlook's "Text
#: Only", Thunderbird's and Apple Mail's "Save as text"): "To:<tab>Kofi Osei".
_SAVED_HEADER = re.compile(r"(?i)(from|sent|date|to|cc|bcc|subject|importance|attachments)"
                           r"[ \t]*:[ \t]*(.*)")


def _saved_mail(text: str) -> LetterInput:
    """``text``, and who it is to when it is an email saved as text with its headers on top.

    The headers stay in the text (the checker reads the Subject line there); a To naming one
    person gives the reader, as an .eml file's does.
    """
    fields: dict[str, str] = {}
    for line in text.lstrip("\ufeff\r\n").splitlines():
        found = _SAVED_HEADER.fullmatch(line.strip())
        if not found:
            break
        fields[found.group(1).lower()] = found.group(2).strip()
    if not ({"from", "to"} <= fields.keys() and fields.keys() & {"subject", "sent", "date"}):
        return LetterInput(text)
    from email.utils import getaddresses, parseaddr

    to = fields["to"]  # Outlook: "Kofi Osei; Ama Boateng"; others: "A <a@x.org>, B <b@x.org>"
    if ";" in to or "@" not in to:
        people = [parseaddr(entry) if "@" in entry else (entry.strip(" '\""), "")
                  for entry in to.split(";")]
    else:
        people = getaddresses([to])
    people = [(name, address) for name, address in people if name or address]
    to_name = to_address = ""
    if people:
        name, address = people[0]
        to_address = address if _ADDRESS.fullmatch(address) else ""
        if len(people) == 1:
            to_name = _person(name or ("" if "@" in address else address))
    if re.match(r"(?i)\s*(?:fwd?|wg|tr|rv)\s*:", fields.get("subject", "")):
        to_name = to_address = ""  # a letter forwarded (to a coach): not the letter's reader
    return LetterInput(text, channel="email", to_name=to_name, to_address=to_address)


_READ = ("open it in Word, LibreOffice or Pages and save the letter as .docx or as plain text "
         "(.txt), or paste it into a .txt file; followkit reads .txt, .eml, .html and .docx.")

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


def _decode(name: str, data: bytes, charset: str = "") -> str:
    """The text of a text file: UTF-8 (with or without a BOM), UTF-16 or Windows-1252.

    Text that was UTF-8 read as Windows-1252 and saved again ("Itâ€™s") is repaired.
    """
    if data[:3] != b"\xef\xbb\xbf" and data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = _utf16(name, data, "utf-16")
    elif (unmarked := _utf16_order(data)) is not None:
        text = _utf16(name, data, unmarked)
    else:
        try:
            text = _text_of(data, charset)
        except UnicodeDecodeError as exc:
            raise LetterError(f"{name}: the file is not text (byte {exc.start + 1} cannot be "
                              f"read as UTF-8 or Windows-1252); {_READ}") from None
    _refuse_binary(name, text)
    return _repaired(text)


def _utf16(name: str, data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise LetterError(f"{name}: the file starts as UTF-16 text but byte {exc.start + 1} "
                          f"cannot be read; {_READ}") from None


def _utf16_order(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text without a byte-order mark, else None.

    English text in UTF-16 has a zero byte in every other place (the high byte of each
    ASCII character); text in any 8-bit encoding has almost none.
    """
    sample = data[:2000]
    if len(sample) < 8 or sample.count(0) < len(sample) // 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.6 * half and even < 0.1 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.1 * half:
        return "utf-16-be"
    return None


#: Control characters no letter holds (tab, line and page breaks aside).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _refuse_binary(name: str, text: str) -> None:
    """Refuse a file that is data, not text; a stray control character is let through."""
    sample = text[:5000]
    found = _CONTROL.search(sample)
    if found and ("\x00" in sample or len(_CONTROL.findall(sample)) > 0.02 * len(sample)):
        line = text.count("\n", 0, found.start()) + 1
        raise LetterError(f"{name}: this is not a text file (line {line} holds the control "
                          f"character U+{ord(found.group()):04X}, which text does not); {_READ}")


def _repaired(text: str) -> str:
    """``text`` with mojibake undone (UTF-8 once read as Windows-1252: "â€™" back to "’")."""
    if text.isascii():
        return text
    import ftfy

    return ftfy.fix_encoding(text) if ftfy.is_bad(text) else text


def _meta_charset(data: bytes) -> str:
    """The charset an HTML file declares in its head (``<meta charset=…>``), or ""."""
    found = re.search(rb"""<meta[^>]*charset\s*=\s*["']?([\w.:-]+)""", data[:4000], re.I)
    return found.group(1).decode("ascii") if found else ""


#: An HTML tag a copy-paste from a web page or a mail program leaves in plain text (not a
#: placeholder such as "<Company Name>", which the checker reports).
_TAG = re.compile(r"(?i)</?(?:p|br|div|span|b|i|u|em|strong|font|a|li|ul|ol|o:p|h[1-6]|"
                  r"table|tr|td|th|tbody|blockquote|html|body|head|meta|style|img|hr|"
                  r"center|small|big|sup|sub)(?=[\s/>])[^<>]*>")
#: What shows that HTML was pasted into a text: a line break tag or a closing tag (a lone
#: "<Body>" or "<Title>" is a template's placeholder).
_PASTED = re.compile(r"(?i)<br\s*/?>|</(?:p|div|span|b|i|u|em|strong|font|a|li|o:p|h[1-6]|td|tr|"
                     r"table|blockquote|body|html)>")
#: Tags that end a line ("<br>") or a paragraph ("</p>") in plain text carrying them.
_LINE_TAG = re.compile(r"(?i)[ \t]*<(?:br|/li|/tr|/div)\b[^<>]*>[ \t]*\r?\n?")
_PARAGRAPH_TAG = re.compile(r"(?i)[ \t]*</?(?:p|h[1-6]|ul|ol|table|blockquote|hr)\b[^<>]*>"
                            r"[ \t]*")
#: An HTML character reference with its semicolon ("&amp;", "&rsquo;", "&#8217;"); "R&D",
#: "AT&T" and "Q&A" are not one.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DOCUMENT = re.compile(r"(?is)^\s*(?:<!doctype html|<html|<head|<body|<meta)")


def plain_text(text: str) -> str:
    """Plain text as typed, with what a copy-paste from HTML leaves turned back into text.

    A whole HTML document is read as one; tags left in typed text ("<br>", "<p>", "<b>") are
    taken out, keeping the text's own line breaks; character references ("&amp;",
    "&rsquo;", "&nbsp;") become their characters.
    """
    if "<" in text and _PASTED.search(text):
        if _DOCUMENT.match(text):
            return html_to_text(text)
        text = _LINE_TAG.sub("\n", text)
        text = _PARAGRAPH_TAG.sub("\n\n", text)
        text = _TAG.sub("", text)
        text = re.sub(r"[ \t]+\n", "\n", text)
        text = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text).lstrip("\n")
    if "&" in text:
        from html import unescape

        text = _ENTITY.sub(lambda m: unescape(m.group()), text)
    if _STRAY.search(text):  # Word's soft line break pasted as a vertical tab; stray controls
        text = _STRAY.sub(lambda m: "\n" if m.group() == "\v" else "", text)
    return text


_STRAY = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


#: Labels a mail program or Windows puts on text that is in fact Windows-1252 (as browsers
#: read them): curly quotes and dashes are its bytes 0x91–0x97, which Latin-1 makes controls.
_WINDOWS_1252 = frozenset({"", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1",
                           "iso8859-1", "windows-1252", "cp1252"})


def _text_of(data: bytes, charset: str = "") -> str:
    """``data`` as text: in ``charset`` if it reads so, else UTF-8, else Windows-1252.

    Notepad's "ANSI" and older mail programs write Windows-1252, often labelled as something
    else or not at all; UTF-8 text is read as UTF-8 whatever its label says, and a UTF-8
    text with a few Windows-1252 bytes pasted in (a curly quote, a no-break space) is read
    byte by byte: UTF-8 where it reads, Windows-1252 where not. Raises UnicodeDecodeError
    when neither reads it.
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
            return data.decode("utf-8-sig", errors=_WINDOWS_BYTES)
        except UnicodeDecodeError:
            raise exc from None


def _windows_bytes(error: UnicodeError) -> tuple[str, int]:
    """Bytes UTF-8 cannot read, read as Windows-1252 (raises for the five it leaves unused)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start:error.end].decode("cp1252"), error.end


_WINDOWS_BYTES = "followkit.windows-1252"
codecs.register_error(_WINDOWS_BYTES, _windows_bytes)


# --- email ----------------------------------------------------------------------------------


def _from_email(name: str, data: bytes, *, web_page: bool = False) -> LetterInput:
    """The letter in a MIME message: its text or HTML part as text, its Subject and To.

    Of a text and an HTML version of the letter, the text one is read unless it is empty or
    a stub ("This message is in HTML format"). A message that carries another as an
    attachment (forwarded "as attachment") with only a short note of its own is read as
    the attached message. A ``web_page`` (Word's "Single File Web Page", .mht) is a MIME
    message too, whose headers say nothing about the letter.
    """
    from email import policy
    from email.parser import BytesParser

    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        message, body = _letter_in(message)
    except (LookupError, ValueError, TypeError) as exc:
        raise LetterError(f"{name}: the email cannot be read ({exc}); save it again from the "
                          "mail program as .eml, or paste the letter into a .txt file.") from None
    if body is None:
        raise LetterError(f"{name}: the email has no text or HTML part to check; expected a "
                          "message saved from a mail program (.eml) with the letter in it.")
    if web_page:
        return LetterInput(body)
    subject = " ".join(str(message.get("subject", "") or "").split())
    to_name = to_address = ""
    addresses = getattr(message.get("to"), "addresses", ()) or ()
    if re.match(r"(?i)\s*(?:fwd?|wg|tr|rv)\s*:", subject):
        addresses = ()  # a letter forwarded (to a coach): this To is not the letter's reader
    if addresses:
        first = addresses[0]
        if _ADDRESS.fullmatch(first.addr_spec):
            to_address = first.addr_spec
        if len(addresses) == 1:  # "To: Kofi Osei" with no address is a name
            to_name = _person(first.display_name or (first.addr_spec.strip('"') if not
                                                     to_address else ""))
    text = f"Subject: {subject}\n\n{body}" if subject else body
    return LetterInput(text, channel="email", to_name=to_name, to_address=to_address)


#: An address as a To header should give it (one @, no spaces, quotes or brackets).
_ADDRESS = re.compile(r"[^@\s\"<>(),;]+@[^@\s\"<>(),;]+")


def _letter_in(message, depth: int = 0):
    """The message that holds the letter (this one or one attached to it) and its body."""
    body = _body(message)
    if depth < 3:
        for part in message.iter_attachments():
            if part.get_content_type() == "message/rfc822":
                attached = part.get_content()
                inner, inner_body = _letter_in(attached, depth + 1)
                if inner_body is not None and (body is None or _words(body) < _words(
                        inner_body)):
                    return inner, inner_body
    return message, body


def _body(message) -> str | None:
    """The body of ``message`` as text: its text part, or its HTML part when that says more."""
    plain_part = message.get_body(preferencelist=("plain",))
    html_part = message.get_body(preferencelist=("html",))
    plain = _part_text(plain_part) if plain_part is not None else None
    html = html_to_text(_part_text(html_part)) if html_part is not None else None
    if plain is not None and plain_part.get_param("format", "").lower() == "flowed":
        plain = _unflowed(plain, plain_part.get_param("delsp", "").lower() == "yes")
    if plain is not None:
        plain = plain_text(plain)
    if html is None or (plain is not None and 2 * _words(plain) >= _words(html)):
        return plain
    return html


def _words(text: str) -> int:
    return len(text.split())


def _unflowed(text: str, delsp: bool) -> str:
    """A ``format=flowed`` text part (RFC 3676) with its soft line breaks joined.

    A line that ends in a space goes on in the next line (of the same quote depth);
    "-- " is the signature line, not a soft break.
    """
    lines: list[str] = []
    joining = False
    depth_before = 0
    for raw in text.replace("\r\n", "\n").split("\n"):
        quote = len(raw) - len(raw.lstrip(">"))
        line = raw[quote:]
        if line.startswith(" "):
            line = line[1:]  # space-stuffing
        if joining and quote == depth_before:
            lines[-1] += line
        else:
            lines.append(">" * quote + (" " if quote and line else "") + line)
        joining = line.endswith(" ") and line != "-- "
        if joining and delsp:
            lines[-1] = lines[-1][:-1]
        depth_before = quote
    return "\n".join(lines)


def _part_text(part) -> str:
    """A text part's content, read by :func:`_text_of` (its charset label may be wrong).

    An HTML part with no charset label is read in the one its page declares.
    """
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or (
        _meta_charset(payload) if part.get_content_subtype() == "html" else "")
    try:
        return _repaired(_text_of(payload, charset))
    except UnicodeDecodeError:
        return payload.decode("utf-8", errors="replace")


def _person(display_name: str) -> str:
    """The reader's name from a To display name: "Osei, Kofi" -> "Kofi Osei".

    A note in brackets ("Kofi Osei (Saltmarsh Kitchen)") is left out. A mailbox of a team or a
    role ("Careers", "Talent Acquisition") or a display name that is an address names no
    reader: "".
    """
    from followkit.checks._reader import _names_nobody

    display_name = re.sub(r"\s*[(\[][^)\]]*[)\]]", "", display_name)  # "(Saltmarsh)"
    last, comma, first = display_name.partition(",")
    name = " ".join(f"{first} {last}".split()) if comma and first.strip() and "," not in first \
        else " ".join(display_name.split())
    if not re.search(r"[^\W\d_]", name) or "@" in name or _names_nobody(name):
        return ""
    return name


# --- HTML -----------------------------------------------------------------------------------

_BLOCKS = frozenset("p div section article header footer h1 h2 h3 h4 h5 h6 table ul ol "
                    "blockquote pre address hr".split())
#: Each on a line of its own, with no blank line between: a list's items, a table's rows
#: and cells (a signature laid out in a table).
_LINES = frozenset("li tr td th".split())
_SKIP = frozenset("script style head title noscript template".split())


#: The classes mail programs give the block that holds the message replied to, or its
#: "On … wrote:" line (Gmail, Yahoo, Proton Mail, Thunderbird, old Outlook).
_QUOTE_CLASS = re.compile(r"gmail_quote|yahoo_quoted|protonmail_quote|moz-cite-prefix|"
                          r"OutlookMessageHeader")


_HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none|mso-hide\s*:\s*all")
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


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
        self.divs: list[bool] = []  # for each open <div>: whether it holds a quoted message
        self.hidden: list = []  # the element hidden by its style, and how deep it nests

    def handle_starttag(self, tag, attrs):
        if self.hidden and self.hidden == ["p", 1] and tag in _BLOCKS:
            self.hidden = []  # a hidden <p> left open ends where the next block starts
        if self.hidden:
            self.hidden[1] += tag == self.hidden[0]
            return
        if tag not in _VOID and _HIDDEN_STYLE.search(dict(attrs).get("style") or ""):
            self.hidden = [tag, 1]  # a mail's preview text, Outlook's mso-hide: not shown
            return
        if tag == "body":
            self.skip = 0  # a <head> left open ends where the body starts
        elif tag in _SKIP:
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
        quoting = tag == "div" and bool(_QUOTE_CLASS.search(dict(attrs).get("class") or ""))
        if tag == "div":
            self.divs.append(quoting)
        if tag == "blockquote" or quoting:
            self.quote += 1

    def handle_endtag(self, tag):
        if self.hidden:
            self.hidden[1] -= tag == self.hidden[0]
            if not self.hidden[1]:
                self.hidden = []
            return
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self._paragraph()
        if tag == "blockquote" or (tag == "div" and self.divs and self.divs.pop()):
            self.quote = max(0, self.quote - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data):
        if self.skip or self.hidden:
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
#: Elements whose text is not on the page: deleted text, text moved away (tracked changes),
#: field codes, a drawing's fallback copy.
_HIDDEN = frozenset({f"{_W}del", f"{_W}instrText", f"{_W}delText", f"{_W}moveFrom",
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
        if tag in _HIDDEN or (tag == f"{_W}r" and _vanished(child)):
            continue
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            parts.append("\t")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}txbxContent":
            boxes.extend(_blocks(child))
        elif tag != f"{_W}pPr":
            parts.append(_paragraph_text(child, boxes))
    return "".join(parts)


def _vanished(run) -> bool:
    """Whether a run is formatted as hidden text (Word's Font > Hidden), not shown or printed."""
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(f"{_W}val", "true") not in ("0", "false", "off")


def _trimmed(lines: list[str]) -> list[str]:
    """``lines`` without the blank ones at either end."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return lines[filled[0]:filled[-1] + 1] if filled else []
