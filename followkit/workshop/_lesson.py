"""The workshop's lesson content: quiz questions, flawed letters, send-time and panel scenarios.

The content is data a career center can edit (``data/workshop/lesson.json`` and the letters in
``data/workshop/letters/``); :func:`load_lesson` reads and validates it into frozen records.
The guide's sections, in the order the workshop teaches them: what a follow-up is
("Defining a Follow-Up"), what goes in it ("Follow-up Content"), when to send it and best
practices ("Follow-up Best Practices").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from followkit.errors import FormError, TimingError, WorkshopError
from followkit.model import Interview, Interviewer, validate_channel
from followkit.timing import parse_aware, parse_zone

__all__ = [
    "LESSON_FORMAT",
    "SECTIONS",
    "Choice",
    "Lesson",
    "LetterExercise",
    "PanelExercise",
    "Question",
    "SendTimeExercise",
    "load_lesson",
]

#: The ``format`` and ``version`` a lesson file declares.
LESSON_FORMAT = ("followkit-lesson", 1)
#: The workshop's sections, in teaching order: (heading, the guide section a quiz names).
SECTIONS = (
    ("1. What a follow-up is", "Defining a Follow-Up"),
    ("2. What goes in it", "Follow-up Content"),
    ("3. When to send it", "When to send"),
    ("4. Best practices", "Follow-up Best Practices"),
)
#: The section each kind of exercise belongs to (quiz questions name their own).
_KIND_SECTION = {"letter": 1, "send_time": 2, "panel": 3}


@dataclass(frozen=True)
class Choice:
    """One answer to a quiz question, whether it is right, and why (quoting the guide)."""

    text: str
    correct: bool
    why: str


@dataclass(frozen=True)
class Question:
    """A multiple-choice question about one section of the guide, with one right answer."""

    id: str
    section: str
    question: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class LetterExercise:
    """A flawed letter to fix; ``flaws`` are the rule codes the checker finds in it as given.

    ``answer`` is a model answer the checker passes, for when a participant is stuck.
    """

    id: str
    title: str
    channel: str
    text: str
    interview: Interview
    interviewer: Interviewer
    flaws: tuple[str, ...]
    answer: str


@dataclass(frozen=True)
class SendTimeExercise:
    """An interview that just ended: pick when to send the follow-up on ``channel``."""

    id: str
    channel: str
    story: str
    ended_at: datetime
    title: str = ""


@dataclass(frozen=True)
class PanelExercise:
    """A panel interview: write one tailored message to each interviewer.

    ``starter`` is one letter with a ``{salutation}`` slot, pasted for every interviewer.
    """

    id: str
    story: str
    interview: Interview
    starter: str
    title: str = "One letter to each of a panel"

    def starter_for(self, interviewer: Interviewer) -> str:
        """The pasted starter letter addressed to ``interviewer``."""
        return self.starter.replace("{salutation}", interviewer.addressed_as)


@dataclass(frozen=True)
class Lesson:
    """Everything the workshop notebook teaches with."""

    quiz: tuple[Question, ...]
    letters: tuple[LetterExercise, ...]
    send_time: tuple[SendTimeExercise, ...]
    panel: PanelExercise

    def questions(self, section: str) -> tuple[Question, ...]:
        """The quiz questions about one section of the guide."""
        return tuple(q for q in self.quiz if q.section == section)

    def exercises(self) -> dict[str, tuple[str, str]]:
        """Every exercise as a participant file names it (``letter:pushy``), in teaching order.

        The value is (section heading, exercise title), the labels a facilitator's view shows.
        """
        found: list[tuple[int, str, str]] = []
        guide = {name: i for i, (_, name) in enumerate(SECTIONS)}
        for q in self.quiz:
            found.append((guide.get(q.section, 0), f"quiz:{q.id}", q.question))
        found += [(_KIND_SECTION["letter"], f"letter:{e.id}", e.title) for e in self.letters]
        found += [(_KIND_SECTION["send_time"], f"send_time:{e.id}", e.title or e.id)
                  for e in self.send_time]
        found.append((_KIND_SECTION["panel"], f"panel:{self.panel.id}", self.panel.title))
        found.sort(key=lambda item: item[0])
        return {key: (SECTIONS[i][0], title) for i, key, title in found}


def load_lesson(folder: str | Path) -> Lesson:
    """Read ``folder/lesson.json`` and the letters it names; raise WorkshopError if unusable.

    The error names the file and the field (``letters[2].interview.company``) and says what
    is expected.
    """
    folder = Path(folder)
    path = folder / "lesson.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WorkshopError("no lesson file here; expected data/workshop/lesson.json.",
                            path=path) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WorkshopError(f"is not valid JSON ({exc}).", path=path) from None
    if [data.get("format"), data.get("version")] != list(LESSON_FORMAT):
        raise WorkshopError(
            f"declares format {data.get('format')!r} version {data.get('version')!r}; "
            f"expected {LESSON_FORMAT[0]!r} version {LESSON_FORMAT[1]}.", path=path)
    try:
        return Lesson(
            quiz=tuple(_question(q, f"quiz[{i}]") for i, q in enumerate(data["quiz"])),
            letters=tuple(_letter(item, folder, f"letters[{i}]")
                          for i, item in enumerate(data["letters"])),
            send_time=tuple(_send_time(item, f"send_time[{i}]")
                            for i, item in enumerate(data["send_time"])),
            panel=_panel(data["panel"]),
        )
    except KeyError as exc:
        raise WorkshopError(f"a required field is missing: {exc.args[0]!r}.", path=path) from None
    except FormError as exc:
        raise WorkshopError(f"{exc.field}: {exc.message}", path=path) from None


def _question(item: dict, where: str) -> Question:
    choices = tuple(Choice(str(c["text"]), bool(c["correct"]), str(c["why"]))
                    for c in item["choices"])
    if sum(c.correct for c in choices) != 1:
        raise FormError(f"{where}.choices", "mark exactly one choice as correct.")
    return Question(str(item["id"]), str(item["section"]), str(item["question"]), choices)


def _when(item: dict, where: str) -> datetime:
    try:
        zone = parse_zone(item["zone"])
    except TimingError as exc:
        raise FormError(f"{where}.zone", exc.message) from None
    try:
        when = parse_aware(item["ended_at"], "ended_at")
    except TimingError as exc:
        raise FormError(f"{where}.ended_at", exc.message) from None
    return when.astimezone(zone)


def _interview(item: dict, where: str) -> Interview:
    people = tuple(Interviewer(name=p["name"], title=p.get("title", ""),
                               email=p.get("email", ""), salutation=p.get("salutation", ""),
                               topics=p.get("topics", ()), role=p.get("role", ""))
                   for p in item["interviewers"])
    return Interview(
        company=item["company"], position=item["position"], ended_at=_when(item, where),
        interviewers=people, topics=item.get("topics", ()), skills=item.get("skills", ()),
        agreed_channel=item.get("agreed_channel"),
        other_companies=item.get("other_companies", ()),
    )


def _letter(item: dict, folder: Path, where: str) -> LetterExercise:
    interview = _interview(item["interview"], f"{where}.interview")
    by_name = {p.name: p for p in interview.interviewers}
    if item["interviewer"] not in by_name:
        raise FormError(f"{where}.interviewer",
                        f"{item['interviewer']!r} is not one of the interview's interviewers.")
    text, answer = (_read(folder / item[key], f"{where}.{key}") for key in ("file", "answer"))
    return LetterExercise(
        id=str(item["id"]), title=str(item["title"]),
        channel=validate_channel(item["channel"], f"{where}.channel"),
        text=text, interview=interview, interviewer=by_name[item["interviewer"]],
        flaws=tuple(sorted(item["flaws"])), answer=answer,
    )


def _read(path: Path, where: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FormError(where, f"cannot read {path} ({exc}).") from None


def _send_time(item: dict, where: str) -> SendTimeExercise:
    channel = validate_channel(item["channel"], f"{where}.channel")
    return SendTimeExercise(
        id=str(item["id"]), channel=channel, story=str(item["story"]),
        ended_at=_when(item, where), title=str(item.get("title") or f"When to send: {channel}"),
    )


def _panel(item: dict) -> PanelExercise:
    interview = _interview(item["interview"], "panel.interview")
    if len(interview.interviewers) < 2:
        raise FormError("panel.interview.interviewers", "a panel needs two or more people.")
    return PanelExercise(id=str(item["id"]), story=str(item["story"]), interview=interview,
                         starter=str(item["starter"]),
                         title=str(item.get("title") or PanelExercise.title))
