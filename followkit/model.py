"""The interview form as data: who interviewed you, about what, and who you are.

Every object is frozen and validated when it is made, so the rest of followkit can trust it.
Bad input raises :class:`~followkit.errors.FormError` naming the field and what is expected.
Lists given for topics, skills or interviewers are stored as tuples (the fields are typed as
sequences because that is what they accept).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from followkit.errors import CheckOptionsError, FormError

__all__ = [
    "CHANNELS",
    "DIALECTS",
    "DIALECT_NAMES",
    "LETTER_CHANNELS",
    "OUTCOMES",
    "ROLES",
    "SEVERITIES",
    "STATUS_LEVELS",
    "Candidate",
    "Finding",
    "Interview",
    "Interviewer",
    "Letter",
    "Link",
    "Status",
    "validate_channel",
    "validate_email",
]

#: Every way of following up the guide mentions; phone and text are "not usually encouraged".
#: "letter" is a typed, printed or mailed letter (a heading block, no subject line).
CHANNELS = ("email", "handwritten", "phone", "text", "letter")
#: The channels followkit writes letters for ("letter" is checked, not yet composed).
LETTER_CHANNELS = ("email", "handwritten")
#: The dialects of English a letter can be written and proofread in (FK702 follows the
#: interview's: en-GB accepts "licence" and "programme").
DIALECTS = ("en-US", "en-GB")
#: What each dialect is called, for people.
DIALECT_NAMES = {"en-US": "American English", "en-GB": "British English"}
#: Finding severities, most serious first.
SEVERITIES = ("error", "warning", "info")
#: Who an interviewer was, as the follow-up log records it (column ``interviewer_role``).
ROLES = ("hiring manager", "department head", "recruiter", "panel", "other")
#: What came of a follow-up, as the log records it (column ``outcome``); "none" is no answer yet.
OUTCOMES = ("none", "second_interview", "offer", "rejected")

_HONORIFICS = frozenset({"mr", "ms", "mrs", "mx", "dr", "prof", "professor", "miss", "sir"})
_URL = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)


def validate_channel(channel: object, field_name: str = "channel", allowed=CHANNELS) -> str:
    """Return ``channel`` lower-cased and stripped, or raise FormError naming what is allowed."""
    value = str(channel or "").strip().lower()
    if value not in allowed:
        raise FormError(
            field_name,
            f"{channel!r} is not a channel followkit knows; use one of {', '.join(allowed)}.",
        )
    return value


def validate_email(address: str, field_name: str = "email") -> str:
    """Return the normalised address, or raise FormError saying what is wrong with it.

    Syntax only: no network look-up is made.
    """
    from email_validator import EmailNotValidError
    from email_validator import validate_email as _validate

    try:
        return _validate(address, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise FormError(
            field_name,
            f"{address!r} is not a valid email address ({exc}); expected name@domain.tld.",
        ) from None


def _text(value: object, field_name: str, *, required: bool) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise FormError(field_name, f"expected text, got {type(value).__name__} {value!r}.")
    value = " ".join(value.split())
    if required and not value:
        raise FormError(field_name, "is empty; fill it in.")
    return value


def _texts(values: Iterable[str] | str | None, field_name: str) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    cleaned = []
    for i, value in enumerate(values):
        text = _text(value, f"{field_name}[{i}]", required=False)
        if text:
            cleaned.append(text)
    return tuple(cleaned)


def _dialect(value: object) -> str:
    """``value`` as :data:`DIALECTS` spells it ("en_gb" -> "en-GB"; empty -> "en-US")."""
    text = _text(value, "locale", required=False).replace("_", "-") or DIALECTS[0]
    for name in DIALECTS:
        if name.casefold() == text.casefold():
            return name
    raise FormError("locale", f"{value!r} is not a dialect followkit proofreads; use one of "
                    f"{', '.join(DIALECTS)}.")


def _optional_email(value: str, field_name: str) -> str:
    value = _text(value, field_name, required=False)
    return validate_email(value, field_name) if value else ""


@dataclass(frozen=True)
class Interviewer:
    """One person who interviewed you.

    ``salutation`` is how the greeting should name them ("Ms. Rivera", or just "Dr." for
    "Dr." and their surname); empty lets the letter choose (an email greets by first name).
    ``topics`` are what you discussed with this person in particular; ``bring`` is what you
    would bring to it, an achievement with its result ("building the email program that cut
    churn by 18%"); ``skills`` are the skills that matter most to this person (empty: the
    letters share the interview's skills out among the panel).
    """

    name: str
    title: str = ""
    email: str = ""
    salutation: str = ""
    topics: Sequence[str] = ()
    role: str = ""
    bring: str = ""
    skills: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _text(self.name, "name", required=True))
        object.__setattr__(self, "title", _text(self.title, "title", required=False))
        object.__setattr__(self, "email", _optional_email(self.email, "email"))
        object.__setattr__(self, "salutation", _text(self.salutation, "salutation", required=False))
        object.__setattr__(self, "topics", _texts(self.topics, "topics"))
        object.__setattr__(self, "role", _text(self.role, "role", required=False))
        object.__setattr__(self, "bring", _text(self.bring, "bring", required=False))
        object.__setattr__(self, "skills", _texts(self.skills, "skills"))

    @property
    def addressed_as(self) -> str:
        """The name the greeting uses: the salutation when given, else the full name."""
        return self.salutation or self.name

    @property
    def first_name(self) -> str:
        """The first word of the name after any title ("Helen" for "Dr. Helen Voss")."""
        words = self.name.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
            words = words[1:]
        return words[0]

    @property
    def surname(self) -> str:
        """The last word of the name ("Marchetti" for "Sofia Marchetti")."""
        return self.name.split()[-1]


@dataclass(frozen=True)
class Candidate:
    """You, the person writing the follow-up.

    The email and phone go in the signature; ``contact_in_body`` also gives them in a line of
    the last paragraph.
    """

    name: str
    email: str = ""
    phone: str = ""
    portfolio_url: str = ""
    contact_in_body: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _text(self.name, "name", required=True))
        if not isinstance(self.contact_in_body, bool):
            raise FormError("contact_in_body", f"expected true or false, got "
                            f"{self.contact_in_body!r}.")
        object.__setattr__(self, "email", _optional_email(self.email, "email"))
        phone = _text(self.phone, "phone", required=False)
        if phone and sum(ch.isdigit() for ch in phone) < 6:
            raise FormError("phone", f"{phone!r} has too few digits for a phone number.")
        object.__setattr__(self, "phone", phone)
        url = _text(self.portfolio_url, "portfolio_url", required=False)
        if url and not _URL.match(url):
            raise FormError(
                "portfolio_url",
                f"{url!r} is not a web link; expected one starting with https://.",
            )
        object.__setattr__(self, "portfolio_url", url)


@dataclass(frozen=True)
class Interview:
    """One interview: where, for what, when it ended, who was there and what was discussed.

    ``ended_at`` must be timezone-aware. ``agreed_channel`` is the way of staying in touch agreed
    at the interview (``None`` when nothing was agreed). ``other_companies`` are companies you
    are also writing to, so the checker can catch a letter that names the wrong one.
    ``next_step`` is the next step agreed at the interview ("send my references"), and
    ``next_step_by`` the day it is due, if one was agreed. ``locale`` is the dialect of
    English the letters are proofread in, one of :data:`DIALECTS` ("en_gb" is read as
    "en-GB").
    """

    company: str
    position: str
    ended_at: datetime
    interviewers: Sequence[Interviewer]
    topics: Sequence[str] = ()
    skills: Sequence[str] = ()
    agreed_channel: str | None = None
    other_companies: Sequence[str] = ()
    interview_id: str = ""
    next_step: str = ""
    next_step_by: date | None = None
    locale: str = "en-US"

    def __post_init__(self) -> None:
        object.__setattr__(self, "company", _text(self.company, "company", required=True))
        object.__setattr__(self, "position", _text(self.position, "position", required=True))
        if not isinstance(self.ended_at, datetime):
            raise FormError(
                "ended_at", f"expected a datetime with a time zone, got {self.ended_at!r}."
            )
        if self.ended_at.tzinfo is None or self.ended_at.utcoffset() is None:
            raise FormError(
                "ended_at",
                f"{self.ended_at:%Y-%m-%d %H:%M} has no time zone; "
                "give the zone the interview was in (e.g. America/Chicago).",
            )
        interviewers = tuple(self.interviewers or ())
        if not interviewers:
            raise FormError("interviewers", "add at least one person who interviewed you.")
        for i, person in enumerate(interviewers):
            if not isinstance(person, Interviewer):
                raise FormError(
                    f"interviewers[{i}]", f"expected an Interviewer, got {type(person).__name__}."
                )
        object.__setattr__(self, "interviewers", interviewers)
        object.__setattr__(self, "topics", _texts(self.topics, "topics"))
        object.__setattr__(self, "skills", _texts(self.skills, "skills"))
        agreed = self.agreed_channel
        if agreed is not None and str(agreed).strip():
            agreed = validate_channel(agreed, "agreed_channel")
        else:
            agreed = None
        object.__setattr__(self, "agreed_channel", agreed)
        object.__setattr__(self, "other_companies", _texts(self.other_companies, "other_companies"))
        object.__setattr__(
            self, "interview_id", _text(self.interview_id, "interview_id", required=False)
        )
        object.__setattr__(self, "next_step", _text(self.next_step, "next_step", required=False))
        by = self.next_step_by
        if isinstance(by, datetime):
            by = by.date()
        elif isinstance(by, str):
            try:
                by = date.fromisoformat(by.strip()) if by.strip() else None
            except ValueError:
                raise FormError("next_step_by", f"{by!r} is not a date; expected e.g. "
                                "2026-11-20.") from None
        if by is not None and not isinstance(by, date):
            raise FormError("next_step_by", f"expected a date such as 2026-11-20, got {by!r}.")
        object.__setattr__(self, "next_step_by", by)
        object.__setattr__(self, "locale", _dialect(self.locale))


@dataclass(frozen=True)
class Letter:
    """One follow-up letter to one interviewer.

    ``body`` runs from the greeting to the signature; ``subject`` is empty for a handwritten
    note. ``text`` is the whole letter as the person would send it, with a ``Subject:`` line
    first for an email.
    """

    interviewer: Interviewer
    channel: str
    subject: str
    body: str

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "channel", validate_channel(self.channel, "channel", LETTER_CHANNELS)
        )

    @property
    def text(self) -> str:
        """The letter as sent: ``Subject: …`` and a blank line before the body of an email."""
        if self.channel == "email" and self.subject:
            return f"Subject: {self.subject}\n\n{self.body}"
        return self.body

    @classmethod
    def from_text(cls, text: str, interviewer: Interviewer, channel: str = "email") -> Letter:
        """The letter a person typed: an email's first line ``Subject: …`` becomes its subject.

        The inverse of :attr:`text`; any other channel keeps a ``Subject:`` line in its body.
        """
        subject, body = "", text.strip("\n")
        first, _, rest = body.partition("\n")
        if channel == "email" and first.lower().startswith("subject:"):
            subject, body = first.split(":", 1)[1].strip(), rest.strip("\n")
        return cls(interviewer=interviewer, channel=channel, subject=subject, body=body)


@dataclass(frozen=True)
class Finding:
    """What the checker says about one letter: a rule that fired, as advice to a person.

    ``line`` is 1-based in the letter's ``text`` (``None`` when the finding is about the
    whole letter); ``source`` names the guide section the rule comes from.
    """

    code: str
    name: str
    severity: str
    message: str
    line: int | None = None
    source: str = ""

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise CheckOptionsError(
                f"severity must be one of {', '.join(SEVERITIES)} (got {self.severity!r})."
            )


#: What an action can report: it did what was asked, it did with a caveat, or it could not.
STATUS_LEVELS = ("ok", "warning", "error")


@dataclass(frozen=True)
class Link:
    """A link an action's status offers: a file to download or a ``mailto:`` to open.

    ``href`` is the address (a ``data:`` URL carries the file itself); ``download`` is the
    file name to save it as, or None for a link that opens rather than downloads.
    """

    label: str
    href: str
    download: str | None = None


@dataclass(frozen=True)
class Status:
    """What an action did, for the screen to show: every screen's buttons return one.

    ``level`` is ok, warning or error; ``text`` is plain text, advice to a person (what was
    saved where, or what went wrong and what to do); ``link`` is an optional :class:`Link`.
    """

    level: str
    text: str
    link: Link | None = None

    def __post_init__(self) -> None:
        if self.level not in STATUS_LEVELS:
            raise CheckOptionsError(
                f"a status level must be one of {', '.join(STATUS_LEVELS)} (got {self.level!r})."
            )

    @property
    def failed(self) -> bool:
        """True when the action could not do what was asked."""
        return self.level == "error"
