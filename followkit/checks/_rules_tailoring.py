"""Rules FK201–FK207: a letter tailored to this interview, this company and this reader.

Guide, "Follow-up Content": "tailor your follow-up messages for each interview you have";
"… a nod to your skills or experience as it pertains to the position".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from followkit.checks._matching import (
    Caseless,
    mentions,
    near_anchors,
    near_hits,
    quote,
    same_name,
    sentences,
    skip_to,
    words,
)
from followkit.checks._phrases import normalise, phrase_list, phrase_set
from followkit.checks._reader import (
    LEGAL_SUFFIX,
    SLOT,
    ParsedLetter,
    fold,
    fold_name,
    is_boilerplate,
    slot_pattern,
)
from followkit.checks._rule import Context, Hit
from followkit.model import Interviewer

__all__ = ["company_named", "placeholder", "position_named", "wrong_name"]

_TITLES = frozenset("mr mrs ms miss mx dr prof professor sir madam".split())
_BRACKETED = SLOT


def company_core(company: str) -> str:
    """The company name without a legal suffix: "Harlow & Pike LLP" -> "Harlow & Pike"."""
    return LEGAL_SUFFIX.sub("", company.strip()).strip() or company


def company_named(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK201: the company is named (needs the company).

    Without its legal suffix, with "and" for "&", with or without accents and curly quotes.
    """
    if ctx.interview is None or not ctx.interview.company:
        return
    company = ctx.interview.company
    names = _short_forms(company)
    if any(mentions(letter.text, name) for name in names) or any(
            mentions(fold_name(letter.text), fold_name(name)) for name in names):
        return
    # a short form where a letter names its company: "the position at Café Olé"
    named = _org_candidates(fold(letter.text), lambda name: _is_company(name, company))
    if next(named, None) is None:
        yield Hit(f"Name the company, {company}, so the reader sees the letter was written "
                  "for this interview; it is not mentioned.", _line(letter))


#: Words that end an organisation's name and that a letter often leaves out: "Maple Grove
#: Elementary" for Maple Grove Elementary School, "Northgate Pharmacy" for … Group.
_ORG_TAIL = frozenset("school hospital company group holdings centre center clinic".split())


@lru_cache(maxsize=64)
def _short_forms(company: str) -> tuple[str, ...]:
    """The company as a letter may name it.

    Without a legal suffix, "The", "(UK)", or a last word such as "School" or "Group":
    "Maple Grove Elementary", "Northgate Pharmacy".
    """
    core = company_core(company)
    short = " ".join(_LEADING_THE.sub("", _BRACKETED_PART.sub(" ", core)).split())
    words = short.split()
    if len(words) >= 2 and words[-1].lower().strip(".,") in _ORG_TAIL:
        short = " ".join(words[:-1])
    if short == core or len(short) < 3 or all(w in _ORG_TAIL for w in short.lower().split()):
        return (core,)  # ("The Group" is not named by "group")
    return core, short


_LEADING_THE = re.compile(r"(?i)^\s*the\s+")
_BRACKETED_PART = re.compile(r"\([^()]*\)")


def position_named(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK202: the position is named (needs the position)."""
    if ctx.interview is None or not ctx.interview.position:
        return
    position = ctx.interview.position
    if not mentions(letter.text, position):
        yield Hit(f"Name the position, {position}, when you thank the reader; the letter "
                  "does not mention it.", _line(letter))


def _line(letter: ParsedLetter) -> int | None:
    return letter.paragraphs[0].line if letter.paragraphs else None


@cache
def _capitals() -> re.Pattern[str]:
    phrases = [p.upper() for p in phrase_list("placeholders")]
    return re.compile(skip_to(rf"\b{re.escape(p)}" for p in phrases) + r"(?![\w])")


#: A template's instruction to its user left in the letter: "In the opening paragraph, thank
#: the interviewer …", "Mention a topic you discussed.", "(You can use this section to …)".
_INSTRUCTION = re.compile(
    r"^[(\[]?(?:(?:in|for)\s+(?:the|your|this)\s+(?:(?:opening|first|second|third|next|last|"
    r"closing|final|middle)\s+paragraph|body|conclusion|closing|opening)(?:\s+of\s+(?:the|your)"
    r"\s+letter)?,?\s+"
    r"|(?:thank|mention|remind|tell|ask)\s+(?:(?:the|any|all)\s+(?:other\s+)?(?:interviewers?|"
    r"employer|hiring\s+manager|recipient|reader|person|people|panel)|them|him|her)\b"
    r"|(?:mention|describe|explain|restate|reiterate|highlight|summari[sz]e|list|include|write"
    r"\s+about|comment\s+on)\s+(?:a|one|two|some|any|the)?\s*(?:specific|particular|relevant|"
    r"key|main|important)?\s*(?:topic|thing|point|skill|example|detail|qualification|"
    r"impression)s?\b"
    r"|write\s+about\s+your\b"
    r"|(?:state|say|indicate|mention)\s+that\s+you\b"
    # "Express appreciation for …", "Affirm your interest …", "If applicable, refer to …",
    # "Use this paragraph to …", a heading "Second Paragraph"
    r"|express\s+(?:your\s+)?(?:appreciation|gratitude|thanks|interest|enthusiasm)\b"
    r"|(?:affirm|restate|reiterate|emphasi[sz]e)\s+your\s+(?:interest|qualifications?|"
    r"enthusiasm|main|key|skills)\b"
    r"|if\s+applicable\b|use\s+this\s+(?:paragraph|section|space)\s+to\b"
    r"|(?:first|second|third|fourth|final|last|closing|opening)\s+paragraph\s*(?::|$|"
    r"(?-i:\s+[A-Z]))"
    r"|you\s+(?:can|may|might|should|could)\s+(?:also\s+)?(?:use\s+this\s+(?:section|space|"
    r"paragraph|part|area|line)|want\s+to\s+(?:mention|"
    r"include|add|point\s+out|restate|remind)|include|mention|insert)\b)",
    re.IGNORECASE,
)


#: Words without which no instruction can be there (a cheap test first), at the start of a
#: line or of a sentence.
_INSTRUCTION_WORDS = (
    r"[(\[]?(?:in\s+(?:the|your|this)\s|for\s+(?:the|your|this)\s|thank\s+(?:the|any|all|"
    r"them|him|her)\b|mention\s|remind\s|tell\s|ask\s|describe\s|explain\s|restate\s|"
    r"reiterate\s|highlight\s|summari[sz]e\s|list\s|include\s|write\s|state\s|say\s|"
    r"indicate\s|comment\s|express\s|affirm\s|emphasi[sz]e\s|if\s+applicable\b|use\s+this\s|"
    r"(?:first|second|third|fourth|final|last|closing|opening)\s+paragraph\b|you\s+(?:can|may|"
    r"might|should|could)\s)")
#: The words after a sentence's stop: the search skips from one stop to the next.
_INSTRUCTION_GATE = Caseless(r"[.!?]\s+" + _INSTRUCTION_WORDS)
_INSTRUCTION_LINE = Caseless(_INSTRUCTION_WORDS)


def _may_instruct(text: str) -> bool:
    r"""Whether a line or a sentence of ``text`` opens with :data:`_INSTRUCTION_WORDS`.

    The same as searching ``(?:^|[.!?]\s+)`` and the words (multi-line), at a fraction of
    the cost: that pattern is tried at every place of the text; here the stops are skipped
    to and the words are tried at the lines' starts only.
    """
    return _INSTRUCTION_GATE.found(text) or _INSTRUCTION_LINE.at_line_start(text)


def without_instructions(text: str) -> str:
    """``text`` without the sentences that instruct a template's user.

    "State that you look forward to …" is no line of the writer's; ``text`` comes back as it
    is when it has no instruction.
    """
    if not _may_instruct(text):
        return text
    kept = [s for s in sentences(fold(text)) if not _INSTRUCTION.match(s)]
    return " ".join(kept)


def _instructions(letter: ParsedLetter) -> Iterator[tuple[str, int]]:
    """Sentences of the body that instruct the template's user, with their line numbers."""
    if not _may_instruct(fold(letter.body_text)):  # the sentences below are read folded too
        return
    for paragraph in letter.paragraphs:
        for sentence in sentences(fold(paragraph.text)):
            if _INSTRUCTION.match(sentence):
                start = sentence[:24]
                number = next((n for n in paragraph.lines
                               if start in fold(letter.lines[n - 1])), paragraph.line)
                yield sentence, number


#: A template's line under the sign-off left as it was: "Your typed name", "(3 blank lines)",
#: "Your Name Here", "(four blank lines for your signature)".
_TEMPLATE_LINE = re.compile(
    r"(?i)\(?\s*(?:(?:\d+|one|two|three|four|five|six)\s+(?:blank\s+)?lines?\b[^()]*|"
    r"(?:your\s+)?(?:(?:typed|printed|signed|full|first\s+and\s+last)\s+)?name"
    r"(?:\s+(?:here|typed|printed))?|"
    r"(?:your\s+)?signature(?:\s+here)?|sign\s+here)\s*\)?")


#: Capitals a developer writes as words, and the words that follow them then: "we track
#: TODO comments", "the bulk INSERT path" (but "covers for TODO titles" is a slot).
_CODE_WORDS = frozenset({"TODO", "FIXME", "INSERT"})
_CODE_NOUNS = frozenset(
    "comment comments item items list lists marker markers tag tags note notes statement "
    "statements query queries path paths operation operations performance batch batches "
    "command commands trigger triggers load loads throughput latency".split())


def _code_word(line: str, match: re.Match[str]) -> bool:
    """Whether a capitalised placeholder word is a developer's word in the sentence."""
    after = line[match.end():].split()[:1]
    return match.group(0) in _CODE_WORDS and bool(after) and (
        after[0].strip(".,;:!?") in _CODE_NOUNS)


def placeholder(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK203: no unfilled placeholder such as [Name], {{ company }}, XXX or TODO.

    A template's instructions left in the body ("In the opening paragraph, thank the
    interviewer …") are unfilled too.
    """
    for sentence, number in _instructions(letter):
        yield Hit(f"Replace the template's instruction {quote(sentence)} with your own words; "
                  "a reader who sees it knows the letter is a template.", number)
    for line in letter.signature:
        if _TEMPLATE_LINE.fullmatch(line.text.strip()) and not _BRACKETED.search(line.text):
            yield Hit(f"Take out “{line.text.strip()}” under the sign-off and sign with your "
                      "own name: it is the template's instruction, and a reader who sees it "
                      "knows the letter is a template.", line.number)
    capitals = _capitals()
    text = letter.text
    # A line's slot or capitals are found in the whole text too (no match spans a line's
    # end, and a line break reads as the end of a line): each is looked for line by line
    # only when the text has one. (The capitals' look-ahead makes their search cheaper than
    # a word-set test.)
    slot = slot_pattern(text)
    slots = slot is not None and slot.search(text) is not None
    caps = capitals.search(text) is not None
    if not (slots or caps):
        return
    for number, raw in enumerate(letter.lines, start=1):
        if is_boilerplate(raw.strip()):
            continue  # "[image: logo]" is the mail program's, not a slot to fill
        spans = [m.span() for m in slot.finditer(raw)] if slot and slots else []
        found = [raw[a:b] for a, b in spans]
        found += [m.group(0) for m in capitals.finditer(raw) if not _code_word(raw, m)
                  and not any(a <= m.start() < b for a, b in spans)] \
            if caps else []  # "NAME" inside "[ USE THEIR NAME ]" is that slot, said once
        for item in found:
            yield Hit(f"Fill in the placeholder “{item}” before sending; a reader who sees it "
                      "knows the letter is a template.", number)


def _names(person) -> set[str]:
    parts = f"{person.name} {person.salutation}"
    return {w.lower() for w in words(parts) if w.lower().rstrip(".") not in _TITLES}


def wrong_name(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK204: the greeting names the recipient (accents, quotes and case folded).

    A greeting that still holds a placeholder ("Dear [Name],") is FK203's to report.
    """
    if ctx.interviewer is not None and letter.greeting is not None:
        addressee = letter.greeting.addressee
        unfilled = _BRACKETED.search(addressee) or _capitals().search(addressee)
        # a group ("Dear Brightline Foods team,") names nobody: FK101's to report, and
        # another company's name in it FK206's
        if addressee and not unfilled and not letter.greeting.names_nobody:
            known = _names(ctx.interviewer)
            generic = _greeting_words() | _companies_named(addressee, ctx)
            written = words(addressee)
            if any(w[:1].isupper() for w in written):  # "… and the rest of the night team"
                written = [w for w in written if w[:1].isupper()]
            named = [w for w in written
                     if w.lower().rstrip(".") not in _TITLES and w.lower() not in generic]
            titled = _after_title(written)
            strangers = [w for w in named  # (the same word is the same name: no need to fold)
                         if w.lower() not in known
                         and not any(_same_name(w.lower(), k, surname=w in titled)
                                     for k in known)]
            if named and strangers and len(strangers) == len(named):
                yield Hit(f"Check the name: {quote(letter.greeting.text)} does not name "
                          f"{ctx.interviewer.addressed_as}, who this letter is for.",
                          letter.greeting.number)
            elif strangers:
                yield from _strangers_on_panel(letter.greeting, strangers, ctx)
            elif named:
                yield from _wrong_title(letter.greeting, written, ctx.interviewer)


#: What a title says of its bearer: "Ms." to a "Mr.", or "Mr." to a "Dr.", is the wrong one.
_TITLE_KIND = {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f",
               "mx": "x", "dr": "dr", "prof": "dr", "professor": "dr"}


def _wrong_title(greeting, written: list[str], reader: Interviewer) -> Iterator[Hit]:
    """The reader named with a title other than theirs: "Dear Ms. Kulkarni" to Mr. Kulkarni."""
    given = [w.lower().rstrip(".") for w in words(reader.salutation or "")[:1]]
    used = [w.lower().rstrip(".") for w in written if w.lower().rstrip(".") in _TITLE_KIND]
    if len(used) != 1 or not given or given[0] not in _TITLE_KIND:
        return  # a panel, or no title to compare
    theirs, mine = _TITLE_KIND[given[0]], _TITLE_KIND[used[0]]
    if theirs != mine and not (theirs != "dr" and mine == "dr"):
        yield Hit(f"Check the title: {quote(greeting.text)} calls the reader "
                  f"“{used[0].capitalize()}.”, but they are {reader.addressed_as}; "
                  "use the title they go by.", greeting.number)


def _strangers_on_panel(greeting, strangers: list[str], ctx: Context) -> Iterator[Hit]:
    """The reader is named, with others: those may be who interviewed with them.

    Only a panel listed in full (two people or more) tells a stranger from a fellow
    interviewer; a reader given alone leaves the rest of the panel unknown.
    """
    people = tuple(getattr(ctx.interview, "interviewers", ()) or ())
    if len(people) < 2:
        return
    panel = {n for p in people for n in _names(p)}
    unknown = [w for w in strangers if not any(_same_name(w.lower(), k) for k in panel)]
    if unknown:
        verb = "is" if len(unknown) == 1 else "are"
        yield Hit(f"Check the names: {quote(greeting.text)} names {' and '.join(unknown)}, "
                  f"who {verb} not among the interviewers ({', '.join(p.name for p in people)}).",
                  greeting.number)


def _companies_named(text: str, ctx: Context) -> set[str]:
    """The words of each company (the interview's or another) that ``text`` names whole.

    "the Harlow & Pike team" names a company, not a person; another company's name is
    FK206's to report.
    """
    companies = (getattr(ctx.interview, "company", ""),
                 *(getattr(ctx.interview, "other_companies", ()) or ()))
    return {w.lower() for c in companies if c and _names_company(text, _strip_legal(c))
            for w in words(c)}


@cache
def _greeting_words() -> frozenset[str]:
    """Words of a greeting that name no person: "the", "team", "hiring", "committee"."""
    nobody = {w for p in phrase_set("greetings_nobody") for w in p.split()}
    return frozenset(nobody | {"and", "the", "of", "at", "your", "my"})


def _names_company(line: str, core: str) -> bool:
    return _company_pattern(normalise(core)).search(normalise(line)) is not None


@cache
def _company_pattern(core: str) -> re.Pattern[str]:
    pattern = re.escape(core).replace(r"\ ", r"\s+")
    return re.compile(rf"(?<!\w){pattern}(?!\w)")


def _after_title(written: list[str]) -> set[str]:
    """The words right after a title in a greeting: surnames ("Mr. Daniels", "Dr Okafor")."""
    return {word for title, word in itertools.pairwise(written)
            if title.lower().rstrip(".") in _TITLES}


def _same_name(written: str, known: str, *, surname: bool = False) -> bool:
    """A name written in the greeting matches a known one, or is a short form of it.

    A short form is a first part ("Chris" for Christopher) or a nickname ("Kate" for
    Katherine, "Bill" for William). A name after a title is not cut short: "Mr. Daniel" is
    not Mr. Daniels (a nickname still is the name: "Ms. Kathy" for Katherine Lee).
    """
    written, known = written.rstrip("."), known.rstrip(".")
    if same_name(written, known, threshold=100):
        return True
    if not surname and len(written) >= 3 and (known.startswith(written)
                                               or written.startswith(known)):
        return True
    return _nicknames(written.lower(), known.lower())


@lru_cache(maxsize=256)
def _nicknames(written: str, known: str) -> bool:
    """Whether one is the other's nickname, or both are nicknames of one name.

    By the curated English list of the ``nicknames`` package, read once, and only when a
    greeting's name is not the reader's as written.
    """
    names = _nick_namer()
    mine, theirs = names.canonicals_of(written) | {written}, names.canonicals_of(known) | {known}
    return written in names.nicknames_of(known) or bool(mine & theirs)


@cache
def _nick_namer():
    from nicknames import NickNamer

    return NickNamer()


# --- FK206: another organisation named ------------------------------------------------------

_CAP = r"(?:[A-Z][\w'’&-]*(?:\.[A-Za-z]+)*|[A-Z]{2,}|\d+[A-Za-z]*)"
_LINK = r"(?:[ \t]+(?:&|and|of|the|de|for|on)[ \t]+|[ \t]+|-)"
#: (the writer's "I" is never a word of a name: "work at Greenleaf and I look forward")
_ORG = rf"{_CAP}(?:{_LINK}(?!I\b){_CAP}){{0,4}}"
_SUFFIX = (r"(?:LLP|LLC|L\.L\.C\.|Inc\b\.?|Incorporated|Ltd\b\.?|Limited|Corp\b\.?|Corporation|"
           r"Co\.|GmbH|PLC|plc|PLLC|P\.C\.|S\.A\.|AG|Pty\.?\s+Ltd\.?|Holdings|Group)")
#: Where a letter names the organisation it wants to join (the name is group "org").
#: Words before "at" or "with" and a name: "the position at X", "my interview with X".
_AT_OR_WITH = ("position", "role", "job", "opening", "opportunity", "career", "internship",
               "future", "interview", "interviewing")
#: Words before "at" and a name only: "the team at X", "my time at X".
_AT = ("team", "work", "working", "everyone", "people", "staff", "culture", "time", "visit",
       "tour", "day", "here", r"join\s+you")
#: Words before the name of a place one wants to join: "join X", "be part of X", "help X".
_JOIN = (r"\bjoin", r"\bjoining", r"\bpart\s+of", r"\bgrow\s+with", r"\bcontribute\s+to",
         r"\bcontributing\s+to", r"\bbring\b[^.!?\n]{0,60}?\bto", r"\badd\s+value\s+to",
         r"\bhelp")
_ORG_MENTIONS = (
    # (?=[…]): the first letters the words can start with, so a failing place fails at once
    re.compile(rf"(?i:(?=[prjocifitwesvdh])\b(?:(?:{'|'.join(_AT_OR_WITH)})\s+(?:at|with)|"
               rf"(?:{'|'.join(_AT)})\s+at)\s+(?:the\s+)?)(?P<org>{_ORG})"),
    re.compile(skip_to(_JOIN, ignore_case=True)
               + rf"(?i:\s+(?:the\s+)?)(?P<org>{_ORG})(?i:\s+(?:team|family|community|mission|"
               rf"staff)|['’]s|[.,;!?]|\s+(?:and|as|in|by|with)\b|$)"),
    re.compile(rf"(?P<org>{_ORG})['’]s\s+(?i:team|mission|culture|success|growth|customers|"
               rf"clients|patients|students|future|goals|products?|values|vision|work)\b"),
    re.compile(rf"(?P<org>{_ORG},?[ \t]+{_SUFFIX})"),
)
#: Before an organisation in the same sentence: the writer's own past or present employer.
#: "my (previous) role at", "My team at", "I worked … at", "I currently …", "I work at", "I
#: am a nurse at", "After joining"; not what the writer wants: "I am excited about the
#: position at X", "I would be proud to work at X".
_OWN_PAST = re.compile(
    r"(?i:\bmy\s+(?:[\w'’-]+\s+){0,3}?(?:role|job|position|internship|placement|practicum|"
    r"residency|apprenticeship|employer|time|years?|work|team|tenure|stint)\b"
    r"|\b(?:my|i|i['’]ve|i['’]m|i\s+am|i\s+was)\b[^.!?]{0,60}?\b(?:current|currently|"
    r"previous|previously|former|formerly|last|past|prior|worked|spent|interned|served|"
    r"volunteered|led|managed|studied|graduated|employed|held|joined|helped|supported|built|"
    r"ran|grew|started|founded|taught|trained|handled|brought)\b"
    r"|\bi\s+(?:currently\s+|now\s+|still\s+)?(?:work|teach|serve|volunteer|intern)"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:at|with|for|in)\s+(?:the\s+)?$"
    r"|\bi\s+am\s+(?:currently\s+|now\s+)?(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:at|with|for|in)"
    r"\s+(?:the\s+)?$"
    r"|\b(?:after|since|before|when|upon)\s+joining\b"
    r"|\bwhile\s+at\b|\bduring\s+my\b|\bas\s+an?\s+\w+\s+(?:at|with)\b)"
)
#: A sentence's first word taken into a name before a legal suffix: "At Harbor Shipping Ltd".
_LEADING_WORD = re.compile(r"^(?:At|In|With|For|From|By|To|On|As|During|While|After|Before|"
                           r"Since|Like|And|But|When|Through|Via)\s+(?=[A-Z0-9])")
#: After an organisation: the writer's own employer named first ("At X, where I work now,").
_OWN_AFTER = re.compile(
    r"[\s,(–—-]*(?:where|at\s+which)\s+i\s+(?:\w+\s+){0,2}?(?:work|worked|working|am|was|"
    r"spent|interned|volunteered|studied|trained|lead|led|manage|managed)\b"
    r"|[\s,(–—-]*(?:my|our)\s+(?:current|present|previous|former|last)\s+(?:employer|company|"
    r"firm|workplace|job)\b|\s+is\s+where\s+i\b"
    # "At X, I manage 60 accounts": what the writer does or did there ("At X, I would …" is
    # what they would do for the reader, and stays another company)
    r"|,?\s+i\s+(?:currently\s+|also\s+|now\s+)?(?:own|owned|manage|managed|lead|led|run|ran|"
    r"work|worked|build|built|handle|handled|supervise|supervised|oversee|oversaw|teach|taught|"
    r"serve|served|spent|was|have\s+(?:been|worked|led|managed|spent))\b", re.IGNORECASE)
_NOT_ORGS = frozenset(
    "i the a an my your our this that you we they he she it monday tuesday wednesday thursday "
    "friday saturday sunday january february march april may june july august september "
    "october november december finance accounting marketing sales engineering operations hr "
    "human resources it legal design product research support admissions nursing facilities "
    "recruiting talent people culture team teams department office board firm company "
    "organization organisation school district hospital clinic store branch".split()
)
_SCHOOLS = re.compile(r"\b(?:university|college|school|academy|institute|polytechnic)\b", re.I)


@lru_cache(maxsize=512)
def _strip_legal(name: str) -> str:
    return _TRAILING_SUFFIX.sub("", name.strip()).strip() or name


#: A legal suffix ending a name, its separators read once from where they start (possessive:
#: a long run of spaces is not tried again from each space).
_TRAILING_SUFFIX = re.compile(rf"(?<![\s,])[\s,]++{_SUFFIX}$")


def _words(name: str) -> frozenset[str]:
    """The folded words of ``name`` as written, legal suffix included."""
    return frozenset(re.findall(r"[\w']+", fold_name(name).replace("&", " and ")))


@lru_cache(maxsize=512)
def _org_key(name: str) -> frozenset[str]:
    """The words that name an organisation, without its legal suffix (kept when it is all).

    A possessive is not part of the name: "Zoe's" is "zoe".
    """
    for text in (_strip_legal(name), name):
        key = frozenset(w.removesuffix("'s") for w in _words(text)
                        if w not in ("and", "the", "of"))
        if key:
            return key
    return frozenset()


@lru_cache(maxsize=512)
def _is_company(candidate: str, company: str) -> bool:
    """Whether ``candidate`` names ``company``: its words, a part of them, or a near spelling.

    "Harlow and Pike", "Harlow & Pike", "Harlow" and "Harlow & Pike LLP" all name
    "Harlow & Pike LLP".
    """
    from rapidfuzz import fuzz

    bare = candidate.removesuffix("'s").removesuffix("’s")  # "TCEQ's mission"
    if bare.isupper() and re.sub(r"[.&\s]", "", bare) in _initials(company):
        return True  # "ICC" for International Company Corp.
    mine, theirs = _org_key(candidate), _org_key(company)
    if not mine or not theirs:
        return False
    if mine <= theirs or theirs <= mine or _words(candidate) <= _words(company):
        return True  # the last: 'The Inc.' in 'Budget The Inc.', a name of legal words only
    if len(mine) <= 3 and not (mine & theirs).issubset(_TRADE_WORDS):
        return True  # a word of its own in common: "Harlow" for Harlow & Pike
    mine, theirs = mine - _TRADE_WORDS or mine, theirs - _TRADE_WORDS or theirs
    return fuzz.token_set_ratio(" ".join(sorted(mine)), " ".join(sorted(theirs))) >= 88


#: Words many companies' names share, which tell no two apart: "Acme Analytics" is not
#: "Brightwater Analytics", nor "Keystone Insurance Group" "Norwood Insurance Group".
_TRADE_WORDS = frozenset(
    "analytics group insurance health healthcare solutions systems partners services "
    "consulting technologies technology tech labs lab bank foods food logistics capital "
    "holdings industries international global media digital software data financial finance "
    "energy medical care associates enterprises networks ventures studio studios design "
    "marketing management construction engineering hospital clinic school district "
    "university college academy center centre foundation trust council bakery cafe "
    "restaurant kitchen hotel retail store stores supply consultants advisors".split())


#: Small words an acronym leaves out: "Texas Commission on Environmental Quality" is TCEQ.
_NOT_INITIALLED = frozenset("and of the for on in at to a an".split())


@lru_cache(maxsize=256)
def _initials(company: str) -> frozenset[str]:
    """The acronyms a company goes by: "International Company Corp." -> ICC, IC."""
    found = set()
    for name in (company, _strip_legal(company)):
        words = re.findall(r"[\w']+", fold_name(name))
        for kept in (words, [w for w in words if w not in _NOT_INITIALLED]):
            if len(kept) >= 2:
                found.add("".join(w[0] for w in kept).upper())
    return frozenset(found)


def _known_words(ctx: Context) -> set[str]:
    """Names the letter may use freely: people, the position, topics, skills."""
    known: set[str] = set()
    people = list(getattr(ctx.interview, "interviewers", ()) or ())
    for person in (*people, ctx.interviewer, ctx.candidate):
        if person is not None:  # folded as candidates are: "Zoë's team" is Zoë's
            known |= set(words(fold_name(getattr(person, "name", "") or "")))
    if ctx.interview is not None:
        for item in (ctx.interview.position, *ctx.interview.topics, *ctx.interview.skills):
            known |= {w.lower() for w in words(item)}
    return known


#: A literal part each of the last two patterns needs, found first so the pattern runs on a
#: small window only (the first two are tried where they can start: :func:`_org_mentions`).
_ORG_ANCHORS = (
    re.compile(r"['’]s\s+(?i:team|mission|culture|success|growth|customers|clients|patients|"
               r"students|future|goals|products?|values|vision|work)\b"),
    re.compile(_SUFFIX),
)


#: An "at" or "with" before a capital (the name): where the first pattern can hold.
_AT_NAME = re.compile(skip_to((r"\bat", r"\bwith"), ignore_case=True)
                      + r"(?=\s+(?:(?i:the)\s+)?[A-Z0-9])")
#: The word before it, ending right there.
_WORD_BEFORE_AT = re.compile(rf"(?i:\b(?:{'|'.join(_AT_OR_WITH + _AT)})\s+)\Z")


def _mentions_at(text: str) -> list[re.Match[str]]:
    """``_ORG_MENTIONS[0].finditer(text)``, several times faster.

    The pattern is tried only where a word of its own stands right before an "at" or "with"
    that a capital follows, instead of at every place of the text.
    """
    found: list[re.Match[str]] = []
    last = 0
    for hit in _AT_NAME.finditer(text):
        if hit.start() < last:
            continue
        word = _WORD_BEFORE_AT.search(text, max(last, hit.start() - 40), hit.start())
        match = None if word is None else _ORG_MENTIONS[0].match(text, word.start())
        if match is not None:
            found.append(match)
            last = match.end()
    return found


#: How every "join X" mention opens, in lower case: the second pattern is tried only there.
_JOIN_START = re.compile(skip_to(_JOIN) + r"\s")


def _mentions_joining(text: str) -> list[re.Match[str]]:
    """``_ORG_MENTIONS[1].finditer(text)``, about three times as fast.

    On ASCII text lower-cased, a case-sensitive search finds each place where a "join"
    word opens; the pattern, which needs one there, is tried at those places only.
    """
    if not text.isascii():
        return list(_ORG_MENTIONS[1].finditer(text))
    found: list[re.Match[str]] = []
    lowered, pos = text.lower(), 0
    while (start := _JOIN_START.search(lowered, pos)) is not None:
        match = _ORG_MENTIONS[1].match(text, start.start())
        if match is None:
            pos = start.start() + 1
        else:
            found.append(match)
            pos = match.end()
    return found


def _org_mentions(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_ORG_MENTIONS` in ``text``, pattern by pattern.

    Each is found the cheap way: where it can start, or near the literal part it needs.
    """
    yield from _mentions_at(text)
    yield from _mentions_joining(text)
    for pattern, anchor in zip(_ORG_MENTIONS[2:], _ORG_ANCHORS, strict=True):
        yield from near_anchors(pattern, anchor, text)


def _org_candidates(text: str, wanted: Callable[[str], bool]) -> Iterator[str]:
    """The organisations ``text`` names as a place to join, of those ``wanted`` holds.

    ``wanted`` is asked before the sentence is read for the writer's own employer (the
    costlier test): most names a letter gives are not the ones looked for.
    """
    for match in _org_mentions(text):
        if _PLACE_AFTER.match(text, match.end("org")):
            continue  # "the team at the Chicago office": a place of the company
        start = match.start("org")
        if _A_THING.search(text, max(0, start - 4), start):
            continue  # "a Level 2 PLC certificate": "a" or "an" goes before a thing
        if _PERSON.fullmatch(match.group("org").strip(" .,;")) and _INTERVIEW_WITH.search(
                text, max(0, start - 24), start):
            continue  # "my interview with Andy (Smith)": the interviewer, a person
        name = _LEADING_WORD.sub("", match.group("org").strip(" .,;"))
        if not wanted(name):
            continue
        clause = _SENTENCE_START.split(text[max(0, start - 120):start])[-1]
        if _OWN_PAST.search(clause) or _OWN_AFTER.match(text, match.end("org")):
            continue
        yield name


#: "a" or "an" right before a name: a thing ("a Level 2 PLC certificate"), never an
#: organisation ("the Acme Group", "Acme Group").
_A_THING = re.compile(r"(?i)\ban?\s+$")
#: A person's name: one to three capitalised words with no mark of an organisation (no "&",
#: "and", acronym, digit or legal suffix).
_PERSON = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}")
#: "interview with …" is had with a person as often as with an organisation.
_INTERVIEW_WITH = re.compile(r"\binterview(?:ing|ed|s)?\s+with\s+(?:the\s+)?$", re.IGNORECASE)
#: What follows a place's name, not an organisation's: "the Chicago office", "our Leeds site".
_PLACE_AFTER = re.compile(r"\s+(?i:office|offices|branch|site|location|campus|plant|store|"
                          r"clinic|warehouse|headquarters|hq|depot|studio|facility)\b")
_SENTENCE_START = re.compile(r"[.!?\n]\s+(?=[A-Z0-9\"“(])")


#: A time or a number where a name could stand: "opening at 5am", "the role at 9:30 a.m.".
_TIME_OR_NUMBER = re.compile(r"(?i)\d+(?:[:.]\d+)?\s*(?:am|pm|a\.m\.?|p\.m\.?|st|nd|rd|th|s)?")


def _flag(candidate: str, company: str, known: Callable[[], set[str]]) -> bool:
    """Whether ``candidate`` is another organisation than ``company``.

    ``known`` gives the names the letter may use; it is asked last, as most candidates are
    the interview's company ("join Acme").
    """
    if _TIME_OR_NUMBER.fullmatch(candidate) or _capitals().fullmatch(candidate):
        return False  # "5am"; "COMPANY NAME" is FK203's slot, not another company
    key = _org_key(candidate)
    if not key or _SCHOOLS.search(candidate) or _is_company(candidate, company):
        return False
    names = known()
    return not all(w in _NOT_ORGS or w in names for w in key)


def other_company(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK206: the letter names an organisation that is not the interview's company.

    Found from the text where a letter names the place it wants to join ("the position at
    X", "join X", "X's team", "bring … to X", a name with a legal suffix), leaving out the
    writer's own current or past employer ("in my current role at X") and schools, and from
    the other companies the person said they are writing to.
    """
    if ctx.interview is None:
        return
    company = ctx.interview.company
    others = [o for o in ctx.interview.other_companies
              if not company or not _is_company(o, company)]
    lines = letter.prose
    whole = "\n".join(line.text for line in lines)
    found = [o for o in others if _names_company(whole, _strip_legal(o))]
    if company:
        known: list[set[str]] = []  # the names the letter may use, read when first needed

        def names() -> set[str]:
            known[:] = known or [_known_words(ctx)]
            return known[0]

        candidates = list(dict.fromkeys(
            _org_candidates(fold(whole), lambda name: _flag(name, company, names))))
        if candidates:
            # an organisation in the writer's own signature block is where they work
            own = fold(" ".join(line.text for line in letter.signature))
            found += [c for c in candidates
                      if not (own and _names_company(own, _strip_legal(c)))]
    seen: set[str] = set()
    for name in found:
        if normalise(name) in seen:
            continue
        seen.add(normalise(name))
        core = _strip_legal(name)
        numbers = [line.number for line in lines if _names_company(fold(line.text), core)]
        for number in numbers or [lines[0].number if lines else None]:  # each line naming it
            yield Hit(f"Replace “{name}”: this letter is for {company or 'this interview'}, "
                      "and naming another company tells the reader it was written for "
                      "someone else.", number)


# --- FK207: another position named ----------------------------------------------------------

_TITLE_WORD = r"(?:[A-Z][\w'’./-]*|[A-Z]{2,}|I{1,3}|IV|&|of|and|for|to|in)"
_POSITION_MENTIONS = (
    re.compile(rf"(?i:(?=[tya])\b(?:the|this|your|an?)\s+)(?P<title>[A-Z][\w'’./-]*(?:\s+{_TITLE_WORD})"
               rf"{{0,5}})\s+(?i:position|role|job|opening|post|vacancy|opportunity)\b"),
    re.compile(rf"(?i:\b(?:position|role|job|post)\s+(?:of|as)\s+(?:an?\s+|the\s+)?)"
               rf"(?P<title>[A-Z][\w'’./-]*(?:\s+{_TITLE_WORD}){{0,5}}?)"
               rf"(?=\s+(?:at|in|with|for|on|and)\b|[.,;:!?]|$)"),
)
#: Words that make one title another job: "Staff Accountant" is not "Senior Staff Accountant".
_LEVELS = frozenset("senior junior lead principal chief head assistant associate deputy staff "
                    "sub vice executive trainee intern 1 2 3 4 entry entry-level".split())
_POSITION_WORDS = ("position", "role", "job", "opening", "post", "vacancy", "opportunity")
_POSITION_GATE = Caseless(skip_to(rf"\b{word}\b" for word in _POSITION_WORDS))


def _may_name_position(text: str) -> bool:
    """Whether ``text`` may hold a word of :data:`_POSITION_GATE`.

    A substring test, many times cheaper than the pattern, which then decides. The text is
    folded first (a curly apostrophe, a dash: marks around the words, never in them), and
    what is still not ASCII goes to the pattern directly.
    """
    text = fold(text)
    if not text.isascii():
        return _POSITION_GATE.found(text)
    lowered = text.lower()
    return any(word in lowered for word in _POSITION_WORDS)


_ABBREVIATIONS = {"sr": "senior", "jr": "junior", "mgr": "manager", "asst": "assistant",
                  "assoc": "associate", "coord": "coordinator", "dir": "director",
                  "eng": "engineer", "admin": "administrator", "vp": "vice president",
                  "ii": "2", "iii": "3", "i": "1"}


#: After a title: someone else's job or another opening ("the Payroll role you mentioned",
#: "the Audit Manager role Mr. Haddad holds").
_SOMEONE_ELSES = re.compile(
    r"(?:\s+(?:position|role|job|opening|post|vacancy|opportunity))?\s+(?:that\s+|which\s+)?"
    r"(?:you|he|she|they|(?:mr|ms|mrs|dr)\.?\s+\w+|[A-Z][a-z]+)\s+(?:\w+\s+){0,2}?"
    r"(?:mentioned|described|holds?|held|plans?|planning|hopes?)\b")
#: Before a title: another opening, not the one applied for.
_ANOTHER = re.compile(r"(?i)\b(?:another|other|second|different|also\s+the|future)\s+(?:\w+\s+)?$")


@lru_cache(maxsize=512)
def _title_key(title: str) -> tuple[str, ...]:
    folded = normalise(fold(title)).replace("&", " and ")
    tokens = [w.rstrip(".") for w in re.findall(r"[\w.']+", folded)]
    return tuple(_ABBREVIATIONS.get(w, w) for w in tokens if w not in ("the", "a", "an"))


def position_mismatch(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK207: the letter names a position other than the one interviewed for."""
    if ctx.interview is None or not ctx.interview.position:
        return
    from rapidfuzz import fuzz

    position = ctx.interview.position
    wanted = _title_key(position)
    company_words = _org_key(ctx.interview.company) if ctx.interview.company else set()
    if not _may_name_position(letter.text):
        return
    titles = [set(_title_key(p.title)) for p in (*ctx.interview.interviewers, ctx.interviewer)
              if p is not None and p.title]
    for line in letter.prose:
        text = fold(line.text)
        hits = list(_POSITION_GATE.finditer(text)) if _may_name_position(text) else []
        if not hits:
            continue  # no "position", "role", "job" … on this line: nothing to look at
        for pattern in _POSITION_MENTIONS:
            for match in near_hits(pattern, hits, text, 120):
                title = match.group("title")
                key = _title_key(title)
                bare = tuple(w for w in key if w not in company_words)
                own = tuple(w for w in wanted if w not in company_words)
                if not bare or set(key) == set(wanted) or set(bare) == set(own):
                    continue
                if fuzz.ratio(" ".join(bare), " ".join(own)) >= 92:
                    continue
                if set(bare) < set(own) and not (set(own) - set(bare)) & _LEVELS:
                    continue  # "the ICU position" for ICU Nurse: a short form, not another job
                text = fold(line.text)
                if _OWN_PAST.search(text[:match.start("title")][-60:]):
                    continue
                if set(key) in titles or _SOMEONE_ELSES.match(text, match.end()) or \
                        _ANOTHER.search(text[:match.start("title")][-30:]):
                    continue  # a title of the panel's, or another opening talked about
                yield Hit(f"Check the position: the letter says “{title}”, but the interview "
                          f"was for {position}. Use the exact title.", line.number)
                return
