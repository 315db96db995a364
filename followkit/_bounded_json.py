"""JSON from a file someone else made, read within bounds: size, nesting depth and numbers.

Python's own reader fails on hostile input with errors that name nothing: a file nested
200,000 deep raises RecursionError, a 4,300-digit number ValueError, and ``NaN`` or
``1e999`` become numbers no one typed. :func:`load_bounded` refuses each with a
:class:`~followkit.errors.JSONBoundsError` whose message says what is wrong and what is expected;
callers add the file's name and raise their own FollowkitError.
"""

from __future__ import annotations

import json
import math

from followkit.errors import JSONBoundsError

__all__ = ["MAX_DEPTH", "MAX_NUMBER_DIGITS", "load_bounded"]

#: The deepest nesting of lists and objects accepted (followkit's own files use 4 levels).
MAX_DEPTH = 32
#: The most digits a number may have (counts, hours and ids need far fewer).
MAX_NUMBER_DIGITS = 30


def _check_depth(value: object, max_depth: int) -> None:
    """Walk the parsed document without recursion; refuse it past ``max_depth`` levels."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = (item.values() if isinstance(item, dict)
                    else item if isinstance(item, list) else ())
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > max_depth:
                    raise JSONBoundsError(
                        f"is nested more than {max_depth} levels deep; a followkit file is a "
                        "few levels of lists and objects.")
                stack.append((child, depth + 1))


def _number(text: str) -> int | float:
    digits = sum(c.isdigit() for c in text)
    if digits > MAX_NUMBER_DIGITS:
        raise JSONBoundsError(f"has a number with {digits:,} digits ({text[:20]}…); expected "
                              f"a number of at most {MAX_NUMBER_DIGITS} digits.")
    value = float(text) if any(c in text for c in ".eE") else int(text)
    if isinstance(value, float) and not math.isfinite(value):
        raise JSONBoundsError(f"has the number {text!r}, too large to use; expected an "
                              "ordinary number.")
    return value


def _constant(name: str) -> float:
    raise JSONBoundsError(f"has {name}, which is not a number JSON allows; expected a number.")


def load_bounded(text: str, *, max_depth: int = MAX_DEPTH) -> object:
    """Parse ``text`` as JSON within the bounds above; a leading UTF-8 BOM is ignored.

    Raises JSONBoundsError saying what is wrong, with the line and column when
    the text is not JSON at all.
    """
    try:
        value = json.loads(text.removeprefix("\ufeff"), parse_int=_number, parse_float=_number,
                           parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise JSONBoundsError(f"is not valid JSON at line {exc.lineno}, column {exc.colno}: "
                              f"{exc.msg}; it may be cut short or edited by hand.") from None
    except RecursionError:  # Python's reader gives up near 1,000 levels, before the walk
        raise JSONBoundsError(f"is nested more than {max_depth} levels deep; a followkit file "
                              "is a few levels of lists and objects.") from None
    _check_depth(value, max_depth)
    return value
