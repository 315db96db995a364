"""One tailored follow-up letter per interviewer, written from the interview form.

The guide's "Follow-up Content": thank briskly, recall what was discussed with a nod to your
skills, show you want to stay in touch, close with a professional sign-off; and "Write a single
message to each person who interviewed you … Each message should be tailor-made". Each letter
recalls that interviewer's own topics first, then the interview's, and interviewers get
different phrasing (chosen by their place in the form, so it never changes at random).

The wording lives in jinja2 templates (``followkit/letters/templates/``); a career center can pass
its own pack with ``templates=``.
"""

from __future__ import annotations

from pathlib import Path

from followkit.errors import FormError
from followkit.letters._templating import render, template_folder
from followkit.letters._wording import clean_items, layout_body, layout_line
from followkit.model import LETTER_CHANNELS, Candidate, Interview, Interviewer, Letter
from followkit.model import validate_channel as _validate_channel

__all__ = ["SIGN_OFFS", "VARIED_PARTS", "compose", "template_context", "validate_sign_off"]

#: Professional sign-offs a person can pick; the guide names "Sincerely", "Thank you", "Best".
SIGN_OFFS = (
    "Sincerely",
    "Thank you",
    "Best regards",
    "Best",
    "Kind regards",
    "Regards",
    "With appreciation",
)
#: The parts of a letter whose phrasing varies between interviewers (``v.<part>``, 0 to 3).
VARIED_PARTS = ("opening", "recall", "skills", "closing", "contact", "link")
_VARIANTS = 4


def validate_sign_off(sign_off: object) -> str:
    """Return the sign-off as :data:`SIGN_OFFS` spells it, or raise FormError listing them."""
    text = " ".join(str(sign_off or "").split()).rstrip(",.").casefold()
    for choice in SIGN_OFFS:
        if choice.casefold() == text:
            return choice
    raise FormError(
        "sign_off",
        f"{sign_off!r} is not one of the professional sign-offs; pick one of "
        f"{', '.join(SIGN_OFFS)}.",
    )


def _variants(index: int) -> dict[str, int]:
    """Phrasing numbers for the interviewer at ``index``.

    The first four interviewers differ in every part; later ones shift each part differently,
    so no two of them share the phrasing of every part.
    """
    return {
        part: (index + offset * (index // _VARIANTS)) % _VARIANTS
        for offset, part in enumerate(VARIED_PARTS)
    }


def template_context(
    interview: Interview, candidate: Candidate, index: int, channel: str, sign_off: str
) -> dict[str, object]:
    """Every field a letter template can use, for the interviewer at ``index``.

    Lists are cleaned (no trailing punctuation, no repeats); ``shared_topics`` leaves out what
    is already among this interviewer's ``own_topics``.
    """
    person: Interviewer = interview.interviewers[index]
    own = clean_items(person.topics)
    return {
        "greeting_name": person.addressed_as.rstrip(",;:"),
        "interviewer_name": person.name,
        "interviewer_title": person.title,
        "company": interview.company,
        "position": interview.position,
        "own_topics": list(own),
        "shared_topics": list(clean_items(interview.topics, exclude=own)),
        "skills": list(clean_items(interview.skills)),
        "my_name": candidate.name,
        "my_email": candidate.email,
        "my_phone": candidate.phone,
        "my_link": candidate.portfolio_url,
        "sign_off": sign_off,
        "channel": channel,
        "v": _variants(index),
    }


def _require(value: object, cls: type, name: str) -> None:
    if not isinstance(value, cls):
        raise FormError(name, f"expected a followkit.{cls.__name__}, got {type(value).__name__}.")


def compose(
    interview: Interview,
    candidate: Candidate,
    channel: str = "email",
    templates: str | Path | None = None,
    *,
    sign_off: str = "Sincerely",
) -> list[Letter]:
    """Write one follow-up letter to each interviewer of ``interview``, in form order.

    ``channel`` is ``"email"`` (subject and body) or ``"handwritten"`` (a short card with no
    subject and no links). ``templates`` is the folder of a template pack (``None``:
    followkit's own). Raises FormError for a bad channel or sign-off, TemplateError for a
    template that cannot be rendered.
    """
    _require(interview, Interview, "interview")
    _require(candidate, Candidate, "candidate")
    channel = _validate_channel(channel, "channel", LETTER_CHANNELS)
    sign_off = validate_sign_off(sign_off)
    folder = template_folder(templates)
    letters = []
    for index, person in enumerate(interview.interviewers):
        context = template_context(interview, candidate, index, channel, sign_off)
        body = layout_body(render(folder, f"{channel}.txt.j2", context))
        subject = ""
        if channel == "email":
            subject = layout_line(render(folder, "subject.txt.j2", context))
        letters.append(Letter(interviewer=person, channel=channel, subject=subject, body=body))
    return letters
