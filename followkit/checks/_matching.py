"""Small text helpers the rules share: quoting, sentences, and finding a term in a letter."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache

__all__ = ["Caseless", "CaselessAny", "ascii_words", "content_words", "mentions", "quote",
           "sentences", "skip_to", "words"]

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’&.+#-]*")
#: :data:`_WORD` in any script ("Núñez", "Zoë"), for text that is not ASCII.
_ANY_WORD = re.compile(r"[^\W_](?:[^\W_]++|['’&.+#-]++)*+")
_ABBREVIATIONS = (
    "mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp",
    "e.g", "i.e", "etc", "vs", "a.m", "p.m", "u.s", "no", "approx", "dept",
)
#: A sentence's last mark and the space after it (with any closing quote or bracket) before
#: the next one. The mark opens the pattern, so a search skips from one mark to the next.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_STOP = frozenset(
    "a an the and or of for to in on at by with about your our my its this that new "
    "senior junior sr jr lead principal associate assistant".split()
)


class Caseless:
    """A pattern matched regardless of case, several times faster on ASCII text.

    Python's engine compares each character in both cases under IGNORECASE; on ASCII text
    the pattern's case-sensitive twin, run on the text lower-cased, finds the same matches at
    the same places (lower-casing ASCII keeps every character where it is), as long as the
    pattern holds no capital letter of its own (a test holds every one to that). Other text
    gets the IGNORECASE pattern.

    ``needs`` names, in lower case, what every match holds one of ("discuss", "talk", …): an
    ASCII text that holds none is not searched (a few substring tests cost less than a
    search that stops at every common letter). A test holds each pattern to its ``needs``.
    """

    def __init__(self, source: str, flags: int = 0, *, needs: Iterable[str] = ()) -> None:
        self.source, self.flags, self.needs = source, flags, tuple(needs)
        self.twin = re.compile(source, flags)

    @cached_property
    def plain(self) -> re.Pattern[str]:
        """The IGNORECASE pattern, compiled when a text that is not ASCII first needs it."""
        return re.compile(self.source, self.flags | re.IGNORECASE)

    def _pair(self, text: str) -> tuple[re.Pattern[str], str] | None:
        """The pattern to run and the text to run it on; None when no match can be there."""
        if not text.isascii():
            return self.plain, text
        lowered = text.lower()
        if self.needs and not any(need in lowered for need in self.needs):
            return None
        return self.twin, lowered

    def found(self, text: str) -> bool:
        """Whether the pattern occurs in ``text``."""
        pair = self._pair(text)
        return pair is not None and pair[0].search(pair[1]) is not None

    def at_line_start(self, text: str) -> bool:
        """Whether the pattern matches at the start of a line of ``text`` (as ``^`` would).

        At the text's start, or right after a line break: one search for the break and the
        pattern, which skips from one break to the next.
        """
        pair = self._pair(text)
        if pair is None:
            return False
        pattern, subject = pair
        after_break = self._after_break_plain if pattern is self.plain else self._after_break
        return pattern.match(subject) is not None or after_break.search(subject) is not None

    @cached_property
    def _after_break(self) -> re.Pattern[str]:
        return re.compile(f"\n(?:{self.source})", self.flags)

    @cached_property
    def _after_break_plain(self) -> re.Pattern[str]:
        return re.compile(f"\n(?:{self.source})", self.flags | re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches in ``text``, at ``text``'s places (their text may be lower-cased)."""
        pair = self._pair(text)
        return iter(()) if pair is None else pair[0].finditer(pair[1])

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the pattern occurs in ``text``, as ``finditer`` finds it."""
        return [m.span() for m in self.finditer(text)]

    def sub(self, repl: str, text: str) -> str:
        """``text`` with every match replaced by ``repl`` (a plain string)."""
        spans = self.spans(text)
        if not spans:
            return text
        pieces, last = [], 0
        for start, end in spans:
            pieces += [text[last:start], repl]
            last = end
        return "".join(pieces) + text[last:]



class CaselessAny:
    r"""Alternatives, any one of which is looked for regardless of case: ``found`` only.

    Each alternative opens with a word's first letter (after an optional ``\b``). Python's
    engine stops at every place whose character could open one of a long alternation's
    branches, and tries each branch there; grouped by their first letter, the alternatives
    make one pattern per letter, whose search skips ahead to that letter alone (about a
    third faster on a letter). Text that is not ASCII gets the whole alternation, IGNORECASE.
    """

    def __init__(self, alternatives: Iterable[str]) -> None:
        alternatives = tuple(alternatives)
        groups: dict[str, list[str]] = {}
        for alternative in alternatives:
            body = alternative.removeprefix(r"\b")
            assert body != alternative and body[:1].isalpha() and body[:1].islower(), alternative
            groups.setdefault(body[0], []).append(body[1:])
        self.parts = tuple(re.compile(f"{first}(?<!\\w{first})(?:{'|'.join(rests)})")
                           for first, rests in groups.items())
        self.plain = re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)

    def found(self, text: str) -> bool:
        """Whether one of the alternatives occurs in ``text``."""
        if not text.isascii():
            return self.plain.search(text) is not None
        lowered = text.lower()
        return any(part.search(lowered) is not None for part in self.parts)


#: Behind a first letter just read: no word character before it (``\b`` before the letter).
_WORD_START = r"(?<!\w.)"
#: The same behind a given first character (``{}``).
_NOT_AFTER_WORD = r"(?<!\w{})"


def skip_to(alternatives: Iterable[str], *, ignore_case: bool = False) -> str:
    r"""The pattern ``(?:A|B|…)``, written so the regex engine can skip ahead to it.

    Python's engine tries a pattern at every place of the text unless the pattern starts
    with a set of characters, or with alternatives that each start with a character of their
    own; this one does, so a search jumps from one of those characters to the next: several
    times faster on a letter. Each alternative starts with one plain or escaped character
    ("position", r"\["; not r"_{2,}": write "__+"), after an optional ``\b``, checked behind
    that character; alternatives are tried in the order given, as in ``(?:A|B)``. Compile the
    result without IGNORECASE: ``ignore_case`` applies it inside (then the first characters
    are a set in both cases, and each alternative checks its own behind it).
    """
    pieces = []
    for alternative in alternatives:
        boundary = alternative.startswith(r"\b")
        alternative = alternative.removeprefix(r"\b")
        size = 2 if alternative.startswith("\\") else 1
        pieces.append((alternative[:size], boundary, alternative[size:]))
    if not ignore_case:  # each alternative opens with its own character
        return "(?:" + "|".join(first + (_NOT_AFTER_WORD.format(first) if boundary else "") + rest
                                for first, boundary, rest in pieces) + ")"
    firsts: list[str] = []
    for first, _, _ in pieces:
        cases = {first, first.swapcase()} if len(first) == 1 else {first}
        firsts += [c for c in sorted(cases) if c not in firsts]
    inside = "|".join(f"(?<={first}){_WORD_START if boundary else ''}{rest}"
                      for first, boundary, rest in pieces)
    return f"[{''.join(firsts)}](?i:{inside})"


def quote(text: str, limit: int = 8) -> str:
    """The first ``limit`` words of ``text`` in quotes, with an ellipsis when cut."""
    parts = text.split()
    shown = " ".join(parts[:limit])
    return f"\u201c{shown}\u2026\u201d" if len(parts) > limit else f"\u201c{shown}\u201d"


def words(text: str) -> list[str]:
    """The words of ``text`` (letters, digits, inner apostrophes and hyphens)."""
    found = (_WORD if text.isascii() else _ANY_WORD).findall(text)
    return [w.rstrip(".-") for w in found]


def sentences(text: str) -> list[str]:
    """``text`` split into sentences, not breaking after common abbreviations."""
    text = text.strip()
    pieces, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        pieces.append(text[start:end.start() + 1])  # up to the mark, without what closes it
        start = end.end()
    pieces.append(text[start:])
    merged: list[str] = []
    for piece in pieces:
        last = merged[-1].rsplit(None, 1)[-1].lower().rstrip(".") if merged else ""
        if merged and (last in _ABBREVIATIONS or len(last) == 1):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return [s for s in merged if s.strip()]


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    for suffix in ("'s", "ies", "es", "s", "ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """The stems of ``text``'s words that carry meaning (no articles, no seniority words)."""
    return [_stem(w) for w in words(text) if w.lower() not in _STOP]


_WORDISH = re.compile(r"[\w&'+#]+")
_BLANK_LINE = re.compile(r"\n\s*\n")


@lru_cache(maxsize=64)
def _fold(text: str) -> str:
    """``text`` lower-cased, "and" written "&", only words and single spaces.

    Made of its folded paragraphs (each folded once, and :func:`mentions` needs them too):
    a blank line between paragraphs holds no word and no " and ", so this is the same as
    folding the whole text.
    """
    return " ".join(p for p in _paragraphs(text) if p)


@lru_cache(maxsize=256)
def _fold_one(text: str) -> str:
    """One paragraph folded (kept: the letter, its body and its greeting hold the same ones)."""
    text = text.lower().replace("’", "'").replace(" and ", " & ")
    if text.isascii():  # the same runs, without the pattern: several times faster
        return " ".join(text.translate(_NOT_WORDISH).split())
    return " ".join(_WORDISH.findall(text))  # = the runs between the other characters


def _blank_all_but(kept: str) -> dict[int, str]:
    """A str.translate table that turns every ASCII character not in ``kept`` into a space."""
    return {code: " " for code in range(128) if chr(code) not in kept}


_DIGITS_AND_LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"
#: ASCII text lower-cased: :data:`_WORDISH` runs are what is left between these spaces.
_NOT_WORDISH = _blank_all_but(_DIGITS_AND_LOWER + "_&'+#")
#: ASCII text lower-cased: :data:`_LOWER_WORD` runs are what is left between these spaces.
_NOT_LOWER_WORD = _blank_all_but(_DIGITS_AND_LOWER)


def mentions(text: str, term: str) -> bool:
    """Whether ``text`` refers to ``term``: the phrase itself, or all its meaningful words.

    "ERP rollout" is found in "the rollout of the new ERP" (all the words within one
    paragraph); "Harlow & Pike" in "Harlow and Pike"; "Fourth-grade teacher" in "the
    fourth-grade teaching position".
    """
    folded, target = _fold(text), _fold(term)
    if not target:
        return False
    if f" {target} " in f" {folded} ":
        return True
    patterns = _stem_patterns(term)
    if not patterns:
        return False
    return any(all(p.search(paragraph) for p in patterns) for paragraph in _paragraphs(text))


@lru_cache(maxsize=256)
def _stem_patterns(term: str) -> tuple[re.Pattern[str], ...]:
    """One pattern per meaningful word of ``term``, finding the word or a close form of it.

    Short stems must match whole ("erp", "erps"); longer ones by a prefix of five letters or
    more ("teacher" finds "teaching", "centralized" finds "centralize").
    """
    patterns = []
    for stem in dict.fromkeys(content_words(_fold(term))):
        if len(stem) <= 5:
            body = re.escape(stem)
            patterns.append(re.compile(rf"(?<!\w){body}(?:s|es|ed|ing|'s)?(?!\w)"))
        else:
            patterns.append(re.compile(rf"(?<!\w){re.escape(stem[: max(5, len(stem) - 3)])}"))
    return tuple(patterns)


@lru_cache(maxsize=64)
def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(_fold_one(p) for p in _blocks(text))


def _blocks(text: str) -> list[str]:
    """``text`` split at its blank lines (a text of one line, often a term, is one block)."""
    return _BLANK_LINE.split(text) if "\n" in text else [text]


# --- matching by meaning: stems, names, companies -------------------------------------------

_STEM_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_NUMBER = re.compile(r"^\d[\d,.]*$")
#: Words too common in follow-ups to show, alone, that a topic was recalled.
_WEAK = frozenset(
    "team work role position job company time day interview meet meeting new great good "
    "project process plan program system thing way part group office today week year "
    "month people opportunity department".split()
)


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of one word, lower-cased: "experiences" -> "experi"."""
    return _stemmer().stemWord(word.lower().replace("’", "'").removesuffix("'s"))


def stems(text: str) -> list[str]:
    """The stems of ``text``'s words, in order."""
    return [stem(w) for w in _STEM_WORD.findall(text)]


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    """Stem -> the first stem of its line in ``phrases/synonyms.txt``."""
    from followkit.checks._phrases import phrase_list

    table: dict[str, str] = {}
    for line in phrase_list("synonyms"):
        group = [stem(w) for w in line.split()]
        for member in group:
            table.setdefault(member, group[0])
    return table


def _concepts(text: str, initials: str) -> frozenset[str]:
    """The concepts of ``text``'s words that start with one of ``initials``.

    A stem starts with its word's first letter, so only those words can be one of the
    concepts looked for; the others are not stemmed.
    """
    table = _synonyms()
    return frozenset(table.get(stem(w), stem(w)) for w in _STEM_WORD.findall(text)
                     if w[:1].lower()[:1] in initials)


@lru_cache(maxsize=256)
def _initials(concepts: frozenset[str]) -> str:
    """The first letters of every stem that stands for one of ``concepts`` (synonyms too)."""
    table = _synonyms()
    members = set(concepts) | {member for member, head in table.items() if head in concepts}
    return "".join(sorted({m[:1] for m in members if m}))


@lru_cache(maxsize=256)
def topic_stems(topic: str) -> tuple[frozenset[str], frozenset[str]]:
    """A topic's meaningful stems and the strong ones among them.

    Articles, seniority words and bare numbers ("2027 roadmap" -> "roadmap") are left out
    when a word remains; strong stems are the ones not common in every follow-up.
    """
    tokens = [w for w in _STEM_WORD.findall(topic) if w.lower() not in _STOP]
    words_only = [w for w in tokens if not _NUMBER.match(w)] or tokens
    table = _synonyms()
    found = frozenset(table.get(stem(w), stem(w)) for w in words_only)
    return found, found - _weak_stems()


@lru_cache(maxsize=1)
def _weak_stems() -> frozenset[str]:
    """The stems of :data:`_WEAK`, stemmed once per process."""
    return frozenset(stem(w) for w in _WEAK)


def recalls(text: str, topic: str) -> bool:
    """Whether ``text`` recalls ``topic``: the phrase, or most of its meaningful words.

    Words are compared by stem and by the small synonym table, within one paragraph: at
    least half of the topic's meaningful stems, one of them not an everyday word. "your
    roadmap for next year" recalls "2027 roadmap"; "the tour you gave me" recalls "office
    tour"; "the position" alone recalls nothing.
    """
    if mentions(text, topic):
        return True
    wanted, strong = topic_stems(topic)
    if not wanted or not strong:
        return False
    initials = _initials(wanted)
    for paragraph in _blocks(text):
        have = _concepts(paragraph, initials)
        hit = wanted & have
        if hit & strong and len(hit) * 2 >= len(wanted):
            return True
    return False


@lru_cache(maxsize=512)
def _name_key(text: str) -> str:
    from followkit.checks._reader import fold_name

    folded = fold_name(text).replace("&", " and ")
    return " ".join(re.sub(r"[^\w' ]+", " ", folded).split())


def same_name(written: str, known: str, threshold: float = 90) -> bool:
    """Whether two spellings name the same person or thing, after folding.

    Accents, curly quotes and case are folded ("O’Neill" is "O'Neill", "José" is "Jose"),
    then compared with rapidfuzz's ratio so a hyphen or a space does not matter
    ("Mary-Ann" is "Maryann").
    """
    from rapidfuzz import fuzz

    a, b = _name_key(written), _name_key(known)
    if not a or not b:
        return False
    if a == b or a.replace(" ", "").replace("'", "") == b.replace(" ", "").replace("'", ""):
        return True
    return fuzz.ratio(a, b) >= threshold


_LOWER_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=64)
def word_set(text: str) -> frozenset[str]:
    """The lower-case words of ``text`` as a set, for cheap tests before a costly pattern."""
    lowered = text.lower()
    if lowered.isascii():  # the same words, without the pattern: several times faster
        return frozenset(ascii_words(lowered))
    return frozenset(_LOWER_WORD.findall(lowered))


def ascii_words(lowered: str) -> list[str]:
    """The runs of letters and digits of ASCII text lower-cased (``[a-z0-9]+``), quickly."""
    return lowered.translate(_NOT_LOWER_WORD).split()


def any_word(text: str, wanted: frozenset[str]) -> bool:
    """Whether ``text`` holds any of the ``wanted`` words (lower case)."""
    return not word_set(text).isdisjoint(wanted)


def near_anchors(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str,
                 before: int = 100) -> list[re.Match[str]]:
    """The matches of ``pattern`` that reach a match of ``anchor``, searched near it only.

    A costly pattern ("the … position", "… Inc.") is tried on a window of ``before``
    characters up to each place the cheap ``anchor`` ("position", "Inc.") is found, instead of
    at every position of the text.
    """
    return near_hits(pattern, anchor.finditer(text), text, before)


def near_hits(pattern: re.Pattern[str], hits: Iterable[re.Match[str]], text: str,
              before: int = 100) -> list[re.Match[str]]:
    """:func:`near_anchors` with the anchor's matches found already (shared by patterns)."""
    found: list[re.Match[str]] = []
    last = -1
    for hit in hits:
        for match in pattern.finditer(text, max(0, hit.start() - before, last), hit.end() + 1):
            if match.end() >= hit.start() and match.start() > last:
                found.append(match)
                last = match.end()
                break
    return found
