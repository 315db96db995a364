"""One draft per interviewer, so a person's own edits are never overwritten without asking.

Each draft is kept apart from what ``compose`` writes.

Pure: the widgets call :meth:`Drafts.update` when the form changes and :meth:`Drafts.edit`
when a person types; they read :attr:`Draft.text` and :attr:`Draft.pending` to show.
"""

from __future__ import annotations

from dataclasses import dataclass

from followkit.model import Interviewer, Letter

__all__ = ["Draft", "Drafts"]


@dataclass
class Draft:
    """One interviewer's letter on screen.

    ``composed`` is what compose last wrote from the form; ``text`` is what the text area
    holds; ``pending`` is a newer composed letter waiting for the person to accept it,
    because they had edited ``text``.
    """

    key: int
    interviewer: Interviewer
    composed: Letter
    text: str
    pending: Letter | None = None

    @property
    def edited(self) -> bool:
        """True when the person changed the text from what compose wrote."""
        return self.text != self.composed.text

    @property
    def letter(self) -> Letter:
        """The letter as it now stands in the text area."""
        channel = (self.pending or self.composed).channel
        return Letter.from_text(self.text, self.interviewer, channel)


class Drafts:
    """The drafts of one interview, keyed by the form row each interviewer comes from."""

    def __init__(self) -> None:
        self._drafts: dict[int, Draft] = {}

    def __iter__(self):
        return iter(self._drafts.values())

    def __len__(self) -> int:
        return len(self._drafts)

    def __getitem__(self, key: int) -> Draft:
        return self._drafts[key]

    def update(self, keys: list[int], letters: list[Letter]) -> None:
        """Take newly composed letters: replace unedited texts, hold edited ones as pending."""
        kept: dict[int, Draft] = {}
        for key, letter in zip(keys, letters, strict=True):
            draft = self._drafts.get(key)
            if draft is None or not draft.edited:
                kept[key] = Draft(key, letter.interviewer, letter, letter.text)
                continue
            draft.interviewer = letter.interviewer
            changed = letter.text != draft.composed.text
            channel_changed = letter.channel != draft.composed.channel
            draft.pending = letter if changed or channel_changed else draft.pending
            kept[key] = draft
        self._drafts = kept

    def edit(self, key: int, text: str) -> None:
        """The person typed: keep their text as the letter."""
        self._drafts[key].text = text

    def accept(self, key: int) -> None:
        """Replace the person's edited text by the pending composed letter."""
        draft = self._drafts[key]
        if draft.pending is not None:
            draft.composed, draft.text, draft.pending = draft.pending, draft.pending.text, None

    def dismiss(self, key: int) -> None:
        """Keep the person's text and forget the pending letter."""
        draft = self._drafts[key]
        if draft.pending is not None:
            draft.composed, draft.pending = draft.pending, None
            # their text stays; it is still "edited" relative to the new composed letter

    def letters(self) -> list[Letter]:
        """Every letter as it now stands, in form order."""
        return [draft.letter for draft in self._drafts.values()]
