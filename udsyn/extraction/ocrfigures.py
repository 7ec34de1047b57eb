"""Figures a scanner damaged, read back (only in a document that shows OCR damage): the repair of ocr.py for digits."""

from __future__ import annotations

import re

# Scanners read 0 as O or o and 1 as l or I inside figures ("1.25O.OOO kr.", "l.200"), put a space after a
# thousands separator ("1.250. 000") and a comma for the full stop of an abbreviation ("mio, kr.").
_DAMAGED_FIGURE = re.compile(r"(?<![\w.,])(?=[\dOolI.,]*\d)(?=[\dOolI.,]*[OolI])[\dOolI]{1,3}(?:[.,][\dOolI]{3})+"
                             r"(?:,[\dOo]{1,2})?(?![\w])|(?<![\w.,])\d+[Oo]+\d*(?![\w])|"
                             # a small figure with an l for its 1: "l6 fra", "l2 ældre", "2l"
                             r"(?<![\w.,])(?:l\d{1,3}|\d{1,2}l)(?![\w])|"
                             # a decimal before a scale word: "l,2 mio. kr."
                             r"(?<![\w.,])l,\d{1,3}(?=\s?(?:mio|mill|mia|mrd)\b)")
_SPLIT_GROUP = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{3})*[.,]) (\d{3})(?![\d\w])")
_ABBR_COMMA = re.compile(r"\b(mio|mill|mia|kr|t\.kr),(?=\s*(?:kr\b|DKK|EUR|euro|\d))", re.I)
_LOOKS_AS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
# A scale word after a figure, its m read as rn and its l as 1 or I: "1,4 rni11. kr.", "0,9 mi11.", "2 rnio. kr.".
_DAMAGED_SCALE = re.compile(r"(?<=\d)(\s?)(?:rn|m)[il1]([l1I]{2}|[oO0]|a)(?=\.)")
_SCALE_READ = {"o": "mio", "a": "mia"}


def _scale_word(m: re.Match) -> str:
    tail = m.group(2).lower()
    return m.group(1) + _SCALE_READ.get(tail.replace("0", "o"), "mill")


# A zero opening a capitalised word or between letters ("0regrund", "Ris0r"), never in a figure or a code ("A0", "0,5").
ZERO_IN_WORD = re.compile(r"(?<![\w.,])0(?=[a-zæøåäö]{3,}\b)|(?<=[A-Za-zæøåäöÆØÅÄÖ]{2})0(?=[a-zæøåäö]+\b)")


def zero_as_letter(text: str) -> str:
    """A zero among letters as the '@' the letter repair reads as ø or ö."""
    return ZERO_IN_WORD.sub("@", text)


def figures_damaged(text: str) -> bool:
    """Two or more grouped figures with a letter for a digit ("45.OOO kr.", "l0.000 kr."): the scanner damaged the
    figures, whether or not the words show it (a scan's words may come through clean)."""
    hits = 0
    for m in _DAMAGED_FIGURE.finditer(text):
        hits += "." in m.group() or "," in m.group()
        if hits >= 2:
            return True
    return False


def repair_numbers(text: str) -> str:
    """Figures as the scanner should have read them (only in a document that shows OCR damage)."""
    text = _DAMAGED_FIGURE.sub(lambda m: m.group().translate(_LOOKS_AS), text)
    text = _SPLIT_GROUP.sub(r"\1\2", text)
    text = _DAMAGED_SCALE.sub(_scale_word, text)
    return _ABBR_COMMA.sub(r"\1.", text)
