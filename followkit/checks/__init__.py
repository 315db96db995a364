"""The letter checker: the letter reader, the rule catalogue and the functions that run it.

``check(letter, interview)`` says what a careful coach would say about one letter;
``check_batch(letters, interview)`` does so for all letters of one interview and adds the
rules that look across letters. ``RULES`` is the immutable catalogue; ``docs/rules.md`` is
generated from it (:mod:`followkit.checks.docs`).
"""

from followkit.checks._catalogue import RULES
from followkit.checks._reader import ParsedLetter, parse_letter, read_letter
from followkit.checks._rule import Rule
from followkit.checks._rules_batch import letter_similarity
from followkit.checks._run import check, check_batch

__all__ = ["RULES", "ParsedLetter", "Rule", "check", "check_batch", "letter_similarity",
           "parse_letter", "read_letter"]
