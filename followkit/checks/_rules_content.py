"""Rules FK101–FK110: what a follow-up holds, from the guide's "Follow-up Content".

"Your first paragraph should briskly, but professionally, express your gratitude … Your next
paragraph can elaborate on what was discussed during the interview, with a nod to your
skills or experience as it pertains to the position. … The last paragraph of your message
should show your willingness to continue correspondence … include your contact information
or link to previous work … use a professional sign-off".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followkit.checks._matching import (
    Caseless,
    CaselessAny,
    any_word,
    mentions,
    quote,
    recalls,
    sentences,
    skip_to,
)
from followkit.checks._phrases import has_phrase, normalise, phrase_set, phrase_spans, phrase_words
from followkit.checks._reader import (
    ParsedLetter,
    count_words,
    fold,
    has_contact,
    has_own_contact,
)
from followkit.checks._rule import Context, Hit
from followkit.checks._rules_tailoring import without_instructions
from followkit.letters._notes import read_skill, read_topic

__all__ = [
    "brisk_opening", "contact_or_work", "greeting", "keep_in_touch", "length",
    "recall_discussion", "shape", "sign_off", "skills_fit", "thanks_first",
]

#: "to discuss the … position": the purpose of the meeting, not something recalled from it.
_PURPOSE_END = (
    r"\s+(?:the|my|this|your|a|an|our)?\s*(?:[\w&'’/-]+\s+){0,5}?"
    r"(?:position|role|job|opening|opportunity|candidacy|application|vacancy|post|"
    r"interview|how\s+my\s+[\w\s]{0,40}?(?:align|fit|match)\w*(?:\s+with\s+[\w\s']{0,40}?"
    r"(?:goals|needs|requirements|team|role|position))?|my\s+(?:skills|qualifications|"
    r"experience|background|fit))s?\b(?:\s+(?:with\s+(?:me|you)|at\s+[\w&' ]+?))?"
    r"(?=[.,;!?]|\s+(?:with|on|today|yesterday|this|last)\b|$)")
#: How a letter says it met to talk: "discussing", "talked about", "learn more about".
_TALK_VERBS = (r"discuss(?:ing|ed)?(?:\s+about)?",
               r"talk(?:ing|ed)?\s+(?:about|through|with\s+me\s+about)",
               r"speak(?:ing)?\s+(?:with\s+me\s+)?about", r"spoke\s+about",
               r"meet(?:ing)?\s+about", r"learn(?:ing)?\s+(?:more\s+)?about",
               r"hear(?:ing)?\s+(?:more\s+)?about")
_TALKED = f"(?:{'|'.join(_TALK_VERBS)})"
_PURPOSE = Caseless(skip_to((  # "to discuss the … position" is read as "to …", as "discuss …"
    r"\bforward\s+to\s+(?:hearing|learning|talking|discussing|speaking)\b[^.!?]*",
    rf"\bto\s+{_TALKED}{_PURPOSE_END}", rf"\bfor\s+{_TALKED}{_PURPOSE_END}",
    *(rf"\b{verb}{_PURPOSE_END}" for verb in _TALK_VERBS),
)), needs=("forward", "discuss", "talk", "speak", "spoke", "meet", "learn", "hear"))

#: What the writer brings, after "my" or "our": "my … experience", "our training".
_BRINGS = (r"(?:[\w'’-]+\s+(?:and\s+)?){0,4}?(?:experiences?|skills?|skill\s?set|"
           r"background|education|training|qualifications?|expertise|knowledge|degree|"
           r"certifications?|licen[cs]e|track\s+record|coursework|internships?|studies|"
           r"strengths?|abilit(?:y|ies)|track\s+record|work\s+(?:history|experience))\b")
#: What the writer did, after "I", "I have" or "having": "I led …", "having trained …".
_DID = (r"\s+(?:also\s+)?(?:led|managed|built|designed|developed|taught|kept|held|used|"
        r"applied|trained|supervised|coordinated|implemented|launched|handled|oversaw|run|"
        r"ran|worked|spent|prepared|written|wrote|closed|created|organi[sz]ed|delivered|"
        r"reduced|increased|improved|served|volunteered|completed|earned|studied|cared|cut|"
        r"grew|saved|doubled|tripled|halved|automated|streamlined|established|negotiated|"
        r"mentored|coached|scaled|boosted|shipped|sold|rebuilt|redesigned|migrated|founded|"
        r"expanded|lowered|generated|secured|achieved|exceeded|overhauled|set\s+up|"
        r"cleaned\s+up|turned\s+around|collected|identified|analy[sz]ed|published|researched|"
        r"surveyed|audited|processed|scheduled|merged|combined|consolidated|integrated|"
        r"converted|moderni[sz]ed|refactored|optimi[sz]ed|standardi[sz]ed|reorgani[sz]ed|"
        r"piloted|drafted|installed|repaired|maintained|restored|rewired|wired|deployed|"
        r"configured|tested|diagnosed|cooked|baked|nursed|treated)\b")
_WITH_EXPERIENCE = (r"\s+(?:(?!(?:your|their|his|her|its)\b)[\w'’-]+\s+){0,3}?"
                    r"experience\s+(?:as|in|with)\b")
_IN_MY = (r"\s+my\s+(?:[\w-]+\s+){0,3}?(?:role|position|job|internship|placement|practicum|"
          r"residency|apprenticeship|studies|degree|msc|ms|ma|mba|bsc|ba|phd|masters?|"
          r"master['’]s|bachelor['’]s|doctorate|fellowship|rotations?|clerkship)\b")
_IDEAS = (r"ideas\s+(?:that\s+)?i\s+(?:mentioned|shared|proposed|suggested|presented|outlined|"
          r"pitched)\b")
#: Self, then what the writer brings: "my … experience", "I have … skills", "my education".
_SKILLS = CaselessAny((
    rf"\bmy\s+{_BRINGS}", rf"\bour\s+{_BRINGS}",
    r"\bmy\s+(?:[\w'’-]+\s+)?(?:work\s+(?:on|at|in|as|with)|research|thesis|dissertation)\b",
    r"\bi(?:\s+have|['’]ve|\s+also\s+have|\s+bring|\s+gained|\s+developed|\s+earned|"
    r"\s+hold|\s+completed)\s+(?:[\w'’-]+\s+){0,5}?(?:experience|skills?|background|"
    r"training|years?|certificat\w+|degree|licen[cs]e)\b",
    *(rf"\b{what}\s+(?:that\s+)?i\s+(?:have|bring|gained|built)\b"
      for what in ("experience", r"skills?", "background")),
    # "With past professional experience as a software engineer, …" (not "with your …")
    *(rf"\b{word}{_WITH_EXPERIENCE}" for word in ("with", "having", "bringing")),
    rf"\bthe\s+{_IDEAS}", rf"\bmy\s+{_IDEAS}", rf"\bsome\s+(?:of\s+)?(?:the\s+|my\s+)?{_IDEAS}",
    r"\bi(?:\s+have|['’]ve)\s+(?:also\s+)?been\s+(?:a|an|working|responsible|"
    r"doing|teaching|leading|running|managing|handling|trained|certified|licensed)\b",
    r"\bi\s+(?:also\s+)?(?:currently\s+)?(?:handle|manage|lead|run|teach|supervise|"
    r"coordinate|oversee|build|design|develop|train|care\s+for|work\s+(?:as|with|in|on))\b",
    *(rf"\b{word}{_IN_MY}" for word in ("in", "at", "during", "from")),
    r"\bi(?:\s+have|['’]ve)\s+(?:also\s+)?(?:already\s+)?(?!(?:attached|enclosed|included|"
    r"added|forwarded|noticed|enjoyed|appreciated|decided|wanted|heard|received|considered|"
    r"reviewed|followed|learned|learnt|thought|reflected|applied|interviewed|talked|spoken|"
    r"started|continued|loved|liked|missed|asked|reached|contacted)\b)[a-z]+ed\b",
    rf"\bi(?:\s+have|['’]ve)?{_DID}", rf"\bhaving{_DID}",
    # a template's slot for what the writer brings: "I have [your strongest skill]" (FK203's)
    r"\bi(?:\s+have|['’]ve|\s+bring|\s+offer)\s+(?:also\s+)?[\[({<][^\[\](){}<>\n]{2,100}"
    r"[\]})>]",
))


#: The writer saying what they are good at or have been: "I am (highly) proficient in …",
#: "I'm well versed in …", "As a press operator for six years, …" ("your team is experienced
#: in …" describes the reader).
_SELF_SKILLED = re.compile(
    r"\bi(?:\s+am|['’]m)\s+(?:[\w-]+\s+){0,2}?(?:experienced|proficient|skilled|fluent|"
    r"(?:well[\s-])?versed|familiar\s+with(?!\s+(?:you|your|the\s+company)\b)|competent|adept)\b"
    r"|\bas\s+an?\s+(?:[\w-]+\s+){1,3}?for\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|several|many|a\s+few)\s+(?:years?|months?)\b", re.IGNORECASE)
def _self_skilled(text: str) -> bool:
    """:data:`_SELF_SKILLED` found in ``text``, tried only when one of its words is there."""
    lowered = text.lower()
    if not (any(word in lowered for word in _SKILLED_WORDS) or (
            "as a" in lowered and " for " in lowered)):
        return False
    return _SELF_SKILLED.search(text) is not None


#: The writer's own practice or past as what taught them: "Student teaching … taught me how
#: …", "A placement at a rural practice prepared me for …", "my leadership positions on campus
#: have prepared me well" (a tour, or the talk with the reader, that taught them is no nod).
_TAUGHT_ME = Caseless(skip_to(rf"\b{verb}\s+me\b"
                              for verb in ("taught", "showed", "prepared", "trained", "equipped")))
_PRACTICE = re.compile(r"\b(?:student\s+teaching|fieldwork|field\s+work|volunteering|"
                       r"apprenticeship|practicum|internship|placement|residency)\b"
                       r"|\bmy\s+(?!(?:interview|visit|conversation|talk|chat|tour|meeting|call|"
                       r"time\s+with)\b)", re.IGNORECASE)


_PRACTICE_WORDS = ("teaching", "fieldwork", "field work", "volunteering", "apprenticeship",
                   "practicum", "internship", "placement", "residency", "my ")
_SKILLED_WORDS = ("experienced", "proficient", "skilled", "fluent", "versed", "familiar",
                  "competent", "adept")


def _practice_taught(text: str) -> bool:
    """Whether a sentence of ``text`` says the writer's practice taught or prepared them."""
    lowered = text.lower()
    if " me" not in lowered or not any(word in lowered for word in _PRACTICE_WORDS):
        return False  # (substring tests first: the pattern opens on common letters)
    for match in _TAUGHT_ME.finditer(text):
        before = text[max(0, match.start() - 80):match.start()]
        before = re.split(r"[.!?]", before)[-1]
        if _PRACTICE.search(before):
            return True
    return False


#: Thanks for a chance to talk about oneself, not a word on how one fits: "thank you for the
#: chance to share my skills and experience".
_SHARE = (r"\s+to\s+(?:share|discuss|present|explain|talk\s+about|go\s+over|walk\s+you\s+"
          r"through)\s+my\b[^.!?;]*")
_SHARED = Caseless(skip_to((
    rf"\bchance{_SHARE}", rf"\bopportunity{_SHARE}", rf"\btime{_SHARE}",
    r"\bfor\s+(?:letting\s+me|allowing\s+me\s+to)\s+(?:share|discuss|present|explain|"
    r"talk\s+about)\s+my\b[^.!?;]*")),
    needs=("share", "discuss", "present", "explain", "talk", "go", "walk"))


#: Time spent doing the work: "four years on the pastry station", "my three years answering
#: phones" (tried only when the letter speaks of years, months, summers or seasons).
_YEARS = Caseless(
    r"(?=[\daefmnost])"  # the first characters it can start with: the search skips to them
    r"\b(?:\d+\+?|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|several|many|a\s+few)\s+"
    r"(?:years?|months?|summers?|seasons?)\s+(?:of\s+(?!the\b|this\b|your\b)|on\s+(?!the\s+"
    r"(?:market|horizon)\b)[a-z]|"
    r"in\s+(?!the\s+future)|at\s+|as\s+(?:a|an|the)\b|with\s+|"
    r"(?!being\b|looking\b|waiting\b)[a-z]+ing\b)",
)
_UNITS = frozenset("year years month months summer summers season seasons".split())


def _first_line(letter: ParsedLetter) -> int | None:
    if letter.paragraphs:
        return letter.paragraphs[0].line
    return letter.greeting.number if letter.greeting else None


def greeting(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK101: a greeting that names the reader."""
    if letter.greeting is None:
        opening = _opening(letter)
        start = f"starts with {quote(opening, 6)}" if opening else "has no text of its own"
        yield Hit("Open with a greeting that names the reader, such as “Dear Ms. Rivera,”; "
                  f"the letter {start}.", _first_line(letter))
        return
    addressee = letter.greeting.addressee
    if not addressee or letter.greeting.names_nobody:
        yield Hit(f"Greet the reader by name; {quote(letter.greeting.text)} names nobody. "
                  "Use the name of the person who interviewed you.", letter.greeting.number)


def _opening(letter: ParsedLetter) -> str:
    return letter.paragraphs[0].text if letter.paragraphs else letter.text.strip()


def thanks_first(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK102: the first body paragraph thanks the reader."""
    if not letter.paragraphs:
        quoted = (f" (all from line {letter.quoted_from} on is a quoted message, which no rule "
                  "reads: write your letter above it)") if letter.quoted_from else ""
        yield Hit("Write a first paragraph that thanks the reader for the interview; "
                  f"the letter has no body{quoted}.", _first_line(letter))
        return
    first = letter.paragraphs[0]
    opening = letter.paragraphs[:2] if _PLEASANTRY.match(first.text) else (first,)
    if not any(_thanks_the_reader(p.text) for p in opening):
        yield Hit(f"Thank the reader in your first paragraph; it now opens with "
                  f"{quote(first.text, 6)}.", first.line)


#: A one-line pleasantry before the thanks: "I hope you had a good weekend.", "Good
#: morning!", "Greetings of the day!", "Warm greetings from Pune.", "Happy Friday!".
_PLEASANTRY = re.compile(
    r"(?i)^(?:(?:i\s+)?(?:hope|trust)\s+(?:you|this|that|your|all)\b[^.!?]{0,60}"
    r"|good\s+(?:morning|afternoon|evening|day)\b[^.!?]{0,30}"
    r"|(?:(?:warm|warmest|kind|season['’]?s)\s+)?greetings\b[^.!?]{0,40}"
    r"|happy\s+\w+(?:\s+\w+)?|(?:hello|hi)\s+again)[.!]*\s*$")
#: Thanks sent to someone else: "thank them for …", "please thank the interviewer", or a
#: guide's instruction left in: "Thank the employer …", "The opening paragraph thanks the
#: interviewer …".
_THANKS_ELSEWHERE = Caseless(skip_to([
    r"\bthanks?\s+(?:them|him|her|the\s+(?:interviewers?|employers?|hiring\s+managers?|"
    r"recruiters?|person|contacts?|reader))\b"]), needs=("thank",))


#: Thanks for a favour not yet done: "that would be much appreciated", "I'd appreciate an
#: update", "I would appreciate it if you could …" ask; they do not thank.
_ASKED = r"\s+(?:be\s+)?(?:\w+\s+)?appreciat(?:e|ed)\b"
_THANKS_ASKED = Caseless(skip_to([r"\bwould" + _ASKED, r"\bcould" + _ASKED, r"\bwill" + _ASKED,
                                  r"'d" + _ASKED, r"’d" + _ASKED, r"\bappreciate\s+it\s+if\b"]),
                        needs=("appreciat",))
#: Granting the reader a point: "I appreciate (that) you may be busy", "… they must be
#: swamped", "… you are very busy"; it thanks for nothing.
_THANKS_GRANTED = Caseless(skip_to([
    r"\bappreciate\s+(?:that\s+)?(?:you|they|he|she|the\s+team)\s+(?:may|might|must|could|"
    r"probably|likely)\b",
    r"\bappreciate\s+(?:that\s+)?(?:you|they|he|she|the\s+team)(?:\s+are|['’]re)\s+"
    r"(?:very\s+|so\s+|extremely\s+|quite\s+)?(?:busy|swamped|inundated|overwhelmed|"
    r"stretched)\b"]), needs=("appreciate",))


#: A thank-you as a thing, not thanks given: "send a thank you note as a pull request", "I
#: am writing this thank-you email".
_THANKS_NOUN = Caseless(skip_to([
    r"\bthank(?:s|[\s-]*you)[\s-]+(?:notes?|e-?mails?|letters?|cards?|messages?|gifts?)\b"]),
    needs=("thank",))


def _thanks_the_reader(text: str) -> bool:
    """Whether ``text`` thanks its reader ("Thank you", "I appreciate", "grateful")."""
    if not has_phrase("thanks", text):
        return False
    for aside in (_THANKS_ELSEWHERE, _THANKS_ASKED, _THANKS_GRANTED, _THANKS_NOUN):
        if aside.found(text):
            text = aside.sub(" ", text)
            if not has_phrase("thanks", text):
                return False
    return True


def brisk_opening(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK103: the first of several paragraphs is brisk (at most 60 words and 3 sentences)."""
    if not letter.paragraphs:
        return
    first = letter.paragraphs[0]
    count, said = count_words(first.text), len(sentences(first.text))
    # A body of one paragraph is FK109's to split, unless even that is long for an opening.
    limit = 2 if len(letter.paragraphs) == 1 else 1
    if count > 60 * limit or said > 3 * limit:
        yield Hit(f"Keep the thanks brisk: your first paragraph has {count} words in {said} "
                  "sentences; aim for one to three sentences and under 60 words, and move the "
                  "rest to the next paragraph.", first.line)


def _topics(ctx: Context) -> tuple[str, ...]:
    topics = tuple(ctx.interview.topics) if ctx.interview else ()
    if ctx.interviewer is not None:
        topics += tuple(ctx.interviewer.topics)
    return topics


def recall_discussion(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK104: the letter refers to something discussed at the interview.

    With known topics, one of them is recalled by its words or a paraphrase
    (:func:`~followkit.checks._matching.recalls`); without, a cue such as "learning about" or
    "the tour you gave me" is needed, and "to discuss the … position" does not count.
    """
    body = fold(letter.body_text)
    topics = _topics(ctx)
    if topics:
        if not any(recalls(body, t) or _mentions_written(body, read_topic(t).text)
                   for t in topics):
            # a note the letter should leave out (pay, why someone left) is no suggestion
            usable = [t for t in topics if not read_topic(t).left_out][:3]
            shown = f", such as {', '.join(f'“{t}”' for t in usable)}" if usable else ""
            yield Hit(f"Mention something you discussed{shown}; the letter names "
                      "none of the interview's topics.", _middle_line(letter))
    elif not _recalls_something(_PURPOSE.sub(" ", body), _own_names(ctx)):
        yield Hit("Recall something you discussed at the interview (“I enjoyed learning "
                  "about …”); the letter does not refer to the conversation.",
                  _middle_line(letter))


def _own_names(ctx: Context) -> frozenset[str]:
    """The words of the interview's company and position: naming them recalls nothing.

    "Learning more about Harlow & Pike and the Senior Staff Accountant role" says where and
    for what the interview was, not what was talked about.
    """
    interview = ctx.interview
    if interview is None:
        return frozenset()
    return phrase_words(f"{interview.company} {interview.position}")


def _mentions_written(body: str, written: str) -> bool:
    """Whether ``body`` names a note the way a letter writes it.

    "10+ yrs SQL" is written "more than ten years of SQL"; an empty ``written`` (a note
    letters leave out) is never found.
    """
    return bool(written) and mentions(body, written.removeprefix("my experience with "))


#: Words that name nothing in particular after "learning about" or "our conversation".
_GENERIC = frozenset(
    "company firm organization organisation team role position job opportunity interview "
    "next steps step your yours with about more the that this these those time today "
    "yesterday meeting everyone people staff there business work day week process decision "
    "enjoyed appreciated loved liked thank thanks glad great really very much especially "
    "particularly interesting helpful wonderful pleasure truly also always again which what "
    "when where while from into onto have having been being would could should their them "
    "they were will shall some other such things thing everything anything lot lots name "
    "names during after before since because through across around among until upon within "
    "without against toward towards further visit excited exciting possibility chance "
    "join joining hope hoping forward interested operations operation particular general "
    "current upcoming ongoing recent project projects application applications guys folks "
    "doing done amazing awesome incredible fantastic impressive".split()
)
#: Where a clause ends: what follows "our chat; but …" or "After the tour, I …" is about
#: something else.
_CLAUSE_WORDS = r"\s(?:but|which|while|because|although)\s"
_CLAUSE = re.compile(rf"[;(]|,\s+(?=i\b)|{_CLAUSE_WORDS}", re.I)
#: The clause breaks that are words: a clause joined across one ("As we discussed, …") lacks
#: the word, so its words may not stand together in the sentence.
_WORD_BREAK = re.compile(_CLAUSE_WORDS, re.I)
_CONTENT = re.compile(r"[a-z][a-z'-]{3,}")


def _recalls_something(body: str, own: frozenset[str] = frozenset()) -> bool:
    """A shared moment ("the tour you gave me") or a conversation cue that names something.

    "I enjoyed learning about the fear-free handling training" names something; "I enjoyed
    our conversation.", "learning more about the company" and, with ``own`` the words of
    the interview's company and position, "learning about Acme and the analyst role" do not.
    """
    if has_phrase("recall_events", body):
        return True
    if not has_phrase("discussion_cues", body):
        return False
    for paragraph in body.split("\n\n"):
        if not has_phrase("discussion_cues", paragraph) and not _WORD_BREAK.search(paragraph):
            continue  # no sentence of it has a cue (its words are read once, as a line)
        for sentence in sentences(paragraph):
            if not has_phrase("discussion_cues", sentence) and not _WORD_BREAK.search(sentence):
                continue  # each clause's words stand together in the sentence: none has a cue
            for clause in _clauses(sentence):
                if _names_something(*phrase_spans("discussion_cues", clause), own):
                    return True
    return False


#: "As we discussed yesterday," points at the clause after it.
_AS_ASIDE = re.compile(r"\s*as\s[^,]{0,40}$", re.IGNORECASE)


#: "From our conversation, I understand that …": what follows is what the talk was about.
_FROM_TALK = re.compile(r"\s*(?:from|in|during|through)\s+(?:our|the|your|my|this)\s+"
                        r"(?:\w+\s+)?(?:conversation|talk|chat|discussion|meeting)s?\s*$",
                        re.IGNORECASE)


def _clauses(sentence: str) -> list[str]:
    """The clauses of ``sentence``; an aside such as "As we discussed," joins the next one."""
    clauses: list[str] = []
    for clause in _CLAUSE.split(sentence):
        if clauses and (_AS_ASIDE.match(clauses[-1]) or _FROM_TALK.match(clauses[-1])):
            clauses[-1] += f", {clause}"
        else:
            clauses.append(clause)
    return clauses


#: A cue that names the talk itself: what was said follows "about", "of", "on" …
_TALK_NOUNS = frozenset("conversation conversations talk chat discussion discussions".split())
#: What a talk did to the writer, not what it was about: "Our talk confirmed my interest".
_TALK_EFFECTS = frozenset(
    "confirmed reinforced made left gave was were has had further strengthened solidified "
    "increased deepened only really truly certainly definitely affirmed cemented heightened "
    "renewed boosted raised sparked and but so as because while".split())


#: What a talk or a visit did to the writer ends what it was about: "… confirmed my interest".
_EFFECTS = frozenset("confirmed reinforced strengthened solidified increased deepened affirmed "
                     "cemented heightened renewed boosted sparked convinced reassured".split())
#: … and "made me", "left me", "gave me": "hearing about the role made me keen".
_MADE = frozenset("made makes left leaves gave gives got".split())
#: Cues whose subject follows them: "learning about the kiln", never "the kiln … learning";
#: "getting to know your son Jake", never "taking the time to get to know me".
_OBJECT_AFTER = frozenset("about through how that of for know".split())
#: What follows a cue whose object stands before it: "the kiln I heard about yesterday".
_STRANDED = frozenset("yesterday today earlier during with last on at in and but so was were "
                      "is are has had i it".split())
#: "After our conversation, I am sure …": the talk is a moment in time, not a subject.
_SINCE = frozenset("after since following".split())
#: What introduces a talk's subject: "our chat about the rota", "the discussion of pay".
_ABOUT = frozenset("about of on regarding concerning around over".split())
#: A talk as such, with no subject of its own: "our conversation", "since we talked".
_TALK_WORDS = _TALK_NOUNS | frozenset("talked spoke chatted met".split())
#: What the writer took from a talk: "From our conversation, I understand that …".
_GATHERED = frozenset("understand understood learned learnt gather gathered know saw see "
                      "realized realised noticed heard sense".split())
#: A talk still to come: "continue our conversation", "our next chat".
_AHEAD = frozenset("continue continuing resume another next future further".split())


def _names_something(words: tuple[str, ...], spans: list[tuple[int, int]],
                     own: frozenset[str] = frozenset()) -> bool:
    """Whether a cue has a specific word near it: "learning about the kiln" names the kiln.

    What "our conversation" did to the writer is not its subject ("Our conversation
    confirmed my interest", "After our conversation, I am confident" name nothing); a cue
    that ends in "about" or "how" has its subject after it; the company's and the
    position's own words (``own``) name nothing discussed.
    """
    for start, end in spans:
        if start and words[end] in _TALK_WORDS and (words[start - 1] in _AHEAD or (
                words[start - 1] in _SINCE and _ABOUT.isdisjoint(words[end + 1:end + 4]))):
            continue  # "to continue our conversation", "since we talked": no subject
        after = words[end + 1:end + 13]  # eight words, once titles and names are blanked
        if after[:1] == ("i",) and after[1:2] and after[1] in _GATHERED:
            after = after[3:] if after[2:3] == ("that",) else after[2:]  # "… I understand"
        if words[end] in _TALK_NOUNS and after and (after[0] in _TALK_EFFECTS or (
                start and words[start - 1] in _SINCE and _ABOUT.isdisjoint(after[:3]))):
            after = ()  # "our conversation confirmed my interest" names no topic
        cut = next((i for i, w in enumerate(after) if w in _EFFECTS or (
            w in _MADE and words[end + i + 2:end + i + 3] in (("me",), ("my",)))), None)
        if cut is not None:
            after = after[:cut]  # "learning about the role confirmed my interest"
        stranded = not after or after[0] in _STRANDED  # "the kiln I heard about is …"
        before = () if words[end] in _OBJECT_AFTER and not stranded else words[
            max(0, start - 4):start]
        if any(_CONTENT.fullmatch(w) and _bare(w) not in _GENERIC and _bare(w) not in own
               for w in (*before, *_untitled(after)[:8])):
            return True
    return False


#: Nouns whose modifiers are a title: "the Associate Accountant role" names the role; a
#: legal suffix ends a company's name: "Pell Freight Ltd" names the company.
_TITLED = frozenset("role position job post opening vacancy inc corp corporation llc llp ltd "
                    "limited plc gmbh".split())
#: Where a title ends, reading back from its noun.
_TITLE_STOP = frozenset("the a an your this that and or about of for in at".split())


def _untitled(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without a title or a company's name: "the night porter job", "Pell Ltd"."""
    if _TITLED.isdisjoint(words):
        return words
    kept = list(words)
    for i, word in enumerate(words):
        if word in _TITLED:
            kept[i] = "the"
            j = i - 1
            while j >= 0 and i - j <= 4 and words[j] not in _TITLE_STOP:
                kept[j] = "the"
                j -= 1
    return tuple(kept)


def _bare(word: str) -> str:
    """A word without its possessive: "company's" is "company"."""
    return word.removesuffix("'s").removesuffix("'")


def _middle_line(letter: ParsedLetter) -> int | None:
    if len(letter.paragraphs) > 1:
        return letter.paragraphs[1].line
    return _first_line(letter)


def skills_fit(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK105: a nod to the writer's own skills or experience.

    The interview's skills named, or the writer speaking of what they bring: "my …
    experience", "My education and previous hands-on experiences fit …", "I have led …".
    """
    body = fold(letter.body_text)
    skills = tuple(ctx.interview.skills) if ctx.interview else ()
    if any(mentions(body, s) or _mentions_written(body, read_skill(s).text) for s in skills):
        return
    said = _SHARED.sub(" ", body)
    if has_phrase("skills_cues", said) or _SKILLS.found(said) or (  # the cheap test first
            any_word(said, _UNITS) and _YEARS.found(said)) or _practice_taught(said) or (
            _self_skilled(said)):
        return
    hint = f" such as “{skills[0]}”" if skills else ""
    yield Hit(f"Add a sentence on how your skills or experience{hint} fit the position; "
              "the letter says nothing about what you bring.", _middle_line(letter))


def keep_in_touch(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK106: the last paragraph shows willingness to continue the correspondence.

    The last body paragraph is judged, even a short one that only thanks again ("Thank you
    again for your consideration."): the guide asks the last paragraph to keep the door
    open. A closing line that is the sign-off ("Thanks again," above the name) is not body.
    On a handwritten card, whose few lines FK109 lets run together, a short last line ("Go
    Irish on Saturday!") may follow the one that keeps the door open.
    """
    if not letter.paragraphs:
        return
    last = letter.paragraphs[-1]
    closing: tuple = (last,)
    if ctx.channel == "handwritten" and _short(last) and len(letter.paragraphs) > 2:
        closing = letter.paragraphs[-2:]
    if any(_keeps_in_touch(without_instructions(p.text)) for p in closing):
        return
    yield Hit("End with a line that keeps the door open (“I look forward to hearing from "
              f"you”); your last paragraph is {quote(last.text, 6)}.", last.line)


#: A hope to meet again, however it is put: "I hope to (possibly) work with you soon",
#: "Hopefully we can work together", "I hope to have the opportunity to …", "I hope I get the
#: chance to cook for you".
_HOPE = re.compile(
    r"\b(?:hope|hoping|wish|hopefully)\b[^.!?]{0,40}?\b(?:to|can|could|will|may|might|shall)\s+"
    r"(?:\w+ly\s+)?(?:work(?:ing)?\s+(?:with|together|for|alongside)|join|be\s+(?:part|a\s+part)"
    r"\s+of|speak|talk|hear|meet|see\s+you|continue)\b"
    r"|\b(?:hope|hoping|hopefully)\b[^.!?]{0,30}?\b(?:chance|opportunity)\s+to\b",
    re.IGNORECASE)


#: A question that asks the reader for another meeting: "Could we speak again so I can …?"
_ASKS_AGAIN = re.compile(r"\b(?:could|can|would|will|may|shall)\s+(?:we|you|i)\b[^?]*\?$",
                         re.IGNORECASE)


#: A hope for news soon, however it is put: "I hope you will have an update for me soon".
_HOPE_NEWS = re.compile(r"\b(?:hope|hoping)\b[^.!?]{0,60}?\b(?:news|word|reply|response|"
                        r"update|answer|back)\b[^.!?]{0,20}?\bsoon\b"
                        # "Hoping for a favourable reply", "I am hopeful of a response"
                        r"|\b(?:hope|hoping|hopeful)\s+(?:for|of)\s+(?:a\s+|an\s+|your\s+)?"
                        r"(?:[\w-]+\s+){0,2}?(?:reply|response|answer|news|word)\b",
                        re.IGNORECASE)


def _keeps_in_touch(text: str) -> bool:
    """A line that keeps the door open ("I look forward to hearing from you").

    A question that asks for another call ("could we speak again so that I can ask …?")
    asks the reader to act; it does not leave the door open for them.
    """
    if "?" in text:
        text = " ".join(s for s in sentences(fold(text)) if not _ASKS_AGAIN.search(s))
    if has_phrase("keep_in_touch", text):
        return True
    folded = fold(text)
    if _HOPE.search(folded):
        return True
    return "hop" in folded.lower() and bool(_HOPE_NEWS.search(folded))


def _short(paragraph) -> bool:
    """A closing line of a dozen words or fewer ("Thanks again!", "Go Irish on Saturday!")."""
    return len(paragraph.text.split()) <= 12


def contact_or_work(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK107: an email address, phone number or link in the writer's own text.

    A typed letter's heading (the sender's address block) counts; a quoted message does not.
    """
    start = letter.greeting or letter.subject
    prose = {n for p in letter.paragraphs for n in p.lines}
    after = [line.text for line in letter.written if (start is None or line.number > start.number)
             and line.number not in prose]
    if has_contact("\n".join([*after, *(line.text for line in letter.heading)])) or any(
            has_own_contact(p.text) for p in letter.paragraphs):
        return
    if ctx.channel == "letter" and not letter.heading:
        yield Hit("Put your name, address and contact details and the date above the "
                  "greeting, as a typed letter does; the letter has no heading.",
                  letter.greeting.number if letter.greeting else None)
        return
    yield Hit("Add how to reach you (email or phone) or a link to your work below your "
              "name; the letter gives none.",
              letter.signature[0].number if letter.signature else None)


def sign_off(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK108: a professional sign-off."""
    if letter.sign_off is None:
        yield Hit("Close with a professional sign-off such as “Sincerely,”, “Thank you,” or "
                  "“Best,” above your name; the letter has none.",
                  letter.signature[0].number if letter.signature else None)
        return
    key = normalise(letter.sign_off.text.rstrip(",.!-— "))
    if key in phrase_set("sign_offs_casual"):
        yield Hit(f"Use a professional sign-off such as “Sincerely,” or “Best regards,”; "
                  f"{quote(letter.sign_off.text)} is too casual for an interviewer.",
                  letter.sign_off.number)


def shape(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK109: three or four body paragraphs (thanks; what was discussed; keeping in touch).

    A handwritten card may say it all in one or two paragraphs.
    """
    count = len(letter.paragraphs)
    if 3 <= count <= 4 or (ctx.channel == "handwritten" and 1 <= count <= 4):
        return  # a card's few lines may hold thanks, recall and keeping in touch together
    severity = "info" if count in (2, 5) else "warning"
    advice = ("split it into thanks, what you discussed and how to stay in touch" if count < 3
              else "merge or cut paragraphs")
    line = letter.paragraphs[0].line if letter.paragraphs else None
    yield Hit(f"Shape the body as three paragraphs; it has {count}, so {advice}.",
              line, severity)


def length(letter: ParsedLetter, ctx: Context) -> Iterator[Hit]:
    """FK110: a brisk message: 50–250 words by email, at most 150 by hand, 400 typed."""
    count = letter.words
    line = letter.paragraphs[0].line if letter.paragraphs else None
    if ctx.channel == "handwritten":
        if count > 150:
            yield Hit(f"Trim the note to 150 words or fewer; it has {count}, which is a lot "
                      "to write by hand and read on a card.", line)
        return
    if ctx.channel in ("phone", "text"):
        return
    most = 400 if ctx.channel == "letter" else 250  # a typed letter fills its one page
    if count < 50:
        yield Hit(f"Say a little more: the body has {count} words; a follow-up of 50 to {most} "
                  "words thanks, recalls the interview and keeps in touch.", line)
    elif count > most:
        yield Hit(f"Trim the letter to {most} words or fewer; the body has {count}, and a "
                  "follow-up should be brisk.", line)
