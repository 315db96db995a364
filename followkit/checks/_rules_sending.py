"""Rules FK401–FK404 and FK601–FK602: when, how and to where the follow-up goes.

Guide, "Follow-up Best Practices": "within 24 hours of your interview"; "If you are writing an
email, do not follow-up immediately – wait at least an hour or two." "Defining a Follow-Up":
"Phone calls or texts are not usually encouraged … ask for the best ways to stay in touch –
and follow-up accordingly." Times are judged by :func:`followkit.timing.status`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followkit.checks._matching import mentions
from followkit.checks._phrases import has_phrase
from followkit.checks._reader import ParsedLetter
from followkit.checks._rule import Context, Hit
from followkit.errors import FormError
from followkit.timing import DEFAULT_POLICY, elapsed, format_duration, status

__all__ = ["address", "channel_preference", "discouraged_channel", "late", "subject",
           "too_soon"]

_BY = {"email": "email", "handwritten": "a handwritten note", "phone": "phone",
       "text": "text message", "letter": "a typed letter"}
#: Without a known position, a title before "interview", "position" …: "Barista interview";
#: a template's slot for it ("[Job Title] interview") is FK203's to report.
_SUBJECT_CUES = re.compile(r"([\w'’-]+)[\]}>)]?\s+(?:interview|position|role|application|job)\b",
                           re.IGNORECASE)
#: A template's slot named for the title stands for the position wherever it is: "Final
#: follow-up — [Role title]", "Checking in - {position}" (the slot is FK203's to report).
_TITLE_SLOT = re.compile(r"[\[{<(]\s*(?:job\s+|role\s+|position\s+)?(?:title|position|role|job|"
                         r"post|vacancy|opening)(?:\s+(?:title|name))?\s*[\]}>)]", re.IGNORECASE)
#: Words before "interview" that name no position: "Following up on our interview".
_NOT_TITLES = frozenset(
    "our my the your a an this that phone video virtual zoom teams second third final first "
    "recent today's yesterday's onsite on-site in-person job follow-up followup up on about "
    "re after for from panel group".split())


def _timeliness(ctx: Context) -> str | None:
    if ctx.sent_at is None or ctx.interview is None or ctx.interview.ended_at is None:
        return None
    # A mailed letter, like a card, may be written right away: it takes days to arrive.
    channel = "handwritten" if ctx.channel == "letter" else ctx.channel or "email"
    return status(ctx.interview.ended_at, ctx.sent_at, channel, now=ctx.sent_at)


def _taken(ctx: Context) -> str:
    """How long after the interview the letter goes; asked only when _timeliness judged it."""
    assert ctx.interview is not None and ctx.interview.ended_at is not None
    assert ctx.sent_at is not None
    return format_duration(elapsed(ctx.interview.ended_at, ctx.sent_at))


def too_soon(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK401: an email sent or planned under an hour after the interview ended."""
    if _timeliness(ctx) == "early":
        wait = format_duration(DEFAULT_POLICY.email_recommended)
        yield Hit(f"Wait before sending: {_taken(ctx)} after the interview is too soon for "
                  f"an email; send it about {wait} after the interview ended.")


def late(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK402: sent or planned more than 24 hours after the interview ended."""
    if _timeliness(ctx) == "late":
        yield Hit(f"Send sooner: {_taken(ctx)} after the interview is past the 24 hours the "
                  "guide asks for; if it is already late, send it today anyway.")


def discouraged_channel(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK403: phone or text only when that was agreed at the interview."""
    if ctx.channel not in ("phone", "text"):
        return
    if ctx.interview is not None and ctx.interview.agreed_channel == ctx.channel:
        return
    yield Hit(f"Follow up by email or a handwritten note rather than by {_BY[ctx.channel]}; "
              "phone calls and texts are not usually encouraged unless you agreed on them.")


def channel_preference(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK404: the channel agreed at the interview."""
    agreed = ctx.interview.agreed_channel if ctx.interview else None
    if agreed and ctx.channel and ctx.channel != agreed:
        yield Hit(f"Follow up by {_BY[agreed]}, as agreed at the interview; this one goes by "
                  f"{_BY[ctx.channel]}.")


def _is_email(letter: ParsedLetter, ctx: Context) -> bool:
    return ctx.channel == "email" or (ctx.channel is None and letter.subject is not None)


def subject(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK601: an email's subject names thanks or the position, in at most 78 characters."""
    if not _is_email(letter, ctx):
        return
    if letter.subject is None or not letter.subject.text:
        line = letter.subject.number if letter.subject else 1
        yield Hit("Add a subject line such as “Thank you — <position> interview” as the "
                  "first line (“Subject: …”).", line)
        return
    text, line = letter.subject.text, letter.subject.number
    if len(text) > 78:
        yield Hit(f"Shorten the subject to 78 characters or fewer; it has {len(text)}.", line)
    position = ctx.interview.position if ctx.interview else None
    names_position = mentions(text, position) if position else any(
        m.group(1).lower().replace("’", "'") not in _NOT_TITLES
        for m in _SUBJECT_CUES.finditer(text)) or _TITLE_SLOT.search(text) is not None
    if not has_phrase("thanks", text) and not names_position:
        yield Hit(f"Make the subject say what the email is: thanks or the position "
                  f"(“Thank you — … interview”); it reads “{text}”.", line)


def address(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK602: the recipient's email address is valid."""
    if not _is_email(letter, ctx):
        return
    to = ctx.to if ctx.to is not None else (ctx.interviewer.email if ctx.interviewer else "")
    if not to:
        return
    from followkit.model import validate_email

    try:
        validate_email(to, "to")
    except FormError:
        yield Hit(f"Fix the recipient's address: “{to}” is not a valid email address "
                  "(expected name@domain.tld).")
