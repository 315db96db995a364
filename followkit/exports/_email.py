"""A letter as email: an .eml draft and a mailto: link.

- ``eml_draft``: a message with ``X-Unsent: 1``, which Outlook and Thunderbird open as a draft
  to review and send. A header value with a line break is refused (no header injection).
- ``mailto_link``: RFC 6068, every character outside the unreserved set percent-encoded and
  line breaks as ``%0D%0A``.
"""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from urllib.parse import quote

from followkit.errors import LetterError
from followkit.model import Candidate, Letter

__all__ = ["eml_draft", "mailto_link"]


def _header(value: str, field: str) -> str:
    if "\r" in value or "\n" in value:
        raise LetterError(
            f"The {field} has a line break in it ({value!r:.60}); a mail header must be one "
            "line. Keep the subject on the first line of the letter."
        )
    return value


def _address(name: str, email: str, field: str) -> Address:
    local, _, domain = _header(email, field).rpartition("@")
    return Address(display_name=_header(name, field), username=local, domain=domain)


def eml_draft(letter: Letter, candidate: Candidate | None = None) -> bytes:
    """The letter as an unsent email message (RFC 5322 bytes): To, From, Subject, plain body."""
    if letter.channel != "email":
        raise LetterError(
            "Only an email becomes an .eml draft; print a card for a handwritten note."
        )
    message = EmailMessage()
    person = letter.interviewer
    if person.email:
        message["To"] = _address(person.name, person.email, "recipient's address")
    if candidate is not None and candidate.email:
        message["From"] = _address(candidate.name, candidate.email, "sender's address")
    message["Subject"] = _header(letter.subject, "subject")
    message["X-Unsent"] = "1"
    message.set_content(letter.body + "\n")
    return bytes(message)


def mailto_link(letter: Letter) -> str:
    """``mailto:dana%40example.com?subject=...&body=...`` with RFC 6068 percent-encoding."""
    def encode(text: str) -> str:
        return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")

    to = quote(letter.interviewer.email, safe="@")
    fields = []
    if letter.subject:
        fields.append(f"subject={encode(_header(letter.subject, 'subject'))}")
    fields.append(f"body={encode(letter.body)}")
    return f"mailto:{to}?{'&'.join(fields)}"
