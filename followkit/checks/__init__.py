"""The letter checker: the letter reader, the rule catalogue FK101–FK704, and how to run them.

``check(letter, interview)`` says what a careful coach would say about one letter;
``check_batch(letters, interview)`` does so for all letters of one interview and adds the
rules that look across letters. ``RULES`` is the immutable catalogue; ``docs/rules.md`` is
generated from it (:mod:`followkit.checks.docs`). ``proofread(text)`` is the offline
proofreader behind FK701–FK704 (and the form coach); its dictionaries load on first use, or
earlier when a screen calls ``warm_up_proofreading()`` in a thread.
"""

from followkit.checks._catalogue import RULES
from followkit.checks._form import FormFinding, check_form
from followkit.checks._inputs import MAX_FILE_BYTES, read_input
from followkit.checks._proofread import LOCALES, Issue, proofread, validate_locale
from followkit.checks._proofread import warm_up as warm_up_proofreading
from followkit.checks._reader import ParsedLetter, parse_letter, read_letter
from followkit.checks._rule import Context, Facts, Rule
from followkit.checks._rules_batch import letter_similarity
from followkit.checks._run import check, check_batch, check_with_context, validate_options

__all__ = [
    "LOCALES",
    "MAX_FILE_BYTES",
    "RULES",
    "Context",
    "Facts",
    "FormFinding",
    "Issue",
    "ParsedLetter",
    "Rule",
    "check",
    "check_batch",
    "check_form",
    "check_with_context",
    "letter_similarity",
    "parse_letter",
    "proofread",
    "read_input",
    "read_letter",
    "validate_locale",
    "validate_options",
    "warm_up_proofreading",
]
