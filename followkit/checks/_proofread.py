"""Proofreading, offline: doubled words, spelling, simple grammar and note-speak.

:func:`proofread` is the one entry point; the checker's rules FK701–FK704 and the form coach
(``check_form``) both use it, so a word is judged the same way in a note and in a letter.

- FK701 repeated-word: the same word twice in a row ("about about").
- FK702 spelling: a word the locale's Hunspell dictionary does not know and that is one
  letter away from a word it does ("recieve" -> "receive"); a word with no near neighbour is
  taken for a name or a term of the trade ("actigraphy") and left alone. Names, companies,
  places and acronyms are never flagged: the words of ``known_words`` (the interview's
  company, people, topics...), words written in capitals (CPA, ERP), and the letter's own
  proper nouns (a capitalised word that does not start a sentence). The dialect follows
  ``locale``: "licence" is right in en-GB and a misspelling of "license" in en-US.
- FK703 grammar: a lowercase "i", a count without its plural ("4 year", "6 person"), a
  bare verb after "look forward to" ("to hear" for "to hearing"), a sentence that starts in
  lowercase, and the commonest slips of writers of English as a second language
  (``phrases/second_language_slips.txt``: "discuss about", "informations", "can able to";
  "since 5 years"; "I am having 5 years of experience").
- FK704 note-speak: abbreviations from notes left in running text ("yrs", "mgmt", "w/",
  "exp.", "mgr", "approx", "dept", "wk", and "&" between ordinary words).

Spelling uses the Hunspell dictionaries a Linux system installs (Debian's ``hunspell-en-us``
and ``hunspell-en-gb`` put them in ``/usr/share/hunspell``), read by spylls, a Hunspell
port in pure Python, and expanded into the list of every word they accept; a suggestion
is the likeliest known word one letter away. Nothing is downloaded and no server runs.
Expanding a dictionary takes seconds, so the sorted list is kept in the user's cache folder
(:func:`cache_folder`). It is never read into memory: a word is looked up by a binary
search of the file mapped in place (:class:`_SortedWords`), so a check pays no load time
(``python -m followkit check`` starts at once) and a kernel holds no copy of the 430,000
words. The file is opened once per process, on first use or earlier in a thread through
:func:`warm_up`, and each word's verdict is cached.
"""

from __future__ import annotations

import mmap
import os
import re
import threading
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from followkit.checks._phrases import normalise, phrase_list
from followkit.errors import CheckOptionsError, FollowkitError
from followkit.model import DIALECT_NAMES, DIALECTS

__all__ = [
    "CODES",
    "LOCALES",
    "Issue",
    "NoDictionary",
    "cache_folder",
    "dictionary_folder",
    "letter_dialect",
    "proofread",
    "sign_off_slip",
    "validate_locale",
    "warm_up",
]

#: Locales with a dictionary (the model's dialects), and the Hunspell file stem each one reads.
LOCALES = {name: name.replace("-", "_") for name in DIALECTS}

#: Where Hunspell dictionaries are looked for, after ``$FOLLOWKIT_HUNSPELL_DIR``.
_FOLDERS = ("/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts",
            "/usr/local/share/hunspell", "/opt/homebrew/share/hunspell", "/Library/Spelling")

_WORD = re.compile(r"(?<![\w])[^\W\d_]+(?:['’][^\W\d_]+)*(?![\w])")
_SKIP = re.compile(  # spans that are not prose: addresses, links, handles, file names
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|dev|me|co|uk)\b[^\s,;)]*"
    r"|@\w+|#\w+|\b\w+\.(?:pdf|docx?|txt|xlsx?|pptx?)\b",
    re.IGNORECASE,
)
#: What every span of ``_SKIP`` holds ("@", "#", "://", a dot before a non-space): a letter
#: without any is not searched for addresses and links at all.
_SKIP_GATE = re.compile(r"[@#]|://|\.\S")
_INNER_CAPITAL = re.compile(r".[A-Z]")
_DRAWN_OUT = re.compile(r"(.)\1\1")


@dataclass(frozen=True)
class Issue:
    """One proofreading finding: a code, where it is, advice, and a suggested fix.

    ``start`` and ``end`` index the text given to :func:`proofread` (``text[start:end]`` is
    the flagged text); ``suggestion`` is what to write instead ("" when there is none).
    """

    code: str
    start: int
    end: int
    message: str
    suggestion: str = ""

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` in the proofread text."""
        return self.start, self.end


class NoDictionary(FollowkitError, LookupError):
    """No Hunspell dictionary for the locale is installed; spelling cannot be checked."""


def validate_locale(locale: str) -> str:
    """``locale`` as :data:`LOCALES` spells it ("en_gb" -> "en-GB"); else CheckOptionsError."""
    return _locale(locale)


def _locale(locale: str) -> str:
    key = (locale or "en-US").replace("_", "-")
    for name in LOCALES:
        if name.lower() == key.lower():
            return name
    raise CheckOptionsError(
        f"locale {locale!r} is not supported; use one of {', '.join(LOCALES)}.")


def dictionary_folder(locale: str = "en-US") -> Path:
    """The folder holding the locale's ``.dic`` and ``.aff``; raises :class:`NoDictionary`."""
    stem = LOCALES[_locale(locale)]
    folders = [os.environ.get("FOLLOWKIT_HUNSPELL_DIR", ""), *_FOLDERS]
    for folder in filter(None, folders):
        if (Path(folder) / f"{stem}.dic").is_file() and (Path(folder) / f"{stem}.aff").is_file():
            return Path(folder)
    raise NoDictionary(
        f"no Hunspell dictionary {stem}.dic/.aff was found in {', '.join(filter(None, folders))}; "
        f"install it (Debian: apt-get install hunspell-{stem.lower().replace('_', '-')}) or "
        "set FOLLOWKIT_HUNSPELL_DIR to the folder that holds it."
    )


_LOCK = threading.Lock()


def cache_folder() -> Path:
    """Where the expanded word lists are kept: $FOLLOWKIT_CACHE_DIR, else the user's cache."""
    if os.environ.get("FOLLOWKIT_CACHE_DIR"):
        return Path(os.environ["FOLLOWKIT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "followkit"


def _expand(dictionary) -> set[str]:
    """Every word the Hunspell dictionary accepts: each stem with its affixes applied.

    English dictionaries use suffixes, prefixes, their cross products and a second suffix;
    compounds are not generated (they only matter for ordinals such as "21st", which the
    proofreader never looks up because digits are not words).
    """
    aff = dictionary.aff
    words: set[str] = set()
    skip = {flag for flag in (aff.FORBIDDENWORD, aff.ONLYINCOMPOUND) if flag}
    for entry in dictionary.dic.words:
        flags, stem = entry.flags, entry.stem
        if flags & skip:
            continue
        if not (aff.NEEDAFFIX and aff.NEEDAFFIX in flags):
            words.add(stem)
        suffixed = []
        for flag in flags:
            for sfx in aff.SFX.get(flag, ()):
                if sfx.cond_regexp.search(stem):
                    form = stem[: len(stem) - len(sfx.strip)] + sfx.add
                    words.add(form)
                    suffixed.append((form, sfx))
                    for second in (s for f in sfx.flags for s in aff.SFX.get(f, ())):
                        if second.cond_regexp.search(form):
                            words.add(form[: len(form) - len(second.strip)] + second.add)
        for flag in flags:
            for pfx in aff.PFX.get(flag, ()):
                if pfx.cond_regexp.search(stem):
                    words.add(pfx.add + stem[len(pfx.strip):])
                    if pfx.crossproduct:
                        words.update(pfx.add + form[len(pfx.strip):]
                                     for form, sfx in suffixed if sfx.crossproduct)
    return words


def _cache_file(locale: str) -> Path:
    dic = dictionary_folder(locale) / f"{LOCALES[locale]}.dic"
    aff = dic.with_suffix(".aff")
    stamp = f"{dic.stat().st_size}-{int(dic.stat().st_mtime)}-{aff.stat().st_size}"
    return cache_folder() / f"words-{LOCALES[locale]}-{stamp}.txt"


class _SortedWords:
    """A sorted word list, one word a line in UTF-8, searched in place: ``word in words``.

    The file is mapped into memory, not read: opening it samples one line every 4 KB (a few
    hundred lines), and a look-up bisects those samples (UTF-8 keeps the code-point order
    the list was sorted in) and then finds the word as a whole line in that 4 KB window.
    The operating system shares the pages between processes.
    """

    _STEP = 4096

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as handle:
            self._data = data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        first_end = data.find(b"\n")
        starts, firsts = [0], [data[:first_end if first_end >= 0 else len(data)]]
        for at in range(self._STEP, len(data), self._STEP):
            start = data.find(b"\n", at) + 1
            if start <= starts[-1]:
                continue  # no newline after ``at``, or the same line as the last sample
            end = data.find(b"\n", start)
            starts.append(start)
            firsts.append(data[start:end if end >= 0 else len(data)])
        self._starts, self._firsts = starts, firsts

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = word.encode("utf-8")
        if not key or b"\n" in key:
            return key == b"" and self._data[:1] == b"\n"  # sorted: "" would come first
        i = bisect_right(self._firsts, key) - 1  # the last sample line <= key
        if i < 0:
            return False
        if self._firsts[i] == key:
            return True
        data, starts = self._data, self._starts
        if i + 1 < len(starts):  # a whole line inside [start, next sample)
            return data.find(b"\n" + key + b"\n", starts[i], starts[i + 1]) >= 0
        tail = b"\n" + key
        return (data.find(tail + b"\n", starts[i]) >= 0
                or data[len(data) - len(tail):] == tail)  # the last line has no newline


def _write_sorted(words: set[str], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(f".{os.getpid()}.tmp")
    temp.write_text("\n".join(sorted(words)), encoding="utf-8")
    os.replace(temp, path)


@cache
def _words(locale: str) -> _SortedWords | frozenset[str]:
    """The locale's accepted words: the cached list, else expanded once and cached.

    Expanding the dictionary with spylls takes seconds, so only the first check on a machine
    pays for it; after that the list is searched in place. A cache that cannot be written
    or mapped is skipped (the words stay in memory for this process).
    """
    path = _cache_file(locale)
    try:
        return _SortedWords(path)
    except (OSError, ValueError):  # missing, unreadable, or empty (mmap refuses size 0)
        pass
    from spylls.hunspell import Dictionary

    folder = dictionary_folder(locale)
    words = _expand(Dictionary.from_files(str(folder / LOCALES[locale])))
    try:
        _write_sorted(words, path)
        return _SortedWords(path)
    except (OSError, ValueError):
        return frozenset(words)


def _load(locale: str) -> _SortedWords | frozenset[str]:
    with _LOCK:  # one expansion even when warm_up's thread and a check race
        return _words(locale)


def _known(word: str, locale: str) -> bool:
    return word in _load(locale)


def warm_up(locale: str = "en-US") -> bool:
    """Load the locale's dictionary now (call it in a thread); False when none is installed."""
    try:
        _load(_locale(locale))
    except NoDictionary:
        return False
    return True


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_letter_away(word: str) -> Iterable[tuple[int, str]]:
    """Every string one edit from ``word``, ranked: swaps, then replacements, drops, adds."""
    for i in range(len(word) - 1):
        yield 0, word[:i] + word[i + 1] + word[i] + word[i + 2:]
    for i in range(len(word)):
        for letter in _LETTERS:
            if letter != word[i]:
                yield 1, word[:i] + letter + word[i + 1:]
    for i in range(len(word)):
        yield 2, word[:i] + word[i + 1:]
    for i in range(len(word) + 1):
        for letter in _LETTERS:
            yield 3, word[:i] + letter + word[i:]


@lru_cache(maxsize=4096)
def _suggest(word: str, locale: str) -> str:
    """The most likely word one letter away that the locale's dictionary knows, or "".

    Swapped letters come first ("recieve" -> "receive"), then one wrong letter, a letter too
    many, a letter missing; a candidate that keeps the first letter is preferred
    ("teh" -> "the", not "eth").
    """
    lower = word.lower()
    found = [(candidate[:1] != lower[:1], rank, candidate)
             for rank, candidate in _one_letter_away(lower) if _known(candidate, locale)]
    if not found:
        return ""
    best = min(found, key=lambda item: item[:2])[2]
    return best[0].upper() + best[1:] if word[0].isupper() else best


# ---- FK701 repeated word -------------------------------------------------------------------

_REPEAT = re.compile(r"\b([A-Za-z]+)([ \t]+|[ \t]*\n[ \t]*)(\1)\b", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_FINE_TWICE = frozenset({"had", "that"})  # "had had", "that that" can be right


def _doubled_in(phrases: Iterable[str]) -> frozenset[str]:
    """Words doubled inside known phrases ("Walla Walla"): the person's own names."""
    return frozenset(m.group(1).lower() for phrase in phrases for m in _REPEAT.finditer(phrase))


_GAP = re.compile(r"[ \t]*\n?[ \t]*\Z")  # the same line, or the next one, not a new paragraph


_LOWER_TOKEN = re.compile(r"[a-z]+|\n[ \t]*\n")


def _joins_a_term(text: str, first, second, terms: tuple[str, ...]) -> bool:
    """Whether a doubled word joins the letter's own words to a term from the form.

    "the the role" where the position is "the role" is the form's doing, which check_form
    points out in the form; the letter is not blamed for it.
    """
    after = text[second.start():second.start() + 80].lower()
    before = text[max(0, first.end() - 80):first.end()].lower()
    return any(after.startswith(t) or before.endswith(t) for t in terms)


def _repeated(text: str, allowed: frozenset[str] = frozenset(),
              terms: tuple[str, ...] = ()) -> Iterable[Issue]:
    tokens = _LOWER_TOKEN.findall(text.lower())
    if not any(a == b for a, b in pairwise(tokens)):
        return  # the common case: no word follows itself anywhere
    previous = None
    for match in _LATIN_WORD.finditer(text):
        if previous is not None:
            word = match.group(0)
            if (word.lower() == previous.group(0).lower()
                    and _GAP.match(text, previous.end(), match.start())
                    and word.lower() not in _FINE_TWICE and word.lower() not in allowed
                    and not _joins_a_term(text, previous, match, terms)
                    and not _doubled_name(text, previous, word)):
                doubled = text[previous.start():match.end()]
                yield Issue("FK701", previous.start(), match.end(),
                            f"“{doubled}”: the word “{word}” is written twice; delete one.",
                            word)
        previous = match


def _doubled_name(text: str, previous: re.Match[str], word: str) -> bool:
    """A place or name made of one word twice ("Walla Walla", "Bora Bora") mid-sentence."""
    if not (word[:1].isupper() and previous.group(0)[:1].isupper()):
        return False
    before = text[:previous.start()].rstrip()
    return bool(before) and before[-1] not in ".!?\n:"


# ---- FK703 grammar -------------------------------------------------------------------------

_NUMBERS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
            "|forty|fifty|hundred|several|many|few|multiple|both")
_LENGTHS = "year|month|week|day|hour|minute"  # a length of time: a count even after a name
_COUNTED = (f"{_LENGTHS}|person|employee|client|customer|project|time"
            "|member|store|site|location|language|course|report|team|account|student|patient"
            "|class|shift|vehicle|truck|warehouse|office|product|system|program|role|job"
            "|position|interview|reference|skill|certification|degree|colleague|staff member")
_AGREEMENT = re.compile(  # the look-ahead names every first letter: the search skips ahead
    rf"(?<![\w$£€.,#-])(?=[1-9tfsenhmbTFSENHMB])"
    rf"(?P<n>(?:[2-9]|[1-9]\d+)|(?:{_NUMBERS}))\s+(?P<noun>{_COUNTED})\b"
    r"(?![-‐]|\s+(?:old|long)\b|\s+[a-z]+[^s\W]s\b)",
    re.IGNORECASE,
)
_ADJECTIVAL = re.compile(r"\b(a|an|the|my|our|your|their|this|that)\s+$", re.IGNORECASE)
#: Words that make the number after them a grade, not a count: "a band 6 position".
_GRADES = frozenset("level grade tier band step stage phase class type category rank number no"
                    .split())
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)\.?[ \t]*\Z")
_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?:\n\"“(•*-])[ \t]*\Z")


def _names_a_grade(text: str, start: int, noun: str) -> bool:
    """Whether the number at ``start`` is a grade or part of a title, not a count of ``noun``.

    After a grade word ("Level 2 position", "a band 6 role") or after a capitalised word
    inside a sentence ("the Planner 2 position", "an Engineer 3 role"): a name, not a count,
    which follows a verb or a small word ("worked 4 year", "For 4 year"). A length of time
    after a name is still a count ("in Dubai 4 year").
    """
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    if word.lower() in _GRADES:
        return True
    return (word[0].isupper() and noun.lower() not in _LENGTHS.split("|")
            and not _OPENS_SENTENCE.search(text, max(0, before.start() - 20), before.start()))


_LOWER_I = re.compile(r"(?<![\w'’.-])i(?=(?:['’](?:m|ve|d|ll))?(?![\w.'’-]))")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[a-z])")
_ABBREVIATION = re.compile(
    r"\b(?:e\.g|i\.e|etc|vs|a\.m|p\.m|incl|no|cf|al|dr|mr|mrs|ms|st|jr|sr|[A-Za-z]"
    r"|yrs?|mos?|wks?|hrs|mgmt|mgrs?|dept|depts|approx|exp|govt|reqs?|acct"
    r"|inc|ltd|co|corp|llc|plc|pty|bros|assn|intl"  # "at Acme Inc. yesterday"
    r"|\d{1,2})\.[\"”’)]?$",  # a list's number: "1. testing the pump seals"
    re.IGNORECASE)


#: Verbs a follow-up puts after "look forward to", where the -ing form belongs ("to hearing").
_AFTER_FORWARD = ("hear|meet|see|speak|talk|work|join|receive|discuss|learn|contribute|continue"
                  "|get|be|have|connect|chat|collaborate|start|begin|help|become|visit|welcome"
                  "|reply|respond|grow|support|bring|share|apply|take|serve")
_LOOK_FORWARD = re.compile(  # the look-ahead names the first letter: the search skips ahead
    rf"(?<![\w-])(?=[lL])(?P<head>look(?:ing|s|ed)?\s+forward\s+to)\s+(?P<verb>{_AFTER_FORWARD})\b",
    re.IGNORECASE,
)
_DOUBLED_FINAL = frozenset({"get", "begin", "chat", "put", "set", "run", "plan", "stop"})


#: "since 5 years" for "for 5 years"; "since 5 years ago" is right.
_SINCE = re.compile(
    rf"(?<![\w-])(?=[sS])since\s+(?P<span>(?:[2-9]|[1-9]\d+|{_NUMBERS}|one|a few)\s+"
    r"(?:years|months|weeks|days))\b"
    r"(?!\s+(?:ago|back|before|earlier|later|is|are|was|were|of|has|have|had|seemed)\b)",
    re.IGNORECASE,
)
#: A state in the progressive: "I am having 5 years of experience" for "I have". "I am
#: having a great week" (an event, with an article) is right and not matched.
_HAVING = re.compile(
    r"(?<![\w-])(?=[aiAI])(?P<am>am|i['’]m)\s+having\s+(?!(?:a|an|the|some|fun|trouble)\b)"
    r"(?P<rest>(?:[\w+-]+\s+){0,3}?(?:experience|knowledge|expertise)\b"
    r"|(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?(?:\d+\+?|" + _NUMBERS
    + r")\s+(?:years?|yrs?)\b)",
    re.IGNORECASE,
)


def _pairs(name: str) -> dict[str, str]:
    """``phrases/NAME.txt`` read as "slip = what to write" lines, keyed by the slip."""
    pairs = (line.partition(" = ") for line in phrase_list(name))
    return {wrong: re.sub(r"\bi\b", "I", right) for wrong, _, right in pairs if right}


@lru_cache(maxsize=1)
def _slips() -> tuple[re.Pattern[str], dict[str, str]]:
    """The second-language slips of ``phrases/second_language_slips.txt``, as one search."""
    table = _pairs("second_language_slips")
    words = (r"\s+".join(re.escape(w).replace("'", "['’]") for w in wrong.split())
             for wrong in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(words)})(?![\w'’-])", re.IGNORECASE), table


_AMOUNT = re.compile(  # an amount after "about": "about an hour", "about 20 minutes"
    rf"\s+(?:\d|half\b|an?\s+(?:hour|minute|week|day|month|year)\b|(?:{_NUMBERS}|one)\b)",
    re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|the)\s+\Z", re.IGNORECASE)
#: What was discussed, named before "about": "what we discussed about the budget", "all I
#: mentioned about my move" are right; the slip is a verb with no object before "about".
_OBJECT_BEFORE = re.compile(
    r"\b(?:what|whatever|anything|everything|something|nothing|all|things?|much|points?|"
    r"ideas?|topics?|issues?)\s+(?:\w+\s+){0,3}\Z", re.IGNORECASE)


def _as_written(found: str, instead: str) -> str:
    """``instead`` with the capital ``found`` starts with: "Kindly revert" -> "Please reply"."""
    return instead[:1].upper() + instead[1:] if found[:1].isupper() else instead


def sign_off_slip(sign_off: str) -> str:
    """The closing meant when ``sign_off`` is a misformed one ("Your sincerely"), else ""."""
    meant = _pairs("sign_off_slips").get(normalise(sign_off.rstrip(",.!-— ")), "")
    return meant[:1].upper() + meant[1:]


def _second_language(text: str) -> Iterable[Issue]:
    pattern, table = _slips()
    for match in pattern.finditer(text):
        found = match.group(0)
        if found[-5:].lower() == "about" and (
                _AMOUNT.match(text, match.end())
                or _OBJECT_BEFORE.search(text, max(0, match.start() - 60), match.start())):
            continue  # "we discussed about an hour" ("about" means "roughly"); "what we
            # discussed about the budget" (what was discussed comes first)
        instead = table.get(normalise(found), "")
        if instead.endswith("ing") and _ARTICLE_BEFORE.search(text, 0, match.start()):
            instead = instead[:-3] + "ion about"  # "a discussing about": the noun was meant
        instead = _as_written(found, instead)
        yield Issue("FK703", match.start(), match.end(),
                    f"“{found}” is a common slip; write “{instead}”.", instead)
    for match in _SINCE.finditer(text):
        fixed = f"for {match.group('span')}"
        yield Issue("FK703", match.start(), match.end(),
                    f"“{match.group(0)}”: a length of time takes “for”; write “{fixed}” "
                    f"(or “since” with a date: “since 2019”).", fixed)
    for match in _HAVING.finditer(text):
        found = match.group(0)
        own = "I have" if match.group("am")[:1] in "iI" and len(match.group("am")) > 2 else "have"
        fixed = f"{own} {match.group('rest')}"
        yield Issue("FK703", match.start(), match.end(),
                    f"“{found}”: “have” for what you possess is not put in the -ing form; "
                    f"write “{fixed}”.", fixed)


def _ing(verb: str) -> str:
    """The -ing form of one of :data:`_AFTER_FORWARD`'s verbs: "hear" -> "hearing"."""
    lower = verb.lower()
    if lower in _DOUBLED_FINAL:
        return verb + verb[-1] + "ing"
    if lower.endswith("e") and not lower.endswith(("ee", "ye")) and lower != "be":
        return verb[:-1] + "ing"
    return verb + "ing"


def _plural(noun: str) -> str:
    irregular = {"person": "people", "staff member": "staff members", "class": "classes"}
    if noun.lower() in irregular:
        return irregular[noun.lower()]
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def _grammar(text: str) -> Iterable[Issue]:
    for match in _LOWER_I.finditer(text):
        yield Issue("FK703", match.start(), match.end(),
                    "Write the pronoun “I” as a capital letter.", "I")
    for match in _AGREEMENT.finditer(text):
        count, noun = match.group("n"), match.group("noun")
        if _names_a_grade(text, match.start(), noun):
            continue  # "the Planner 2 position": a grade in a title
        if _ADJECTIVAL.search(text[max(0, match.start() - 12):match.start()]):
            fixed = f"{count}-{noun}"  # "a 4 year program": a compound before a noun
            yield Issue("FK703", match.start(), match.end(),
                        f"“{match.group(0)}” describes what follows; join it with a hyphen: "
                        f"“{fixed}”.", fixed)
            continue
        fixed = f"{count} {_plural(noun)}"
        yield Issue("FK703", match.start(), match.end(),
                    f"“{match.group(0)}”: a count takes the plural; write “{fixed}”.", fixed)
    for match in _LOOK_FORWARD.finditer(text):
        fixed = f"{match.group('head')} {_ing(match.group('verb'))}"
        yield Issue("FK703", match.start(), match.end(),
                    f"“{match.group(0)}”: after “look forward to” comes the -ing form; write "
                    f"“{fixed}”.", fixed)
    yield from _second_language(text)
    for start in _sentence_starts(text):
        word = _WORD.match(text, start)
        if word is None or word.group(0) == "i" or not word.group(0)[0].islower():
            continue
        if _SKIP.match(text, start):
            continue
        first = word.group(0)
        yield Issue("FK703", word.start(), word.end(),
                    f"“{first}” starts a sentence; begin it with a capital letter.",
                    first[0].upper() + first[1:])


def _sentence_starts(text: str) -> Iterable[int]:
    first = re.search(r"\S", text)
    if first and first.group(0).islower():
        yield first.start()
    for match in _SENTENCE_END.finditer(text):
        before = text[max(0, match.start() - 8):match.start()]
        if _ABBREVIATION.search(before) or _inside_aside(text, match.start()):
            continue
        yield match.end()


def _inside_aside(text: str, end: int) -> bool:
    """Whether the stop before ``end`` closes an aside inside a sentence: "(so quick!) and".

    A bracket opened in mid-sentence holds its own "!" or "?"; the sentence goes on after it.
    """
    if text[end - 1:end] != ")":
        return False
    opened = text.rfind("(", max(0, end - 200), end)
    return opened > 0 and not re.search(r"[.!?][\"”’]?\s*$", text[:opened])


# ---- FK704 note-speak ----------------------------------------------------------------------

#: Abbreviations from notes, each with what to write instead in a letter: the list
#: ``phrases/note_speak.txt`` that compose and check_form also expand with.
NOTE_SPEAK = {short: full for short, _, full in
              (line.partition(" = ") for line in phrase_list("note_speak")) if full}
_NOTE = re.compile(  # the look-ahead names every first letter: the search skips ahead
    r"(?<![\w/])(?=[wbymhdagrtcpeWBYMHDAGRTCPE])"
    r"(?:(?P<slash>w/o|w/|b/c)(?=\s|\w)|(?P<word>yrs|yr|mos|wks|wk|hrs|mgmt|mgrs|mgr"
    r"|mngr|depts|dept|approx|govt|reqs|req|tmrw|custs|cust|acct|ppl|abt|certs|cert|db|mins)"
    r"\b\.?"
    r"|(?P<exp>exp)\.(?=\s+[a-z]|\s+(?:in|with|of)\b))",
    re.IGNORECASE,
)
_AMPERSAND = re.compile(r"(?<=\s)&(?=\s)")
#: "Req" before a number or an ID is a job's requisition number, not "requirement":
#: "Req #24-118", "Req. 4411", "req ID R-2291".
_REQUISITION = frozenset({"req", "reqs"})
_NUMBER_AFTER = re.compile(r"[ \t]*(?:(?:#|no\.?|number|id)[ \t]*)?[#:]?[ \t]*[a-z]{0,3}-?\d",
                           re.IGNORECASE)


def _note_speak(text: str) -> Iterable[Issue]:
    for match in _NOTE.finditer(text):
        found = match.group(0)
        if found.rstrip(".").isupper() and len(found.rstrip(".")) > 1:
            continue  # typed in capitals, an acronym: "our DB team"
        key = found.lower().rstrip(".") if not match.group("slash") else found.lower()
        if key in _REQUISITION and _NUMBER_AFTER.match(text, match.end()):
            continue  # "Req #24-118": the posting's own number
        instead = NOTE_SPEAK.get(key, "")
        yield Issue("FK704", match.start(), match.end(),
                    f"“{found}” is note-speak; write “{instead}” in full.", instead)
    for match in _AMPERSAND.finditer(text):
        before = text[:match.start()].rstrip().rsplit(None, 1)[-1:] or [""]
        after = text[match.end():].lstrip().split(None, 1)[:1] or [""]
        if before[0][:1].isupper() and after[0][:1].isupper():
            continue  # "Harlow & Pike", "Research & Development": a name
        yield Issue("FK704", match.start(), match.end(),
                    "“&” is note-speak in running text; write “and”.", "and")


# ---- FK702 spelling ------------------------------------------------------------------------


def _words_of(phrases: Iterable[str]) -> set[str]:
    return {w.lower() for phrase in phrases for w in _WORD.findall(str(phrase).replace("’", "'"))}


@lru_cache(maxsize=1)
def _trade_terms() -> frozenset[str]:
    """Words of a trade one letter from a dictionary word ("sharding"): not typos."""
    from followkit.checks._phrases import phrase_set

    return phrase_set("trade_terms")


@lru_cache(maxsize=1)
def _casual() -> frozenset[str]:
    """Text-speak ("lol", "thx") is FK301's to flag, not a misspelling."""
    from followkit.checks._phrases import phrase_set

    return frozenset(p for p in phrase_set("casual") if " " not in p)


def _masked(text: str) -> str:
    if not _SKIP_GATE.search(text):
        return text
    return _SKIP.sub(lambda m: " " * len(m.group(0)), text)


#: How a British spelling becomes the American one; read backwards for the other way.
_DIALECT = (("our", "or"), ("ours", "ors"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"),
            ("ising", "izing"), ("isation", "ization"), ("isations", "izations"), ("yse", "yze"),
            ("ysed", "yzed"), ("tre", "ter"), ("tres", "ters"), ("ence", "ense"),
            ("ogue", "og"), ("ogues", "ogs"), ("ement", "ment"), ("ements", "ments"),
            ("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("llor", "lor"))
_OTHER = {"en-US": "en-GB", "en-GB": "en-US"}


def _variants(word: str, locale: str) -> list[str]:
    """The other dialect's spellings of ``word`` as ``locale`` would write it."""
    pairs = _DIALECT if locale == "en-US" else [(us, gb) for gb, us in _DIALECT]
    return [word[: -len(src)] + dst for src, dst in pairs if word.endswith(src)]


@lru_cache(maxsize=200_000)
def _in_dictionary(word: str, locale: str) -> bool:
    return any(_known(form, locale) for form in (word, word.lower(), word.capitalize()))


#: The endings of a verb's base form that the dialects spell differently ("organise").
_VERB_BASES = ("ise", "ize", "yse", "yze")


def _same_verb(word: str, variant: str, locale: str) -> bool:
    """Whether ``word`` (the other dialect's) and ``variant`` (``locale``'s) are one verb.

    A base in -ise/-ize is respelt only when it is a verb, its "-d" form a word in either
    dialect ("organise", "organised"): the "mise" of "mise en place", a loan word, is not
    "mize". Any other ending passes.
    """
    return not word.endswith(_VERB_BASES) or (_in_dictionary(word + "d", _OTHER[locale])
                                              or _in_dictionary(variant + "d", locale))


def dialect_spelling(word: str, locale: str) -> str:
    """``locale``'s spelling of a word the other dialect spells differently, or ""."""
    if _in_dictionary(word, locale) or not _in_dictionary(word, _OTHER[locale]):
        return ""
    lower = word.lower()
    return next((v for v in _variants(lower, locale)
                 if _in_dictionary(v, locale) and _same_verb(lower, v, locale)), "")


def letter_dialect(text: str) -> str:
    """The dialect ``text`` spells in, for a letter whose locale nobody set.

    en-GB when it has more British spellings ("colour", "organise", "centre") than American
    ones ("color", "organize", "center"), else en-US: a Canadian, Indian or British letter is
    not told its own spelling is wrong, and a letter that mixes them is told about the fewer.
    Only words that end the way the two dialects differ are looked up.
    """
    words = {m.group(0).lower() for m in _WORD.finditer(text)}
    british = sum(bool(_variants(w, "en-US") and dialect_spelling(w, "en-US")) for w in words)
    if not british:
        return "en-US"  # the usual case, and en-GB's dictionary is not needed for it
    american = sum(bool(_variants(w, "en-GB") and dialect_spelling(w, "en-GB")) for w in words)
    return "en-GB" if british > american else "en-US"


def _is_word_ok(word: str, locale: str) -> bool:
    """Known to the locale's dictionary, or to the other one and not a dialect spelling.

    "kimberly" (a name in lowercase) is not a misspelling; "roadmap" and "onboarding" are
    in en-GB's newer word list but not en-US's, and are right in both; "licence" is
    en-GB's spelling of "license" and wrong in en-US.
    """
    stem = re.sub(r"'s$|'$", "", word)
    for form in {word, stem}:
        if _in_dictionary(form, locale):
            return True
        if _in_dictionary(form, _OTHER[locale]) and not dialect_spelling(form, locale):
            return True
        if form.endswith("s") and len(form) > 3 and _in_dictionary(form[:-1], locale):
            return True  # a plural the dictionary lacks: "olds" in "five-year-olds"
    return False


_FINE: dict[str, set[str]] = {name: set() for name in LOCALES}  # words known to be right


@lru_cache(maxsize=200_000)
def _misspelling(word: str, locale: str) -> str:
    """The suggested spelling when ``word`` is a probable misspelling in ``locale``, else ""."""
    if _is_word_ok(word, locale):
        return ""
    return dialect_spelling(word, locale) or _hyphenated(word, locale) or _suggest(word, locale)


#: Second halves of compounds that take a hyphen before a noun ("user-friendly", "full-time").
_HYPHEN_TAILS = frozenset("friendly oriented driven focused based related level minded time "
                          "term known motivated solving on made quality paced facing functional "
                          "winning class".split())


def _hyphenated(word: str, locale: str) -> str:
    """"userfriendly" -> "user-friendly": two known words run together that take a hyphen."""
    lower = word.lower()
    for i in range(2, len(lower) - 1):
        head, tail = lower[:i], lower[i:]
        if tail in _HYPHEN_TAILS and _is_word_ok(head, locale) and _is_word_ok(tail, locale):
            return f"{word[:i]}-{word[i:]}"
    return ""


def _spelling(text: str, known: set[str], locale: str) -> Iterable[Issue]:
    clean = _masked(text.replace("’", "'"))
    starts = set(_sentence_starts(clean)) | {0}
    starts |= {m.end() for m in re.finditer(r"\n\s*", clean)}  # a new line starts afresh
    tokens = list(_WORD.finditer(clean))
    proper = {m.group(0).lower() for m in tokens if m.group(0)[0].isupper()
              and m.start() not in starts}  # the letter's own names
    casual = _casual()
    fine = _FINE[locale]
    for match in tokens:
        word = match.group(0)
        if word in fine:
            continue  # seen before and right: most words of every letter
        if word.islower() and clean[match.start() - 1:match.start()] == "." and \
                clean[max(0, match.start() - 2):match.start()][:1].isalpha():
            continue  # the end of a name with a dot inside: "Node.js", "Vue.js"
        lower = word.lower()
        if (len(word) < 2 or lower in known or lower in proper or word.isupper()
                or lower in NOTE_SPEAK or lower in casual or lower in _trade_terms()
                or _INNER_CAPITAL.match(word) or _DRAWN_OUT.search(lower)):
            continue  # a name, an acronym (CPA), a brand (iPhone), note-speak (FK704) or
            # a drawn-out "sooo" (casual tone, FK301)
        suggestion = _misspelling(word, locale)
        if not suggestion:
            if len(fine) < 200_000 and word[0].islower():
                fine.add(word)  # a capitalised word may be a name here, a sentence start there
            continue  # right, or no known word one letter away: a name or a term of the trade
        yield Issue("FK702", match.start(), match.end(),
                    _spelling_advice(text[match.start():match.end()], suggestion, locale),
                    suggestion)


def _spelling_advice(word: str, suggestion: str, locale: str) -> str:
    """FK702's advice: a dialect's spelling is named as such, with how to keep it."""
    if suggestion != dialect_spelling(word, locale):
        return f"Check the spelling of “{word}” (did you mean “{suggestion}”?)."
    other = _OTHER[locale]
    return (f"“{word}” is the {DIALECT_NAMES[other]} spelling; {DIALECT_NAMES[locale]} "
            f"({locale}) writes “{suggestion}”. If you write {DIALECT_NAMES[other]}, set the "
            f"locale to {other}.")


# ---- the entry point -----------------------------------------------------------------------


CODES = ("FK701", "FK702", "FK703", "FK704")


def proofread(text: str, *, known_words: Iterable[str] = (), locale: str = "en-US",
              spelling: bool = True, codes: Iterable[str] = CODES) -> list[Issue]:
    """Proofread ``text``: issues FK701–FK704, sorted by where they start.

    ``known_words`` are names, companies, places and terms the reader knows to be right
    (they are split into words; case does not matter; a word doubled inside one of them, as
    in "Walla Walla", is not FK701). ``locale`` is ``"en-US"`` or
    ``"en-GB"``. ``codes`` limits the checks to some of FK701–FK704; ``spelling=False``
    skips FK702 (no dictionary is loaded). Raises
    :class:`NoDictionary` when spelling is asked for and the locale's dictionary is not
    installed; ValueError for an unknown locale.
    """
    locale = _locale(locale)
    known_words = [str(phrase) for phrase in known_words]
    codes = set(codes)
    terms = tuple(sorted({" ".join(t.lower().split()) for t in known_words if t.strip()}))
    issues = [*(_repeated(text, _doubled_in(known_words), terms) if "FK701" in codes else ()),
              *(_grammar(text) if "FK703" in codes else ()),
              *(_note_speak(text) if "FK704" in codes else ())]
    if spelling and "FK702" in codes:
        taken = {(i.start, i.end) for i in issues}
        issues += [i for i in _spelling(text, _words_of(known_words), locale)
                   if (i.start, i.end) not in taken]
    return sorted(issues, key=lambda i: (i.start, i.code))
