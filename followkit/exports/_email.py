"""A letter as email: an .eml draft and a mailto: link.

- ``eml_draft``: a message with ``X-Unsent: 1``, which Outlook and Thunderbird open as a draft
  to review and send.
- ``mailto_link``: RFC 6068, every character outside the unreserved set percent-encoded and
  line breaks as ``%0D%0A``. A link longer than :data:`MAILTO_MAX` characters is not offered
  (:func:`mailto_problem` says why): many mail programs and browsers cut or drop it.

No header line can be added through a field. A subject or a name is refused with a
:class:`~followkit.errors.LetterError` when it holds a line break or any other control
character (vertical tab, form feed, U+001C–U+001E, U+0085, U+2028, U+2029, NUL), or an
RFC 2047 encoded word (``=?utf-8?q?…?=``): Python's email package before the CVE-2024-6923
fix decodes such a word into a real header line. As a last guard, the finished draft is parsed
back and must hold exactly the headers followkit wrote.
"""

from __future__ import annotations

import re
import unicodedata
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from urllib.parse import quote

from followkit.errors import LetterError
from followkit.model import Candidate, Letter

__all__ = ["MAILTO_MAX", "eml_draft", "mailto_link", "mailto_problem"]

#: The longest mailto: link offered; longer ones fail in many clients (about 2,000 characters).
MAILTO_MAX = 2000
#: RFC 2047's encoded word: =?charset?B-or-Q?text?=
_ENCODED_WORD = re.compile(r"=\?[^?\s]*\?[bq]\?[^?\s]*\?=", re.IGNORECASE)
_FORBIDDEN_CATEGORIES = {"Cc", "Zl", "Zp"}  # control characters, line and paragraph separators


def _header(value: str, field: str) -> str:
    """``value`` as one line of header text, or LetterError saying what is wrong in it."""
    value = value.replace("\t", " ")
    for char in value:
        if unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
            kind = ("a line break" if char in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
                    else "a control character")
            raise LetterError(
                f"The {field} has {kind} (U+{ord(char):04X}) in it ({value!r:.60}); a mail "
                "header must be one line of printable text. Keep the subject on the first "
                "line of the letter, and names on one line."
            )
    encoded = _ENCODED_WORD.search(value)
    if encoded:
        raise LetterError(
            f"The {field} contains an encoded word ({encoded[0]!r:.60}), "
            "which mail programs decode into other text, even into extra header lines; type "
            "the text itself."
        )
    return value


def _address(name: str, email: str, who: str) -> Address:
    display_name = _header(name, f"{who}'s name")
    local, _, domain = _header(email, f"{who}'s address").rpartition("@")
    try:
        return Address(display_name=display_name, username=local, domain=domain)
    except ValueError as exc:
        raise LetterError(f"The {who}'s address {email!r:.80} cannot be written in a mail header "
                          f"({exc}); expected an address such as dana@example.com.") from None


def _same_headers(data: bytes, written: list[str]) -> None:
    """Parse the draft back; refuse it if a header appeared that followkit did not write."""
    for strictness in (policy.strict, policy.default):
        found = list(BytesParser(policy=strictness).parsebytes(data).keys())
        if found != written:
            extra = ", ".join(sorted(set(found) - set(written))) or "a changed header"
            raise LetterError(
                f"The draft would carry {extra}, which followkit did not write; a name or the "
                "subject holds text a mail program reads as a header. Retype them as plain "
                "text."
            )


def eml_draft(letter: Letter, candidate: Candidate | None = None) -> bytes:
    """The letter as an unsent email message (RFC 5322 bytes): To, From, Subject, plain body."""
    if letter.channel != "email":
        raise LetterError(
            "Only an email becomes an .eml draft; print a card for a handwritten note."
        )
    message = EmailMessage()
    person = letter.interviewer
    if person.email:
        message["To"] = _address(person.name, person.email, "recipient")
    if candidate is not None and candidate.email:
        message["From"] = _address(candidate.name, candidate.email, "sender")
    message["Subject"] = _header(letter.subject, "subject")
    message["X-Unsent"] = "1"
    written = list(message.keys())
    message.set_content(letter.body + "\n")
    data = bytes(message)
    _same_headers(data, [*written, *(k for k in message.keys() if k not in written)])
    return data


def _mailto(letter: Letter) -> str:
    def encode(text: str) -> str:
        return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")

    to = quote(letter.interviewer.email, safe="@")
    fields = []
    if letter.subject:
        fields.append(f"subject={encode(_header(letter.subject, 'subject'))}")
    fields.append(f"body={encode(letter.body)}")
    return f"mailto:{to}?{'&'.join(fields)}"


def mailto_problem(letter: Letter) -> str | None:
    """Why :func:`mailto_link` offers no link for ``letter`` (it is too long), or None."""
    length = len(_mailto(letter))
    if length <= MAILTO_MAX:
        return None
    return (f"The email link would be {length:,} characters long; many mail programs and "
            f"browsers cut or drop a link over {MAILTO_MAX:,}, so none is offered. Save the "
            ".eml draft instead and open it in your mail program.")


def mailto_link(letter: Letter) -> str:
    """``mailto:dana%40example.com?subject=...&body=...`` with RFC 6068 percent-encoding.

    Raises LetterError with :func:`mailto_problem`'s sentence when the link would be longer
    than :data:`MAILTO_MAX` characters.
    """
    problem = mailto_problem(letter)
    if problem:
        raise LetterError(problem)
    return _mailto(letter)
