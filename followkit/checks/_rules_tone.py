"""Rules FK301–FK306: the tone of the letter.

Guide, "Follow-up Best Practices": "be enthusiastic, personable, and professional"; "You may
or may not get a response but that is all part of the interviewing process."
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from string import ascii_lowercase

from followkit.checks._matching import Caseless, any_word, quote, sentences, topic_stems
from followkit.checks._phrases import (
    find_phrases,
    has_phrase,
    phrase_list,
    phrase_set,
    phrase_spans,
)
from followkit.checks._reader import Line, ParsedLetter, fold
from followkit.checks._rule import Context, Hit

__all__ = ["casual", "enthusiasm", "exclamations", "pushy", "shouting"]

_PICTURES = "\U0001f300-\U0001faff\U00002600-\U000027bf\U0001f000-\U0001f2ff\u2b50\u2764\ufe0f"
_EMOJI = re.compile(  # a set of first characters first: the search skips ahead to one
    f"[{_PICTURES}:;<^x](?:(?<=[{_PICTURES}])"
    r"|(?<![\w:/].)(?:(?<=:)-?\)|(?<=:)-?\(|(?<=;)-?\)|(?<=:)-?D\b|(?<=:)-?P\b|(?<=<)3|(?<=\^)_\^"
    r"|(?<=x)D\b))"
)
#: What every emoticon in ASCII holds (a picture is never ASCII): a cheap test first.
_EMOTICON_MARKS = (":", ";", "<3", "^_^", "xD")


def _has_emoji(text: str) -> bool:
    """``_EMOJI.search(text)``, skipped for ASCII text with no mark of an emoticon."""
    if text.isascii() and not any(mark in text for mark in _EMOTICON_MARKS):
        return False
    return _EMOJI.search(text) is not None
#: A word of letters alone, not part of an address, a path or a number. Possessive, so a
#: long run of letters is read once, not tried again from each of its letters.
_LETTERS = re.compile(r"(?<![\w./@-])[A-Za-z]++(?![\w./@-])")
_TRIPLED = re.compile(r"([a-z])\1\1")
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z][A-Z'’]*\W+(?:I\W+)?[A-Z]{2}")  # [A-Z] first: skips
_CAPS_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _prose_lines(letter: ParsedLetter) -> tuple[Line, ...]:
    """Every line a person wrote as words, with its number (:attr:`ParsedLetter.spoken`).

    The greeting, the body, the postscript, and any line of the signature block after the
    name that is neither contact details nor boilerplate; the subject, heading, sign-off and
    quoted text are left out.
    """
    return letter.spoken


@cache
def _short_casual() -> frozenset[str]:
    """The casual phrases of one or two letters ("u", "k"): found only in lower case."""
    return frozenset(p for p in phrase_list("casual") if len(p) <= 2)


def _elongated(text: str) -> list[str]:
    """The words of ``text`` stretched for effect: "sooo", "pleeease", "Yesss".

    A lower-case letter three times or more, with only lower case after it ("ZZZ Inc" and
    "LLLP" are names). Read word by word, in time linear in the text: a pattern that looked
    for the repeat inside a word backtracked for minutes on a long run of one letter.
    """
    return [word for word in (m.group(0) for m in _LETTERS.finditer(text))
            if _TRIPLED.search(word, len(word.rstrip(ascii_lowercase)))
            and word.strip("xX")]  # "xxxxx" is a slot to fill (FK203), not a word stretched


def casual(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK301: no slang, text-speak or emoji."""
    short = _short_casual()
    lines = _prose_lines(letter)
    whole = letter.spoken_text
    tripled = _TRIPLED.search(whole) is not None  # no line without a letter three times over
    if not (has_phrase("casual", whole) or _has_emoji(whole) or (tripled and _elongated(whole))):
        return
    for line in lines:
        found = [w for w in find_phrases("casual", line.text)
                 if w.lower() not in short or w == w.lower()]
        found += _EMOJI.findall(line.text)
        if tripled:
            found += _elongated(line.text)
        if found:
            shown = ", ".join(f"“{w}”" for w in dict.fromkeys(found))
            yield Hit(f"Keep the tone professional: replace {shown} with plain words.",
                      line.number)


def exclamations(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK302: at most one exclamation mark."""
    lines = [line for line in _prose_lines(letter) if "!" in line.text] if "!" in (
        letter.spoken_text) else []
    for extra in (letter.subject, letter.sign_off):
        if extra is not None and "!" in extra.text:
            lines.append(extra)
    lines.sort(key=lambda line: line.number)
    total = sum(line.text.count("!") for line in lines)
    if total > 1:
        marked = [s for line in lines for s in sentences(line.text) if "!" in s]
        shown = "; ".join(quote(s, 6) for s in marked[:2])
        yield Hit(f"Use at most one exclamation mark; the letter has {total} ({shown}). "
                  "Let the words carry the enthusiasm.", lines[0].number)


def shouting(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK303: no runs of everyday words in capitals (acronyms and company names are fine).

    The subject line is read too. One search of the spoken text first: a line's two
    capitals are there too (its folding turns marks into marks), so a letter without any
    skips the search line by line.
    """
    lines = (*((letter.subject,) if letter.subject else ()), *_prose_lines(letter))
    if not _TWO_CAPITALS.search(letter.spoken_text) and not (
            letter.subject and _TWO_CAPITALS.search(letter.subject.text)):
        return
    common = phrase_set("shouting_words")
    exempt = set()
    if ctx.interview is not None:
        names = [ctx.interview.company, ctx.interview.position, *ctx.interview.skills,
                 *ctx.interview.topics]
        exempt = {w.lower() for n in names for w in _CAPS_WORD.findall(n)}
    for line in lines:  # the subject too: "THANK YOU SO MUCH!!!"
        if not _TWO_CAPITALS.search(line.text):
            continue
        for run in _capital_runs(line.text):
            everyday = [w for w in run if w.lower().replace("’", "'") in common
                        and w.lower() not in exempt]
            if len(everyday) >= 2 and any(len(w) >= 3 for w in everyday):
                yield Hit(f"Write “{' '.join(run)}” in normal case; capitals read as "
                          "shouting.", line.number)


def _capital_runs(text: str) -> Iterator[list[str]]:
    """Runs of consecutive ALL-CAPS words of two letters or more ("I" rides along)."""
    run: list[str] = []
    for token in re.split(r"(\s+|[,;:.!?()\"“”—–-]+)", text):
        if not token or token.isspace():
            continue
        word = token.strip("'’")
        if _CAPS_WORD.fullmatch(word) and word.isupper():
            if len(word) >= 2:
                run.append(word)
            continue
        if len(run) >= 2:
            yield run
        run = []
    if len(run) >= 2:
        yield run


_DAY = (r"(?:(?:(?:this|the\s+coming|coming)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday)|tomorrow|tonight|"
        r"the\s+end\s+of\s+(?:the\s+)?(?:day|week|month)|end\s+of\s+(?:the\s+)?(?:day|week|"
        r"month)|eod|cob|close\s+of\s+business|next\s+(?:week|month|\w+day)|this\s+week|"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}\w*|"
        r"the\s+\d{1,2}(?:st|nd|rd|th))")
#: What the reader is asked to do: answer, decide, call back.
_READER_ACTS = (r"(?:hear(?:ing)?\s+(?:back|from\s+(?:you|your\s+\w+|the\s+\w+)|about\s+(?:the\s+)?"
                r"(?:next\s+steps?|your\s+decision|the\s+outcome|the\s+position|my\s+application))|"
                r"respon(?:d|se)|repl(?:y|ies)|answer|revert|"
                r"decision|decide|let\s+me\s+know(?!\s+if\s+(?:you|there)\s+(?:need|have|want|"
                r"would|is|are))|get\s+back\s+to\s+me|update|offer|"
                r"feedback|confirm\w*|news|word|call\s+me|contact\s+me)")
#: Each pushy pattern with the words one of which it needs (a cheap test first).
#: A pattern that opens with (?=[…]) names the first letters it can start with: the search
#: skips every other position.
_PUSHY = (
    # a deadline for the reader: "hear from you within the next week", "reply by Friday"
    (frozenset("within before later by".split()), Caseless(
        r"(?=[acdfghlnoruw])"
        rf"\b{_READER_ACTS}\b[^.!?]{{0,40}}?\b(?:by|before|no\s+later\s+than|within)\s+"
        rf"(?:the\s+next\s+|the\s+)?(?:{_DAY}|(?:\d+|a|one|two|three|four|five|few|"
        rf"couple\s+of)\s+(?:business\s+|working\s+)?(?:hours?|days?|weeks?))")),
    # an announced chase: "Next week, I will follow up with your recruiting department"
    (frozenset("call calling phone phoning ring ringing stop stopping drop dropping check "
               "checking touch touching contact contacting reach reaching follow following "
               "again".split()), Caseless(
        r"i(?<!\wi)(?:|['’]ll|\s+will|\s+shall|\s+plan\s+to|\s+intend\s+to|\s+am\s+going\s+"
        r"to|['’]m\s+going\s+to)\s+(?:be\s+)?(?:also\s+)?(?:(?:call(?:ing)?|phon(?:e|ing)|"
        r"ring(?:ing)?)(?!\s+(?:my|his|her|their|our)\b|\s+(?:the|a|an)\s+(?!office|hr\b)\w)|"
        r"giv(?:e|ing)\s+(?:you|your\s+(?:office|team))\s+a\s+(?:quick\s+|short\s+|brief\s+)?"
        r"(?:call|ring|buzz|phone\s+call)\b|"
        r"(?:e-?mail|text|messag(?:e|ing)|writ(?:e|ing)(?:\s+to)?)\w*\s+you\s+again\b|"
        r"stop(?:ping)?\s+by|drop(?:ping)?\s+by|check(?:ing)?\s+in|"
        r"touch(?:ing)?\s+base|contact(?:ing)?\s+(?:you|your|the|hr)|reach(?:ing)?\s+out\s+"
        r"(?:to\s+you\s+)?again|follow(?:ing)?\s*-?\s*up\s+(?:with\s+(?!(?:the|my|a|an|some|"
        r"any)\s+(?:references?|documents?|materials?|information|details|writing|samples?|"
        r"portfolio|work|transcripts?|answers?|links?|list|cop(?:y|ies)|forms?|paperwork)\b)|"
        r"again|on\s+(?:my|the)\s+(?:application|candidacy|status)|in\s+(?:a|one|two|\d+)|"
        r"next|by|on\s+\w+day))")),
    # "if I don't hear back …", "why I haven't heard anything back yet"
    (frozenset({"hear", "heard", "received", "gotten", "had"}), Caseless(
        r"\bif\s+i\s+(?:do\s+not|don['’]t|haven['’]t|have\s+not)\s+(?:yet\s+)?(?:hear|heard)\b"
        r"(?:\s+(?:back|anything|from\s+you)\b)?"
        r"|\b(?:haven['’]t|have\s+not|hasn['’]t|has\s+not)\s+(?:yet\s+|still\s+)?(?:heard|"
        r"received|gotten|had)\s+(?:anything|any\s+(?:word|news|reply|response|answer|update)|"
        r"(?:a\s+)?(?:word|reply|response|answer|update))\b(?:\s+back)?")),
    # the job presumed: "let me know when I can start", "what day should I start"
    (frozenset({"start", "starting", "begin"}), Caseless(
        r"(?=[hw])\b(?:when|what\s+day|which\s+day|how\s+soon)\s+(?:can\s+i|i\s+can|do\s+i|i\s+do|"
        r"will\s+i|i\s+will|should\s+i|i\s+should|am\s+i|i\s+am|i['’]ll)\s+(?:be\s+)?"
        r"(?:start|starting|begin)\b")),
    # the outcome presumed: "Waiting for a positive reply", "your favourable decision"
    (frozenset("positive favorable favourable affirmative good".split()), Caseless(
        r"(?=[afgp])"
        r"\b(?:positive|favou?rable|affirmative|good)\s+(?:reply|response|answer|decision|"
        r"outcome|news)\b")),
    # a chase announced to the reader: "Expect a call from me on Monday"
    (frozenset({"expect", "expecting"}), Caseless(
        r"(?=e)\bexpect(?:ing)?\s+(?:my\s+(?:[\w-]+\s+)?(?:call|e-?mail|message|text|visit)|"
        r"(?:a|another)\s+(?:[\w-]+\s+)?(?:call|ring|e-?mail|message|text|visit)\s+from\s+me|"
        r"to\s+hear\s+from\s+me)\b")),
)


def _found(pattern: Caseless, text: str) -> list[str]:
    """What ``pattern`` matches in ``text``, as written there."""
    return [text[m.start():m.end()] for m in pattern.finditer(text)]


def _first(pattern: Caseless, text: str) -> str | None:
    """The first match of ``pattern`` in ``text`` as written there, or None."""
    match = next(pattern.finditer(text), None)
    return None if match is None else text[match.start():match.end()]


def pushy(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK304: nothing presumptive or demanding.

    A deadline for the reader's answer ("within the next week", "by Friday"), an announced
    chase ("Next week, I will follow up with your recruiting department", "I will call
    you"), or a phrase from the ``pushy`` list ("when can I start").
    """
    lines = _prose_lines(letter)
    whole = letter.spoken_text
    patterns = [p for words, p in _PUSHY if any_word(whole, words) and p.found(whole)]
    if not patterns and not has_phrase("pushy", whole):
        return
    for line in lines:
        text = fold(line.text)
        found = [hit for p in patterns for hit in _found(p, text)]
        found += find_phrases("pushy", line.text)
        for phrase in _distinct(found):
            yield Hit(f"Drop “{phrase}”: it presumes or demands an answer, and the reader owes "
                      "you none. Say you look forward to hearing from them instead.",
                      line.number)


def _distinct(found: list[str]) -> list[str]:
    """The phrases found, without one that another already holds."""
    kept: list[str] = []
    for phrase in sorted(dict.fromkeys(found), key=len, reverse=True):
        if not any(phrase.lower() in other.lower() for other in kept):
            kept.append(phrase)
    return kept


#: The money signs: a text that holds one may name a price or a gift.
_MONEY = ("$", "£", "€")
#: What a follow-up should not raise, by kind: advice, trigger words and the pattern.
#: The writer's own job loss ("own") is told apart from the company's ("internal").
_SENSITIVE = (
    ("pay", "leave pay, benefits and time off for the offer stage", frozenset(
        "salary salaries compensation pay wage wages hourly bonus bonuses stock equity 401 401k "
        "pension benefit benefits health dental vacation pto paid sick parental relocation "
        "leave leaves "
        "reimburse reimbursed reimbursement reimbursing costs cost expenses expense "
        "overtime standby differential dollars euros pounds bucks earn earning earns package "
        "remote wfh home ctc lpa lakh lakhs".split()), Caseless(
        r"(?=[\d$£€abcdehimnoprstvwy])(?:"
        # pay in numbers: "$30 an hour", "I'm at $32", "I earn £15.20"
        r"(?:[$£€]\s?\d[\d,.]*k?|\b\d[\d,.]*\s?(?:dollars|euros|pounds|bucks))\s*(?:an?|per|/)"
        r"\s*(?:hour|hr)\b|"
        # a salary named by what it starts at or pays: "could start at around $58k"
        r"\b(?:start(?:s|ing)?|pays?|paying|offer(?:s|ed|ing)?|base)\s+(?:(?:of|at|around|"
        r"about|roughly)\s+)*[$£€]\s?\d+(?:[,.]\d+)*k?\b|\bi(?:['’]m|\s+am)\s+(?:currently\s+|now\s+)?(?:at|on|making|earning|"
        r"paid)\s+(?:about\s+|around\s+)?[$£€]\s?\d|\bearn(?:s|ing|ed)?\s+(?:about\s+|around\s+)?"
        r"[$£€]\s?\d|"
        r"\b(?:(?:overtime|on[- ]call|call[- ]out|standby|weekend|holiday|night|shift)\s+(?:pay|"
        r"rates?|premium|differential|allowance)\b|"
        r"salar(?:y|ies)|compensation|ctc\b|\d+(?:\.\d+)?\s?lpa\b|lakhs?\s+per\s+annum\b|"
        r"pay\s+(?:range|rate|scale|grade|band|raise|"
        r"increase|package)|(?:the|my|starting|hourly|take-home)\s+pay\b|wages?\b|hourly\s+"
        r"rate|bonus(?:es)?|signing\s+bonus|stock\s+options|equity\s+(?:grant|package)|"
        r"401\s?\(?k\)?|(?:my|the|a|your)\s+pension\b(?!\s+(?:accounting|fund|audit|admin))|"
        r"benefits?\s+(?:package|plan)|health\s+(?:insurance|benefits)|"
        r"dental\s+(?:plan|coverage|insurance)|(?:salary|pay|compensation)\s+and\s+benefits|the\s+benefits\b(?!\s+of)|"
        r"reimburse\w*|(?:my|the|cover|covered|covering|pay\s+for|paid)\s+(?:travel|commute|"
        r"commuting|moving)\s+(?:costs?|expenses?)|relocation\s+(?:costs?|expenses?)|"
        r"vacation\s+(?:days|time|policy|leave|allowance)|(?:paid|my|annual)\s+vacation\b|"
        r"paid\s+time\s+off|\bpto\b|sick\s+(?:days|"
        r"leave)|parental\s+leave|relocation\s+(?:package|assistance|bonus)|"
        # days off as Indian and British English count them: "how many leaves", "annual leave"
        r"(?:annual|earned|casual|privilege)\s+leaves\b|paid\s+leaves?\b|how\s+many\s+leaves\b|"
        r"annual\s+leave\s+(?:days|policy|entitlement|allowance)\b|"
        r"(?:the|a)\s+number\s+of\s+leaves\b|(?:the|your|my)\s+leave\s+(?:policy|days|"
        r"entitlement|allowance)\b|"
        # asked in a roundabout way: "what the overall package looks like", "remote days"
        r"(?:what|how)\s+the\s+(?:overall\s+|total\s+|whole\s+)?package\s+(?:looks|is|"
        r"includes|would)|remote\s+(?:days|work\s+(?:days|policy))\b|(?:work(?:ing)?\s+from\s+"
        r"home|wfh)\s+(?:days|policy)\b))")),
    ("internal", "keep what you learned about the company's internal matters out of the "
     "letter", frozenset(
        "budget layoff layoffs laid lay downsizing downsized downsize restructuring reorg "
        "reorganization reorganisation hiring turnover attrition left quit resigned fired sacked "
        "morale "
        "complain complained complaining complaints complaint lawsuit understaffed short"
        .split()), Caseless(
        r"(?=[abcdefghlmnorstuw])"
        r"\b(?:budget\s+cuts?|cut\s+(?:the|your)\s+budget|layoffs?|laid\s+off|lay\s+off|"
        r"downsiz\w+|(?:company|team|department|firm|office|organi[sz]ation)(?:['’]s)?\s+"
        r"(?:recent\s+)?(?:restructuring|reorg(?:ani[sz]ation)?)|(?:restructuring|reorg\w*)\s+"
        r"(?:of|in)\s+(?:the\s+|your\s+)?(?:team|company|department|firm|office|staff)|"
        r"hiring\s+freeze|(?:staff|employee|team|high|workforce|nurse|teacher)\s+(?:turnover|"
        r"attrition)|(?:turnover|attrition)\s+(?:rate\s+)?(?:among|of|in)\s+(?:the\s+|your\s+)?"
        r"(?:staff|employees|team|nurses|teachers|workforce)|"
        r"(?:why|how)\s+(?:the\s+last\s+\w+|(?:your|the)\s+(?:predecessor|previous\s+\w+)|"
        r"(?:people|staff|employees|so\s+many(?:\s+\w+)?|others|\w+)\s+(?:have\s+)?(?:left|"
        r"quit|resigned)|(?:he|she|they)\s+(?:left|quit|was\s+fired))|(?:was|were|got)\s+(?:fired|sacked)|"
        r"low\s+morale|morale\s+(?:is|was)|complain\w*\s+about\s+(?:the\s+|your\s+)?"
        r"(?:staff|team|manager|boss|colleagues|coworkers|co-workers|employees)|lawsuit|"
        r"understaffed|short[- ]staffed)")),
    ("gift", "thank with words only; a gift or money puts the reader in an awkward spot",
     frozenset("gift gifts giftcard present token dollars euros pounds coffee lunch dinner drink "
               "drinks flowers chocolate chocolates cookies bottle".split()), Caseless(
        r"(?:(?:\$|£|€)\s?\d+|\b\d+\s?(?:dollars|euros|pounds)\b)[^.!?]{0,40}?\b(?:gift|"
        r"voucher|card|for\s+your\s+time|as\s+a\s+(?:thank|token)|coffee|lunch|treat)|"
        r"\bgift\s*cards?\b|"
        r"\b(?:a|small|little)\s+(?:gift|present|token\s+of)|\b(?:coffee|lunch|dinner|drinks?)"
        r"\s+(?:is|are|will\s+be)\s+on\s+me\b|\b(?:sent|sending|send|attached|enclosed)\s+"
        r"(?:you\s+)?(?:a|some)\s+(?:gift|present|flowers|chocolates?|cookies|bottle)")),
    ("criticism", "leave out criticism of the interviewer, the interview or the company",
     frozenset("disorganized disorganised unprepared late rude distracted unprofessional chaotic "
               "outdated messy confusing boring dismissive cold slow waiting wait improve fix "
               "update change poorly improvement organized organised prepared better shorter "
               "started ran".split()),
     Caseless(
        r"(?=[ckmnprstwy])"
        r"\b(?:you|the\s+interview(?:ers?)?|the\s+(?:office|process|company|team|website|"
        r"panel))\s+"
        r"(?:was|were|seemed|looked|felt)\s+(?:a\s+bit\s+|quite\s+|very\s+|rather\s+|"
        r"somewhat\s+|really\s+)?(?:disorgani[sz]ed|unprepared|late|rude|distracted|"
        r"unprofessional|chaotic|outdated|messy|confusing|boring|dismissive|cold|slow)|"
        r"\b(?:kept\s+me\s+waiting|made\s+me\s+wait|(?:started|ran)\s+(?:(?:\w+\s+){0,2}?(?:minutes?|hours?|"
        r"a\s+bit|a\s+little|quite|very|so)\s+)?late|"
        r"could\s+have\s+been\s+(?:better|more\s+organi[sz]ed|shorter)|(?:you|your\s+team)"
        r"\s+should\s+(?:really\s+)?(?:improve|fix|update|change)|poorly\s+(?:run|organi[sz]ed|"
        r"managed)|needs?\s+(?:a\s+lot\s+of\s+)?(?:serious\s+)?improvement|"
        r"(?:not|wasn['’]t|weren['’]t)\s+(?:very\s+)?(?:well\s+)?(?:organi[sz]ed|prepared))")),
    # the writer's own loss of a job ("I was laid off from …", "since being laid off", "my
    # team was downsized"): about the writer, not the company's internal matters
    ("own", "this is your own history, and a thank-you letter need not go into it; keep to the "
     "interview and what you would bring", frozenset({"laid", "layoff", "downsized"}), Caseless(
        r"(?=[bim])\b(?:i(?:['’]ve|['’]d)?\s+(?:(?:was|were|got|have|had|been|recently|just|"
        r"also)\s+){1,3}|being\s+|my\s+(?:recent\s+)?|my\s+(?:[\w-]+\s+){1,2}(?:was|were|got)"
        r"\s+)(?:laid\s+off|layoff|downsized)\b")),
)


_PRICED = frozenset({"pay", "gift"})  # the kinds a money sign alone may raise


def _job_subject(ctx: Context) -> frozenset[str]:
    """The stems of the position's and the topics' words: what the job itself is about."""
    interview = ctx.interview
    if interview is None:
        return frozenset()
    named = [interview.position, *interview.topics,
             *(ctx.interviewer.topics if ctx.interviewer is not None else ())]
    return frozenset().union(*(topic_stems(n)[0] for n in named if n))


def _of_the_job(found: str, subject: frozenset[str]) -> bool:
    """Whether every word of ``found`` is a word of the job's subject: the work, no ask.

    "compensation" for a Compensation Analyst, "salary bands" when they were a topic.
    """
    stems = topic_stems(found)[0]
    return bool(stems) and stems <= subject


def sensitive(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK306: nothing about pay, internal matters, gifts or money, or criticism.

    Words of the position or the topics are the job's subject, not an ask ("salary bands"
    for a Compensation Analyst); the writer's own "I was laid off" gets advice about them.
    """
    lines = _prose_lines(letter)
    whole = letter.spoken_text
    priced = any(sign in whole for sign in _MONEY)
    kinds = [kind for kind in _SENSITIVE
             if (any_word(whole, kind[2]) or (priced and kind[0] in _PRICED))
             and kind[3].found(whole)]
    subject = _job_subject(ctx) if kinds else frozenset()
    for line in lines if kinds else ():
        text = fold(line.text)
        own = [span for kind in kinds if kind[0] == "own" for span in kind[3].spans(text)]
        for name, advice, _words, pattern in kinds:
            taken = own if name != "own" else []  # the writer's own loss is not the company's
            found = next((text[a:b] for a, b in pattern.spans(text)
                          if not _of_the_job(text[a:b], subject)
                          and not any(x < b and a < y for x, y in taken)), None)
            if found is not None:
                yield Hit(f"Take out “{found}”: {advice}.", line.number)


#: Who else a cue of enthusiasm may describe: "someone who is very pleased", "you seemed
#: excited", "your passion for …". Such a cue is not the writer's own.
_OTHERS = frozenset("who he she they you everyone everybody someone team staff people "
                    "interviewer interviewers panel".split())
_POSSESSIVE = frozenset("your his her their its".split())
_COPULA = frozenset("is are was were seem seems seemed look looks looked sound sounds sounded "
                    "feel feels felt be been become became".split())
_DEGREE = frozenset("very so really truly clearly obviously genuinely quite extremely "
                    "incredibly most always visibly evidently all particularly especially "
                    "also still just sincerely truly deeply".split())


def _said_of_others(words: tuple[str, ...], start: int) -> bool:
    """Whether the cue at ``start`` describes someone else, not the writer."""
    i = start - 1
    if i >= 0 and words[i] in _POSSESSIVE:
        return True
    while i >= 0 and start - i <= 3 and words[i] in _DEGREE:
        i -= 1
    if i < 1 or words[i] not in _COPULA:
        return False
    return words[i - 1] in _OTHERS


#: The writer's own warmth without a cue word: "It was great to learn …" (a strong word for
#: what the writer did; "it was nice to meet you" and "great to meet you" are courtesies),
#: "Acme sounds like a great company to work for" or "I hope to join you" (a wish to work
#: there; "Acme is a great company" praises the reader), "Thank you for a wonderful visit".
_WARMTH = re.compile(
    r"\bit(?:\s+(?:was|is|has\s+been)|['’]s)\s+(?:(?:really|so|truly|just)\s+)?"
    r"(?:great|wonderful|fantastic|amazing|terrific|awesome|brilliant)\s+to\s+"
    r"(?!(?:meet|see|speak|talk|chat|hear\s+from)\s+(?:with\s+)?you\b)\w+"
    r"|\b(?:great|wonderful|fantastic|amazing|terrific|awesome|brilliant|ideal|perfect|dream)"
    r"\s+(?:place|company|firm|team|organi[sz]ation|environment|employer|workplace)\s+"
    r"(?:to\s+(?:work|be\s+(?:a\s+)?part\s+of|join|grow|build\s+a\s+career)|for\s+me)\b"
    r"|\bhope\s+to\s+(?:join|be\s+(?:a\s+)?part\s+of|work\s+(?:with|for|alongside))\b"
    r"|\b(?:thank\s+you|thanks)\s+(?:(?:so\s+much|again|very\s+much)\s+)?for\s+(?:a|an|such\s+a)\s+"
    r"(?:(?:really|truly|most)\s+)?(?:great|wonderful|fantastic|amazing|terrific|brilliant|"
    r"lovely|memorable|delightful)\b",
    re.IGNORECASE)


def _writer_enthusiastic(text: str) -> bool:
    """Whether ``text`` holds a cue of enthusiasm that is the writer's own."""
    words, spans = phrase_spans("enthusiasm", text)
    return any(not _said_of_others(words, start) for start, _end in spans) or bool(
        _WARMTH.search(fold(text)))


def enthusiasm(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK305: some sign of the writer's own enthusiasm.

    "I was excited to hear …", "It was great to learn …" and "sounds like a great place to
    work" count; "someone who is very pleased to work there", "your passion for teaching"
    and "a great team" describe the reader, not the writer, and do not.
    """
    if letter.paragraphs and not _writer_enthusiastic(letter.body_text):
        yield Hit("Let your enthusiasm show: say what you enjoyed or that you are excited "
                  "about the position; the letter has no such word.", letter.paragraphs[0].line)
