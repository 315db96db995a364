"""A letter as files a person can use: an .eml draft, a mailto: link, an .ics reminder, a card.

- ``eml_draft``: a message with ``X-Unsent: 1``, which Outlook and Thunderbird open as a draft
  to review and send. A header value with a line break is refused (no header injection).
- ``mailto_link``: RFC 6068, every character outside the unreserved set percent-encoded and
  line breaks as ``%0D%0A``.
- ``ics_reminder``: one event at the recommended send time with an alarm, the window in its
  description; its UID is stable, so importing it twice updates one event.
- ``card_html``: a printable page for a handwritten note, A6 in print (``@page``).

Every builder is pure (``now`` is passed in); ``write_export`` writes a file atomically.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import quote

from followkit.atomic import write_atomic
from followkit.errors import LetterError
from followkit.model import Candidate, Interview, Letter
from followkit.timetext import date_time, describe_window_dates
from followkit.timing import SendWindow, elapsed, require_aware

__all__ = [
    "EXPORT_KINDS",
    "card_font_size",
    "card_html",
    "eml_draft",
    "export_filename",
    "ics_reminder",
    "mailto_link",
    "reminder_time",
    "slug",
    "write_export",
]

#: What a letter can be exported as, and the file suffix of each.
EXPORT_KINDS = {"eml": ".eml", "ics": ".ics", "card": ".html"}


def slug(text: str) -> str:
    """``"Harlow & Pike LLP"`` -> ``"harlow-pike-llp"``: ASCII, lower case, safe in a file name."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "letter"


def export_filename(letter: Letter, interview: Interview, kind: str) -> str:
    """``"2026-11-19-harlow-pike-llp-dana-rivera.eml"``: one name per interview and person."""
    if kind not in EXPORT_KINDS:
        raise ValueError(f"kind must be one of {', '.join(EXPORT_KINDS)} (got {kind!r}).")
    return (f"{interview.ended_at:%Y-%m-%d}-{slug(interview.company)}-"
            f"{slug(letter.interviewer.name)}{EXPORT_KINDS[kind]}")


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


def reminder_time(window: SendWindow, now: datetime) -> datetime:
    """When the reminder rings: the recommended time, or ``now`` if that has already passed."""
    if elapsed(window.recommended, require_aware(now, "now")) > timedelta(0):
        return now.astimezone(window.recommended.tzinfo).replace(second=0, microsecond=0)
    return window.recommended


def ics_reminder(letter: Letter, interview: Interview, window: SendWindow, *, now: datetime
                 ) -> bytes:
    """A calendar file with one 15-minute event and a display alarm at :func:`reminder_time`."""
    from icalendar import Alarm, Calendar, Event

    person = letter.interviewer.name
    verb = "Mail your note to" if letter.channel == "handwritten" else "Send your thank-you to"
    at = reminder_time(window, now)
    description = (
        f"{describe_window_dates(window)}\n"
        f"Interview: {interview.position} at {interview.company}, ended "
        f"{date_time(interview.ended_at)}.\n"
        f"The guide: \"{window.recommended_reason}\"; \"{window.latest_reason}\"."
    )
    event = Event()
    event.add("uid", f"{export_filename(letter, interview, 'ics')[:-4]}@followkit")
    event.add("dtstamp", require_aware(now, "now").astimezone(UTC))
    event.add("dtstart", at)
    event.add("duration", timedelta(minutes=15))
    event.add("summary", f"{verb} {person}")
    event.add("description", description)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"{verb} {person} ({interview.company})")
    alarm.add("trigger", timedelta(0))
    event.add_component(alarm)
    calendar = Calendar()
    calendar.add("prodid", "-//followkit//follow-up reminder//EN")
    calendar.add("version", "2.0")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def card_html(letter: Letter, interview: Interview, window: SendWindow) -> str:
    """A printable page with the note to copy out by hand: A6 in print, escaped throughout."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("followkit", "templates"), autoescape=True,
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
    )
    paragraphs = [p.split("\n") for p in letter.body.strip().split("\n\n")]
    return env.get_template("card.html.j2").render(
        paragraphs=paragraphs, person=letter.interviewer, interview=interview,
        font_pt=card_font_size(len(letter.body.split())),
        window=describe_window_dates(window),
    )


def card_font_size(words: int) -> float:
    """Points of type that fit ``words`` on an A6 card: 9 pt up to 170 words, then smaller."""
    return 9.0 if words <= 170 else round(max(6.5, 9.0 * (170 / words) ** 0.5), 1)


def write_export(folder: str | Path, name: str, data: bytes | str) -> Path:
    """Write ``folder/name`` atomically (temp file, fsync, rename); return its path."""
    return write_atomic(Path(folder) / name, data)
