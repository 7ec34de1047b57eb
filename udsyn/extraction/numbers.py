"""Danish (and English) number notation: '4.971.000', '1,3', '665.462,5', '2.5 million'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

# Danish grouping with '.', decimals with ','; a bare run of digits; English decimal point last.
NUMBER = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+(?:\.\d{1,2}(?!\d))?|\d+)"
NUMBER_RE = re.compile(NUMBER)
_DIGITS = re.compile(r"\d+")
_WORD_START = re.compile(r"(?<![\w.,])[^\W\d_]|[€$£]")


def finditer_at_numbers(rx: re.Pattern, text: str, lookback: int = 24) -> Iterator[re.Match]:
    """Like rx.finditer(text) for a pattern whose every match contains a digit, much faster.

    Python's regex engine tries a pattern with optional leading words ("over", "fra november")
    at every character; this tries it only at the words just before each number (within
    lookback characters) and at the number itself.
    """
    pos = 0  # matches do not overlap
    run_end = 0  # a match cannot start inside an earlier number without containing it
    for run in _DIGITS.finditer(text):
        start = run.start()
        if start < pos:
            continue
        lo = max(pos, run_end, start - lookback)
        starts = [w.start() for w in _WORD_START.finditer(text, lo, start)]
        for p in [*starts, start]:
            m = rx.match(text, p)
            if m:
                yield m
                pos = m.end()
                break
        run_end = run.end()


def parse_number(text: str) -> Decimal:
    """Parse a number written the Danish way (thousands '.', decimal ','); exact Decimal."""
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if not re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}", text):
        raise ValueError(f"not a number: {text!r}")
    if re.fullmatch(r"\d+\.\d{1,2}", text):
        return Decimal(text)  # English decimal point ("2.5 million"); Danish groups have 3 digits
    try:
        return Decimal(text.replace(".", "").replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the regex above rules this out
        raise ValueError(text) from exc


def format_danish(value: Decimal, decimals: int | None = None) -> str:
    """Format value with '.' thousands separators and ',' decimals (inverse of parse_number)."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    text = format(value, "f") if decimals is None else format(value, f".{decimals}f")
    whole, _, frac = text.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + frac if frac else "")


_WORDS = {"en": 1, "et": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8,
          "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
          "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "tyve": 20, "tredive": 30, "fyrre": 40,
          "halvtreds": 50, "tres": 60, "halvfjerds": 70, "firs": 80, "halvfems": 90, "hundrede": 100}


def word_number(word: str) -> int | None:
    """Value of a simple Danish number word ("tre" -> 3), else None."""
    return _WORDS.get(word.lower())
