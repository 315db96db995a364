"""Read a letter's text into its parts: subject, greeting, paragraphs, sign-off, signature.

The shared letter format (an optional ``Subject:`` line, a greeting, body paragraphs separated
by blank lines, a sign-off, a signature and contact lines) is what people write, but people
also forget parts, leave stray blank lines or paste text with Windows line ends. The parser
never fails on a letter it can read; a part that is missing is ``None``. Text it cannot read
(empty, binary, too large to check quickly) raises :class:`~followkit.errors.LetterError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followkit.errors import LetterError

__all__ = [
    "MAX_LETTER_CHARS",
    "Line",
    "Paragraph",
    "ParsedLetter",
    "is_contact_line",
    "parse_letter",
]

#: Longer texts are refused: a follow-up letter is a few hundred words.
MAX_LETTER_CHARS = 50_000

_GREETING_WORDS = re.compile(
    r"^(dear|hi|hello|hey|greetings|good (morning|afternoon|evening|day)|to whom|attn|attention)"
    r"\b",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"^\s*subject\s*:\s*(.*)$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_INLINE_BODY = re.compile(r"^(.{2,60}?[,:])\s+(\S+(?:\s+\S+){3,}.*[^,:\s])$")
_CONTACT = re.compile(r"@|https?://|www\.|\d{3}|\.(com|org|net|io|dev|me)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    """One line of the letter: its 1-based number in the text and its text, stripped."""

    number: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph: the line it starts on and its text with lines joined by spaces."""

    line: int
    text: str


@dataclass(frozen=True)
class ParsedLetter:
    """A letter in parts. Any part may be missing (``None`` or empty)."""

    text: str
    lines: tuple[str, ...]
    subject: Line | None
    greeting: Line | None
    paragraphs: tuple[Paragraph, ...]
    sign_off: Line | None
    signature: tuple[Line, ...]

    @property
    def body_text(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def words(self) -> int:
        """How many words the body paragraphs hold."""
        return sum(len(p.text.split()) for p in self.paragraphs)

    @property
    def after_greeting(self) -> tuple[Line, ...]:
        """Every non-blank line after the greeting (or after the subject when none)."""
        start = (self.greeting or self.subject or Line(0, "")).number
        return tuple(
            Line(i, text.strip())
            for i, text in enumerate(self.lines, start=1)
            if i > start and text.strip()
        )


def guard_text(text: object) -> str:
    """Return ``text`` if the checker can read it, else raise LetterError saying why."""
    if not isinstance(text, str):
        raise LetterError(
            f"expected the letter as text (str), got {type(text).__name__}; "
            "decode a file's bytes as UTF-8 first."
        )
    if len(text) > MAX_LETTER_CHARS:
        raise LetterError(
            f"the text is {len(text):,} characters long; a follow-up letter is a few hundred "
            f"words, so followkit checks at most {MAX_LETTER_CHARS:,} characters. "
            "Check the letter on its own, not a whole file of them."
        )
    if "\x00" in text or _control_share(text) > 0.05:
        raise LetterError(
            "the text holds binary data (control characters), not a letter; "
            "give the letter as plain text."
        )
    if not text.strip():
        raise LetterError("the letter is empty; write or paste the letter text first.")
    return text


def _control_share(text: str) -> float:
    sample = text[:4000]
    return len(_CONTROL.findall(sample)) / max(len(sample), 1)


def parse_letter(text: str) -> ParsedLetter:
    """Split ``text`` into the parts of a letter; raise LetterError if it cannot be read."""
    text = guard_text(text)
    lines = tuple(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    numbered = [Line(i, t.strip()) for i, t in enumerate(lines, start=1) if t.strip()]
    subject = None
    if numbered and (match := _SUBJECT.match(numbered[0].text)):
        subject = Line(numbered[0].number, match.group(1).strip())
        numbered = numbered[1:]
    greeting = None
    if numbered and _is_greeting(numbered[0], numbered[1:2]):
        greeting, rest = _split_greeting(numbered[0])
        numbered = ([rest] if rest else []) + numbered[1:]
    body_end, sign_off, signature = _split_closing(numbered)
    paragraphs = _paragraphs(numbered[:body_end])
    return ParsedLetter(text, lines, subject, greeting, paragraphs, sign_off, signature)


def _is_greeting(first: Line, following: list[Line]) -> bool:
    if _GREETING_WORDS.match(first.text):
        return True
    words = first.text.split()
    if len(words) > 5 or not first.text.endswith((",", ":")) or not following:
        return False
    if words[0].lower().startswith(("thank", "i", "it", "we")):
        return False
    return True


def _split_greeting(line: Line) -> tuple[Line, Line | None]:
    """Split a greeting that has the body on its own line ("Hey, thx for meeting me…").

    The greeting ends at its comma and the body starts on the same line; a plain
    "Dear Ms. Rivera," or "Dear Ms. Rivera, Mr. Haddad, and team," stays whole.
    """
    match = _INLINE_BODY.match(line.text)
    if not match:
        return line, None
    return Line(line.number, match.group(1)), Line(line.number, match.group(2))


def is_contact_line(text: str) -> bool:
    """A line that gives an email address, a phone number or a link."""
    return bool(_CONTACT.search(text))


def _is_body_line(line: Line) -> bool:
    """A line of prose: six words or more, or a short sentence that ends with a stop."""
    words = line.text.split()
    if len(words) > 6:
        return True
    if len(words) < 3 or _CONTACT.search(line.text):
        return False
    return len(words) == 6 or line.text.endswith((".", "?", "!"))


def _is_sign_off(line: Line) -> bool:
    words = line.text.split()
    if not words or len(words) > 5 or _CONTACT.search(line.text):
        return False
    from followkit.checks._phrases import phrase_set

    key = line.text.rstrip(",.!-— ").strip().lower().replace("’", "'")
    if key in phrase_set("sign_offs_professional") or key in phrase_set("sign_offs_casual"):
        return True
    return line.text.endswith(",") and len(words) <= 4


def _split_closing(lines: list[Line]) -> tuple[int, Line | None, tuple[Line, ...]]:
    """Return (end of the body, sign-off line, signature and contact lines)."""
    last_body = -1
    for i, line in enumerate(lines):
        if _is_body_line(line):
            last_body = i
    tail = lines[last_body + 1:]
    for j in range(len(tail) - 1, -1, -1):
        if _is_sign_off(tail[j]):
            return last_body + 1 + j, tail[j], tuple(tail[j + 1:])
    # No sign-off: a short name-like first tail line starts the signature.
    if tail and last_body >= 0 and len(tail[0].text.split()) <= 4:
        return last_body + 1, None, tuple(tail)
    return len(lines), None, ()


def _paragraphs(lines: list[Line]) -> tuple[Paragraph, ...]:
    paragraphs: list[Paragraph] = []
    current: list[Line] = []
    for line in lines:
        if current and line.number != current[-1].number + 1:
            paragraphs.append(_join(current))
            current = []
        current.append(line)
    if current:
        paragraphs.append(_join(current))
    return tuple(paragraphs)


def _join(lines: list[Line]) -> Paragraph:
    return Paragraph(lines[0].number, " ".join(line.text for line in lines))
