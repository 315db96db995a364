"""Interview notes as a letter writes them: "10+ yrs SQL" → "more than ten years of SQL".

People type notes fast, right after the interview, often in a second language. Each kind of
note has a reader that returns a :class:`Note`: the phrase a letter can use (empty when the
note cannot be made to read well, or must stay out of a letter), what kind of phrase it is,
and the :class:`Problem` records that ``fk.check_form`` shows beside the field.

- :func:`read_topic`: what was discussed, a noun phrase that reads after "we discussed …";
- :func:`read_skill`: a skill worded by its kind (licence, time served, tool, deed);
- :func:`read_bring`: what the writer would bring, as a deed ("building …");
- :func:`read_next_step`: the next step agreed, as what the writer will do.

Note-speak comes from ``followkit/checks/phrases/note_speak.txt`` and sensitive matters from
``followkit/checks/phrases/sensitive.txt``, the same lists the checker's FK704 and FK306 use.
Pure functions, cached: the live preview reads the same notes on every keystroke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from followkit.letters._wording import and_list, clean_item

__all__ = ["Note", "Problem", "note_speak", "read_bring", "read_next_step", "read_skill",
           "read_topic", "sensitive_phrase", "with_article"]


@dataclass(frozen=True)
class Problem:
    """What is wrong with a note, as advice with a suggested rewrite.

    ``code`` is the checker's code where one applies (FK306, FK701, FK703, FK704) and FK8xx
    for what only a form note can get wrong.
    """

    code: str
    name: str
    severity: str
    message: str
    suggestion: str = ""


@dataclass(frozen=True)
class Note:
    """One note as a letter writes it; ``text`` is empty when the letter leaves it out."""

    typed: str
    text: str
    kind: str
    problems: tuple[Problem, ...] = ()

    @property
    def left_out(self) -> bool:
        """True when the letter does not use this note."""
        return not self.text


# --- the shared phrase lists -----------------------------------------------------------------


@cache
def _lines(name: str) -> tuple[str, ...]:
    # The lists belong to the checker; they are read as data (followkit.checks is not imported)
    text = resources.files("followkit").joinpath("checks", "phrases", f"{name}.txt").read_text(
        encoding="utf-8")
    lines = (" ".join(line.split()) for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def note_speak() -> dict[str, str]:
    """Note abbreviations and what a letter writes instead, from ``note_speak.txt``."""
    pairs = (line.split(" = ", 1) for line in _lines("note_speak") if " = " in line)
    return {short.strip().lower(): full.strip() for short, full in pairs}


@cache
def _note_speak_pattern() -> re.Pattern[str]:
    shorts = sorted(note_speak(), key=len, reverse=True)
    parts = [re.escape(s) + (r"(?!\w)" if s[-1].isalnum() else "") for s in shorts]
    return re.compile(rf"(?<![\w/])(?:{'|'.join(parts)})", re.IGNORECASE)


@cache
def _sensitive_pattern() -> re.Pattern[str]:
    parts = []
    for phrase in sorted(_lines("sensitive"), key=len, reverse=True):
        words = [re.escape(w) if w != "*" else r"(?:\S+\s+){0,3}\S+" for w in phrase.split()]
        parts.append(r"\s+".join(words))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])", re.IGNORECASE)


def sensitive_phrase(text: str) -> str:
    """The first sensitive matter ``text`` names ("salary range"), or ``""``."""
    found = _sensitive_pattern().search(text.replace("’", "'"))
    return found.group(0) if found else ""


# --- tidying every note --------------------------------------------------------------------

_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten")
#: Count nouns written after a number in notes ("4 year", "6 person").
_PLURALS = {"year": "years", "month": "months", "week": "weeks", "day": "days",
            "hour": "hours", "person": "people", "member": "members", "employee": "employees",
            "nurse": "nurses", "site": "sites", "store": "stores", "shift": "shifts",
            "bed": "beds", "location": "locations", "client": "clients", "school": "schools",
            "student": "students", "engineer": "engineers", "analyst": "analysts",
            "team": "teams", "warehouse": "warehouses", "truck": "trucks", "project": "projects",
            "office": "offices", "country": "countries", "language": "languages",
            "classroom": "classrooms", "branch": "branches", "driver": "drivers"}
_LOWER_I = re.compile(r"(?<![\w'’-])i(?=$|[\s,;:.!?]|['’](?:m|ve|d|ll)\b)")
_DOUBLED = re.compile(r"\b(\w+)(?:\s+\1\b)+", re.IGNORECASE)
_PLUS = re.compile(r"(?<![\w.])(\d+)\+(?=\s)")
_RANGE = re.compile(r"(?<![\w.])(\d+)\s*[-–]\s*(\d+)(?=\s+[a-z])", re.IGNORECASE)
_COUNT = re.compile(r"(?<![\w.$#£€/:-])(\d+)(?=\s+([A-Za-z]+)\b)")
_LONE = re.compile(r"(\b(?:to|from|of|and|or|by|than)\s+)(\d+)(?=$|[\s,;.](?!\d))")
_QUALIFIERS = frozenset("over about almost nearly around some than only just approximately "
                        "roughly under past last first next".split())
#: Words whose number is a name, not a count ("NVQ level 3", "version 2", "ward 7").
_LABELS = frozenset("level grade version phase tier band stage step unit ward room floor "
                    "building bay gate dock aisle zone".split())
_NOT_COUNTED = frozenset({"am", "pm", "percent", "a", "p", "x", "k", "m", "mm", "cm", "kg",
                          "lb", "lbs", "km"})


def _number(text: str) -> str:
    value = int(text)
    return _NUMBER_WORDS[value] if value <= 10 else text


_UNITS = {"hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour", "min": "minute",
          "mins": "minute", "minute": "minute", "minutes": "minute"}
#: "12 hr shifts" → "12-hour shifts": a time that describes the noun after it.
_TIMED = re.compile(
    r"(?<![\w.])(\d+)\s*(hrs?|hours?|mins?|minutes?)\s+(?=(?:shift|day|week|rotation|window|"
    r"drive|commute|block|session|visit|call|break|lunch|meeting)s?\b)", re.IGNORECASE)
#: "40min", "2 hr" → "40 minutes", "2 hours" (not "HR").
_DURATION = re.compile(r"(?<![\w.])(\d+)\s*(hrs?|mins?)\b", re.IGNORECASE)


#: The noun a span of time describes ("2 day office" → "two-day office"): a lower-case word
#: that is not a preposition, a conjunction or a number ("4 year in ICU" is "four years").
_DESCRIBED = (r"(?!(?:in|at|of|as|with|for|on|and|or|to|from|by|ago|old|each|per|a|an|the|"
              r"experience|exp)\b)(?=[a-z]{2,}\b)")


def _write_times(text: str) -> str:
    text = _TIMED.sub(lambda m: f"{m[1]}-{_UNITS[m[2].lower()]} ", text)
    return _DURATION.sub(
        lambda m: f"{m[1]} {_UNITS[m[2].lower()]}{'' if m[1] == '1' else 's'}", text)


def _write_numbers(text: str, problems: list[Problem]) -> str:
    """Numbers the way a letter writes them: "10+" → "more than ten", "4 year" → "four years"."""
    text = _write_times(text)
    text = _PLUS.sub(lambda m: f"more than {_number(m[1])}", text)
    text = _RANGE.sub(lambda m: f"{_number(m[1])} to {_number(m[2])}", text)

    def count(match: re.Match[str]) -> str:
        noun = match[2].lower()
        before = match.string[:match.start()].split()
        last = before[-1] if before else ""
        named = (last[:1].isupper() and last.lower() not in _QUALIFIERS) or last.lower() in _LABELS
        if noun in _NOT_COUNTED or named:
            return match[0]  # "4 pm", "Python 3 migration", "Grade 4 class"
        return _number(match[1])

    text = _COUNT.sub(count, text)
    text = _LONE.sub(lambda m: f"{m[1]}{_number(m[2])}", text)

    def agree(match: re.Match[str]) -> str:
        number, noun = match[1], match[2]
        plural = _PLURALS[noun.lower()]
        if number.lower() in ("one", "1", "a", "an"):
            return match[0]
        problems.append(Problem(
            "FK703", "grammar", "info",
            f"Write “{match[0]}” as “{number} {plural}”: more than one takes the plural (the "
            "letter does).", f"{number} {plural}"))
        return f"{number} {plural}"

    words = "|".join(_NUMBER_WORDS[2:]) + r"|\d+|several|many|few"
    text = re.sub(rf"\b({words}|one|1)\s+(day|week|month|year)\s+{_DESCRIBED}",
                  lambda m: f"{m[1]}-{m[2]} ", text, flags=re.IGNORECASE)
    nouns = "|".join(_PLURALS)
    return re.sub(rf"\b({words})\s+({nouns})\b(?![-'’])", agree, text, flags=re.IGNORECASE)


#: "&", "+" or a lone "n" between words, as notes write "and": "references + CPR card",
#: "ventilator n proning".
_AMPERSAND = re.compile(r"(?<=\w)\s(?:&|\+|n)\s(?=\w)")


def _and(match: re.Match[str]) -> str:
    """" & " between ordinary words is "and"; between two capitalised words it is a name.

    "Harlow & Pike" stays; "+" and "n" are always "and".
    """
    if "&" not in match[0]:
        return " and "
    before = match.string[:match.start()].split()[-1]
    after = match.string[match.end():].split()[0]
    return match[0] if before[:1].isupper() and after[:1].isupper() else " and "


def _expand_note_speak(text: str, problems: list[Problem]) -> str:
    table = note_speak()

    def expand(match: re.Match[str]) -> str:
        short = match[0]
        letters = [ch for ch in short if ch.isalpha()]
        if len(letters) > 1 and all(ch.isupper() for ch in letters):
            return short  # HR, MO: an acronym, not note-speak
        full = table[short.lower()]
        problems.append(Problem(
            "FK704", "note-speak", "info",
            f"Write “{short}” out as “{full}”; a letter does not use note abbreviations (the "
            "letter spells it out).", full))
        return full

    text = _note_speak_pattern().sub(expand, text)
    anded = _AMPERSAND.sub(_and, text)
    if anded != text:
        problems.append(Problem("FK704", "note-speak", "info",
                                "Write “&”, “+” or “n” as “and” between ordinary words (the "
                                "letter does).", "and"))
        text = anded
    text = re.sub(r"\bexperience\s+on\b", "experience with", text)  # "experience on SQL"
    return re.sub(r"\bexperience\s+(?=[A-Z])", "experience with ", text)


#: Languages people list among their skills ("bilingual spanish", "speak arabic and english").
_LANGUAGES = frozenset(
    "English German French Spanish Italian Portuguese Mandarin Cantonese Arabic Polish Turkish "
    "Russian Japanese Korean Hindi Dutch Swedish Ukrainian Vietnamese Tagalog Urdu Bengali "
    "Punjabi Tamil Telugu Farsi Persian Hebrew Greek Romanian Somali Swahili Amharic "
    "Chinese".split())
#: Words notes often type in lower case that a letter capitalises.
_CASING = {w.lower(): w for w in (
    "API APIs SQL AWS GCP CRM ERP KPI KPIs OKRs SEO UX QA ETL GTFS EHR EMR ICU PICU NICU HR "
    f"{' '.join(sorted(_LANGUAGES))} "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "June July August September October November December Excel PowerPoint".split())}
_CASING_WORD = re.compile(r"\b(" + "|".join(_CASING) + r")\b", re.IGNORECASE)


def _fix_casing(text: str) -> str:
    def fix(match: re.Match[str]) -> str:
        word = match[0]
        return _CASING[word.lower()] if word.islower() else word
    return _CASING_WORD.sub(fix, text)


#: Articles a second-language note leaves out where a letter needs them.
_MISSING_ARTICLES = (
    (re.compile(r"\b(\w+ing)\s+(team|group|crew|staff|department|shift|unit)\s+of\b", re.I),
     r"\1 a \2 of"),  # "managing team of 8" → "managing a team of eight"
    (re.compile(r"\bas\s+(second|first|foreign|additional)\s+language\b", re.I),
     r"as a \1 language"),
)


def _add_articles(text: str) -> str:
    for pattern, replacement in _MISSING_ARTICLES:
        text = pattern.sub(replacement, text)
    return text


@lru_cache(maxsize=1024)
def _tidy(typed: str) -> tuple[str, tuple[Problem, ...]]:
    """The note with note-speak expanded, "i" → "I", doubled words once, numbers written."""
    problems: list[Problem] = []
    text = " ".join(typed.replace("’", "'").split())
    text = _expand_note_speak(text, problems)
    if _LOWER_I.search(text):
        problems.append(Problem("FK703", "grammar", "info",
                                "Write “I” as a capital letter (the letter does).", "I"))
        text = _LOWER_I.sub("I", text)
    for match in list(_DOUBLED.finditer(text)):
        if match[1].isdigit():
            continue
        problems.append(Problem("FK701", "repeated-word", "info",
                                f"“{match[0]}” repeats a word; write it once (the letter "
                                "does).", match[1]))
    text = _DOUBLED.sub(lambda m: m[0] if m[1].isdigit() else m[1], text)
    text = _add_articles(_write_numbers(text, problems))
    return _fix_casing(clean_item(text)), tuple(problems)


# --- what a note is --------------------------------------------------------------------------

_WH_START = re.compile(r"^(?:how|why|what|when|where|who|whom|whose|whether|which)\b", re.I)
_AT_LENGTH = (r"(?:\s+(?:a\s+lot|a\s+bit|a\s+little|briefly|at\s+length"
              r"|for\s+a\s+(?:long\s+time|while|bit))|\s+(?:to|with)\s+(?:him|her|them|me|us|you))*")
#: Who asked, and the asking: "she ask", "they asked", "the manager asked".
_ASK = r"^(?:(?:he|she|they|you|the\s+\w+)\s+)?(?:ask|asks|asked|asking)"
#: How notes start before the topic itself: "we talked for a long time about", "discuss about",
#: "talked ERP go-live" (a verb typed without its "about").
_LEAD_IN = re.compile(
    rf"^(?:(?:we|I)\s+)?(?:talked|talk|spoke|speak|chatted|learned|heard){_AT_LENGTH}"
    r"\s+(?:about|of|on|regarding)\s+"
    rf"|^(?:(?:we|I)\s+)?(?:discussed|discuss|talked|went\s+over|covered){_AT_LENGTH}"
    r"(?:\s+(?:about|on|regarding))?\s+"
    r"|^discussion\s+(?:about|of|on)\s+|^about\s+|^re\s+"
    # "she ask me about conflict with a coworker", "asked about my gap year"
    rf"|{_ASK}\s+(?:me\s+)?+(?:(?:about|on|regarding)\s+)?(?!to\b|if\b|whether\b|for\b)",
    re.IGNORECASE)
#: A note that says what they asked: "she asked me about …", "ask abt my gap year".
_ASKED = re.compile(rf"{_ASK}\b", re.IGNORECASE)
#: What they asked about the writer: "my gap year", "how I handle …", "why I left …".
_ABOUT_ME = re.compile(r"\b(?:I|[Mm]e|[Mm]y)\b")
#: "asked me Kubernetes experience": what they asked about is the writer's own.
_ASKED_ME = re.compile(rf"{_ASK}\s+me\s+(?!about\b|on\b|regarding\b|to\b|how\b|why\b|what\b|"
                       r"if\b|whether\b)", re.IGNORECASE)
#: A question typed after its noun: "flaky tests how to fix?" is "how to fix flaky tests".
_NOUN_THEN_HOW = re.compile(r"^(?P<np>[^,;]+?)\s+(?P<how>how|why|what|when|where)\s+"
                            r"(?P<rest>to\s+\w+.*)$", re.IGNORECASE)
_SUBJECT = r"(?:I|we|they|he|she|you|it)"
_MODAL = r"(?:will|'ll|would|should|must|can|could|cannot|can't|won't|are going to|is going to)"
_PLAN = re.compile(
    rf"^(?P<np>.*?)\s*\b(?:they|we|you)\s+(?:{_MODAL}|plan to|want to|are planning to|"
    rf"would like to|need to|have to)\s+(?P<verb>\w+)(?P<rest>.*)$", re.IGNORECASE)
_TEAM_SIZE = re.compile(
    r"^(?P<np>.+?)\s+(?:is|are|was|has)\s+(?P<n>\w+)\s+(?P<unit>[a-z]+)$", re.IGNORECASE)
_SINGULAR = {**{plural: single for single, plural in _PLURALS.items()},
             **{single: single for single in _PLURALS}, "persons": "person", "strong": "person",
             "children": "child", "kids": "child", "students": "student", "beds": "bed"}
_SENTENCE = re.compile(
    rf"\b{_SUBJECT}\s+(?!and\b|or\b)\w+|\b(?:is|are|was|were|isn't|aren't|wasn't)\b"
    rf"|\b{_MODAL}\b|\bdon't\b|\bdoesn't\b|\bdidn't\b"
    r"|(?<![\w-])(?:has|have|had|wants)(?![\w-])", re.IGNORECASE)
#: Words after which a "how …" topic that goes on ("… and she is worried …") is cut short.
_LONG_TOPIC = 12
#: A note that ends in what is said about its subject, with the verb left out ("shrink way too
#: high", "turnover very bad"): a sentence, not a topic.
_PREDICATE = re.compile(r"\b(?:way\s+)?(?:too|very|so|really|super|pretty)\s+\w+$", re.IGNORECASE)
#: A note that goes on to say something about its topic (", which keeps slipping").
_GOES_ON = re.compile(r",\s*which\b", re.IGNORECASE)
#: Where a long note goes on from its topic to a second thought: "the front desk coverage |
#: when people are out sick", "the ERP go-live | , month end close 5 days -> 3".
_CLAUSE_BREAK = re.compile(
    r",\s|;\s|\s[-–—]\s|\s(?:when|which|because|but|since|while|so)\s"
    r"|\s(?:and|&)\s+(?:also|she|he|they|we|I|it|there)\b", re.IGNORECASE)
_DETERMINERS = frozenset("a an the your our their its this that these those his her my some "
                         "any each every".split())


def with_article(phrase: str) -> str:
    """``phrase`` with "the" before it unless it starts with a determiner or a capital."""
    first = phrase.split()[0] if phrase.split() else ""
    if not first or first.lower() in _DETERMINERS or first[0].isupper() or first[0].isdigit():
        return phrase
    return f"the {phrase}"


def _object(rest: str) -> str:
    """"new system" → "a new system": an object typed without its article."""
    rest = rest.strip()
    if re.match(r"^(?:new|second|bigger|larger|better|small|big)(?:\s+\w+){1,3}$", rest, re.I):
        return f"a {rest}"
    return rest


#: Head nouns of a topic that want "the" when typed bare ("Kubernetes migration").
_COUNTABLE_HEADS = frozenset(
    "migration rollout launch redesign project program programme system pipeline dashboard lab "
    "suite plan reorg reorganization reorganisation upgrade expansion move transition audit "
    "implementation initiative campaign renovation merger go-live integration roadmap "
    "strategy unit wing clinic branch store site warehouse exercise competition study survey "
    "pilot platform app website portal database curriculum contract proposal rebrand acquisition "
    "conference event fair festival partnership team department rota schedule board process "
    "workflow tool framework policy calendar backlog network fleet depot shift office checklist "
    "template model service line floor record ratio pool protocol menu side".split())
_PREPOSITION = re.compile(r"\s+(?:for|of|in|with|at|on|to|from|about|across|between)\s+", re.I)


def _with_topic_article(text: str) -> str:
    """"Kubernetes migration" → "the Kubernetes migration"; "cost of X" → "the cost of X"."""
    words = text.split()
    if not words or words[0].lower() in _DETERMINERS or _WH_START.match(text):
        return text
    if words[0].lower().endswith("ing") and len(words) > 1:
        return text  # "opening the Mesa branch", "hiring nurses": a gerund needs no article
    if len(words) > 1 and words[1].lower() == "of" and words[0].islower():
        return f"the {text}"
    head = _PREPOSITION.split(text, maxsplit=1)[0].split()
    if 1 < len(head) <= 4 or (len(head) == 1 and len(words) > 1):
        if head[-1].lower() in _COUNTABLE_HEADS:
            return f"the {text}"
    return text


def _you(text: str) -> str:
    """"how they plan" → "how you plan": the letter speaks to the people the note calls they.

    Or we, as the interviewer said it: "how we do incident postmortems".
    """
    if not _WH_START.match(text):
        return text
    swaps = {"they": "you", "their": "your", "them": "you", "theirs": "yours",
             "we": "you", "our": "your", "us": "you", "ours": "yours"}
    return re.sub(r"\b(they|their|them|theirs|we|our|us|ours)\b",
                  lambda m: swaps[m[1].lower()], text, flags=re.IGNORECASE)


def _as_topic(text: str) -> tuple[str, str]:
    """(topic, rewrite kind): the note as a noun phrase, "" when it cannot be made one."""
    if _WH_START.match(text):
        found = _CLAUSE_BREAK.search(text) if len(text.split()) > _LONG_TOPIC else None
        return (_you(text[:found.start()]), "rewrite") if found else (_you(text), "")
    if _PREDICATE.search(text) or _GOES_ON.search(text):
        return "", "sentence"
    if not _SENTENCE.search(text):
        return _with_topic_article(text), ""
    size = _TEAM_SIZE.match(text)
    unit = _SINGULAR.get(size["unit"].lower(), "") if size else ""
    if size and unit and (size["n"].isdigit() or size["n"].lower() in _NUMBER_WORDS):
        noun = re.sub(r"^(?:the|our|their|your)\s+", "", size["np"], flags=re.I)
        count = _number(size["n"]) if size["n"].isdigit() else size["n"]
        return f"the {count}-{unit} {noun}", "rewrite"
    need = re.match(r"^(?:we|they|you)\s+(?:really\s+)?needs?\s+"
                    r"(?!to\b|someone\b|somebody\b|anyone\b|a person\b)(?P<what>.+)$", text, re.I)
    if need and not _SENTENCE.search(need["what"]):
        return f"the need for {need['what']}", "rewrite"
    plan = _PLAN.match(text)
    if plan and not _SENTENCE.search(plan["np"]) and plan["verb"].lower() not in ("be", "not"):
        action = f"{plan['verb']} {_object(plan['rest'])}".strip()
        if plan["np"].strip():
            return f"{with_article(plan['np'].strip())} you plan to {action}", "rewrite"
        return f"your plan to {action}", "rewrite"
    return "", "sentence"


_NOTE_MARKS = re.compile(r"(?<!\bre):|\s=\s|->|=>|\s/\s|\s[-–]\s")


def _marks_problem(typed: str, example: str = "passing three of the four CPA exam sections"
                   ) -> Problem:
    found = _NOTE_MARKS.search(typed)
    mark = found[0].strip() if found else ":"
    return Problem(
        "FK801", "note-is-a-sentence", "warning",
        f"“{typed}” is written as a note (with “{mark}”), which will not read in a letter; "
        f"the letter leaves it out. Write it as words, such as “{example}”.")


def _sentence_problem(typed: str, what: str, example: str) -> Problem:
    hint = (f"such as “{example}”" if example else
            "the way you would finish “we discussed …” (“the hiring plans for the unit”)")
    return Problem(
        "FK801", "note-is-a-sentence", "warning",
        f"“{typed}” is written as a sentence, so it will not read inside {what}; the letter "
        f"leaves it out. Write it as the thing itself, {hint}.", example)


def _rewrite_problem(typed: str, written: str, what: str) -> Problem:
    return Problem(
        "FK801", "note-is-a-sentence", "info",
        f"“{typed}” reads as a sentence; the letter writes it as {what} “{written}”. "
        "Change the note if that is not what you meant.", written)


def _sensitive_problem(typed: str, found: str) -> Problem:
    rule = ("a thank-you letter leaves pay, benefits and internal matters out, so the letter "
            "does not mention this note")
    if found.casefold() in (typed.casefold(), f"about {typed.casefold()}"):
        return Problem("FK306", "sensitive", "warning",
                       f"Keep “{typed}” for your own records: {rule}.")
    return Problem("FK306", "sensitive", "warning",
                   f"“{typed}” touches on {found}; {rule}. Keep it for your own records.")


def _example_topic(text: str) -> str:
    """A noun phrase to suggest for a topic typed as a sentence."""
    head = re.split(r"\s+(?:is|are|was|were|will|would|should|can|must)\b", text)[0].strip()
    words = head.split()
    if words and len(words) <= 5 and not re.match(rf"^{_SUBJECT}$", words[0], re.I) and \
            not _SENTENCE.search(head):
        return with_article(head)
    return ""


def _clause_head(text: str) -> str:
    """The topic a note starts with before it goes on, or "" when that start is no topic.

    "the ERP go-live, close 5 days -> 3" → "the ERP go-live".
    """
    found = _CLAUSE_BREAK.search(text)
    head = text[:found.start()].strip() if found else ""
    if not head or _NOTE_MARKS.search(head):
        return ""
    topic, how = _as_topic(head)
    return topic if how == "" else ""


def _head_problem(typed: str, head: str) -> Problem:
    return Problem(
        "FK801", "note-is-a-sentence", "info",
        f"“{typed}” goes on after its topic; the letter names only “{head}”. Keep the rest "
        "for your own records, or reword the note if the topic is something else.", head)


def _lead_in_taken(text: str) -> str:
    """The note without its lead-in ("we talked about", "she asked me about") or its "?"."""
    text = _LEAD_IN.sub("", text.strip().rstrip("?").strip()).strip()
    turned = _NOUN_THEN_HOW.match(text)
    if turned and not _WH_START.match(text):
        text = f"{turned['how']} {turned['rest']} {turned['np']}"
    return text


@lru_cache(maxsize=1024)
def read_topic(typed: str) -> Note:
    """A topic discussed, as it reads after "we discussed …"."""
    text, problems = _tidy(typed)
    about_me = _ASKED_ME.match(text) is not None  # "asked me my Kubernetes experience"
    asked = _ASKED.match(text) is not None
    text = _lead_in_taken(text)
    found = sensitive_phrase(text)
    if found:
        return Note(typed, "", "sensitive", (*problems, _sensitive_problem(typed, found)))
    if about_me or (asked and _ABOUT_ME.search(text)):
        return Note(typed, "", "sentence", (*problems, Problem(
            "FK801", "note-is-a-sentence", "info",
            f"“{typed}” is what they asked about you; a thank-you recalls what you learned "
            "about the job, so the letter leaves it out. Note a topic of theirs instead, such "
            "as “the night-shift handover”.", "")))
    topic, how = _as_topic(text) if not _NOTE_MARKS.search(text) else ("", "marks")
    head = _clause_head(text) if how in ("marks", "sentence") else ""
    if head:
        return Note(typed, head, "topic", (*problems, _head_problem(typed, head)))
    if how == "marks":
        return Note(typed, "", "sentence", (*problems, _marks_problem(
            typed, "the move from a five-day to a three-day close")))
    if how == "rewrite":
        problems = tuple(p for p in problems if p.code != "FK703" or "plural" not in p.message)
    if how == "sentence":
        example = _example_topic(text)
        return Note(typed, "", "sentence",
                    (*problems, _sentence_problem(typed, "“we discussed …”", example)))
    if how == "rewrite":
        problems = (*problems, _rewrite_problem(typed, topic, "the topic"))
    return Note(typed, topic, "topic", problems)


# --- skills ------------------------------------------------------------------------------

_ABOUT = r"(?:over|about|almost|nearly|more than|some|around|close to)\s+"
_COUNT_WORDS = (r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                r"twelve|fifteen|twenty|thirty|several|many)")
_TIME_SERVED = re.compile(
    rf"^(?P<about>{_ABOUT})?"
    rf"(?P<count>(?:an?\s+)(?:few\s+|couple of\s+)?|{_COUNT_WORDS}(?:\s+to\s+\w+)?\s+)"
    r"(?:full\s+)?(?P<unit>years?|months?|decades?)\b(?P<rest>.*)$", re.IGNORECASE)
#: Time served typed after the skill: "customer service 6 years", "SQL over 4 yrs".
_TRAILING_TIME = re.compile(
    rf"^(?P<what>.+?)\s+(?P<time>(?:{_ABOUT})?{_COUNT_WORDS}\s+(?:full\s+)?(?:years?|months?))$",
    re.IGNORECASE)
#: Words that already say what the time was spent on ("five years of experience in ICU").
_SPENT_ON = re.compile(r"\b(?:experience|work|working|background|practice|career)\b", re.I)
_PREPOSITIONS = frozenset("in at as of on with for across within inside".split())
_CLAIM = re.compile(
    r"^(?:I\s+)?(?:have\s+)?(?:worked|spent|have|had|did|done|been)\s+(?=\S)", re.IGNORECASE)
_DID_FOR = re.compile(
    r"^(?:I\s+)?(?:have\s+)?(?:been\s+)?[a-z]+(?:ing|ed)?\s+(?:for\s+)?"
    r"(?=(?:more than|over|about|almost|nearly)?\s*\S+\s+(?:full\s+)?(?:years?|months?)\b)",
    re.IGNORECASE)
_KNOW = re.compile(r"^(?:I\s+)?(?:know|use|used|speak)\s+(?=\S)", re.IGNORECASE)
_HEDGE = re.compile(
    r"^(?:(?:a\s+)?little\s+bit(?:\s+of)?|a\s+little|a\s+bit\s+of|basic|some|beginner)\s+"
    r"|\s+(?:a\s+)?(?:little\s+bit|a\s+little|a\s+bit|basic|basics|beginner)$", re.IGNORECASE)
_LICENCE_WORDS = frozenset("licence license licensed certification certificate credential "
                           "accreditation registration qualification diploma degree "
                           "endorsement permit".split())
_EXPERIENCE = re.compile(r"^(?:(?:hands-on|strong|solid|some)\s+)?experience\s+(?:with|in|of)\s+",
                         re.IGNORECASE)
_BACKGROUND = re.compile(r"^(?:a\s+)?background\s+in\s+", re.IGNORECASE)
_SUFFIX_EXPERIENCE = re.compile(r"\s+(?:experience|exp|skills?)$", re.IGNORECASE)
#: -ing words that name a field or trade, not a deed ("accounting", "nursing").
_FIELDS = frozenset(
    "accounting marketing nursing engineering programming training scheduling budgeting "
    "bookkeeping teaching tutoring consulting networking landscaping plumbing welding lending "
    "banking publishing recruiting planning catering cleaning coaching counseling counselling "
    "editing fundraising manufacturing purchasing shipping testing trading writing housekeeping "
    "underwriting modeling modelling forecasting onboarding reporting staffing billing "
    "invoicing machining wiring lighting drafting sewing auditing merchandising "
    "copywriting storytelling".split())
_IRREGULAR = {"led": "leading", "built": "building", "ran": "running", "wrote": "writing",
              "taught": "teaching", "grew": "growing", "cut": "cutting", "made": "making",
              "won": "winning", "set": "setting", "took": "taking", "brought": "bringing",
              "began": "beginning", "drove": "driving", "spoke": "speaking", "sold": "selling",
              "kept": "keeping", "held": "holding", "met": "meeting", "put": "putting",
              "rebuilt": "rebuilding", "rewrote": "rewriting", "oversaw": "overseeing",
              "got": "getting", "shut": "shutting", "saw": "seeing", "ran,": "running"}


@cache
def _certifications() -> dict[str, str]:
    """Credentials typed as a bare acronym ("ACLS") and how a letter names them."""
    table = {}
    for line in _lines("certifications"):
        short, _, full = line.partition(" = ")
        table[short.strip().lower()] = full.strip() or f"{short.strip()} certification"
    return table


def _gerund(verb: str) -> str:
    """"built" → "building", "designed" → "designing"; "" when ``verb`` is no past tense."""
    lower = verb.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if lower.endswith("ied") and len(lower) > 4:
        return lower[:-3] + "ying"
    if lower.endswith("ed") and len(lower) > 4:
        return lower[:-2] + "ing"
    return ""


#: Verbs people start a skill with in the present ("improve the invoice process"); only verbs
#: that are not also the first word of a noun phrase ("lead generation", "process mapping").
_BASE_VERBS = frozenset(
    "improve manage reduce handle develop create organize organise coordinate supervise "
    "maintain prepare increase streamline implement negotiate resolve operate repair install "
    "troubleshoot motivate deliver analyze analyse automate".split())
_TRAITS = frozenset(
    "organized organised detail-oriented oriented hardworking hard-working motivated "
    "self-motivated reliable punctual dependable learner friendly flexible energetic "
    "passionate dedicated responsible self-starter honest patient careful polite "
    "compassionate caring empathetic empathic kind calm adaptable creative "
    "player ethic attitude".split())
_TRAIT_FILLERS = frozenset("very highly extremely and a an good great strong fast quick hard "
                           "working team work detail positive people person".split())
_LANGUAGE_CUES = frozenset("i can able to speak speaks spoken fluent fluently bilingual "
                           "native speaker of in and both languages language".split())


def _languages(text: str) -> str:
    """"bilingual spanish" → "my fluency in Spanish"; "" when ``text`` is not about languages."""
    words = re.findall(r"[A-Za-z]+", text)
    spoken = [w.capitalize() for w in words if w.capitalize() in _LANGUAGES]
    if not spoken or any(w.capitalize() not in _LANGUAGES and w.lower() not in _LANGUAGE_CUES
                         for w in words):
        return ""
    fluent = re.search(r"\b(?:fluent|fluently|bilingual|native)\b", text, re.IGNORECASE)
    return f"my fluency in {and_list(spoken)}" if fluent else f"my {and_list(spoken)}"


def _is_trait(text: str) -> bool:
    """Whether a skill only says what the writer is like ("very organized", "team player")."""
    words = re.findall(r"[\w-]+", text.lower())
    return bool(words) and any(w in _TRAITS for w in words) and all(
        w in _TRAITS or w in _TRAIT_FILLERS for w in words)


def _base_gerund(verb: str) -> str:
    """"improve" → "improving" for a verb of :data:`_BASE_VERBS`, else ""."""
    lower = verb.lower()
    if lower not in _BASE_VERBS:
        return ""
    return f"{lower[:-1]}ing" if lower.endswith("e") else f"{lower}ing"


#: Words in -ed that name a kind of thing in a skill, not something done: "distributed
#: systems", "differentiated instruction", "managed care" (but "automated the payroll").
_KIND_ED = frozenset(
    "distributed differentiated automated embedded applied advanced integrated supervised "
    "unsupervised specialized specialised structured unstructured animated connected "
    "augmented assisted guided blended accelerated".split())


def _as_deed(text: str) -> str:
    """A deed as a gerund phrase ("building X"), or "" when ``text`` does not start with one."""
    text = re.sub(r"^I\s+", "", text)
    first, _, rest = text.partition(" ")
    lower = first.lower()
    if lower in _KIND_ED and rest and rest.split()[0].lower() not in _DETERMINERS:
        return ""  # "distributed systems" is a field, "automated the payroll" a deed
    if lower.endswith("ing") and len(lower) > 4 and rest and lower not in _FIELDS:
        return f"{lower} {rest}"
    gerund = _gerund(first) or _base_gerund(first)
    if gerund and rest:
        return f"{gerund} {rest}"
    return ""


def _with_experience(field: str) -> str:
    """"warehouse" → "warehouse experience": "eight years of warehouse" names a place, not work.

    "on-call with a 99.95% SLO" → "on-call experience with a 99.95% SLO". A gerund ("leading
    teams"), a name ("SQL") or a field that says it ("experience in …") is kept as typed.
    """
    if field[:1].isupper() or field.split()[0].endswith("ing") or _SPENT_ON.search(field):
        return field
    head, *rest = _PREPOSITION.split(field, maxsplit=1)
    if not rest:
        return f"{field} experience"
    return f"{head} experience {field[len(head):].strip()}"


def _time_served(text: str) -> str:
    """"ten years SQL" → "ten years of SQL"; "" when not time served."""
    found = _TIME_SERVED.match(text)
    if not found:
        return ""
    rest = found["rest"].strip()
    first = rest.split()[0].lower() if rest else ""
    if rest and (first not in _PREPOSITIONS or first.endswith("ing")):
        rest = f"of {_with_experience(rest)}"
    head = text[:found.end("unit")]
    if not found["about"] and not re.match(r"^an?\s+(?:few|couple)", head, re.I):
        head = re.sub(r"^(?:an?\s+)", "", head)
    return f"{head} {rest}".strip()


@lru_cache(maxsize=1024)
def read_skill(typed: str) -> Note:
    """A skill as a letter names it, with its kind: licence, time, tool, deed or hedged.

    ``text`` is the whole phrase a letter uses: "my ACLS certification", "my five years in
    the ER", "more than ten years of SQL", "my experience with Tableau", "my experience
    building an on-call rotation", "a working knowledge of SAP EWM".
    """
    text, problems = _tidy(typed)
    found = sensitive_phrase(text)
    if found:
        return Note(typed, "", "sensitive", (*problems, _sensitive_problem(typed, found)))
    if _NOTE_MARKS.search(text):
        return Note(typed, "", "sentence", (*problems, _marks_problem(typed)))
    claim = _CLAIM.sub("", text) if _CLAIM.match(text) else text
    trailing = _TRAILING_TIME.match(claim)
    if trailing and not _TIME_SERVED.match(claim):
        time = re.sub(r"\b\d+\b", lambda m: _number(m[0]), trailing["time"])
        claim = f"{time} {trailing['what']}"
    if not _TIME_SERVED.match(claim) and _DID_FOR.match(claim):
        stated = _TIME_SERVED.match(_DID_FOR.sub("", claim))  # "I teach 6 years in …"
        if stated and stated["rest"].strip():
            claim = _DID_FOR.sub("", claim)
    served = _time_served(claim)
    counted = _TIME_SERVED.match(claim)
    if served and counted:
        vague = counted["about"] or re.match(r"^an?\s+(?:few|couple)", counted["count"], re.I)
        phrase = served[0].lower() + served[1:] if vague else f"my {served}"
        if claim != text:
            problems = (*problems, _rewrite_problem(typed, phrase, "the skill"))
        return Note(typed, phrase, "time", problems)
    spoken = _languages(text)
    if spoken:
        return Note(typed, spoken, "language", problems)
    if _is_trait(text):
        return Note(typed, "", "trait", (*problems, Problem(
            "FK801", "note-is-a-sentence", "warning",
            f"“{typed}” says what you are like rather than what you can do, so it does not "
            "read after “my experience with …”; the letter leaves it out. Name a skill or "
            "something you did that shows it (“keeping the filing for six attorneys up to "
            "date”).")))
    text = _KNOW.sub("", text)
    hedged = _HEDGE.search(text)
    if hedged:
        plain = _EXPERIENCE.sub("", _HEDGE.sub("", text)).strip()
        return Note(typed, f"a working knowledge of {plain}", "hedged", problems)
    certified = re.match(r"^(?P<what>.+?)\s+(?P<how>certified|trained)$", text, re.I)
    if certified:
        what = "certification" if certified["how"].lower() == "certified" else "training"
        return Note(typed, f"my {certified['what']} {what}", "licence", problems)
    deed = _as_deed(text)
    if deed:
        return Note(typed, f"my experience {deed}", "deed", problems)
    if _SENTENCE.search(text):
        return Note(typed, "", "sentence", (*problems, Problem(
            "FK801", "note-is-a-sentence", "warning",
            f"“{typed}” is written as a sentence, so it will not read inside “my experience "
            "with …”; the letter leaves it out. Name the skill itself (“SAP EWM”, “four years "
            "in logistics”, “forklift license”).")))
    last = text.split()[-1].lower() if text.split() else ""
    if last in _LICENCE_WORDS or text.lower() in _certifications():
        name = _certifications().get(text.lower(), text)
        return Note(typed, f"my {name}", "licence", problems)
    if _BACKGROUND.match(text):
        return Note(typed, f"my {text}", "tool", problems)
    if re.search(r"\bskills$", text, re.IGNORECASE) and not _EXPERIENCE.match(text):
        return Note(typed, f"my {text}", "tool", problems)  # "my knife skills"
    plain = _SUFFIX_EXPERIENCE.sub("", _EXPERIENCE.sub("", text)).strip() or text
    return Note(typed, f"my experience with {plain}", "tool", problems)


# --- what the writer would bring; the next step --------------------------------------------

_RESULT = re.compile(
    r"\d|%|\b(?:cut|cutting|reduc\w*|rais\w*|increas\w*|grew|grow\w*|sav\w*|doubl\w*|halv\w*|"
    r"improv\w*|lower\w*|won|shorten\w*|boost\w*|from\s+\S+\s+to|award\w*|zero|first|"
    r"fewer|faster|more)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def read_bring(typed: str) -> Note:
    """What the writer would bring: an achievement as a deed ("building the … that cut …")."""
    text, problems = _tidy(typed)
    found = sensitive_phrase(text)
    if found:
        return Note(typed, "", "sensitive", (*problems, _sensitive_problem(typed, found)))
    head, comma, tail = text.partition(", ")
    served = read_skill(head)
    if served.kind == "time" and served.text and not _SENTENCE.search(head):
        # "3 yrs picker/packer, RF scanner"
        deed = served.text if re.match(rf"my\s|{_ABOUT}", served.text) else f"my {served.text}"
        if comma:
            problems = (*problems, Problem(
                "FK801", "note-is-a-sentence", "info",
                f"“{typed}” goes on after its first part; the letter uses only “{deed}”. Name "
                f"one thing you did and its result, such as “{deed}, where I …”."))
        return Note(typed, deed, "deed", problems)
    if comma and (_SENTENCE.search(tail) or re.search(r"\b\w+ed\b|\bjoined\b", tail)):
        deed = _as_deed(head)
        if deed:
            return Note(typed, deed, "deed", (*problems, Problem(
                "FK801", "note-is-a-sentence", "info",
                f"“{typed}” joins two sentences with a comma; the letter uses only “{deed}”. "
                f"Write the result into it, such as “{deed} that {tail}”.", f"{deed} that {tail}")))
    deed = _as_deed(text)
    if not deed and not _SENTENCE.search(text):
        deed = f"my work on {with_article(text)}" if text else ""
    if not deed:
        return Note(typed, "", "sentence", (*problems, Problem(
            "FK801", "note-is-a-sentence", "warning",
            f"“{typed}” does not read as something you did; the letter leaves it out. Start "
            "with what you did, such as “building the onboarding program that cut ramp-up "
            "time by a third”.", "building …")))
    if not _RESULT.search(text):
        problems = (*problems, Problem(
            "FK802", "no-result", "info",
            f"Add the result to “{typed}”: a number or what changed (“that cut churn by "
            "18%”) is what makes a hiring manager remember it."))
    return Note(typed, deed, "deed", problems)


_ACTIONS = frozenset(
    "send share email forward complete submit provide prepare finish fill confirm schedule book "
    "arrange get write return sign take review upload follow check come meet visit bring do "
    "draft put pass introduce connect mail drop post attend".split())
_WILL = re.compile(r"^(?:(?:I|we)\s+(?:will|'ll|am going to|plan to|should|need to|must)\s+|"
                   r"will\s+|to\s+|next\s+step\s*:?\s*)", re.IGNORECASE)
_PUSHY = re.compile(r"\bcall\s+(?:you|them|him|her)\b|\bcheck\s+in\b", re.IGNORECASE)
_WHEN = re.compile(r"\b(?:by|on|before|next|this|tomorrow|today|monday|tuesday|wednesday|"
                   r"thursday|friday|saturday|sunday|week|month)\b", re.IGNORECASE)


#: What a person sends or brings of their own, typed without "my" ("send references").
_MY_DOCUMENTS = ("references", "reference letters", "resume", "résumé", "CV", "portfolio",
                 "transcript", "transcripts", "certificate", "certificates", "certification",
                 "cert", "licence", "license", "writing sample", "work samples", "availability",
                 "ID")
_BARE_DOCUMENT = re.compile(
    rf"^(\w+)\s+(?:(you)\s+)?(?:(copy|copies)\s+of\s+)?(?!my\b|the\b|a\b|an\b|your\b|our\b|you\b)"
    rf"(?=(?:\w+\s+){{0,2}}(?:{'|'.join(_MY_DOCUMENTS)})\b)", re.IGNORECASE)


def _to_the_reader(action: str) -> str:
    """The step as said to the reader: "send her my CV" → "send you my CV".

    "send copy of forklift licence" → "send a copy of my forklift licence"; "send references"
    → "send my references".
    """
    action = re.sub(r"^(\w+)\s+(?:her|him|them)\b", r"\1 you", action, flags=re.IGNORECASE)

    def mine(match: re.Match[str]) -> str:
        you = f"{match[2]} " if match[2] else ""
        copy = f"{'a copy' if match[3].lower() == 'copy' else 'copies'} of " if match[3] else ""
        return f"{match[1]} {you}{copy}my "
    return _BARE_DOCUMENT.sub(mine, action, count=1)


#: A hedge typed into a plan ("demo lesson maybe next week", "start Saturday if ok"): the
#: letter states the step agreed.
_STEP_HEDGE = re.compile(r"\s*,?\s*\bif\s+(?:ok|okay|possible|fine|that\s+works)\b\.?$"
                         r"|\b(?:maybe|probably|possibly|perhaps|hopefully)\s+", re.IGNORECASE)


@lru_cache(maxsize=1024)
def read_next_step(typed: str) -> Note:
    """The next step agreed: an ``action`` ("send the references") or an ``event``.

    An action is what the writer will do ("I will … as we discussed"); an event is a noun
    phrase the writer looks forward to ("the second interview next week").
    """
    text, problems = _tidy(typed)
    text = _STEP_HEDGE.sub("", text).strip() or text
    found = sensitive_phrase(text)
    if found:
        return Note(typed, "", "sensitive", (*problems, _sensitive_problem(typed, found)))
    if _PUSHY.search(text):
        return Note(typed, "", "pushy", (*problems, Problem(
            "FK304", "pushy", "warning",
            f"“{typed}” promises to chase the reader, which can read as pushy; the letter "
            "leaves it out. Name what you will send or do instead.")))
    action = _WILL.sub("", text).strip()
    first = action.split()[0].lower() if action.split() else ""
    if first in _ACTIONS:
        return Note(typed, _to_the_reader(action[0].lower() + action[1:]), "action", problems)
    if not _SENTENCE.search(text):
        return Note(typed, with_article(text), "event", problems)
    return Note(typed, "", "sentence", (*problems, Problem(
        "FK801", "note-is-a-sentence", "warning",
        f"“{typed}” does not read as a step you will take; the letter leaves it out. Write "
        "what you will do, such as “send my references by Friday”.",
        "send my references by Friday")))


def mentions_when(text: str) -> bool:
    """Whether a next step already says when ("by Friday", "next week")."""
    return bool(_WHEN.search(text))
