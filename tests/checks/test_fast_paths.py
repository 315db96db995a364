"""The checker's shortcuts find exactly what the plain way finds.

Speed work must never change a finding. Each shortcut here is compared with the plain
computation it replaces, on every letter of the corpus (and each of its lines) and on
random strings built from the words and characters the patterns look for:

- a look-ahead naming the first characters a pattern can start with (the search skips to
  them) against the same pattern without it;
- ``fold`` (only the characters present are replaced) against ``str.translate``;
- ``fold_name`` (ASCII skips the accent pass) against the full Unicode pass;
- the cheap gates (no address or link without "@", "#", "://" or a dot before a non-space;
  no stretched word without a letter three times in a row) against the patterns they gate.
"""

import random
import re
import unicodedata
from pathlib import Path

import pytest

from followkit.checks import _proofread, _reader, _rules_content, _rules_tailoring, _rules_tone

ROOT = Path(__file__).resolve().parents[2]
LETTERS = sorted([*ROOT.glob("tests/corpus/**/*.txt"), *ROOT.glob("data/examples/**/*.txt")])
TEXTS = [path.read_text(encoding="utf-8") for path in LETTERS]
LINES = [line for text in TEXTS for line in text.splitlines()]

#: (pattern, the look-ahead it opens with)
AHEAD = [
    (_reader._LINK, "(?=[hwlg.])"),
    (_reader._QUOTE_GATE, "(?=[\\s>:_*fvdo-])"),
    (_rules_content._SKILLS, "(?=[moiesbadft])"),
    (_rules_tailoring._POSITION_MENTIONS[0], "(?=[tya])"),
    (_rules_tone._EMOJI, "(?=[\U0001f300-\U0001faff\U00002600-\U000027bf\U0001f000-\U0001f2ff"
                         "\u2b50\u2764\ufe0f:;<^x])"),
    (_proofread._AGREEMENT, "(?=[1-9tfsenhmbTFSENHMB])"),
    (_proofread._NOTE, "(?=[wbymhdagrtcpeWBYMHDAGRTCPE])"),
]
#: Characters that fold to others under IGNORECASE (long s, Kelvin sign, dotless i …).
ODD = "ſKıİµ’“”–—…\u00a0\u0301é😀☀⭐❤\ufe0f"


def _fuzz(pattern: re.Pattern[str], count: int = 3000) -> list[str]:
    """Random strings of the pattern's own words, in any case, with odd characters."""
    rnd = random.Random(pattern.pattern)
    words = re.findall(r"[A-Za-z]+", pattern.pattern) or ["a"]
    pieces = [*words, *(w.upper() for w in words), *(w.capitalize() for w in words),
              *"0123456789", *ODD, *":;<>^_*-()/.,'@#\n\t "]
    glue = [" ", "  ", "\n", ", ", ". ", ":", "", "-", "'"]
    return ["".join(rnd.choice(pieces) + rnd.choice(glue) for _ in range(rnd.randint(1, 12)))
            for _ in range(count)]


def _found(pattern: re.Pattern[str], text: str):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)], bool(pattern.match(text))


@pytest.mark.parametrize("pattern, ahead", AHEAD, ids=lambda x: str(x)[:30])
def test_a_look_ahead_changes_no_match(pattern, ahead):
    assert ahead in pattern.pattern
    plain = re.compile(pattern.pattern.replace(ahead, "", 1), pattern.flags)
    texts = TEXTS + LINES + [_reader.fold(t) for t in TEXTS] + _fuzz(pattern)
    assert [t for t in texts if _found(pattern, t) != _found(plain, t)] == []


def _odd_strings(count: int = 5000) -> list[str]:
    rnd = random.Random(14)
    alphabet = "abcXYZ é’‘“”–—…\u00a0\u2009\u202f\u0301ñÅßﬁ`'\"-\t\n" + "".join(
        chr(code) for code in _reader._FOLD)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
            for _ in range(count)]


def test_fold_is_translate_with_the_fold_table():
    for text in TEXTS + _odd_strings():
        assert _reader.fold(text) == text.translate(_reader._FOLD)


def test_fold_name_of_ascii_skips_only_what_ascii_cannot_have():
    def full(text):
        text = unicodedata.normalize("NFKD", _reader.fold(text))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        return " ".join(text.lower().split())

    for text in TEXTS + LINES + _odd_strings():
        assert _reader.fold_name.__wrapped__(text) == full(text)


def test_the_address_gate_lets_every_address_and_link_through():
    texts = TEXTS + LINES + ["mail me at a@b.co", "see www.x.org.", "#hiring", "cv.pdf",
                             "https://x.io", "Dr. Lee, e.g. this", "plain words."]
    for text in texts:
        assert _proofread._masked(text) == _proofread._SKIP.sub(
            lambda m: " " * len(m.group(0)), text)


def test_a_stretched_word_always_passes_the_three_letter_gate():
    rnd = random.Random(3)
    texts = TEXTS + LINES + ["sooo good", "Yesss!", "pleeease", "aaa.bbb", "Hmmm, ok"] + [
        "".join(rnd.choice("aoesAO .!-/@") for _ in range(12)) for _ in range(5000)]
    for text in texts:
        if _rules_tone._ELONGATED.search(text):
            assert _rules_tone._TRIPLED.search(text), text


def test_copy_paste_fires_exactly_when_letter_similarity_reaches_the_threshold():
    """FK205 reads each letter once and rules pairs out by difflib's upper bounds; it must
    still fire for every pair ``letter_similarity`` (the public measure) puts at 0.90+."""
    import followkit as fk
    from followkit.checks import letter_similarity
    from followkit.checks._rule import Context
    from followkit.checks._rules_batch import COPY_PASTE_THRESHOLD, copy_paste

    people = [fk.Interviewer(name=name) for name in ("Ann Lee", "Bo Diaz", "Cy Park", "Di Wu")]
    rnd = random.Random(205)
    fired = 0
    for _ in range(60):
        base = rnd.choice(TEXTS)
        batch = []
        for person in rnd.sample(people, rnd.randint(2, 4)):
            words = (base if rnd.random() < 0.6 else rnd.choice(TEXTS)).split(" ")
            for _ in range(rnd.randint(0, 10)):
                words[rnd.randrange(len(words))] = "changed"
            batch.append(fk.Letter(person, "email", "", " ".join(words)))
        contexts = [Context(None, letter.interviewer, "email", None, None, None)
                    for letter in batch]
        hits = copy_paste(batch, contexts)
        for i, letter in enumerate(batch):
            alike = [other for j, other in enumerate(batch) if j != i
                     and letter_similarity(*sorted((letter, other), key=batch.index))
                     >= COPY_PASTE_THRESHOLD]
            assert len(hits[i]) == len(alike)
            fired += bool(alike)
    assert fired  # the sample holds copies


def test_phrases_are_found_as_by_trying_each_phrase_longest_first():
    from followkit.checks import _phrases

    def plain(name, text):
        index, words = _phrases.phrase_index(name), _phrases._words(text)
        found, after = [], 0
        for i, word in enumerate(words):
            if i < after or word not in index:
                continue
            for tokens in index[word]:
                if words[i:i + len(tokens)] == tokens:
                    found.append((i, i + len(tokens) - 1))
                    after = i + len(tokens)
                    break
        return found

    rnd = random.Random(72)
    for path in sorted((ROOT / "followkit" / "checks" / "phrases").glob("*.txt")):
        vocab = [w for p in _phrases.phrase_list(path.stem) for w in p.split()] or ["x"]
        fuzz = [" ".join(rnd.choice(vocab) for _ in range(rnd.randint(1, 14)))
                for _ in range(200)]
        for text in TEXTS + fuzz:
            assert _phrases._matches(path.stem, text, first_only=False) == plain(path.stem, text)
