"""The checker's shortcuts find exactly what the plain way finds.

Speed work must never change a finding. Each shortcut here is compared with the plain
computation it replaces, on every letter of the corpus (and each of its lines) and on
random strings built from the words and characters the patterns look for:

- a look-ahead naming the first characters a pattern can start with against the same
  pattern without it, and a pattern written with ``skip_to`` (or by hand) to start with a
  set of characters (the search skips to them) against its plain form;
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
    (_reader._QUOTE_GATE, "(?=[\\s>:_*fvdo-])"),
    (_rules_tailoring._POSITION_MENTIONS[0], "(?=[tya])"),
    (_rules_tailoring._ORG_MENTIONS[0], "(?=[prjocifitwesvdh])"),
    (_rules_content._YEARS.plain, "(?=[\\daefmnost])"),
    (_rules_tone._PUSHY[0][1].plain, "(?=[acdfghlnoruw])"),
    (_rules_tone._PUSHY[3][1].plain, "(?=[hw])"),
    (_rules_tone._PUSHY[4][1].plain, "(?=[afgp])"),
    (_rules_tone._PUSHY[5][1].plain, "(?=e)"),
    (_rules_tone._SENSITIVE[4][3].plain, "(?=[bim])"),
    (_rules_tone._SENSITIVE[0][3].plain, "(?=[\\d$£€abcdehimnoprstvwy])"),
    (_rules_tone._SENSITIVE[1][3].plain, "(?=[abcdefghlmnorstuw])"),
    (_rules_tone._SENSITIVE[3][3].plain, "(?=[ckmnprstwy])"),
    (_proofread._AGREEMENT, "(?=[1-9tfsenhmbTFSENHMB])"),
    (_proofread._NOTE, "(?=[wbymhdagrtcpeWBYMHDAGRTCPE])"),
]
_PICTURES = "\U0001f300-\U0001faff\U00002600-\U000027bf\U0001f000-\U0001f2ff\u2b50\u2764\ufe0f"
_TLDS = "com|org|net|io|dev|me|co|design|studio|art|edu|us|uk|ca"
_SLOT_WORDS = "Your|First|Last|Full|Company|Employer"
#: The slots marked by a bracket or an underscore, as one plain alternation.
_MARKED_SLOTS = (
    r"\[\[[^\[\]\n]{1,100}\]\]|<<[A-Za-z][A-Za-z _]{1,30}>>"
    r"|\[(?!sic\])[^\[\]\n]{1,100}\](?!\()|\{\{[^{}\n]{0,60}\}\}"
    r"|\{%[^{}\n]{0,60}%\}|\{[A-Za-z_][\w ]{0,30}\}|<(?![\w.+-]+@)[A-Za-z][A-Za-z _]{1,30}>"
    r"|_{3,}(?:[ \t]*\([^()\n]{1,40}\))?|\(\s*(?i:insert|name|enter|add|type|your|company|"
    r"position|job\s+title|date|interviewer|role|employer|organi[sz]ation|"
    r"(?:full|first|last)\s+name)\b(?!-)"
    r"(?!(?i:\s*(?:#|no\.?|number|id|ref\.?)?\s*[:#]?\s*[a-z0-9-]*\d[\w-]*\s*\)))"
    r"[^()\n]{0,100}\)")
#: (pattern that skips ahead, its plain form, the plain form's flags)
PLAIN = [
    (_reader._LINK, rf"(?:https?://|www\.|linkedin\.com|github\.com|(?<=\w)\.(?:{_TLDS})\b)",
     re.I),
    (_reader._DIGITS, r"\d{3}", 0),
    (_reader._SLOT_FIELD, r"\b(?:Name|Address|Title|Phone|Email)\b", 0),
    (_reader.SLOT, _MARKED_SLOTS
     + r"|\b(?:xxx+|Xxx+|XXX+)(?![\w'’])"
     rf"|\b(?:{_SLOT_WORDS}|Interviewer['’]s|Hiring Manager['’]s|"
     r"Recipient['’]s)\s+(?:Full\s+)?(?:Name|Address|Title|Phone(?:\s+Number)?|"
     r"Email(?:\s+Address)?)\b(?![ \t]+[a-z])", 0),
    (_rules_tone._EMOJI, rf"[{_PICTURES}]|(?<![\w:/])(?::-?\)|:-?\(|;-?\)|:-?D\b|:-?P\b|<3"
     r"|\^_\^|xD\b)", 0),
    (_rules_tone._TWO_CAPITALS, r"[A-Z]{2}[A-Z'’]*\W+(?:I\W+)?[A-Z]{2}", 0),
    (_rules_tailoring._capitals(), r"(?<![\w])(?:XXX|XXXX|TODO|TBD|INSERT|FIXME|LOREM IPSUM|"
     r"NAME|YOUR NAME|FIRST NAME|LAST NAME|COMPANY NAME|COMPANY|POSITION|POSITION TITLE|"
     r"JOB TITLE|INTERVIEWER NAME|DATE)(?![\w])", 0),
    (_rules_tailoring._ORG_MENTIONS[1],
     rf"(?i:\b(?:join|joining|part\s+of|grow\s+with|contribute\s+to|contributing\s+to|"
     r"bring\b[^.!?\n]{0,60}?\bto|add\s+value\s+to|help)\s+(?:the\s+)?)"
     rf"(?P<org>{_rules_tailoring._ORG})(?i:\s+(?:team|family|community|mission|staff)|['’]s|"
     r"[.,;!?]|\s+(?:and|as|in|by|with)\b|$)", 0),
    # the announced chase, opening with the "i" that starts every one of its heads
    (_rules_tone._PUSHY[1][1].twin, _rules_tone._PUSHY[1][1].source.replace(
        r"i(?<!\wi)(?:|['’]ll|\s+will|\s+shall|\s+plan\s+to|\s+intend\s+to|"
        r"\s+am\s+going\s+to|['’]m\s+going\s+to)",
        r"\b(?:i|i['’]ll|i\s+will|i\s+shall|i\s+plan\s+to|i\s+intend\s+to|"
        r"i\s+am\s+going\s+to|i['’]m\s+going\s+to)", 1), 0),
    (_rules_content._TAUGHT_ME.twin, r"\b(?:taught|showed|prepared|trained|equipped)\s+me\b", 0),
    (_rules_tailoring._POSITION_GATE.twin,
     r"\b(?:position|role|job|opening|post|vacancy|opportunity)\b", 0),
    (_reader._MARKED_SLOT, _MARKED_SLOTS, 0),
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


@pytest.mark.parametrize("pattern, plain, flags", PLAIN, ids=lambda x: str(x)[:30])
def test_a_pattern_that_skips_ahead_finds_what_its_plain_form_finds(pattern, plain, flags):
    plain = re.compile(plain, flags)
    assert _starts_with_a_set(pattern) and not _starts_with_a_set(plain)
    texts = TEXTS + LINES + [_reader.fold(t) for t in TEXTS] + _fuzz(plain)
    assert [t for t in texts if _found(pattern, t) != _found(plain, t)] == []


def _starts_with_a_set(pattern: re.Pattern[str]) -> bool:
    """Whether CPython's regex engine can skip ahead in a search for ``pattern``: its compiled
    form opens with a literal prefix or a set of first characters (the INFO block)."""
    from re import _compiler, _parser

    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    return bool(code[2] & (_compiler.SRE_INFO_PREFIX | _compiler.SRE_INFO_CHARSET))


def test_skip_to_is_the_plain_alternation():
    from followkit.checks._matching import skip_to

    rnd = random.Random(77)
    pieces = ["post", "Post", "POST", "role", "rolex", "part of", "[x]", "___", "(x", "ſ", "K",
              "é", " ", "\n", "_", "a", "1"]
    lists = [[r"\bpost", r"\brole", r"\bpart\s+of"], [r"\bpost", r"\[x\]", "___+", r"\(x"],
             ["post", "postal", r"\brole"]]
    for alternatives in lists:
        for ignore_case in (False, True):
            fast = re.compile(skip_to(alternatives, ignore_case=ignore_case))
            assert _starts_with_a_set(fast)
            plain = re.compile("(?:" + "|".join(alternatives) + ")", re.I if ignore_case else 0)
            for _ in range(3000):
                text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
                assert _found(fast, text) == _found(plain, text), (alternatives, text)


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


#: The pattern that found stretched words before they were read word by word (it backtracked
#: for minutes on a long run of one letter followed by a full stop): the reference.
_STRETCHED = re.compile(r"(?<![\w./@-])[A-Za-z]*([a-z])\1{2,}[a-z]*(?![\w./@-])")


def test_stretched_words_are_the_ones_the_pattern_finds_and_pass_the_gate():
    rnd = random.Random(3)
    texts = TEXTS + LINES + ["sooo good", "Yesss!", "pleeease", "aaa.bbb", "Hmmm, ok",
                             "ZZZ Inc", "sooOO", "www.aaa.com", "x_aaa", "aaa1"] + [
        "".join(rnd.choice("aoesAO .!-/@_1") for _ in range(12)) for _ in range(5000)]
    for text in texts:
        found = _rules_tone._elongated(text)
        assert found == [m.group(0) for m in _STRETCHED.finditer(text)], text
        if found:
            assert _rules_tone._TRIPLED.search(text), text


def test_a_stripped_line_the_quote_gate_passes_has_a_colon_or_a_quote_mark_first():
    rnd = random.Random(8)
    lines = LINES + ["> quoted", "-- ", "_____", "From: A", "wrote:", "Sent: x", "*From:* a"] + [
        "".join(rnd.choice("fromFROM:>-_* \t\u00a0x") for _ in range(rnd.randint(0, 12)))
        for _ in range(5000)]
    for line in (t.strip() for t in lines):
        if _reader._QUOTE_GATE.search(line):
            assert ":" in line or line[:1] in _reader._QUOTE_FIRST, line


def test_a_text_folded_paragraph_by_paragraph_is_the_text_folded_whole():
    from followkit.checks import _matching

    def whole(text):
        text = text.lower().replace("’", "'").replace(" and ", " & ")
        return " ".join(re.sub(r"[^\w&'+#]+", " ", text).split())

    rnd = random.Random(66)
    pieces = ["and", " and ", "AND", "\n", "\n\n", " \n \n ", "\t", "&", "'", "’", "+", "#",
              "x", "Σ", "ΟΔΟΣ", "ß", "İ", "\u00a0", ".", "-", "_"]
    texts = TEXTS + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16)))
                     for _ in range(5000)]
    for text in texts:
        _matching._fold.cache_clear()
        assert _matching._fold(text) == whole(text), repr(text)


def test_a_text_has_a_slot_pattern_where_the_slot_gate_pattern_finds_a_mark():
    """What every kind of slot holds: a bracket, an underscore, a run of x's or a field's name."""
    gate = re.compile(r"[\[{<_(]|xxx|Xxx|XXX|\b(?:Name|Address|Title|Phone|Email)\b")
    rnd = random.Random(9)
    texts = TEXTS + LINES + ["".join(rnd.choice(["Name", "name", "Email", "Titles", "_", "(", "[",
                                                 "{", "<", "x", " ", "é", "Phone2", "ſ", "\n"])
                                     for _ in range(rnd.randint(0, 8))) for _ in range(5000)]
    for text in texts:
        assert (_reader.slot_pattern(text) is not None) == bool(gate.search(text)), text


@pytest.mark.parametrize("index", range(len(_rules_tone._PUSHY) + len(_rules_tone._SENSITIVE)))
def test_a_tone_pattern_finds_what_its_ignorecase_pattern_finds(index):
    patterns = [*(p for _, p in _rules_tone._PUSHY), *(k[3] for k in _rules_tone._SENSITIVE)]
    caseless = patterns[index]
    plain = caseless.plain
    assert not re.search(r"(?<!\\)[A-Z]|\(\?-i", plain.pattern)  # no case of its own
    texts = TEXTS + LINES + [_reader.fold(t) for t in TEXTS] + _fuzz(plain)
    for text in texts:
        assert _rules_tone._found(caseless, text) == [m.group(0) for m in plain.finditer(text)]
        first = plain.search(text)
        assert _rules_tone._first(caseless, text) == (first and first.group(0))
        assert caseless.found(text) == bool(first), text


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


def test_ascii_text_is_split_into_words_as_the_patterns_split_it():
    from followkit.checks import _matching

    rnd = random.Random(128)
    alphabet = [chr(code) for code in range(128)] + ["’", "é", "K", "ß", " and ", "AND"]
    texts = TEXTS + LINES + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
                             for _ in range(5000)]
    for text in texts:
        _matching._fold_one.cache_clear()
        _matching.word_set.cache_clear()
        folded = text.lower().replace("’", "'").replace(" and ", " & ")
        assert _matching._fold_one(text) == " ".join(_matching._WORDISH.findall(folded))
        assert _matching.word_set(text) == frozenset(
            _matching._LOWER_WORD.findall(text.lower())), repr(text)


CASELESS = [_rules_content._PURPOSE, _rules_content._SHARED,
            _rules_content._YEARS, _rules_content._THANKS_ELSEWHERE,
            _rules_content._THANKS_ASKED, _rules_content._THANKS_GRANTED,
            _rules_content._THANKS_NOUN, _rules_content._TAUGHT_ME,
            _rules_tailoring._INSTRUCTION_GATE, _rules_tailoring._INSTRUCTION_LINE,
            _rules_tailoring._POSITION_GATE]


@pytest.mark.parametrize("caseless", CASELESS, ids=lambda c: c.plain.pattern[:30])
def test_a_caseless_pattern_finds_what_its_ignorecase_pattern_finds(caseless):
    assert not re.search(r"(?<!\\)[A-Z]|\(\?-i", caseless.plain.pattern)  # no case of its own
    texts = TEXTS + LINES + [_reader.fold(t) for t in TEXTS] + _fuzz(caseless.plain)
    for text in texts:
        assert caseless.spans(text) == [m.span() for m in caseless.plain.finditer(text)], text
        assert [m.span() for m in caseless.finditer(text)] == caseless.spans(text)
        assert caseless.found(text) == bool(caseless.plain.search(text))
        assert caseless.sub(" ", text) == caseless.plain.sub(" ", text)




def _caseless_patterns():
    """Every :class:`Caseless` of the checker's modules, alone or inside a table of them."""
    from followkit.checks import _matching

    found = []
    for module in (_rules_content, _rules_tailoring, _rules_tone, _reader, _proofread):
        for value in vars(module).values():
            items = value if isinstance(value, tuple) else (value,)
            for item in items:
                for part in item if isinstance(item, tuple) else (item,):
                    if isinstance(part, _matching.Caseless) and part not in found:
                        found.append(part)
    return found


@pytest.mark.parametrize("caseless", [c for c in _caseless_patterns() if c.needs],
                         ids=lambda c: c.plain.pattern[:30])
def test_every_match_of_a_caseless_pattern_holds_one_of_its_needs(caseless):
    """What a pattern ``needs`` is in every string it matches, so its gate skips no match."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(caseless.twin, fullmatch=True))
    def holds_a_need(text):
        assert any(need in text for need in caseless.needs), text

    holds_a_need()
    assert caseless in CASELESS  # compared with its IGNORECASE form on the corpus too


def test_every_link_passes_the_link_gate():
    rnd = random.Random(41)
    pieces = ["http", "HTTPS://", "www.", "WWW.", "LinkedIn.com", "x.CO", ".uk", ".Org", "a", ".",
              " ", "/", "ſ", "é", "k"]
    texts = TEXTS + LINES + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
                             for _ in range(5000)]
    for text in texts:
        if _reader._LINK.search(text):
            assert _reader._may_link(text), text


def test_the_at_or_with_mentions_are_the_patterns_matches():
    pattern = _rules_tailoring._ORG_MENTIONS[0]
    rnd = random.Random(206)
    pieces = ["position", "role", "team", "join you", "Join  You", "interview", "interviewing",
              " at ", " AT ", "with", " With ", "the ", "The ", "Acme", "ACME", "Big Co", "  ",
              "\n", "x", "at", "With", " ", "2026", ".", ",", "é", "Ünal"]
    texts = TEXTS + [_reader.fold(t) for t in TEXTS] + [
        "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))) for _ in range(5000)]
    for text in texts:
        assert [(m.span(), m.group("org")) for m in _rules_tailoring._mentions_at(text)] == [
            (m.span(), m.group("org")) for m in pattern.finditer(text)], text


def test_a_phone_number_is_found_where_the_pattern_finds_one():
    rnd = random.Random(55)
    texts = TEXTS + LINES + ["".join(rnd.choice("0123456789 +()-./abc$,\n") for _ in range(
        rnd.randint(0, 25))) for _ in range(5000)]
    for text in texts:
        assert _reader._has_phone(text) == bool(_reader._PHONE.search(text)), text


def test_the_join_mentions_are_the_patterns_matches():
    pattern = _rules_tailoring._ORG_MENTIONS[1]
    rnd = random.Random(207)
    pieces = ["join ", "Join ", "joining ", "part of ", "bring my skills to ", "bring ", "to ",
              "the ", "The ", "Acme", "ACME Corp", "help ", "Help ", "grow with ", "team", "'s",
              ".", ",", ". ", "x ", "add value to ", "contribute to ", "and ", "as ", "\n", "é"]
    texts = TEXTS + [_reader.fold(t) for t in TEXTS] + [
        "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))) for _ in range(5000)]
    for text in texts:
        assert [(m.span(), m.group("org")) for m in _rules_tailoring._mentions_joining(text)] == [
            (m.span(), m.group("org")) for m in pattern.finditer(text)], text


def test_lower_case_ascii_is_split_into_phrase_words_as_the_unicode_pattern_splits_it():
    from followkit.checks import _phrases

    rnd = random.Random(14)
    alphabet = [chr(code) for code in range(128)] + ["’", "é", "K", "İ", "ß", "'s", "a/b"]
    wordish = [*"ab1'/ ’.,-", "i'm", "24/7", "and/or", "''", "//", "'s", "x"]  # marks in words
    texts = TEXTS + LINES + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
                             for _ in range(5000)] + [
        "".join(rnd.choice(wordish) for _ in range(rnd.randint(0, 14))) for _ in range(20000)]
    for text in texts:
        _phrases._line_words.cache_clear()
        lowered = text.replace("’", "'").lower()
        assert _phrases._line_words(text) == tuple(_phrases._TOKEN.findall(lowered)), repr(text)


def test_a_line_with_two_capitals_leaves_them_in_the_spoken_text():
    rnd = random.Random(303)
    pieces = ["THANK", "YOU", "I", "SO", "much", "Dear Sam,", "A", "’", "…", "“", "—", "\u00a0",
              "'", " ", "\n", ". ", "Best,", "Sam"]
    texts = TEXTS + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(3, 30)))
                     for _ in range(2000)]
    for text in texts:
        if not text.strip():
            continue
        letter = _reader.read_letter(text)
        if any(_rules_tone._TWO_CAPITALS.search(line.text) for line in letter.spoken):
            assert _rules_tone._TWO_CAPITALS.search(letter.spoken_text), repr(text)


def test_the_latest_reply_is_the_one_the_mail_library_finds():
    if not _reader._fast_reply():
        pytest.skip("the fast path is read for mail-parser-reply "
                    f"{_reader._READ_FOR}; another version is asked as it is")
    parser = _reader._reply_parser()
    rnd = random.Random(1436)
    lines = ["On Tue, Nov 17, 2026 at 9:14 AM Dana <dana@example.com> wrote:", "> Hi Sam,", ">",
             "From: Dana Rivera", "Sent: Tuesday", "To: Sam", "Subject: Re: thanks", "Cc: x",
             "-----Original Message-----", "________________________________",
             "Am 17.11.2026 um 09:14 schrieb Dana:", "Le 17 nov. 2026, Dana a écrit :",
             "Den 17 nov 2026 skrev Dana <d@x.se>:", "Fra: Dana", "Sendt: tirsdag",
             "xx-----Oprindelig meddelelse-----", "Von: Dana", "Betreff: Danke", "Od: Dana",
             "Temat: x", "Thank you for your time today.", "Best,", "Sam", "", "  ", "-- ",
             "On leadership, my mentor once wrote:", "Dear Dana,"]
    danish = "Tak for i dag.\nxx-----Oprindelig meddelelse-----\nFra: Dana\nSendt: tirsdag\nhej"
    texts = TEXTS + [danish, danish.replace("xx", "> "), danish.replace("\nFra", "Fra")] + [
        "\n".join(rnd.choice(lines) for _ in range(rnd.randint(1, 14))) for _ in range(400)]
    for text in texts:
        assert _reader._latest_reply(text) == parser.parse_reply(text=text), repr(text)


def test_a_clause_with_a_discussion_cue_is_in_a_sentence_the_clause_gate_lets_through():
    from followkit.checks._matching import sentences
    from followkit.checks._phrases import has_phrase

    rnd = random.Random(104)
    pieces = ["as we discussed", "our conversation", "learning about", "talking", "about", "the",
              "kiln", "but", "which", "i", "I", ";", "(", ",", ", ", " ", ".", "'", "/", "’",
              "From our talk", "because"]
    texts = TEXTS + LINES + ["".join(rnd.choice(pieces) + rnd.choice(["", " "])
                                     for _ in range(rnd.randint(1, 20))) for _ in range(3000)]
    for text in texts:
        for paragraph in text.split("\n\n"):
            for sentence in sentences(paragraph):
                if any(has_phrase("discussion_cues", clause)
                       for clause in _rules_content._clauses(sentence)):
                    assert has_phrase("discussion_cues", sentence) or \
                        _rules_content._WORD_BREAK.search(sentence), repr(sentence)


def test_the_instruction_gate_is_the_pattern_tried_at_lines_and_stops():
    plain = re.compile(r"(?:^|[.!?]\s+)" + _rules_tailoring._INSTRUCTION_WORDS,
                       re.MULTILINE | re.IGNORECASE)
    texts = [*TEXTS, *LINES, *_fuzz(plain, 3000)]
    for text in texts:
        assert _rules_tailoring._may_instruct(text) == bool(plain.search(text)), repr(text)


def test_a_line_with_a_slot_or_capitals_leaves_them_in_the_whole_text():
    capitals = _rules_tailoring._capitals()
    rnd = random.Random(203)
    pieces = ["[Name]", "[", "]", "(", "Your", "Name", "Company", "{{ x }}", "<company>", "___",
              "TBD", "XXX", "TODO", "insert", "\n", " ", "\t", "a", "-", "(insert name)", "[sic]"]
    texts = TEXTS + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
                     for _ in range(5000)]
    for text in texts:
        for pattern in (_reader.SLOT, capitals):
            if any(pattern.search(line) for line in text.split("\n")):
                assert pattern.search(text), (pattern.pattern[:40], repr(text))


def test_a_boilerplate_line_always_starts_with_a_character_of_the_gate():
    rnd = random.Random(12)
    starts = ["sent from my phone", "Get Outlook for iOS", "[image: logo]", "<image001.png>",
              "CONFIDENTIALITY NOTICE", "Privacy note", "This email is intended", "she/her",
              "(they/them)", "Pronouns: he/him", "Disclaimer:", "ſent from my phone"]
    lines = LINES + starts + [rnd.choice(starts)[:rnd.randint(0, 12)] + "x" for _ in range(500)]
    for line in lines:
        assert _reader.is_boilerplate(line) == bool(_reader._BOILERPLATE.match(line)), line


def _odd_lines(count: int = 3000) -> list[str]:
    """Random short lines of the characters and words the line gates look at."""
    rnd = random.Random(19)
    pieces = [*"*_ \t-–—:.,#$£€0123456789<>^;xXD()[]{}", *ODD, "Subject", "RE", "re", "From",
              "to", "Date", "Sent", "P.S.", "PS", "ps", "p.p.s.", "Name", "Your Name", "xxx",
              "Address", "Email", "Phone", "Title", ":)", ":-(", ";)", " ;-)", "<3", "^_^", "xD",
              "555",
              "Betreff", "Objet", "email subject", "Dear", "Thanks"]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8))) for _ in range(count)]


@pytest.mark.parametrize("gated", [_reader._SUBJECT, _reader._HEADER, _reader._POSTSCRIPT],
                         ids=lambda g: g.pattern.pattern[:30])
def test_a_line_start_pattern_is_tried_on_every_line_it_can_open(gated):
    for text in TEXTS + LINES + _odd_lines() + _fuzz(gated.pattern):
        found, plain = gated.match(text), gated.pattern.match(text)
        assert (found and (found.span(), found.groups())) == (
            plain and (plain.span(), plain.groups())), repr(text)


def test_the_mark_gates_let_every_emoticon_digit_run_and_slot_through():
    from followkit.checks import _matching

    texts = TEXTS + LINES + _odd_lines() + _fuzz(_reader.SLOT) + _fuzz(_rules_tone._EMOJI)
    for text in texts:
        assert _rules_tone._has_emoji(text) == bool(_rules_tone._EMOJI.search(text)), repr(text)
        assert _reader._has_digits(text) == bool(_reader._DIGITS.search(text)), repr(text)
        slots = _reader.slot_pattern(text) or _reader.SLOT
        assert [m.span() for m in slots.finditer(text)] == [
            m.span() for m in _reader.SLOT.finditer(text)], repr(text)
        assert slots.sub("slot", text) == _reader.SLOT.sub("slot", text)
        assert _matching.sentences(text) == _sentences_split_behind_the_mark(text), repr(text)


def _sentences_split_behind_the_mark(text: str) -> list[str]:
    """:func:`sentences` the plain way: split behind each mark with a look-behind."""
    from followkit.checks import _matching

    merged: list[str] = []
    for piece in re.split(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])", text.strip()):
        last = merged[-1].split()[-1].lower().rstrip(".") if merged else ""
        if merged and (last in _matching._ABBREVIATIONS or len(last) == 1):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return [s for s in merged if s.strip()]


#: FK105's nod to skills as one alternation, as it was written before its alternatives were
#: searched letter by letter (:class:`~followkit.checks._matching.CaselessAny`).
_SKILLS_PLAIN = re.compile(
    r"(?:\b(?:my|our)\s+(?:[\w'’-]+\s+(?:and\s+)?){0,4}?(?:experiences?|skills?|skill\s?set|"
    r"background|education|training|qualifications?|expertise|knowledge|degree|"
    r"certifications?|licen[cs]e|track\s+record|coursework|internships?|studies|strengths?|"
    r"abilit(?:y|ies)|track\s+record|work\s+(?:history|experience))\b"
    r"|\bmy\s+(?:[\w'’-]+\s+)?(?:work\s+(?:on|at|in|as|with)|research|thesis|dissertation)\b"
    r"|\bi(?:\s+have|['’]ve|\s+also\s+have|\s+bring|\s+gained|\s+developed|\s+earned|"
    r"\s+hold|\s+completed)\s+(?:[\w'’-]+\s+){0,5}?(?:experience|skills?|background|"
    r"training|years?|certificat\w+|degree|licen[cs]e)\b"
    r"|\b(?:experience|skills?|background)\s+(?:that\s+)?i\s+(?:have|bring|gained|built)\b"
    r"|\b(?:with|having|bringing)\s+(?:(?!(?:your|their|his|her|its)\b)[\w'’-]+\s+){0,3}?"
    r"experience\s+(?:as|in|with)\b"
    r"|\b(?:the\s+|my\s+|some\s+(?:of\s+)?(?:the\s+|my\s+)?)ideas\s+(?:that\s+)?i\s+"
    r"(?:mentioned|shared|proposed|suggested|presented|outlined|pitched)\b"
    r"|\bi(?:\s+have|['’]ve)\s+(?:also\s+)?been\s+(?:a|an|working|responsible|"
    r"doing|teaching|leading|running|managing|handling|trained|certified|licensed)\b"
    r"|\bi\s+(?:also\s+)?(?:currently\s+)?(?:handle|manage|lead|run|teach|supervise|"
    r"coordinate|oversee|build|design|develop|train|care\s+for|work\s+(?:as|with|in|on))\b"
    r"|\b(?:in|at|during|from)\s+my\s+(?:[\w-]+\s+){0,3}?(?:role|position|job|internship|"
    r"placement|practicum|residency|apprenticeship|studies|degree|msc|ms|ma|mba|bsc|ba|phd|"
    r"masters?|master['’]s|bachelor['’]s|doctorate|fellowship|rotations?|clerkship)\b"
    r"|\bi(?:\s+have|['’]ve)\s+(?:also\s+)?(?:already\s+)?(?!(?:attached|enclosed|included|"
    r"added|forwarded|noticed|enjoyed|appreciated|decided|wanted|heard|received|considered|"
    r"reviewed|followed|learned|learnt|thought|reflected|applied|interviewed|talked|spoken|"
    r"started|continued|loved|liked|missed|asked|reached|contacted)\b)[a-z]+ed\b"
    r"|(?:\bi(?:\s+have|['’]ve)?|\bhaving)\s+(?:also\s+)?(?:led|managed|built|designed|"
    r"developed|taught|kept|held|used|applied|"
    r"trained|supervised|coordinated|implemented|launched|handled|oversaw|run|ran|worked|"
    r"spent|prepared|written|wrote|closed|created|organi[sz]ed|delivered|reduced|increased|"
    r"improved|served|volunteered|completed|earned|studied|cared|cut|grew|saved|doubled|"
    r"tripled|halved|automated|streamlined|established|negotiated|mentored|coached|scaled|"
    r"boosted|shipped|sold|rebuilt|redesigned|migrated|founded|expanded|lowered|generated|"
    r"secured|achieved|exceeded|overhauled|set\s+up|cleaned\s+up|turned\s+around|collected|"
    r"identified|analy[sz]ed|published|researched|surveyed|audited|processed|scheduled|"
    r"merged|combined|consolidated|integrated|converted|moderni[sz]ed|refactored|optimi[sz]ed|"
    r"standardi[sz]ed|reorgani[sz]ed|piloted|drafted|installed|repaired|maintained|restored|"
    r"rewired|wired|deployed|configured|tested|diagnosed|cooked|baked|nursed|treated)\b"
    r"|\bi(?:\s+have|['’]ve|\s+bring|\s+offer)\s+(?:also\s+)?[\[({<][^\[\](){}<>\n]{2,100}"
    r"[\]})>])", re.IGNORECASE)


def test_the_skills_nod_searched_letter_by_letter_is_found_where_the_alternation_is():
    skills = _rules_content._SKILLS
    texts = TEXTS + LINES + [_reader.fold(t) for t in TEXTS] + _fuzz(_SKILLS_PLAIN)
    for text in texts:
        assert skills.found(text) == bool(_SKILLS_PLAIN.search(text)), repr(text)


def test_every_string_the_skills_alternation_matches_is_found_letter_by_letter():
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(_SKILLS_PLAIN, fullmatch=True))
    def found(text):
        assert _rules_content._SKILLS.found(text), text

    found()


def test_a_text_the_position_pattern_finds_a_word_in_passes_the_position_gate():
    gate = _rules_tailoring._POSITION_GATE
    for text in TEXTS + LINES + _odd_lines() + _fuzz(gate.plain):
        if gate.found(text):
            assert _rules_tailoring._may_name_position(text), repr(text)


def test_a_line_ends_in_a_hyphenated_word_where_the_pattern_says_so():
    rnd = random.Random(8)
    alphabet = [*"aZ1_ -\n.", "é", "٣", "Ⅻ", "²", "ß", "\u0301", "中"]
    texts = LINES + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 5)))
                     for _ in range(20000)]
    for text in texts:
        assert _reader._ends_in_hyphenated_word(text) == bool(
            re.search(r"[^\W\d]-$", text)), repr(text)
