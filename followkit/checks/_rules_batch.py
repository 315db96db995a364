"""Rules FK205, FK501, FK502: the letters of one interview, looked at together.

Guide, "Follow-up Best Practices": "Write a single message to each person who interviewed
you. … Each message should be tailor-made"; "Do not write any more correspondences than
necessary."
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from followkit.checks._matching import words
from followkit.checks._reader import ParsedLetter, read_letter
from followkit.checks._rule import Context, Hit

__all__ = ["COPY_PASTE_THRESHOLD", "copy_paste", "everyone_thanked", "letter_similarity",
           "one_per_person"]

#: Two letters this alike (or more) read as one letter sent twice.
COPY_PASTE_THRESHOLD = 0.90


def _person_key(person) -> str:
    return " ".join(person.name.lower().split()) if person is not None else ""


def _masked_words(letter: ParsedLetter, names: set[str]) -> list[str]:
    tokens = [w.lower() for w in words(letter.body_text)]
    return ["<name>" if w.rstrip(".") in names else w for w in tokens]


def _names_of(parsed: ParsedLetter, person) -> set[str]:
    names: set[str] = set()
    if person is not None:
        names |= {w.lower() for w in words(f"{person.name} {person.salutation}")}
    if parsed.greeting is not None:
        names |= {w.lower().rstrip(".") for w in words(parsed.greeting.addressee)}
    return names


def letter_similarity(a, b) -> float:
    """How alike two letters are, 0–1 (FK205).

    The word-level :class:`difflib.SequenceMatcher` ratio of the lower-cased body paragraphs
    only (greeting, sign-off and signature left out), with each letter's recipient's names
    masked. ``a`` and ``b`` are :class:`~followkit.model.Letter` objects or raw text.
    """
    wa, wb = _compared_words(a), _compared_words(b)
    if not wa and not wb:
        return 1.0
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def _compared_words(letter) -> list[str]:
    """The words :func:`letter_similarity` compares: the body's, the recipient's names masked."""
    parsed = _parsed(letter)
    return _masked_words(parsed, _names_of(parsed, getattr(letter, "interviewer", None)))


def _parsed(letter) -> ParsedLetter:
    return read_letter(letter if isinstance(letter, str) else letter.text)


def _alike(wa: list[str], wb: list[str], matcher: difflib.SequenceMatcher) -> float | None:
    """:func:`letter_similarity` of ``wa`` and ``wb``; None under the threshold.

    ``matcher`` holds ``wb`` as its second sequence.

    The matcher keeps what it learned of the second letter, and its cheap upper bounds rule
    a pair out before the full comparison when they can.
    """
    if not wa and not wb:
        return 1.0
    matcher.set_seq1(wa)
    if matcher.real_quick_ratio() < COPY_PASTE_THRESHOLD:
        return None
    if matcher.quick_ratio() < COPY_PASTE_THRESHOLD:
        return None
    ratio = matcher.ratio()
    return ratio if ratio >= COPY_PASTE_THRESHOLD else None


def copy_paste(letters: Sequence, contexts: Sequence[Context]) -> list[list[Hit]]:
    """FK205: letters to different interviewers of one interview must differ.

    Each letter's words are read once, not once per pair (five interviewers make ten pairs).
    """
    hits: list[list[Hit]] = [[] for _ in letters]
    compared = [_compared_words(letter) for letter in letters]
    for j in range(1, len(letters)):
        matcher = difflib.SequenceMatcher(None, [], compared[j], autojunk=False)
        for i in range(j):
            pi, pj = contexts[i].interviewer, contexts[j].interviewer
            if pi is None or pj is None or _person_key(pi) == _person_key(pj):
                continue
            ratio = _alike(compared[i], compared[j], matcher)
            if ratio is not None:
                for mine, other in ((i, pj), (j, pi)):
                    hits[mine].append(Hit(
                        f"Tailor this letter: it is {ratio:.0%} the same as the one to "
                        f"{other.name}. Mention what you discussed with this person."))
    return hits


def one_per_person(letters: Sequence, contexts: Sequence[Context]) -> list[list[Hit]]:
    """FK501: one follow-up per person per interview."""
    hits: list[list[Hit]] = [[] for _ in letters]
    seen: dict[str, int] = {}
    for i, ctx in enumerate(contexts):
        person = ctx.interviewer
        key = _person_key(person)
        if person is None or not key:
            continue
        if key in seen:
            hits[i].append(Hit(f"Send {person.name} one follow-up only; letter "
                               f"{seen[key] + 1} already goes to them. Merge the two."))
        else:
            seen[key] = i
    return hits


def everyone_thanked(letters: Sequence, contexts: Sequence[Context]) -> list[list[Hit]]:
    """FK502: every interviewer of the interview gets a follow-up."""
    hits: list[list[Hit]] = [[] for _ in letters]
    interview = next((c.interview for c in contexts if c.interview is not None), None)
    if interview is None or not interview.interviewers or not letters:
        return hits
    written = {_person_key(c.interviewer) for c in contexts}
    for person in interview.interviewers:
        if _person_key(person) not in written:
            hits[0].append(Hit(f"Write to {person.name} too: each person who interviewed you "
                               "should get their own follow-up, and none of these letters "
                               "goes to them."))
    return hits
