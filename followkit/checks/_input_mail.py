"""Emails: a MIME message (.eml) read as its letter, Subject and To; a message saved as text.

Of a text and an HTML version the one that holds the letter is read; a message forwarded as
an attachment is read as that message; an email saved as text keeps its headers on top,
and its To names the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followkit.checks._input_html import html_to_text
from followkit.checks._input_text import meta_charset, plain_text, repaired, text_of
from followkit.errors import LetterError

__all__ = ["LetterInput", "from_email", "is_mime", "saved_mail"]


@dataclass(frozen=True)
class LetterInput:
    """A letter read from a file: its text and what the file told about it."""

    text: str
    channel: str | None = None
    to_name: str = ""
    to_address: str = ""


def is_mime(data: bytes) -> bool:
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


def saved_mail(text: str) -> LetterInput:
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
        to_address = address if ADDRESS.fullmatch(address) else ""
        if len(people) == 1:
            to_name = person(name or ("" if "@" in address else address))
    if _FORWARDED.match(fields.get("subject", "")):
        to_name = to_address = ""  # a letter forwarded (to a coach): not the letter's reader
    return LetterInput(text, channel="email", to_name=to_name, to_address=to_address)





def from_email(name: str, data: bytes, *, web_page: bool = False) -> LetterInput:
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
    if _FORWARDED.match(subject):
        addresses = ()  # a letter forwarded (to a coach): this To is not the letter's reader
    if addresses:
        first = addresses[0]
        if ADDRESS.fullmatch(first.addr_spec):
            to_address = first.addr_spec
        if len(addresses) == 1:  # "To: Kofi Osei" with no address is a name
            to_name = person(first.display_name or (first.addr_spec.strip('"') if not
                                                     to_address else ""))
    text = f"Subject: {subject}\n\n{body}" if subject else body
    return LetterInput(text, channel="email", to_name=to_name, to_address=to_address)


#: A subject that says the message is forwarded ("Fwd:", German "WG:", French "TR:", "RV:").
_FORWARDED = re.compile(r"(?i)\s*(?:fwd?|wg|tr|rv)\s*:")
#: An address as a To header should give it (one @, no spaces, quotes or brackets).
ADDRESS = re.compile(r"[^@\s\"<>(),;]+@[^@\s\"<>(),;]+")


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
    """A text part's content, read by :func:`text_of` (its charset label may be wrong).

    An HTML part with no charset label is read in the one its page declares.
    """
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or (
        meta_charset(payload) if part.get_content_subtype() == "html" else "")
    try:
        return repaired(text_of(payload, charset))
    except UnicodeDecodeError:
        return payload.decode("utf-8", errors="replace")


def person(display_name: str) -> str:
    """The reader's name from a To display name: "Osei, Kofi" -> "Kofi Osei".

    A note in brackets ("Kofi Osei (Saltmarsh Kitchen)"), the company after a dash or a bar
    ("Haddad, Laila - Kestrel") and degrees after a comma ("Laila Haddad, PhD") are left out. A
    mailbox of a team or a role ("Careers", "Talent Acquisition - Kestrel") or a display name
    that is an address names no reader: "".
    """
    from followkit.checks._reader import _CREDENTIALS, _names_nobody

    display_name = re.sub(r"\s*[(\[][^)\]]*[)\]]", "", display_name)  # "(Saltmarsh)"
    pieces = _MAILBOX_PIECES.split(display_name)
    if len(pieces) > 1 and not any(_names_nobody(piece) for piece in pieces):
        display_name = pieces[0]  # "Haddad, Laila - Kestrel": the person, then the company
    head, comma, tail = display_name.partition(",")
    if comma and (_CREDENTIALS.fullmatch(tail) or _degrees(tail)):
        display_name = head  # "Laila Haddad, PhD"
    last, comma, first = display_name.partition(",")
    name = " ".join(f"{first} {last}".split()) if comma and first.strip() and "," not in first \
        else " ".join(display_name.split())
    if not re.search(r"[^\W\d_]", name) or "@" in name or _names_nobody(name) or any(
            _names_nobody(piece) for piece in _MAILBOX_PIECES.split(name)):
        return ""  # "Talent Acquisition - Kestrel", "Careers | Kestrel Engineering"
    return name


#: Degrees written after a name without full stops: "Laila Haddad, PhD", "…, MD, MPH".
_DEGREES = frozenset("phd md mph mba rn bsn msn cpa jd msc ma ba bsc dds esq pe pmp".split())
def _degrees(text: str) -> bool:
    """Whether ``text`` is only degrees as written after a name: "PhD", "MD, MPH".

    "Ma" is a name: a degree is not typed as a capital and then small letters alone.
    """
    tokens = [t.replace(".", "") for t in re.split(r"[\s,]+", text.strip(" ,")) if t]
    return bool(tokens) and all(t.lower() in _DEGREES and not t[1:].islower() for t in tokens)


#: What separates a team mailbox's role from its company: "Talent Acquisition - Kestrel".
_MAILBOX_PIECES = re.compile(r"\s+[-|–—:]\s+|\s*\|\s*")
