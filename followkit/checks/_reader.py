"""Read a letter as people really write it into its parts, for every rule to use.

A follow-up arrives in many shapes: an email with a ``Subject:`` line; a typed letter whose
heading (the sender's address, the date, the reader's name and address) sits above
"Dear Dr. Walker:"; a card that opens "Frank, thank you for …"; a reply typed on top of the
recruiter's message, with the quoted chain, a signature block, "Sent from my iPhone" and a
confidentiality notice under it. :func:`read_letter` finds the parts:

- ``subject``, ``heading`` (with ``date``), ``greeting`` (with its ``addressee``);
- ``paragraphs``: hard-wrapped lines are joined; a paragraph ends at a blank line, at an
  indented first line, or where a wrapped line stops short after a full stop;
- ``sign_off``, ``signature`` (the name first, then titles, pronouns, contact lines and
  boilerplate), ``postscript``;
- ``quoted_from``: where a quoted or forwarded message starts. Quoted lines are blanked in
  ``lines`` and ``text``, so no rule reads, counts or quotes them, and line numbers still
  refer to the original text.

The greeting, sign-off and contact patterns live here only; the rules use the parts.
Text the reader cannot read (empty, binary, too large) raises
:class:`~followkit.errors.LetterError`. Nothing heavy is imported at module import:
the quoted-reply library is loaded the first time a letter holds a possible quote header.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import NamedTuple

from followkit.checks._matching import skip_to
from followkit.errors import LetterError

__all__ = [
    "LEGAL_SUFFIX",
    "MAX_LETTER_CHARS",
    "SLOT",
    "Greeting",
    "Line",
    "Paragraph",
    "ParsedLetter",
    "count_words",
    "fold",
    "guard_text",
    "has_contact",
    "is_boilerplate",
    "is_contact_line",
    "read_letter",
    "slot_pattern",
]

#: Longer texts are refused: a follow-up letter is a few hundred words.
MAX_LETTER_CHARS = 50_000

_TITLE = r"(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|madam|madame|rev|hon|coach|chef)\.?"
#: A word that opens a greeting: "Dear", "Hi", "Respected", "Good morning", "To whom …".
#: The time of day alone ("Morning Priya,") is one only before a name or the line's end, and a
#: filler ("Hey there Priya", "Hi again,") belongs to the greeting word, not to the name.
GREETING_WORD = re.compile(
    r"^(?:dear(?:est)?|hi|hiya|hello|hey|greetings|respected|hola|bonjour|hallo|ciao|"
    r"good\s+(?:morning|afternoon|evening|day)|"
    r"(?:morning|afternoon|evening)(?=[\s,:;!.\-–—]*(?:(?-i:[A-Z])|$))|"
    r"to\s+whom|attn|salutations|howdy)\b(?:\s+(?:there|again)\b)?[\s,:;!.\-–—]*"
    r"|^attention\s*:\s*",
    re.IGNORECASE,
)


class _LineStart:
    r"""A pattern that opens a line, tried only where its first letter stands.

    The pattern opens with ``^\s*``, a bold mark or two, then a word of its own; it is tried
    on a line only when the line's first letter is one such a word starts with. Most lines
    are prose that no header or label opens: a look at the first letter costs less than the
    pattern's try. A letter outside ASCII is always tried (a case-insensitive pattern may
    read it as one of its own).
    """

    def __init__(self, pattern: re.Pattern[str], initials: str) -> None:
        self.pattern, self.initials = pattern, initials + initials.upper()

    def match(self, text: str) -> re.Match[str] | None:
        first = text[:1]
        if first.isascii() and first.isalpha():  # most lines: no space or mark to skip
            return self.pattern.match(text) if first in self.initials else None
        first = text.lstrip().lstrip("*_")[:1]
        if (first and first in self.initials) or not first.isascii():
            return self.pattern.match(text)
        return None


#: A subject line however it is labelled: "Subject:", "Subject line:", "Email subject -",
#: "**Subject:** …", "Re:".
_SUBJECT = _LineStart(re.compile(
    r"^\s*[*_]{0,2}(?:(?:e-?mail\s+)?subject(?:\s+line)?\s*(?::|[-–—]\s)|(?:subj|re|betreff|"
    r"objet)\s*:)[*_]{0,2}\s*(.*?)[*_]{0,2}\s*$", re.IGNORECASE), "esrbo")
_HEADER = _LineStart(re.compile(r"^\s*[*_]{0,2}(?:to|cc|bcc|from|date|sent)\s*:[*_]{0,2}\s*\S",
                                re.IGNORECASE), "tcbfds")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_EMAIL = re.compile(r"\w@\w")
_DIGITS = re.compile(r"\d\d\d")  # (not \d{3}: a first \d lets the search skip ahead)
#: A phone number: grouped ("(555) 201-3344", "07700 900 123"), international ("+33 6 12 34 56
#: 78", "+91 98765 43210"), with a trunk prefix ("0171-2345678") or ten digits in a row.
_PHONE = re.compile(
    r"(?<![\w/])\+?\(?\d{1,4}\)?[\s.-]?\d{2,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?(?!\w)"
    r"|(?<![\w/])\+(?=(?:[\s().-]*\d){8})\d[\d\s().-]{5,20}\d(?![\w/])"
    r"|(?<![\w/])0\d{2,4}[-/]\d{5,8}(?![\w/])|(?<![\w/$.,])\d{10,11}(?![\w/,])"
    # a mobile in two blocks: "98765 43210" (India), "07700 900123" (UK), "0412 345678"
    r"|(?<![\w/$.,])(?:\d{5}[\s-]\d{5,6}|0\d{3}[\s-]\d{6})(?![\w/,])")
_TLDS = ("com", "org", "net", "io", "dev", "me", "co", "design", "studio", "art", "edu", "us",
         "uk", "ca")
_LINK = re.compile(skip_to((r"https?://", r"www\.", r"linkedin\.com", r"github\.com",
                           rf"\.(?<=\w\.)(?:{'|'.join(_TLDS)})\b"), ignore_case=True))
#: What every link holds (in any case): a cheap test before the pattern. One search of
#: the text lower-cased, skipping to a ".", "h" or "w", costs less than a substring test per
#: mark ("linkedin.com" and "github.com" hold ".com").
_LINK_MARKS = re.compile(rf"\.(?:{'|'.join(_TLDS)})|http|www\.")


@lru_cache(maxsize=512)  # asked of the same lines by several parts of the reader
def has_contact(text: str) -> bool:
    """Whether ``text`` gives an email address, a phone number, a web link or a bare domain."""
    if "@" in text and _EMAIL.search(text):
        return True
    if ("+" in text or _has_digits(text)) and _has_phone(text):
        return True
    return "." in text and _may_link(text) and bool(_LINK.search(text))


def _has_digits(text: str) -> bool:
    """``_DIGITS.search(text)``, skipped for ASCII text without a digit (the usual letter)."""
    if text.isascii() and not any(digit in text for digit in "0123456789"):
        return False
    return _DIGITS.search(text) is not None


#: What every phone number starts with (after the look-behind): a plus, a bracket or a digit.
_PHONE_START = re.compile(r"[+(\d]")


def _has_phone(text: str) -> bool:
    """``_PHONE.search(text)``, tried only where a number can start.

    Several times faster: the pattern opens with a look-behind, so a search would try it at
    every place of the text.
    """
    return any(_PHONE.match(text, start.start()) for start in _PHONE_START.finditer(text))


def _may_link(text: str) -> bool:
    """Whether ``text`` holds one of :data:`_LINK_MARKS` (other than ASCII text: maybe)."""
    if not text.isascii():
        return True
    return _LINK_MARKS.search(text.lower()) is not None


_FULL_LINK = re.compile(skip_to((r"https?://", r"www\.", r"linkedin\.com", r"github\.com"),
                                ignore_case=True))
_OWN = re.compile(r"\b(?:my|mine|me)\b", re.IGNORECASE)


def has_own_contact(prose: str) -> bool:
    """Whether a paragraph's ``prose`` gives the writer's contact or a link to their work.

    As :func:`has_contact`, but a bare domain is the writer's only when the words just before
    it say so ("my portfolio at janedoe.design", "reach me at sam.dev"); "the library from
    testing-library.com" is someone else's site.
    """
    if not has_contact(prose):
        return False
    if ("@" in prose and _EMAIL.search(prose)) or _FULL_LINK.search(prose) or (
            ("+" in prose or _has_digits(prose)) and _has_phone(prose)):
        return True
    return any(_OWN.search(" ".join(prose[:m.start()].split()[-5:]))
               for m in _LINK.finditer(prose))


#: An unfilled template slot: "[Name]", "{{ company }}", "<company>", "____", "(insert …)",
#: "Your Name". FK203 reports it; the length rules count it as one word, whatever it says.
_FIELD = (r"\s+(?:Full\s+)?(?:Name|Address|Title|Phone(?:\s+Number)?|Email(?:\s+Address)?)\b"
          r"(?![ \t]+[a-z])")
#: The slots marked by a bracket or an underscore …
_MARKED_SLOTS = (
    r"\[\[[^\[\]\n]{1,100}\]\]", r"<<[A-Za-z][A-Za-z _]{1,30}>>",  # [[position]], <<Company>>
    r"\[(?!sic\])[^\[\]\n]{1,100}\](?!\()",      # [Name], [Company]; not [sic], a [link](url)
    r"\{\{[^{}\n]{0,60}\}\}", r"\{%[^{}\n]{0,60}%\}",  # {{ name }}, {% if %}
    r"\{[A-Za-z_][\w ]{0,30}\}",                 # {company}
    r"<(?![\w.+-]+@)[A-Za-z][A-Za-z _]{1,30}>",  # <company>, but not <sam@example.com>
    r"___+(?:[ \t]*\([^()\n]{1,40}\))?",          # ____, ____ (company)
    r"\(\s*(?i:insert|name|enter|add|type|your|company|position|job\s+title|date|"
    r"interviewer|role|employer|organi[sz]ation|(?:full|first|last)\s+name)\b(?!-)"
    r"(?!(?i:\s*(?:#|no\.?|number|id|ref\.?)?\s*[:#]?\s*[a-z0-9-]*\d[\w-]*\s*\)))"  # (Job #4411)
    r"[^()\n]{0,100}\)",  # ( company), (Role)
)
#: … and the slots that are words: xxxxx, XXXXX, Your Name, Last Name, Company Name, Hiring
#: Manager's Title.
_WORD_SLOTS = (
    r"\bxxx+(?![\w'’])", r"\bXxx+(?![\w'’])", r"\bXXX+(?![\w'’])",
    *(rf"\b{word}{_FIELD}" for word in ("Your", "First", "Last", "Full", "Company", "Employer",
                                        "Interviewer['’]s", "Hiring Manager['’]s",
                                        "Recipient['’]s")),
)
SLOT = re.compile(skip_to((*_MARKED_SLOTS, *_WORD_SLOTS)))
#: :data:`SLOT` where no word slot can be: the same matches, and a search that skips from one
#: bracket or underscore to the next instead of stopping at every capital.
_MARKED_SLOT = re.compile(skip_to(_MARKED_SLOTS))

#: The field names a word slot ends with (as in :data:`_FIELD`).
_FIELDS = ("Name", "Address", "Title", "Phone", "Email")
_SLOT_FIELD = re.compile(skip_to(rf"\b{w}\b" for w in _FIELDS))
#: A field's name anywhere, even inside a word: the cheap test before :data:`_SLOT_FIELD`.
_FIELD_WORD = re.compile("|".join(_FIELDS))


def slot_pattern(text: str) -> re.Pattern[str] | None:
    """What finds ``text``'s slots as :data:`SLOT` does, or None when it holds no mark of one.

    :data:`SLOT` itself when a word slot may be there (a run of x's, a field's name), else
    the bracket and underscore slots alone: the same matches, found several times faster.
    """
    if "xxx" in text or "Xxx" in text or "XXX" in text or (
            _FIELD_WORD.search(text) and _SLOT_FIELD.search(text)):
        return SLOT
    if "[" in text or "{" in text or "<" in text or "_" in text or "(" in text:
        return _MARKED_SLOT
    return None


def count_words(text: str) -> int:
    """How many words ``text`` holds, an unfilled slot ("[what you learned]") counting one.

    A slot will be replaced by words nobody has written yet; its own wording says nothing
    about the letter's length.
    """
    if (slots := slot_pattern(text)) is not None:
        text = slots.sub("slot", text)
    return len(text.split())


_DATE = re.compile(
    r"^(?:date\s*:\s*)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|"
    r"rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})\s*$",
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    r"^\d+[a-z]?\s+\w|\b(?:street|st\.|avenue|ave\.?|road|rd\.|lane|ln\.|drive|dr\.|court|"
    r"ct\.|boulevard|blvd\.?|suite|ste\.?|apt\.?|floor|p\.?o\.? box|way|place|plaza)\b"
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|,\s*[A-Z]{2}\b",
    re.IGNORECASE,
)
_POSTSCRIPT = _LineStart(re.compile(
    r"^\s*p\.?\s*p?\.?\s*s\.?\s*[:.,\-–—]?\s+\S|^\s*ps\s*[:\-–—]", re.I), "p")
#: Lines that belong to a signature block whatever they say.
_BOILERPLATE = re.compile(
    r"^(?:sent from my \w+|sent from (?:outlook|mail|yahoo|gmail)|get outlook for|"
    r"\[(?:image|cid|attachment)\b[^\]]*\]|\[quoted text hidden\]|<image\d*\.\w+>|"
    r"\[(?:https?://|www\.)[^\]\s]*\]|\[[^\]]*description automatically generated\]|"
    r"(?:confidentiality|privacy)\s+(?:notice|statement|note)|this (?:e-?mail|message) "
    r"(?:and any|is intended|may contain|contains)|the information (?:contained )?in this|"
    r"disclaimer\s*:|please consider the environment|"
    r"\(?(?:she|he|they|ze|xe)\s*/\s*(?:her|him|them|hir|xem)(?:\s*/\s*\w+)?\)?\s*$|"
    r"pronouns\s*:)",
    re.IGNORECASE,
)
#: A line a quoted or forwarded message starts with (the gate before the library runs).
_QUOTE_GATE = re.compile(
    r"(?=[\s>:_*fvdo-])(?:^\s*>|:\s*$|^\s*-{2,}|^\s*_{5,}"
    r"|^\s*\*{0,2}(?:from|von|de|van|da|från|od|fra)\s*:\*{0,2}\s)",
    re.IGNORECASE,
)
_QUOTE_FIRST = frozenset(">-_")
#: A reply's attribution as mail programs write it in the languages people set them to:
#: "On … wrote:", "Am … schrieb …:", "Le … a écrit :", "El … escribió:", "Em … escreveu:",
#: "Op … schreef …:", "Il … ha scritto:", "Den … skrev …:", "Dnia … napisał(a):".
_ON = r"(?:on|am|le|el|em|op|il|den|dnia|w\s+dniu|på|dne)"
_WROTE = (r"(?:wrote|schrieb|a\s+écrit|escribió|escreveu|schreef|ha\s+scritto|skrev|"
          r"napisał(?:\(a\))?|napsal(?:\(a\))?|kirjoitti)")
_QUOTE_START = re.compile(
    r"^\s*(?:-{2,}\s*(?:original message|forwarded message|begin forwarded|weitergeleitete|"
    r"message d'origine|mensaje original)|begin forwarded message\s*:|_{5,}\s*$|"
    rf"\*{{0,2}}from\s*:\*{{0,2}}\s.+|{_ON}\s(?=.*[\d@]).{{6,160}}\s{_WROTE}(?:\s.{{0,80}})?"
    r"\s*:\s*$)",
    re.IGNORECASE,
)
_OUTLOOK_NEXT = re.compile(r"^\s*\*{0,2}(?:sent|date|to|subject)\s*:", re.IGNORECASE)
#: A reply's attribution has a date, a time or an address ("On 11/19/26 9:14 AM, Dana wrote:");
#: "On leadership, my mentor once wrote:" is the writer's own sentence.
_WROTE_SPLIT = re.compile(rf"^\s*{_ON}\s(?=.*[\d@]).{{6,160}}$", re.IGNORECASE)
_WROTE_END = re.compile(rf"\b{_WROTE}(?:\s.{{0,80}})?\s*:\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;)\"”’]\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_NAMEISH = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|&|and|de|van|von|der|la|le|da|di|du|o['’]\w+)$")
_FOLD = str.maketrans({"’": "'", "‘": "'", "‚": "'", "′": "'", "`": "'", "“": '"', "”": '"',
                       "„": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "\u00a0": " ",
                       "\u2009": " ", "\u202f": " ", "…": "..."})


_FOLD_PAIRS = tuple((chr(code), plain) for code, plain in _FOLD.items())
#: The one ASCII character the table folds, the backtick (unpacked: a second one added to the
#: table stops the import here, and :func:`fold` must then test for both).
(_FOLD_ASCII,) = (fancy for fancy, _ in _FOLD_PAIRS if fancy.isascii())


def fold(text: str) -> str:
    """``text`` with curly quotes, dashes and odd spaces made plain, for matching.

    Accents are kept (see :func:`fold_name` for names); the length may change (… → ...).
    Every rule folds the letter, so this is quick: plain ASCII is returned as it is, and
    only the characters present are replaced (the same as ``str.translate`` with
    ``_FOLD``, whose replacements are all ASCII, at a fraction of the cost).
    """
    if text.isascii() and _FOLD_ASCII not in text:
        return text
    for fancy, plain in _FOLD_PAIRS:
        if fancy in text:
            text = text.replace(fancy, plain)
    return text


@lru_cache(maxsize=512)
def fold_name(text: str) -> str:
    """A name or company folded for comparison: no accents, plain quotes, lower case.

    Plain ASCII (most text, once :func:`fold` has straightened its quotes) has no accents
    to take off, so it skips the per-character pass (rules fold whole letters with it).
    """
    text = fold(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


class Line(NamedTuple):
    """One line of the letter: its 1-based number in the text and its text, stripped.

    A named tuple: a letter is read into dozens of lines each time it is checked, and a
    tuple is made several times faster than a frozen dataclass.
    """

    number: int
    text: str


@dataclass(frozen=True)
class Greeting:
    """The greeting: its line, its text as written, and who it names.

    ``addressee`` is what follows the greeting word ("Dr. Walker" in "Dear Dr. Walker:",
    "team" in "Hi team,", "Frank" in "Frank, thank you for …"); ``inline`` is true when the
    greeting sits inside the first sentence, which then starts the first paragraph.
    """

    number: int
    text: str
    addressee: str
    inline: bool = False

    @property
    def names_nobody(self) -> bool:
        """Whether the greeting names no person.

        "To whom it may concern", "Hi team", or a group however it is called ("Dear Acme
        Hiring Team", "Hello Finance team"); "Dear Dana and team" names Dana.
        """
        return _names_nobody(self.addressee)


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph: the line it starts on and its text with lines joined."""

    line: int
    text: str
    lines: tuple[int, ...] = field(default=(), compare=False)


class _cached_property(cached_property):
    """``functools.cached_property`` without the lock Python 3.11 takes at each first access.

    Python 3.12 dropped that lock too: a part worked out twice by two threads is the same
    part, and the rules ask a letter for several parts.
    """

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.attrname] = self.func(instance)
        return value


@dataclass(frozen=True)
class ParsedLetter:
    """A letter in parts. Any part may be missing (``None`` or empty).

    ``lines`` holds every line of the original text (so numbers match), with the lines of a
    quoted or forwarded message blanked; ``text`` is those lines joined, and ``source`` the
    text as given.
    """

    text: str
    lines: tuple[str, ...]
    subject: Line | None
    greeting: Greeting | None
    paragraphs: tuple[Paragraph, ...]
    sign_off: Line | None
    signature: tuple[Line, ...]
    heading: tuple[Line, ...] = ()
    date: Line | None = None
    postscript: tuple[Paragraph, ...] = ()
    quoted_from: int | None = None
    source: str = ""

    @_cached_property
    def body_text(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def words(self) -> int:
        """How many words the body paragraphs hold."""
        return sum(count_words(p.text) for p in self.paragraphs)

    @property
    def name(self) -> Line | None:
        """The writer's name under the sign-off (the signature's first line)."""
        return self.signature[0] if self.signature else None

    @_cached_property
    def written(self) -> tuple[Line, ...]:
        """Every non-blank line the writer wrote (no quoted text), stripped and numbered."""
        return tuple(Line(i, t.strip()) for i, t in enumerate(self.lines, start=1) if t.strip())

    @property
    def after_greeting(self) -> tuple[Line, ...]:
        """Every non-blank line after the greeting (or after the subject when none)."""
        start = (self.greeting or self.subject or Line(0, "")).number
        if self.greeting is not None and self.greeting.inline:
            start -= 1
        return tuple(line for line in self.written if line.number > start)

    @_cached_property
    def spoken(self) -> tuple[Line, ...]:
        """The prose lines and the signature block's own words, numbered.

        After the name, a signature line that is neither contact details nor boilerplate
        (a "LOL!!" there) is read too.
        """
        lines = {line.number: line for line in self.prose}
        for line in self.signature[1:]:
            if not has_contact(line.text) and not is_boilerplate(line.text) and len(
                    line.text.split()) <= 12:  # a longer line is a notice, not the writer's
                lines.setdefault(line.number, line)
        return tuple(lines[n] for n in sorted(lines))

    @_cached_property
    def spoken_text(self) -> str:
        """The :attr:`spoken` lines joined and folded (plain quotes and dashes), for matching."""
        return fold("\n".join(line.text for line in self.spoken))

    @_cached_property
    def prose(self) -> tuple[Line, ...]:
        """The lines a person wrote as words: greeting, body and postscript, numbered.

        The subject, heading, sign-off and signature block are left out.
        """
        numbers = {n for p in (*self.paragraphs, *self.postscript) for n in p.lines}
        if self.greeting is not None:
            numbers.add(self.greeting.number)
        return tuple(line for line in self.written if line.number in numbers)


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


#: What a line of :data:`_BOILERPLATE` starts with, in either case ("ſ" is an "s" to the
#: pattern too): most lines start otherwise, and the pattern is not tried.
_BOILERPLATE_FIRST = frozenset("sgcptdhzxSGCPTDHZXſ[<(")


def is_boilerplate(text: str) -> bool:
    """A signature-block line any client adds: "Sent from my iPhone", a logo, a notice."""
    return text[:1] in _BOILERPLATE_FIRST and _BOILERPLATE.match(text) is not None


def is_contact_line(text: str) -> bool:
    """A line that gives an email address, a phone number or a link."""
    return has_contact(text)


# --- phrase lists the reader needs (loaded lazily, cached) ----------------------------------


@cache
def _sign_offs() -> frozenset[str]:
    from followkit.checks._phrases import phrase_set

    return phrase_set("sign_offs_professional") | phrase_set("sign_offs_casual")


@cache
def _nobody() -> frozenset[str]:
    from followkit.checks._phrases import phrase_set

    return phrase_set("greetings_nobody")


_PERSONAL_TITLE = re.compile(rf"(?i)(?<!\w){_TITLE}(?!\w)")


#: Where a greeting names several addressees: "Dana, Omar and the team", "Dana & the team".
_ADDRESSEES = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+(?=the\b)")


@lru_cache(maxsize=256)
def _names_nobody(addressee: str) -> bool:
    parts = [p for p in _ADDRESSEES.split(" ".join(fold(addressee).lower().split())) if p]
    return all(_group(p) for p in parts)


def _group(addressee: str) -> bool:
    """One addressee that is no person: "team", "the hiring committee", "Acme Hiring Team"."""
    words = addressee.split()
    if not words or addressee in _nobody():
        return True
    if _PERSONAL_TITLE.search(addressee):
        return False
    for k in range(1, len(words)):
        if " ".join(words[k:]) in _nobody() and words[k - 1] not in ("and", "&"):
            return True  # the group's name, then what it is: "Acme Hiring Team"
    return False


#: Marks around a sign-off or a name that are not its words: Markdown's "*Best,*" and
#: "**Sam Lee**", the dash or tilde of "- Sam" and "~Sam".
_DECOR = re.compile(r"^[*_~\-–—\s]+|[*_\s]+$")
_KEY_ENDS = ",.!-:;*_~ "
#: Symbols after a sign-off's words: "Thanks! 🙏", "Cheers :)".
_TRAILING_SYMBOLS = re.compile(r"[\W_]+$")


@lru_cache(maxsize=512)  # asked of the same lines by several parts of the reader
def _key(text: str) -> str:
    """A sign-off's words for looking it up: folded, lower case, no marks or emoji around."""
    key = " ".join(fold(text).lower().strip(_KEY_ENDS).split())
    if key and not key[-1].isalnum():
        key = _TRAILING_SYMBOLS.sub("", key)
    return key


def _undecorated(line: Line) -> Line:
    """``line`` without the marks around its words ("**Sam Lee**", "- Sam" -> "Sam Lee", "Sam")."""
    if line.text[:1] in "*_~-–—" or line.text[-1:] in "*_":
        text = _DECOR.sub("", line.text)
        if text:
            return Line(line.number, text)
    return line


def is_sign_off(text: str) -> bool:
    """A line that is a sign-off ("Best regards,", "Thanks!", "Cheers").

    Known sign-offs need no comma; any other short line needs its comma ("Onward,").
    """
    words = text.split()
    if not words or len(words) > 5 or has_contact(text):
        return False
    if _key(text) in _sign_offs():
        return True
    return text.rstrip().endswith(",") and len(words) <= 4 and not GREETING_WORD.match(text)


#: A sign-off and the name after a dash or tilde: "Best - Sam", "Thanks! -Sam", "Cheers —Sam".
_DASHED_NAME = re.compile(r"^(.*?\S)\s*(?:\s-+|[–—~]+)\s*(\S.*)$")


def _split_sign_off(text: str) -> tuple[str, str] | None:
    """A sign-off and a name on one line: "Best, Sam Lee" -> ("Best,", "Sam Lee")."""
    head, sep, name = text.partition(",")
    name = name.strip().lstrip("-–—~ ")
    if sep and name and _key(head) in _sign_offs() and _looks_like_name(name):
        return f"{head},", name
    dashed = _DASHED_NAME.match(text) if ("-" in text or "~" in text or "—" in text
                                          or "–" in text) else None
    if dashed and _key(dashed.group(1)) in _sign_offs() and _looks_like_name(dashed.group(2)):
        return dashed.group(1), dashed.group(2)
    return None


@lru_cache(maxsize=512)  # asked of the same lines by several parts of the reader
def _looks_like_name(text: str) -> bool:
    if text[:1] in "*_~-–—" or text[-1:] in "*_":
        text = _DECOR.sub("", text)
    words = text.replace(",", " ").split()
    return 0 < len(words) <= 5 and all(_NAMEISH.match(w) for w in words)


#: A template's slot for the writer's name: "[Your Name]", "{{ my_name }}", "<Full Name>".
_NAME_SLOT = re.compile(r"^(?:\[[^\[\]]{0,30}\bname\b[^\[\]]{0,30}\]"
                        r"|\{\{[^{}]{0,30}name[^{}]{0,30}\}\}"
                        r"|<[^<>]{0,30}\bname\b[^<>]{0,30}>)$", re.IGNORECASE)


def _names_the_writer(text: str) -> bool:
    """A name under the sign-off, or a template's slot for it ("[Your Name]")."""
    return _looks_like_name(text) or (text[:1] in "[{<" and bool(_NAME_SLOT.match(text)))


# --- the reader -----------------------------------------------------------------------------


def read_letter(text: str) -> ParsedLetter:
    """Split ``text`` into the parts of a letter; raise LetterError if it cannot be read."""
    return _read(guard_text(text))


parse_letter = read_letter


#: Characters a mail program or a word processor leaves that no reader sees: zero-width
#: spaces and joiners, byte-order marks, soft hyphens, direction marks; and the Unicode line
#: and paragraph separators, which are line breaks.
_UNSEEN = (*((ch, "") for ch in "\u200b\u200c\u2060\ufeff\u00ad\u200e\u200f"),
           ("\u2028", "\n"), ("\u2029", "\n\n"))


def _plain(text: str) -> str:
    """``text`` with the characters no reader sees taken out (line breaks kept).

    Only the characters present are replaced (``str.translate`` with a table costs about
    0.1 ms a letter; a few ``in`` tests cost almost nothing).
    """
    if not text.isascii():
        for unseen, plain in _UNSEEN:
            if unseen in text:
                text = text.replace(unseen, plain)
    return text.replace("\r\n", "\n").replace("\r", "\n")


#: One level of quoting at a line's start: "> ".
_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?")


def _unquoted(raw: list[str]) -> list[str]:
    """A letter quoted whole, without one level of its quote marks.

    "> " before each line, as copied from a reply or from Markdown: with nothing else
    there, the quote is the letter.
    """
    if any(t.strip() and not t.lstrip().startswith(">") for t in raw) or not any(
            t.strip() for t in raw):
        return raw
    return [_QUOTE_MARK.sub("", t) for t in raw]


#: Markdown a letter keeps when copied from a draft in Markdown (a chat assistant's answer,
#: a README): a title line ("# Thank-You Email"), a line wholly in bold ("**Dear Gaurav,**").
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S")
_MD_BOLD_LINE = re.compile(r"^([ \t]*)(\*\*|__)([^*_\n]+?)\2([ \t]*)$")


def _markdown_plain(raw: list[str]) -> list[str]:
    """``raw`` without Markdown's title lines at the top and the bold marks of whole lines.

    The title is the draft's, not the letter's; the lines keep their numbers.
    """
    out, i = list(raw), 0
    while i < len(out) and (not out[i].strip() or _MD_HEADING.match(out[i])):
        out[i] = ""
        i += 1
    return [_MD_BOLD_LINE.sub(r"\1\3\4", line) for line in out]


@lru_cache(maxsize=256)
def _read(text: str) -> ParsedLetter:
    raw = _plain(text).split("\n")
    if ">" in text:
        raw = _unquoted(raw)
    if "#" in text or "**" in text or "__" in text:
        raw = _markdown_plain(raw)
    stripped = [t.strip() for t in raw]
    quoted_from = _quote_start(raw, stripped)
    if quoted_from is not None:
        header = _forwarded_letter(stripped, quoted_from - 1)
        if header is not None:  # the text is a letter forwarded (to a coach): read that
            raw = ["" if i < header.stop and not (i in header and _SUBJECT.match(t)) else line
                   for i, (line, t) in enumerate(zip(raw, stripped, strict=True))]
            stripped = [t.strip() for t in raw]
            quoted_from = _quote_start(raw, stripped)
    keep, attribution = len(raw), set()
    if quoted_from is not None:
        attribution = _reply_below(stripped, quoted_from - 1)
        if not attribution:
            keep = quoted_from - 1
    quoted = _quoted_lines(stripped, keep) | attribution
    lines = tuple(t if i < keep and i not in quoted else "" for i, t in enumerate(raw))
    numbered = [Line(i + 1, stripped[i]) for i in range(len(lines)) if lines[i].strip()]
    indents = _Indents(lines)

    subject, numbered = _headers(numbered)
    numbered = _unflatten(numbered)
    greeting, heading, numbered, opening = _greeting(numbered)
    if greeting is not None and not greeting.inline and numbered and (
            reference := _SUBJECT.match(numbered[0].text)):
        # a typed letter's reference line under the greeting ("RE: Quality Inspector post")
        subject = subject or Line(numbered[0].number, reference.group(1).strip())
        numbered = numbered[1:]
    if greeting is None:
        heading, numbered = _heading_without_greeting(numbered)
    date = next((line for line in heading if _DATE.match(line.text)), None)
    if subject is None:
        subject = next((Line(line.number, m.group(1).strip()) for line in heading
                        if (m := _SUBJECT.match(line.text))), None)
    body, sign_off, signature, postscript = _closing(numbered)
    signed_after = sign_off.number if sign_off else body[-1].number if body else 0
    rules = {line.number for line in numbered
             if line.number > signed_after and _SIGNING_RULE.match(line.text)}
    if rules:  # the rule a typed letter leaves for the handwritten signature is no slot
        signature = tuple(line for line in signature if line.number not in rules)
        lines = tuple("" if i in rules else t for i, t in enumerate(lines, start=1))
    paragraphs = _paragraphs(body, indents, opening)
    return ParsedLetter(
        text="\n".join(lines), lines=lines, subject=subject, greeting=greeting,
        paragraphs=paragraphs, sign_off=sign_off, signature=signature, heading=heading,
        date=date, postscript=postscript, quoted_from=quoted_from, source=text,
    )


_EMBEDDED_GREETING = re.compile(
    r"(?<=\s)((?:Dear|Respected|Hello|Hi)\s+(?:[A-Z][\w.'’-]*\s*){1,4}[,:])\s+(?=[A-Z])")


@cache
def _tail_sign_off() -> re.Pattern[str]:
    phrases = sorted(_sign_offs(), key=len, reverse=True)
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases if len(p) > 3)
    return re.compile(rf"^(.*[.!?])\s+((?i:{words})[,.!]?)\s+(?:[-–—~]+\s*)?([A-Z][\w'’.-]*"
                      rf"(?:\s+[A-Z][\w'’.-]*){{0,3}})$")


def _unflatten(lines: list[Line]) -> list[Line]:
    """Split a letter whose heading, greeting or closing was run into one line.

    Web pages and some copy-pastes lose the line breaks: "Laura Scott Dear Ms. Scott: I'm
    writing …" and "… a positive reply. Yours truly, Michael Wilson". The pieces keep the
    line's number.
    """
    if not lines:
        return lines
    out = list(lines)
    first = out[0]
    match = len(first.text) > 200 and _EMBEDDED_GREETING.search(first.text[:200])
    if match and not GREETING_WORD.match(first.text):
        before = first.text[:match.start()].strip()
        if before and not _ends_sentence(before):
            out[0:1] = [Line(first.number, before), Line(first.number, match.group(1)),
                        Line(first.number, first.text[match.end():].strip())]
    last = out[-1]
    if len(last.text.split()) > 8:
        tail = _tail_sign_off().match(last.text)
        if tail and _looks_like_name(tail.group(3)):
            out[-1:] = [Line(last.number, tail.group(1)), Line(last.number, tail.group(2)),
                        Line(last.number, tail.group(3))]
        elif (dashed := _TAIL_DASHED_NAME.match(last.text)) and _looks_like_name(dashed[2]):
            out[-1:] = [Line(last.number, dashed[1]), Line(last.number, dashed[2])]
    return out


#: A note's last line that ends with the name after a dash: "… the ERP rollout. -Sam".
_TAIL_DASHED_NAME = re.compile(r"^(.*[.!?][\"”’')]*)\s+[-–—~]+\s*([A-Z][\w'’.-]*(?:\s+[A-Z]"
                               r"[\w'’.-]*){0,2})$")


class _Indents(dict):
    """Line number -> how far the line is indented, worked out when first asked."""

    def __init__(self, lines: tuple[str, ...]) -> None:
        super().__init__()
        self.lines = lines

    def __missing__(self, number: int) -> int:
        self[number] = value = _indent(self.lines[number - 1])
        return value


def _indent(raw: str) -> int:
    expanded = raw.expandtabs(4)
    return len(expanded) - len(expanded.lstrip())


# --- quoted and forwarded text --------------------------------------------------------------


def _quote_start(raw: list[str], stripped: list[str]) -> int | None:
    """The 1-based line where a quoted or forwarded message starts, or None.

    A cheap gate looks for anything that could start one; only then is mail-parser-reply
    (which knows the quote headers of Gmail, Outlook and Apple Mail in many languages) run,
    and its answer is combined with the separators it does not know ("Forwarded message").
    The letter's own header lines at the top ("To:", "From:", "Date:", "Re:" of a memo, or
    an email's pasted with it) start no quote.
    """
    first = next((i for i, t in enumerate(stripped) if t), 0)
    top = first if _WROTE_SPLIT.match(stripped[first]) else first + 1  # "On … wrote:" first
    while top < len(stripped) and (_is_header(stripped[top - 1]) or (
            not stripped[top - 1] and _is_header(next((t for t in stripped[top:] if t), "")))):
        top += 1  # (a blank line between "To:" and "From:" pasted at the top is theirs too)
    # on a stripped line the gate needs a ":" or a first ">", "-" or "_" (a cheap test first)
    candidates = [i for i, t in enumerate(stripped)
                  if i >= top and (":" in t or t[:1] in _QUOTE_FIRST)
                  and _QUOTE_GATE.search(t) and not GREETING_WORD.match(t)]
    if not candidates:
        return None
    stripped = [fold(t) for t in stripped]
    found = [i for i in candidates if _starts_quote(stripped, i)]
    library = _library_quote_start(raw[top:], stripped[top:])
    if library is not None and not (_WROTE_END.search(stripped[library + top])
                                    and not re.search(r"[\d@]", stripped[library + top])):
        found.append(library + top)  # (not at "On leadership, my mentor once wrote:")
    if not found:
        return None
    start = min(found)
    if start > 0 and _WROTE_SPLIT.match(stripped[start - 1]) and _WROTE_END.search(
            stripped[start]):
        start -= 1
    return start + 1


def _is_header(text: str) -> bool:
    """A mail header line: "To: …", "From: …", "Subject: …"."""
    return bool(_HEADER.match(text) or _SUBJECT.match(text))


#: Words that say a message is forwarded: its separator, or "Fwd:" in the subject.
_FORWARD_MARK = re.compile(
    r"^-*\s*(?:begin\s+)?forwarded\s+message|^-*\s*(?:weitergeleitete nachricht|message "
    r"transf[ée]r[ée]|mensaje reenviado)|^[*_]{0,2}(?:subject|betreff|objet)\s*:[*_]{0,2}\s*"
    r"(?:fwd?|wg|tr|rv)\s*:", re.IGNORECASE)


def _forwarded_letter(stripped: list[str], start: int) -> range | None:
    """The forwarded header block when the whole text is a letter forwarded, else None.

    A person who sends their letter on to a coach forwards it, with nothing above it or a
    short note ("here is what I sent"): the letter is then the forwarded message, under its
    header block (From, Date, Subject, To), whose Subject is kept. A reply on top of the
    message it answers is no forward: the text above it is the letter.
    """
    above = [i for i in range(start) if stripped[i]]
    wrapper = []
    if above and (_QUOTE_START.match(stripped[above[-1]]) or set(stripped[above[-1]]) <= set("-_ ")
                  or _FORWARD_MARK.match(stripped[above[-1]])):
        wrapper = [above.pop()]
    own = [i for i in above if not (_HEADER.match(stripped[i]) or _SUBJECT.match(stripped[i]))]
    words = sum(len(stripped[i].split()) for i in own)
    forwarded = any(_FORWARD_MARK.match(stripped[i]) for i in (*above, *wrapper, start)) or (
        bool(own) and _sent_on(stripped[start:start + 6], stripped[own[0]], stripped[own[-1]]))
    if words and not (forwarded and words <= 30):
        return None
    if not (_HEADER.match(stripped[start]) or _SUBJECT.match(stripped[start])):
        start = next((i for i in range(start + 1, len(stripped)) if stripped[i]), start)
    end = start
    while end < len(stripped) and (_HEADER.match(stripped[end]) or _SUBJECT.match(stripped[end])):
        end += 1
    if end - start < 2 or not any(stripped[end:]):
        return None
    return range(start, end)


#: The "From:" line of a message's header block: "From: Marcus Lee <marcus@…>".
_FROM = re.compile(r"^\s*[*_]{0,2}from\s*:[*_]{0,2}\s*(?P<who>.+)$", re.IGNORECASE)


_TO = re.compile(r"^\s*[*_]{0,2}to\s*:[*_]{0,2}\s*(?P<who>.+)$", re.IGNORECASE)


def _sent_on(header: list[str], greeted: str, signed: str) -> bool:
    """Whether the note above ``header`` sends the writer's own message on to someone else.

    A person who forwards the letter they sent (Outlook: "From: Marcus Lee … To: Anita
    Patel", no "FW:" once saved as a page) signs the note above it with the name in From:
    and greets someone not in To: ("Hi Ana,"); a chase greets the same reader ("Hi Anita, I
    wanted to follow up on my note below"), and is the letter to check.
    """
    def named(pattern: re.Pattern[str]) -> list[str]:
        found = next((m["who"] for m in map(pattern.match, header) if m), "")
        found = re.sub(r"<[^>]*>|\S+@\S+", " ", found)  # the name, not the address
        return re.findall(r"[^\W\d_]+", found.lower())

    name = signed.strip(" -–—,.").split()
    if not name or len(name) > 3 or not name[0][:1].isupper():
        return False
    greeting = [w.lower() for w in re.findall(r"[^\W\d_]+", GREETING_WORD.sub("", greeted))]
    return name[0].lower() in named(_FROM) and not (greeting and greeting[0] in named(_TO))


#: The line a printed letter leaves under its sign-off to be signed by hand: "________",
#: "Signature: ________".
_SIGNING_RULE = re.compile(r"(?i)^(?:(?:signature|signed|sign here)\s*:?\s*)?_{5,}\s*$")


def _reply_below(stripped: list[str], start: int) -> set[int]:
    """The lines of an "On … wrote:" at ``start`` when the reply is written under the quote.

    Some people and mail programs answer below the quoted message: the attribution, then
    "> " lines, then a blank line and the writer's own text, with no quoted line after it.
    Then only the attribution and the "> " lines are quoted. Empty when that is not so.
    """
    end = next((i for i in range(start, min(start + 3, len(stripped)))
                if _WROTE_END.search(stripped[i])), None)
    if end is None:
        return set()
    rest = [i for i in range(end + 1, len(stripped)) if stripped[i]]
    if not rest or not stripped[rest[0]].startswith(">"):
        return set()
    below = next((i for i in rest if not stripped[i].startswith(">")), None)
    if below is None or stripped[below - 1] or any(
            stripped[i].startswith(">") for i in rest if i > below):
        return set()
    return set(range(start, end + 1))


def _starts_quote(stripped: list[str], i: int) -> bool:
    line = stripped[i]
    if not _QUOTE_START.match(line):
        # "On Tue, Nov 17, 2026 at 9:14 AM Dana <" / "dana@example.com> wrote:"
        if _WROTE_END.search(line) and i > 0 and _WROTE_SPLIT.match(stripped[i - 1]):
            return True
        return False
    lowered = line.lower()
    if lowered.lstrip("*").startswith("from") or set(line) <= {"_", " "}:
        following = [t for t in stripped[i + 1:i + 6] if t]
        return any(_OUTLOOK_NEXT.match(t) for t in following[:4])
    return True


def _library_quote_start(raw: list[str], stripped: list[str]) -> int | None:
    """Where mail-parser-reply says the latest reply ends (0-based line of the quote)."""
    reply = _latest_reply("\n".join(raw))
    if reply is None:
        return None
    wanted = [fold(t).strip() for t in reply.split("\n") if t.strip()]
    if not wanted:
        return None
    j, last = 0, -1
    for i, line in enumerate(stripped):
        if j < len(wanted) and line and line == wanted[j]:
            j, last = j + 1, i
    if j < len(wanted):
        return None
    rest = [i for i in range(last + 1, len(stripped)) if stripped[i]]
    return rest[0] if rest else None


@cache
def _reply_parser():
    from mailparser_reply import EmailReplyParser

    return EmailReplyParser(languages=["en", "de", "fr", "es", "it", "nl", "sv", "da", "pl"])


#: The version of mail-parser-reply whose header pattern :func:`_latest_reply` was read for.
_READ_FOR = "1.36"
#: Where that pattern can start a match: a line's start, a line break, or a dash (the
#: Danish "-----Oprindelig meddelelse-----" may open a header inside a line).
_HEADER_STARTS = re.compile(r"^|\n|-", re.MULTILINE)


@cache
def _fast_reply() -> bool:
    """Whether the installed mail-parser-reply is the one :func:`_latest_reply` knows."""
    from importlib.metadata import version

    return version("mail-parser-reply") == _READ_FOR


def _latest_reply(text: str) -> str | None:
    """mail-parser-reply's ``parse_reply(text)``, found at a fraction of the cost.

    The library finds every header of the text (its pattern tried at each character), then
    reads each reply's signature and disclaimers; the latest reply is only the text above
    the first header that has text above it. Here the pattern is tried only where it can
    start (:data:`_HEADER_STARTS`), and the search stops at that header: the same headers,
    in the same order, cut the same way. Another version of the library is asked as it is.
    """
    parser = _reply_parser()
    if not _fast_reply():
        return parser.parse_reply(text=text)
    from mailparser_reply.parser import EmailMessage

    message = EmailMessage(text=text, languages=parser.languages)  # (normalises the text)
    text, pattern, current = message.text, message.HEADER_REGEX, 0
    for header in _headers_found(pattern, text):
        position = text.find(header, current + 1 if current > 0 else current)
        content = text[current:position].strip()
        current = position if position >= 0 else 0
        if content:
            return content
    return text[current:].strip()


def _headers_found(pattern: re.Pattern[str], text: str) -> Iterator[str]:
    """The non-empty groups of ``pattern.findall(text)`` in order, found lazily.

    A match starts only where :data:`_HEADER_STARTS` finds a place; trying the pattern at
    each such place from where the last match ended finds the matches ``finditer`` finds.
    """
    end = 0
    for start in _HEADER_STARTS.finditer(text):
        if start.start() < end:
            continue
        match = pattern.match(text, start.start())
        if match is None:
            continue
        end = match.end() if match.end() > match.start() else match.end() + 1
        yield from (group for group in match.groups() if group)


def _quoted_lines(stripped: list[str], keep: int) -> set[int]:
    """Runs of "> " lines above the cut (an answer written between quoted lines)."""
    return {i for i in range(keep) if stripped[i].startswith(">")}


# --- subject, heading, greeting -------------------------------------------------------------


def _headers(lines: list[Line]) -> tuple[Line | None, list[Line]]:
    """A ``Subject:`` line (and any To:/From:/Date: lines pasted with it) at the top."""
    subject, i = None, 0
    while i < len(lines) and i < 6:
        match = _SUBJECT.match(lines[i].text)
        if match and subject is None:
            subject = Line(lines[i].number, match.group(1).strip())
        elif not _HEADER.match(lines[i].text):
            break
        i += 1
    if subject is None:
        return None, lines
    return subject, lines[i:]


_INLINE_BODY = re.compile(r"^(.{2,60}?[,:;!\-–—])\s+(\S+(?:\s+\S+){2,}.*)$")
#: A card's greeting inside its first sentence: "Frank, thank you …", "Priya — thanks …".
_CARD = re.compile(rf"^((?:{_TITLE}\s+)?[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){{0,2}})"
                   r"(,|\s*[–—]|\s+-{1,2})\s*"
                   r"(?=(?:thank|many thanks|it\b|what\b|i\b|i['’]m\b|your\b|meeting\b|"
                   r"talking\b|speaking\b))(.+)$",
                   re.IGNORECASE)
#: Words that open a sentence with a comma or a dash but are not a name ("Yesterday, I …",
#: "Quick note - thank you …", "Wow, what a visit"): time words, linking words, interjections
#: and a note's heading words. A sign-off ("Thanks, it was …") is none either.
_NOT_NAMES = frozenset(
    "again also and but so well first firstly second today yesterday tonight this that then "
    "overall once finally honestly anyway however lastly yes no now still thus hence besides "
    "meanwhile afterwards later sunday monday tuesday wednesday thursday friday saturday "
    "january february march april may june july august september october november december "
    "indeed instead otherwise personally ultimately sir madam "
    "wow oh ah okay ok sorry please congratulations congrats welcome hooray yay great "
    "quick short brief note news update reminder subject re fyi ps".split())


def _greeting(lines: list[Line]) -> tuple[Greeting | None, tuple[Line, ...], list[Line], str]:
    """Find the greeting in the first lines; what stands above it is the heading block.

    Returns the greeting, the heading lines, the lines after the greeting, and the text of
    the first body line when the greeting shares its line ("" otherwise).
    """
    for i, line in enumerate(lines[:16]):
        found = _greeting_at(line, lines[i + 1:i + 2])
        if found is not None and not found[0].inline and not GREETING_WORD.match(line.text):
            below = _greeting_word_below(lines, i)
            if below is not None:  # "Jane Citizen," or "To:" atop a heading above "Dear …"
                i, line, found = below, lines[below], _greeting_at(lines[below],
                                                                   lines[below + 1:below + 2])
        if found is not None:
            if i and not _heading_like(lines[:i]):
                return None, (), lines, ""
            greeting, rest = found
            after = lines[i + 1:]
            if rest:
                after = [Line(line.number, rest), *after]
            return greeting, tuple(lines[:i]), after, rest
        if _is_body_start(line.text):
            break
    return None, (), lines, ""


def _greeting_word_below(lines: list[Line], i: int) -> int | None:
    """A greeting with a greeting word ("Dear Mr Brown,") below line ``i``, above any prose.

    A name or a label ending in a comma or a colon reads as a greeting ("Sam,"), but the
    first line of a heading can look the same: the writer's name in an address written with
    commas ("Jane Citizen," / "12 Smith Street,"), or "To:" above the reader's address. A
    "Dear …" under it, with only heading lines between, is the greeting.
    """
    for k in range(i + 1, min(len(lines), 16)):
        if _is_body_start(lines[k].text):
            return None
        if GREETING_WORD.match(lines[k].text) and _heading_like(lines[:k]) and _greeting_at(
                lines[k], lines[k + 1:k + 2]) is not None:
            return k
    return None


def _greeting_at(line: Line, following: list[Line]) -> tuple[Greeting, str] | None:
    text = line.text
    if GREETING_WORD.match(text):
        match = _INLINE_BODY.match(text)
        if match and len(text.split()) > 6 and not _names_only(match.group(2)) and not (
                _ends_as_greeting(line, following) and len(text.split()) <= 20):
            head = match.group(1)
            addressee = _addressee(head)
            return Greeting(line.number, head, addressee, inline=True), text
        if len(text.split()) > (20 if _ends_as_greeting(line, following) else 12):
            return None
        addressee = _addressee(text)
        return Greeting(line.number, text, addressee), ""
    card = _CARD.match(text)
    name = card.group(1) if card else ""
    if (card is not None and name[:1].isupper() and _looks_like_name(name)
            and _NOT_NAMES.isdisjoint(name.lower().split()) and _key(name) not in _sign_offs()
            and not name.lower().endswith("ly")):
        return Greeting(line.number, text[:card.end(2)].strip(), name, inline=True), text
    words = text.split()
    if (len(words) <= 5 and text.endswith((",", ":", " -", "–", "—")) and following
            and _looks_like_name(text.rstrip(",:-–— ").replace(".", ""))
            and _key(text) not in _sign_offs()):
        return Greeting(line.number, text, text.rstrip(",:-–— ")), ""
    return None


#: A sentence's end inside a line: "today. ", "Priya! "; not a title's "Dr. " or "Mrs. ".
_SENTENCE_STOP = re.compile(r"(?:\b[a-z]{2,}\.|[!?])\s")


def _ends_as_greeting(line: Line, following: list[Line]) -> bool:
    """A line that ends as a greeting does, with no sentence in it, the body starting after.

    "Dear Dr. Nair, Mr. Lund, and the rest of the night team," above "Thank you for …"; a
    hard-wrapped first sentence that breaks at a comma goes on in lower case.
    """
    return (line.text.endswith((",", ":")) and not _SENTENCE_STOP.search(line.text)
            and (not following or following[0].number > line.number + 1
                 or following[0].text[:1].isupper()))


def _addressee(greeting: str) -> str:
    """Who a greeting names: "Dear Dr. Walker:" -> "Dr. Walker".

    "To whom it may concern" stays whole (it names nobody).
    """
    if re.match(r"(?i)\s*(?:to\s+whom|attn|attention)\b", greeting):
        return greeting.strip(" ,:;.!-–—")
    return GREETING_WORD.sub("", greeting).strip(" ,:;.!-–—")


def _names_only(text: str) -> bool:
    """The rest of "Dear Ms. Rivera, Mr. Haddad, and team," is names, not a sentence."""
    parts = [p.strip() for p in re.split(r",|\band\b|&", text.rstrip(",:;")) if p.strip()]
    return all(len(p.split()) <= 3 and not _SENTENCE_END.search(p) for p in parts)


def _is_body_start(text: str) -> bool:
    """A line of prose: long, or a sentence (a remark in brackets is neither)."""
    words = _ASIDE.sub(" ", text).split() if "(" in text else text.split()
    lower = sum(w[:1].islower() for w in words)
    return (len(words) > 9 and lower >= 3) or (
        len(words) >= 4 and lower >= 2 and _ends_sentence(text)
        and not _ADDRESS.search(text) and not _DATE.match(text))


#: A remark in brackets on a heading line: "12 Elm Court (flat 3, rear entrance)".
_ASIDE = re.compile(r"\([^()]*\)")


def _heading_like(lines: list[Line]) -> bool:
    """Lines above a greeting read as a heading: names, addresses, a date, contact.

    A remark in brackets does not count towards a line's length; a card's printed title
    ("Thank You!") is a heading line too.
    """
    return all((len(_ASIDE.sub(" ", line.text).split()) <= 10 or _is_letterhead(line.text))
               and not line.text.endswith("?")
               and not (line.text.endswith("!") and len(line.text.split()) > 3)
               and (not line.text.endswith(".") or len(line.text.split()) <= 5)
               for line in lines)


#: What separates the pieces of a one-line letterhead: "Sam Lee | Baltimore | sam@…", or
#: tabs (a letterhead typed in a Word header).
_PIECES = re.compile(r"\s+[|•·◦▪]\s+|\s*[|•·◦▪]\s*(?=\S+@)|\s*\t\s*")


def _is_letterhead(text: str) -> bool:
    """A résumé-style letterhead line: short pieces between bars or bullets, with contact.

    "14 Elm Court, Baltimore, MD 21201 | sam@example.com | (555) 201-3344".
    """
    pieces = _PIECES.split(text)
    return len(pieces) >= 2 and has_contact(text) and all(len(p.split()) <= 10 for p in pieces)


def _heading_without_greeting(lines: list[Line]) -> tuple[tuple[Line, ...], list[Line]]:
    """Address and date lines above a body that has no greeting.

    Names and titles among them (the writer's name; the reader's name, title and company
    above the company's address) are part of the heading too, and so is a block of such lines
    alone set off from the body by a blank line ("Dana Rivera" / "Harlow & Pike LLP").
    """
    i = marks = 0
    names_alone = False
    while i < len(lines):
        if _is_heading_mark(lines[i].text):
            marks, i = marks + 1, i + 1
            continue
        j = i
        while (j < len(lines) and j - i < 4 and _is_name_or_title(lines[j].text)
               and not _is_heading_mark(lines[j].text)):
            j += 1
        if j > i and j < len(lines) and _is_heading_mark(lines[j].text):
            i = j
            continue
        names_alone = (j - i >= 2 and j < len(lines) and lines[j].number > lines[j - 1].number + 1
                       and lines[j - 1].number - lines[i].number == j - 1 - i)
        if names_alone:
            i = j
        break
    if (marks == 0 and not names_alone) or i == len(lines):
        return (), lines
    if not names_alone and not any(_DATE.match(line.text) for line in lines[:i]) and marks < 2:
        return (), lines
    return tuple(lines[:i]), lines[i:]


def _is_name_or_title(text: str) -> bool:
    """A heading's name, title or company line: "Ms. Dana Rivera", "Director of Finance"."""
    return len(text.split()) <= 6 and (_looks_like_name(text) or _is_title_line(text))


def _is_heading_mark(text: str) -> bool:
    """An address, date or contact line of a heading."""
    return (len(text.split()) <= 8 and bool(_DATE.match(text) or _ADDRESS.search(text)
                                            or has_contact(text))) or _is_letterhead(text)


# --- closing, signature, postscript ---------------------------------------------------------


def _closing(lines: list[Line]):
    """Split the lines after the greeting into body, sign-off, signature and postscript."""
    postscript: list[Line] = []
    ps_at = next((i for i, line in enumerate(lines) if _POSTSCRIPT.match(line.text)), None)
    if ps_at is not None and ps_at > 0:
        end = ps_at + 1
        while end < len(lines) and lines[end].number == lines[end - 1].number + 1:
            end += 1
        postscript = lines[ps_at:end]
        lines = lines[:ps_at] + lines[end:]
    anchor = _signature_anchor(lines)
    end = len(lines) if anchor is None else anchor
    last_body = next((i for i in range(end - 1, -1, -1) if _is_body_line(lines[i].text)), -1)
    tail = lines[last_body + 1:]
    sign_off: Line | None = None
    signature: tuple[Line, ...] = ()
    body_end = len(lines)
    at = _sign_off_at(tail)
    if at is not None:
        j, split = at
        body_end = last_body + 1 + j
        if split:
            sign_off = Line(tail[j].number, split[0])
            signature = (Line(tail[j].number, split[1]), *tail[j + 1:])
        else:
            sign_off, signature = tail[j], tuple(tail[j + 1:])
    else:
        # No sign-off: a short, name-like first tail line starts the signature.
        if tail and last_body >= 0 and (len(tail[0].text.split()) <= 4
                                        or is_boilerplate(tail[0].text)):
            body_end, signature = last_body + 1, tuple(tail)
        else:
            trailing = _trailing_boilerplate(lines)
            body_end, signature = trailing, tuple(lines[trailing:])
    # the "-- " line mail programs put above a signature is not the name
    signature = tuple(line for line in signature if line.text.strip("-–—_ "))
    if signature:
        signature = (_undecorated(signature[0]), *signature[1:])
    body = lines[:body_end]
    if sign_off is not None and body and _is_pre_closing(body[-1].text):
        body = body[:-1]
    if sign_off is None and body and signature and _names_the_writer(signature[0].text):
        closing = _closing_sentence(body[-1].text)
        if closing is not None:
            body = [*body[:-1], Line(body[-1].number, closing[0])]
            sign_off = Line(body[-1].number, closing[1])
        elif _is_closing_line(body[-1].text) or _is_closing_wish(body[-1].text) or (
                len(body[-1].text.split()) <= 6 and _key(body[-1].text) in _sign_offs()):
            sign_off, body = body[-1], body[:-1]  # "Thank you again!" above the name
    if sign_off is not None:
        sign_off = _undecorated(sign_off)
    return body, sign_off, signature, _ps_paragraphs(postscript)


def _is_closing_line(text: str) -> bool:
    """A short line that ends with a comma right above the name: "Enjoy your weekend,".

    A body sentence does not end with a comma; a closing wish before the name does.
    """
    return text.endswith(",") and len(text.split()) <= 8 and not GREETING_WORD.match(text) \
        and not has_contact(text)


#: A sign-off run on with a wish for the reader's day: "Thanks again, and enjoy the weekend!"
_SIGN_OFF_AND_WISH = re.compile(
    r"^([^.!?,;]{2,30}?)(?:\s+for\s+[^.!?,;]{2,40}?)?,?\s+(?:and\s+)?(?:have|enjoy)\s+"
    r"(?:a|an|the|your)\s+[^.!?]{2,30}[.!]*$", re.IGNORECASE)


def _is_closing_wish(text: str) -> bool:
    """A sign-off run on with a wish: "Thank you again (for your time) and have a nice day!".

    Right above the name with no other sign-off, such a line closes the letter as "Thank
    you," would; a thanks without a wish ("Thank you for your time.") stays in the body.
    """
    match = _SIGN_OFF_AND_WISH.match(text)
    return match is not None and _key(match.group(1)) in _sign_offs()


_LAST_SENTENCE = re.compile(r"^(.*?[.!?][\"”’')]*)\s+([^.!?]{2,40}[.!?,]*)$")


def _signature_anchor(lines: list[Line]) -> int | None:
    """Where a sign-off stands with the name right under it and more prose after both.

    That prose is a notice or a disclaimer a mail server adds ("NOTICE: This e-mail message
    … is for the sole use of …"): what follows the name is the signature block, however
    long its lines are.
    """
    for j in range(len(lines) - 2, 0, -1):
        text, name = lines[j].text, lines[j + 1]
        # the cheap tests first: the name's line close under it, a sign-off's five words
        if name.number - lines[j].number > 2 or len(text.split(None, 5)) > 5:
            continue
        if not _looks_like_name(name.text):
            continue
        if not (_key(text) in _sign_offs() or is_sign_off(text)):
            continue
        if any(_is_body_line(line.text) for line in lines[j + 2:]):
            return j
    return None


def _closing_sentence(text: str) -> tuple[str, str] | None:
    """A sign-off that ends the last paragraph, right above the name.

    A card or a short note often closes its last line with "Thank you." or "Best wishes!"
    and puts the name under it: ("… were most helpful.", "Thank you.").
    """
    match = _LAST_SENTENCE.match(text)
    if match and (_key(match.group(2)) in _sign_offs() or _is_closing_wish(match.group(2))):
        return match.group(1), match.group(2)
    return None


def _is_pre_closing(text: str) -> bool:
    """A closing formula on its own line above the sign-off: "Thanking you once again,"."""
    return text.endswith(",") and len(text.split()) <= 6 and bool(
        re.match(r"(?i)(?:thanking you|thank you|with (?:best|warm|kind)|once again|again)", text))


def _sign_off_at(tail: list[Line]) -> tuple[int, tuple[str, str] | None] | None:
    """Where the sign-off is among the lines after the body.

    The last known sign-off ("Thanks again!" above "Best," is the body's last word), else
    the first short line that ends with a comma ("Onward,").
    """
    for j in range(len(tail) - 1, -1, -1):
        text = tail[j].text
        if is_boilerplate(text):
            continue
        split = _split_sign_off(text)
        if split:
            return j, split
        if _key(text) in _sign_offs() and len(text.split()) <= 5 and not has_contact(text):
            return j, None
    for j, line in enumerate(tail[:3]):
        if is_sign_off(line.text) and not is_boilerplate(line.text):
            return j, None
        if _is_closing_line(line.text) and j + 1 < len(tail) and _looks_like_name(
                tail[j + 1].text):
            return j, None  # "Have a lovely long weekend," above the name
    return None


def _trailing_boilerplate(lines: list[Line]) -> int:
    end = len(lines)
    while end > 0 and (is_boilerplate(lines[end - 1].text)
                       or (is_contact_line(lines[end - 1].text)
                       and len(lines[end - 1].text.split()) <= 8)):
        end -= 1
    return end


def _ps_paragraphs(lines: list[Line]) -> tuple[Paragraph, ...]:
    if not lines:
        return ()
    return (Paragraph(lines[0].number, " ".join(line.text for line in lines),
                      tuple(line.number for line in lines)),)


_SMALL_WORDS = frozenset("and of the for & at in to on a an".split())
#: A company's legal suffix ending a name: "Harlow & Pike LLP", "Sierra Supply Co.". The
#: separators before it are read from where they start, once (possessive): tried from each
#: one, a long run of spaces took seconds.
LEGAL_SUFFIX = re.compile(
    r"(?<![\s,])[\s,]++(llp|llc|l\.l\.c\.|inc\.?|incorporated|ltd\.?|limited|corp\.?|corporation|co\.?|"
    r"gmbh|plc|pllc|p\.c\.|pc|s\.a\.|ag|pty\.? ltd\.?)$",
    re.IGNORECASE,
)


#: The legal suffixes that end in a full stop (the cheap test before the pattern).
_DOTTED_SUFFIXES = ("inc.", "ltd.", "corp.", "co.", "l.l.c.", "p.c.", "s.a.")
#: A sentence's last mark ending the text (``[.!?]$``: a final line break may follow it).
_SENTENCE_MARKS = (".", "!", "?", ".\n", "!\n", "?\n")


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with a sentence's last mark: a test of its end, not a search."""
    return text.endswith(_SENTENCE_MARKS)


def _is_title_line(text: str) -> bool:
    """A signature's title or employer line: "Director of Patient Experience, Acme Health".

    Words in capitals, no full stop at the end but a legal suffix's ("Sierra Supply Co.");
    prose has lower-case words.
    """
    if _ends_sentence(text) and not (text[-6:].lower().endswith(_DOTTED_SUFFIXES)
                                     and LEGAL_SUFFIX.search(text)):
        return False
    count = 0  # words other than the small ones, each capitalised (read up to the first not)
    for word in text.replace(",", " ").split():
        if word.lower() in _SMALL_WORDS:
            continue
        if word[:1].isalpha() and not word[:1].isupper():
            return False
        count += 1
    return count >= 2


@lru_cache(maxsize=256)
def _is_body_line(text: str) -> bool:
    """A line of prose: seven words or more, or a short sentence that ends with a stop.

    A line wholly in brackets ("(four blank lines for your signature)") is a note, not prose.
    """
    if is_boilerplate(text) or " | " in text or _is_title_line(text):
        return False
    if text[:1] in "([" and text[-1:] in ")]":
        return False
    words = text.split(None, 6)  # a long line is split no further than its seventh word
    if len(words) > 6:
        return not (has_contact(text) and len(_WORD.findall(text)) <= 8)
    if len(words) < 3 or has_contact(text) or _is_name_with_credentials(text):
        return False
    return len(words) == 6 or text.endswith((".", "?", "!"))


#: Degrees and credentials after a name: ", Ph.D.", ", RN, BSN", ", MBA".
_CREDENTIALS = re.compile(r"(?:\s*,?\s*(?:[A-Z][A-Za-z]{0,3}\.){1,3}|\s*,?\s*[A-Z]{2,5}\b\.?)+$")


def _is_name_with_credentials(text: str) -> bool:
    """A name with its degrees, which ends with a stop but is no sentence: "Wei Zhang, Ph.D."."""
    head, comma, tail = text.partition(",")
    return bool(comma) and _looks_like_name(head) and bool(_CREDENTIALS.fullmatch(tail))


# --- paragraphs -----------------------------------------------------------------------------


def _paragraphs(lines: list[Line], indents: dict[int, int], opening: str
                ) -> tuple[Paragraph, ...]:
    """Group body lines into paragraphs.

    A paragraph ends at a blank line; at a line indented deeper than the block's other lines
    (a typed letter's first-line indent); or, in a block without either, where a line stops
    short of the block's width after a full stop (hard-wrapped text: the next word would
    have fitted) or every line is a sentence of its own (unwrapped paragraphs typed one per
    line with no blank line between).
    """
    blocks: list[list[Line]] = []
    for line in lines:
        if blocks and line.number == blocks[-1][-1].number + 1:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    paragraphs: list[Paragraph] = []
    for block in blocks:
        for group in _split_block(block, indents, opening):
            paragraphs.append(_join(group))
    return tuple(paragraphs)


def _split_block(block: list[Line], indents: dict[int, int], opening: str) -> list[list[Line]]:
    if len(block) == 1:
        return [block]
    levels = [0 if (opening and line.number == block[0].number) else indents[line.number]
              for line in block]
    base = min(levels)
    if any(level > base for level in levels[1:]) and levels.count(base) >= 1:
        groups: list[list[Line]] = []
        for line, level in zip(block, levels, strict=True):
            if not groups or (level > base and level >= 2):
                groups.append([line])
            else:
                groups[-1].append(line)
        return groups
    width = max(len(line.text) for line in block)
    if _ragged(block, width):
        return [block]  # a copy-paste broke the wraps: short lines say nothing
    groups = [[block[0]]]
    for prev, line in itertools.pairwise(block):
        if _ends_paragraph(prev.text, line.text, width, len(block)):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _ragged(block: list[Line], width: int) -> bool:
    """Hard wraps broken by a copy-paste: two or more lines stop far short in mid-sentence.

    Then a line that stops short after a full stop is no sign of a paragraph's end either.
    """
    if width > 100 or width < 50:
        return False
    short = [prev for prev in block[:-1]
             if not re.search(r"[.!?:;,][\"”’')]*$", prev.text) and len(prev.text) < 0.75 * width]
    return len(short) >= 2


def _ends_paragraph(prev: str, nxt: str, width: int, size: int) -> bool:
    if not re.search(r"[.!?:][\"”’')]*$", prev) or not (nxt[:1].isupper() or nxt[:1].isdigit()):
        return False
    if width > 100:
        # Not hard-wrapped: each line was typed as its own paragraph.
        return True
    if width < 50 or size < 3:
        return False
    return len(prev) + 1 + len(nxt.split()[0]) <= width - 2


def _join(lines: list[Line]) -> Paragraph:
    text = lines[0].text
    for line in lines[1:]:
        if _ends_in_hyphenated_word(text) and line.text[:1].islower():
            text += line.text
        else:
            text += " " + line.text
    return Paragraph(lines[0].number, text, tuple(line.number for line in lines))


def _ends_in_hyphenated_word(text: str) -> bool:
    r"""Whether ``text`` ends with a hyphen right after a letter (``[^\W\d]-$``).

    Its last two characters are read, not the text searched: a paragraph is joined line by
    line, and a search of the text so far at each line read it again and again.
    """
    text = text.removesuffix("\n")  # ("$" stands before a last line break too)
    if len(text) < 2 or text[-1] != "-":
        return False
    before = text[-2]
    return (before.isalnum() or before == "_") and not before.isdecimal()
