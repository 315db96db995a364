"""Text files as people save them: their encoding found, and pasted HTML turned into text.

Notepad writes UTF-8, UTF-16 ("Unicode") or Windows-1252 ("ANSI"); mail programs label
charsets wrongly; a copy-paste from a web page or a mail program leaves tags and character
references in typed text.
"""

from __future__ import annotations

import codecs
import re

from followkit.checks._input_html import html_to_text
from followkit.errors import LetterError

__all__ = ["HTML_TAG", "READ_ADVICE", "decode", "meta_charset", "plain_text", "repaired",
           "text_of"]


#: What to do with a file followkit cannot read.
READ_ADVICE = ("open it in Word, LibreOffice or Pages and save the letter as .docx or as plain "
               "text (.txt), or paste it into a .txt file; followkit reads .txt, .eml, .html "
               "and .docx.")


def decode(name: str, data: bytes, charset: str = "") -> str:
    """The text of a text file: UTF-8 (with or without a BOM), UTF-16 or Windows-1252.

    Text that was UTF-8 read as Windows-1252 and saved again ("Itâ€™s") is repaired.
    """
    if data[:3] != b"\xef\xbb\xbf" and data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = _utf16(name, data, "utf-16")
    elif (unmarked := _utf16_order(data)) is not None:
        text = _utf16(name, data, unmarked)
    else:
        try:
            text = text_of(data, charset)
        except UnicodeDecodeError as exc:
            raise LetterError(f"{name}: the file is not text (byte {exc.start + 1} cannot be "
                              f"read as UTF-8 or Windows-1252); {READ_ADVICE}") from None
    _refuse_binary(name, text)
    return repaired(text)


def _utf16(name: str, data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise LetterError(f"{name}: the file starts as UTF-16 text but byte {exc.start + 1} "
                          f"cannot be read; {READ_ADVICE}") from None


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
                          f"character U+{ord(found.group()):04X}, which text does not); "
                          f"{READ_ADVICE}")


#: What UTF-8 read as Windows-1252 or Latin-1 leaves: a lead byte's letter (Â … ô) followed
#: by a continuation byte's character ("â€™", "Ã©"). Text without one has nothing to repair,
#: and ftfy (slow to import) is not loaded for it.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178"
                       "\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a"
                       "\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def repaired(text: str) -> str:
    """``text`` with mojibake undone (UTF-8 once read as Windows-1252: "â€™" back to "’")."""
    if text.isascii() or not _MOJIBAKE.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text) if ftfy.is_bad(text) else text


def meta_charset(data: bytes) -> str:
    """The charset an HTML file declares in its head (``<meta charset=…>``), or ""."""
    found = re.search(rb"""<meta[^>]*charset\s*=\s*["']?([\w.:-]+)""", data[:4000], re.I)
    return found.group(1).decode("ascii") if found else ""


#: An HTML tag a copy-paste from a web page or a mail program leaves in plain text (not a
#: placeholder such as "<Company Name>", which the checker reports).
HTML_TAG = re.compile(r"(?i)</?(?:p|br|div|span|b|i|u|em|strong|font|a|li|ul|ol|o:p|h[1-6]|"
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
        text = HTML_TAG.sub("", text)
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


def text_of(data: bytes, charset: str = "") -> str:
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
