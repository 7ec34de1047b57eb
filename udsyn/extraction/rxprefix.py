"""Faster searches with long word alternations: a lookahead on the characters a match can start with.

Python's regex engine tries every alternative of ``overvej\\w*|considering|...`` at every position of a
sentence. A leading ``(?=[...])`` of the characters a match can start with turns most positions away with one
test. The pattern finds exactly the same matches (the lookahead is zero-width and admits every possible first
character, in the pattern's own case rules); where the first characters cannot be worked out (``\\w``, ``.``,
a negated class, a pattern that may match nothing), the pattern is returned unchanged.
"""

from __future__ import annotations

import re
from re import _constants as c
from re import _parser

_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_MAX_RANGE = 256  # a wider range ([^...], \u0000-\uffff) would make the class no filter at all


def with_first_chars(rx: re.Pattern) -> re.Pattern:
    """rx, led by a lookahead on its possible first characters when they are known."""
    if not rx.flags & re.IGNORECASE and re.search(r"\(\?[a-zA-Z-]*i", rx.pattern):
        return rx  # case-insensitive only in part: a lookahead in the pattern's own case would be too strict
    first, nullable = _sequence(_parser.parse(rx.pattern, rx.flags).data)
    if first is None or nullable or not first:
        return rx
    lookahead = "".join(re.escape(ch) for ch in sorted(first))
    try:
        return re.compile(f"(?=[{lookahead}])(?:{rx.pattern})", rx.flags)
    except re.error:  # e.g. a global inline flag, which must open the pattern
        return rx


def _sequence(items) -> tuple[set[str] | None, bool]:
    """(first characters, may match empty) of a parsed sequence; None when any character may come first."""
    out: set[str] = set()
    for op, av in items:
        first, nullable = _item(op, av)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _item(op, av) -> tuple[set[str] | None, bool]:
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        return _charset(av), False
    if op in _ZERO_WIDTH:
        return set(), True  # \b, ^, a lookaround: the first character comes from what follows
    if op is c.SUBPATTERN:
        return _sequence(av[-1].data)
    if op in _REPEATS:
        first, nullable = _sequence(av[2].data)
        return first, nullable or av[0] == 0
    if op is c.BRANCH:
        out, nullable = set(), False
        for alternative in av[1]:
            first, empty = _sequence(alternative.data)
            if first is None:
                return None, False
            out |= first
            nullable = nullable or empty
        return out, nullable
    return None, False


def _charset(items) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < _MAX_RANGE:
            out.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None  # a category (\w, \d) or a negation
    return out
