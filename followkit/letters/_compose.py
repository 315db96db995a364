"""One tailored follow-up letter per interviewer, written from the interview form.

The guide's "Follow-up Content": thank briskly, recall what was discussed with a nod to your
skills, show you want to stay in touch, close with a professional sign-off; and "Write a single
message to each person who interviewed you … Each message should be tailor-made". Each letter
develops one topic of that interviewer's and links it to what the writer would bring; notes
are worded as a letter writes them (:mod:`followkit.letters._notes`), and a note that is
sensitive or cannot be made to read well is left out (``fk.check_form`` says which and why).

The wording lives in jinja2 templates (``followkit/letters/templates/``); a career center can pass
its own pack with ``templates=``, and set its greeting in the pack's ``pack.json``.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from followkit.errors import FormError
from followkit.letters._notes import mentions_when, read_bring, read_next_step
from followkit.letters._plan import VARIED_PARTS, LetterPlan, plan_letters, skill_phrase
from followkit.letters._templating import load_template, pack_settings, render, template_folder
from followkit.letters._wording import layout_body, layout_line, proper_case
from followkit.model import LETTER_CHANNELS, Candidate, Interview, Interviewer, Letter
from followkit.model import validate_channel as _validate_channel

if TYPE_CHECKING:
    from jinja2 import Template

__all__ = ["LENGTHS", "SIGN_OFFS", "VARIED_PARTS", "compose", "greeting_name",
           "template_context", "validate_length", "validate_sign_off"]

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
#: How long a letter is: ``standard`` (three short paragraphs) or ``brief`` (60 to 90 words).
LENGTHS = ("standard", "brief")
_HONORIFICS = frozenset({"mr", "ms", "mrs", "mx", "dr", "prof", "professor"})
#: Titles of a trade or calling that people greet with the surname ("Chef Russo").
_CALLINGS = frozenset({"chef", "coach", "pastor", "rabbi", "imam", "father", "captain"})


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


def greeting_name(person: Interviewer, default: str = "first_name", locale: str = "en-US") -> str:
    """How the greeting names ``person``.

    A typed salutation wins ("Ms. Rivera"); a bare honorific ("Dr.") is followed by the
    surname (a period added, except in British English: "Dr Shah"). Otherwise the pack's
    ``default``: ``first_name`` ("Sofia"), ``full_name``, or ``title_surname``, which needs
    the honorific typed and falls back to the full name. A title typed in the name is used
    ("Dr. Oluwaseun Adeyemi" → "Dr. Adeyemi", unless the pack greets by full name); a first
    name is found as :func:`_given_name` says. A name typed in lower case is capitalised;
    "chef tony russo" is greeted "Chef Russo".
    """
    salutation = proper_case(person.salutation.rstrip(",;:"))
    words = proper_case(person.name).split()
    if not salutation and len(words) > 2 and words[0].lower() in _CALLINGS:
        return f"{words[0]} {words[-1]}"  # "chef tony russo" → "Chef Russo"
    if (not salutation and default != "full_name" and len(words) > 1
            and words[0].lower().rstrip(".") in _HONORIFICS):
        salutation, words = words[0], words[1:]  # "Dr. Oluwaseun Adeyemi" → "Dr. Adeyemi"
        if _family_name_first(words):
            words = words[:1]  # "Dr. Phạm Anh Tuấn" → "Dr. Phạm"
    if salutation.lower().rstrip(".") in _HONORIFICS:
        # British English writes "Mrs Hughes", "Dr Shah": no period is added
        bare = salutation.endswith(".") or salutation.lower() == "professor" or locale == "en-GB"
        dot = "" if bare else "."
        return f"{salutation}{dot} {words[-1]}"
    if salutation:
        return salutation
    if default == "first_name" and len(words) > 1:
        return _given_name(words)
    return " ".join(words)


#: Family names that stand first in a name as Chinese, Korean and Vietnamese write it
#: ("Zhang Wei", "Nguyễn Thị Mai"): the first word is no first name to greet by.
_FAMILY_FIRST = frozenset(
    "zhang wang li liu chen yang huang zhao wu zhou xu sun zhu hu guo lin luo gao zheng "
    "liang xie tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang "
    "choi kang cho yoon jang "
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý".split())
# (not "Kim", "Lee", "Park", "Song", "Ma" or "He": English first names or words too, as in
# "Kim Tran", "Lee Morgan")
#: The middle word of a Vietnamese name ("Nguyễn Thị Mai", "Trần Văn Nam"): the given name is
#: the last word, the one a greeting uses.
_VIETNAMESE_MIDDLE = frozenset({"thị", "văn"})
#: Given names that Spanish and Portuguese join into one ("María José", "José Luis").
_JOINED_GIVEN = frozenset(
    "maría maria josé jose juan ana luis miguel carlos jesús jesus ángel angel luz rosa "
    "antonio manuel francisco pablo pedro carmen elena isabel teresa cristina fernanda "
    "eugenia alejandro fernando andrés andres daniel javier paula lucía lucia".split())


def _family_name_first(words: list[str]) -> bool:
    return len(words) in (2, 3) and words[0].lower() in _FAMILY_FIRST


def _given_name(words: list[str]) -> str:
    """The name a first-name greeting uses, from the name's words (no title before them).

    "Sofia Marchetti" → "Sofia"; an initial or a short form first is passed over ("Ma.
    Cristina Dela Cruz" → "Cristina", "J. Robert Lane" → "Robert"); a Vietnamese name is
    greeted by its last word ("Nguyễn Thị Mai" → "Mai"); a name whose family name stands
    first ("Zhang Wei") is greeted whole; two given names that go together stay together
    ("María José García-López" → "María José").
    """
    while len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
        words = words[1:]
    while len(words) > 2 and words[0].endswith(".") and len(words[0]) <= 4:
        words = words[1:]
    if len(words) == 3 and words[1].lower() in _VIETNAMESE_MIDDLE:
        return words[-1]
    if _family_name_first(words):
        return " ".join(words)
    if (len(words) > 2 and words[0].lower() in _JOINED_GIVEN
            and words[1].lower() in _JOINED_GIVEN):
        return f"{words[0]} {words[1]}"
    return words[0]


@lru_cache(maxsize=256)
def _when(by: date | None, ended: date) -> str:
    """"by Friday" within the week after the interview, else "by Friday, December 4"."""
    if by is None:
        return ""
    if ended < by <= ended + timedelta(days=6):
        return f"by {by:%A}"
    return f"by {by:%A}, {by:%B} {by.day}"


def _next_step(interview: Interview) -> tuple[str, str]:
    """(the next step as a letter writes it, its kind: action, event or "")."""
    note = read_next_step(interview.next_step) if interview.next_step else None
    if note is None or not note.text:
        return "", ""
    when = _when(interview.next_step_by, interview.ended_at.date()) \
        if interview.next_step_by else ""
    if when and not mentions_when(note.text):
        return f"{note.text} {when}", note.kind
    return note.text, note.kind


def template_context(
    interview: Interview, candidate: Candidate, index: int, channel: str, sign_off: str,
    *, length: str = "standard", greeting: str = "first_name",
    plan: LetterPlan | None = None,
) -> dict[str, object]:
    """Every field a letter template can use, for the interviewer at ``index``.

    ``plan`` is what :func:`~followkit.letters._plan.plan_letters` chose for this letter
    (made here when not given).
    """
    if plan is None:
        plan = plan_letters(interview, candidate, brief=length == "brief")[index]
    person: Interviewer = plan.person
    next_step, next_kind = _next_step(interview)
    bring = read_bring(person.bring).text if person.bring else ""
    return {
        "greeting_name": greeting_name(person, greeting, interview.locale),
        "interviewer_name": proper_case(person.name),
        "interviewer_first_name": proper_case(person.first_name),
        "interviewer_title": person.title,
        "company": interview.company,
        "position": proper_case(interview.position),
        "own_topics": list(plan.own_topics),
        "shared_topics": list(plan.shared_topics),
        "lead_topic": plan.lead_topic,
        "more_topics": list(plan.more_topics),
        "skills": [note.typed for note in plan.skills],
        "skill_phrase": skill_phrase(plan.skills),
        "bring": bring,
        "next_step": next_step,
        "next_step_kind": next_kind,
        "my_name": proper_case(candidate.name),
        "my_email": candidate.email,
        "my_phone": candidate.phone,
        "my_link": candidate.portfolio_url,
        "contact_in_body": candidate.contact_in_body,
        "sign_off": sign_off,
        "channel": channel,
        "length": length,
        "v": plan.variants,
    }


def validate_length(length: object) -> str:
    """Return ``length`` as :data:`LENGTHS` spells it, or raise FormError listing them."""
    value = str(length or "").strip().lower()
    if value not in LENGTHS:
        raise FormError("length", f"{length!r} is not a letter length; use one of "
                        f"{', '.join(LENGTHS)}.")
    return value


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
    length: str = "standard",
) -> list[Letter]:
    """Write one follow-up letter to each interviewer of ``interview``, in form order.

    ``channel`` is ``"email"`` (subject and body) or ``"handwritten"`` (a short card with no
    subject and no links). ``templates`` is the folder of a template pack (``None``:
    followkit's own). ``length`` is ``"standard"`` or ``"brief"`` (about 60 to 90 words).
    Raises FormError for a bad channel, sign-off or length, TemplateError for a template that
    cannot be rendered.
    """
    _require(interview, Interview, "interview")
    _require(candidate, Candidate, "candidate")
    channel = _validate_channel(channel, "channel", LETTER_CHANNELS)
    sign_off = validate_sign_off(sign_off)
    length = validate_length(length)
    folder = template_folder(templates)
    greeting = pack_settings(folder)["greeting"]
    plans = plan_letters(interview, candidate, brief=length == "brief")
    letters = []
    compiled: dict[str, Template] = {}
    for index, person in enumerate(interview.interviewers):
        context = template_context(interview, candidate, index, channel, sign_off,
                                   length=length, greeting=greeting, plan=plans[index])
        names = [f"{channel}.txt.j2", *(["subject.txt.j2"] if channel == "email" else [])]
        if not compiled:
            compiled = {name: load_template(folder, name, frozenset(context)) for name in names}
        body = layout_body(render(folder, names[0], context, template=compiled[names[0]]))
        subject = ""
        if channel == "email":
            subject = layout_line(render(folder, names[1], context, template=compiled[names[1]]))
        letters.append(Letter(interviewer=person, channel=channel, subject=subject, body=body))
    return letters
