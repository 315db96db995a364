"""Grading the workshop's exercises, with followkit's own checker and send windows.

Every ``grade_*`` function is pure: it takes an exercise from the lesson and what
the participant answered, and returns a frozen result whose ``message`` is advice in plain
words quoting the guide. :class:`Progress` keeps what a participant did, for the export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from followkit.checks import check, check_batch
from followkit.errors import LetterError, WorkshopError
from followkit.model import Finding, Letter
from followkit.timing import DEFAULT_POLICY, Policy, elapsed, format_duration, send_window, status
from followkit.workshop._lesson import LetterExercise, PanelExercise, Question, SendTimeExercise

__all__ = [
    "AT_ONCE",
    "BLOCKING",
    "EXERCISE_KINDS",
    "ChoiceResult",
    "LetterResult",
    "PanelResult",
    "Progress",
    "SendTimeResult",
    "grade_choice",
    "grade_letter",
    "grade_panel",
    "grade_send_time",
    "panel_context",
    "send_time_choices",
]

#: The kinds of exercise a participant file records.
EXERCISE_KINDS = ("quiz", "letter", "send_time", "panel")
#: Severities that keep a letter from being "done"; ``info`` findings are advice only.
BLOCKING = ("error", "warning")
#: "As soon as possible" for a handwritten note, as the workshop grades it: written and mailed
#: within this long of the interview (the same afternoon). Later, but inside 24 hours, is on
#: time and not yet done.
AT_ONCE = timedelta(hours=4)


@dataclass(frozen=True)
class ChoiceResult:
    """A quiz answer: right or not, and the guide's explanation of the chosen answer."""

    correct: bool
    message: str


def grade_choice(question: Question, choice: int) -> ChoiceResult:
    """Grade choice number ``choice`` (0-based) of ``question``."""
    if not 0 <= choice < len(question.choices):
        raise WorkshopError(f"choice must be 0 to {len(question.choices) - 1} (got {choice}).")
    picked = question.choices[choice]
    return ChoiceResult(correct=picked.correct, message=picked.why)


@dataclass(frozen=True)
class SendTimeResult:
    """When the participant chose to send: the status, hours after the interview, and why.

    ``status`` is followkit's (early, on_time, late); ``done`` is the workshop's grade: on time,
    and for a handwritten note also "as soon as possible" (within :data:`AT_ONCE`).
    """

    status: str
    hours: float
    message: str
    reason: str
    done: bool = False


def send_time_choices(exercise: SendTimeExercise) -> list[tuple[str, datetime]]:
    """Send times to pick from, as (label, time) pairs: minutes after the interview to 2 days."""
    offsets = [timedelta(minutes=m) for m in (10, 45, 60, 90, 120, 240, 420)]
    offsets += [timedelta(hours=h) for h in (18, 23, 24, 26, 48)]
    end = exercise.ended_at
    choices = []
    for offset in offsets:
        when = (end.astimezone(UTC) + offset).astimezone(end.tzinfo)
        choices.append((f"{when:%a %d %b, %H:%M} ({format_duration(offset)} after)", when))
    return choices


def grade_send_time(
    exercise: SendTimeExercise, sent_at: datetime, policy: Policy = DEFAULT_POLICY
) -> SendTimeResult:
    """Grade sending at ``sent_at``: ``fk.status`` and the guide's sentence behind it."""
    window = send_window(exercise.ended_at, exercise.channel, policy)
    verdict = status(exercise.ended_at, sent_at, exercise.channel, now=sent_at, policy=policy)
    taken = elapsed(exercise.ended_at, sent_at)
    after = f"{format_duration(taken)} after the interview"
    done = verdict == "on_time"
    if verdict == "early":
        reason = window.earliest_reason
        message = (f"Too early: {after}. Wait until {window.earliest:%H:%M}; "
                   f"aim for {window.recommended:%H:%M}.")
    elif verdict == "late":
        reason = window.latest_reason
        message = f"Late: {after}. The last on-time moment was {window.latest:%a %H:%M}."
    elif exercise.channel == "handwritten":
        reason = window.recommended_reason
        if taken <= AT_ONCE:
            message = f"At once: {after}, as soon as possible, as the guide asks."
        else:
            done = False
            soon = (exercise.ended_at.astimezone(UTC) + AT_ONCE).astimezone(
                exercise.ended_at.tzinfo)
            message = (f"Within 24 hours, but not at once: {after}. A handwritten note takes "
                       f"days in the post; write and mail it the same afternoon, by "
                       f"{soon:%H:%M}.")
    elif sent_at < window.recommended:
        reason = window.recommended_reason
        message = (f"On time, if a little quick: {after}. "
                   f"{window.recommended:%H:%M} is the comfortable time.")
    else:
        reason = window.latest_reason
        message = f"On time: {after}, inside the window that closes {window.latest:%a %H:%M}."
    return SendTimeResult(verdict, taken.total_seconds() / 3600, message, reason, done)


@dataclass(frozen=True)
class LetterResult:
    """What the checker says about the edited letter; ``done`` once no error or warning is left.

    ``problem`` explains why the text could not be checked at all (empty, too long).
    """

    findings: tuple[Finding, ...]
    done: bool
    problem: str = ""

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the findings, sorted, each once."""
        return tuple(sorted({f.code for f in self.findings}))


def grade_letter(exercise: LetterExercise, text: str) -> LetterResult:
    """Check the participant's version of the flawed letter against its interview."""
    try:
        findings = check(text, exercise.interview, interviewer=exercise.interviewer,
                                   channel=exercise.channel)
    except LetterError as exc:
        return LetterResult((), False, str(exc))
    done = not any(f.severity in BLOCKING for f in findings)
    return LetterResult(tuple(findings), done)


@dataclass(frozen=True)
class PanelResult:
    """Findings for each panel letter; ``copies`` are the letters FK205 flags as copies.

    ``unedited`` are the letters still as pasted. ``done`` only when every letter is edited,
    none is a copy, and no letter has an error or warning left.
    """

    findings: tuple[tuple[Finding, ...], ...]
    copies: tuple[int, ...]
    done: bool
    unedited: tuple[int, ...] = ()

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes found in any of the letters, sorted, each once."""
        return tuple(sorted({f.code for letter in self.findings for f in letter}))

    @property
    def blocked(self) -> tuple[int, ...]:
        """The letters with an error or warning left (copies included)."""
        return tuple(i for i, found in enumerate(self.findings)
                     if any(f.severity in BLOCKING for f in found))


def panel_context(exercise: PanelExercise):
    """The panel's interview as the panel check sees it: only each person's own topics count.

    What was discussed with everyone (the interview's shared topics) is left out, so a letter
    passes FK104 only by naming what that interviewer talked about; a made-up topic is flagged.
    """
    from dataclasses import replace

    return replace(exercise.interview, topics=())


def grade_panel(exercise: PanelExercise, texts: list[str]) -> PanelResult:
    """Check one letter per panel interviewer together, so FK205 catches copies."""
    people = exercise.interview.interviewers
    if len(texts) != len(people):
        raise WorkshopError(f"expected {len(people)} letters, one per interviewer "
                            f"(got {len(texts)}).")
    letters = [Letter.from_text(t, p) for t, p in zip(texts, people, strict=True)]
    batch = check_batch(letters, panel_context(exercise))
    findings = tuple(tuple(found) for found in batch)
    copies = tuple(i for i, found in enumerate(findings) if any(f.code == "FK205" for f in found))
    unedited = tuple(i for i, (t, p) in enumerate(zip(texts, people, strict=True))
                     if t.strip() == exercise.starter_for(p).strip())
    blocking = any(f.severity in BLOCKING for found in findings for f in found)
    return PanelResult(findings, copies, not (copies or unedited or blocking), unedited)


class Progress:
    """What one participant did in the workshop, exercise by exercise, for the export.

    Each exercise keeps: ``attempts`` (how many answers or checks were recorded; a letter is
    recorded each time its findings change), ``first_try`` (the first recorded answer was
    already right), ``found_first`` and ``remaining`` (the codes at the start and at the latest
    check), and for a send time the ``status`` and ``hours`` chosen last. No text the
    participant wrote is kept.
    """

    def __init__(self, results: list[dict] | None = None, on_change=None) -> None:
        self._entries: dict[str, dict] = {e["id"]: dict(e) for e in results or ()}
        #: Called with no argument after every record (the workshop autosaves there).
        self.on_change = on_change

    def record(self, exercise_id: str, kind: str, *, done: bool, codes=(),
               status: str | None = None, hours: float | None = None,
               first_codes=None, answer: int | None = None) -> None:
        """Record one check of exercise ``exercise_id`` (of ``kind``, see EXERCISE_KINDS).

        ``first_codes`` are the codes the exercise started with, when the first check recorded
        is not of the exercise as given (a letter is recorded from the participant's first
        edit on); by default the first check's ``codes``. ``answer`` is the quiz choice picked
        (its number); the first one is kept, so the facilitator sees how the room answered
        before the explanations.
        """
        if kind not in EXERCISE_KINDS:
            raise WorkshopError(f"kind must be one of {', '.join(EXERCISE_KINDS)} (got {kind!r}).")
        codes = sorted(set(codes))
        entry = self._entries.get(exercise_id)
        if entry is None:
            entry = self._entries[exercise_id] = {
                "id": exercise_id, "kind": kind, "attempts": 0, "first_try": bool(done),
                "found_first": codes if first_codes is None else sorted(set(first_codes)),
            }
        entry.update(attempts=entry["attempts"] + 1, done=bool(done), remaining=codes,
                     status=status, hours=None if hours is None else round(float(hours), 3))
        if answer is not None:
            entry.setdefault("answer", int(answer))
        if self.on_change is not None:
            self.on_change()

    def restore(self, results: list[dict]) -> None:
        """Replace every record with ``results`` (as :meth:`results` gave them), e.g. on reload."""
        self._entries = {e["id"]: dict(e) for e in results}

    def get(self, exercise_id: str) -> dict | None:
        """The record of ``exercise_id``, or None when it was not tried yet."""
        entry = self._entries.get(exercise_id)
        return None if entry is None else dict(entry)

    def results(self) -> list[dict]:
        """Every exercise's record, in the order first seen (plain JSON-ready dicts)."""
        return [dict(entry) for entry in self._entries.values()]

    def __len__(self) -> int:
        return len(self._entries)
