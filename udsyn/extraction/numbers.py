"""Numbers as each language writes them: '4.971.000', '1,3', '665.462,5' (Danish), '27 500' (Swedish,
Norwegian), '12,000' and '89,634,975.00' (English), and number words ('seks', 'sju', 'twelve').

The notation decides where it can: two kinds of separator ('1.234,5', '1,234.5'), several groups of three
('1.250.000', '1,250,000', '1 250 000'). One separator before three digits ('12,000', '12.500') is read
with the document's language (language.current()): English groups with ',' and marks decimals with '.',
the Nordic languages the other way round, except that a ',' before exactly three digits and no scale word
groups thousands everywhere ("12,000 kr." is never twelve kroner).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

# Groups of three after '.', ',' or a (narrow, no-break) space, with an optional decimal part; else digits with
# an optional decimal part. A space group never follows a year-like run of four digits ("i 2019 500 ...").
NUMBER = (r"(?:\d{1,3}(?:(?:\.\d{3})+(?:,\d+)?|(?:,\d{3})+(?:\.\d+)?|(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:,\d+)?)"
          r"(?!\d)|\d+(?:[.,]\d+)?)")
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


def parse_number(text: str, lang: str | None = None, scaled: bool = False) -> Decimal:
    """Parse a number in the notation of lang (default: the document's language); exact Decimal.

    scaled says a scale word follows ("1,250 mio.", "1.5 million"): then one separator is a decimal mark.
    """
    if lang is None:
        from .language import current

        lang = current().lang
    raw = re.sub(r"[\s\u00a0\u202f]", "", text.strip())
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", raw):
        raise ValueError(f"not a number: {text!r}")
    spaced = bool(re.search(r"\d[ \u00a0\u202f]\d", text.strip()))
    marks = [c for c in raw if c in ".,"]
    if not marks:
        return Decimal(raw)
    if len(set(marks)) == 2:
        decimal = marks[-1]  # '1.234.567,89' and '89,634,975.00': the last kind marks decimals
    elif spaced:
        decimal = marks[0]  # '1 250,5': spaces group, the mark is decimal
    elif len(marks) > 1:
        decimal = "," if marks[0] == "." else "."  # several groups: the mark groups thousands
    else:
        decimal = _one_mark(raw, marks[0], lang, scaled)
    whole, _, frac = raw.rpartition(decimal) if decimal in raw else (raw, "", "")
    whole = whole.replace(".", "").replace(",", "") if decimal in raw else raw.replace(".", "").replace(",", "")
    try:
        return Decimal(f"{whole}.{frac}" if frac else whole)
    except InvalidOperation as exc:  # pragma: no cover - the patterns above rule this out
        raise ValueError(text) from exc


def _one_mark(raw: str, mark: str, lang: str, scaled: bool) -> str:
    """Which character is the decimal mark when raw has one separator: '12,000', '1.5', '12.500', '1,3'."""
    digits_after = len(raw) - raw.index(mark) - 1
    if digits_after != 3:
        return mark  # '1,3', '2.5', '1,25': not a group of three
    if raw.startswith("0"):
        return mark  # '0,725 mio.', '0.125': a leading zero has no thousands
    if lang == "en":
        # '12,000' groups; '1.250 million' is a decimal; '12.500' without a scale groups too: three decimals are
        # rare in English figures, and Nordic writers of English keep their own grouping (EUR 12.500).
        return "." if scaled or mark == "," else ","
    # Nordic: ',' before three digits is a decimal only with a scale word ('1,250 mio.'); '12.500' groups.
    if mark == ",":
        return "," if scaled else "."
    return ","


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


_WORDS = {"én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8,
          "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
          "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "tyve": 20, "tredive": 30, "fyrre": 40,
          "halvtreds": 50, "tres": 60, "halvfjerds": 70, "firs": 80, "halvfems": 90, "hundrede": 100,
          "dusin": 12, "dussin": 12, "dozen": 12,  # "et dusin venskabsbyer", "a dozen projects"
          # Swedish and Norwegian (where they differ from Danish)
          "två": 2, "fyra": 4, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "elva": 11,
          "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19,
          "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80,
          "nittio": 90, "hundra": 100, "åtte": 8, "søtten": 17, "tjue": 20,
          "tretti": 30, "førti": 40, "femti": 50, "seksti": 60, "sytti": 70, "åtti": 80, "nitti": 90,
          # English
          "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
          "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
          # German
          "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
          "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100}
# Words that are numbers only in some languages and ordinary words in others ("to" in English, "sex").
_AMBIGUOUS = {"to": ("da", "no"), "ni": ("da", "no"), "sex": ("sv",), "fire": ("da", "no"), "ti": ("da", "no"),
              "elva": ("sv",), "nio": ("sv",), "tio": ("sv",), "tre": ("da", "no", "sv"), "fem": ("da", "no", "sv"),
              "elf": ("de",), "acht": ("de",), "vier": ("de",)}
NUMBER_WORDS = tuple(sorted(_WORDS, key=len, reverse=True))


_UNITS_EN = "one|two|three|four|five|six|seven|eight|nine"
_TENS_EN = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TENS_DA = "tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems"
_TENS_NORDIC = "tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|tjue|tretti|førti|femti|seksti|sytti|åtti|nitti"
_UNITS_NORDIC = "en|ett|ein|två|to|tre|fyra|fire|fem|sex|seks|sju|syv|åtta|åtte|nio|ni"
# Two-part number words: forty-two, toogfyrre (two-and-forty), fyrtiotvå, førtito.
COMPOUND_NUMBER = (rf"(?:(?:{_TENS_EN})-(?:{_UNITS_EN})|(?:en|to|tre|fire|fem|seks|syv|otte|ni)og(?:{_TENS_DA})|"
                   rf"(?:{_TENS_NORDIC})(?:{_UNITS_NORDIC}))")
_COMPOUND_RE = re.compile(COMPOUND_NUMBER, re.I)
_DA_UNITS = {"en": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9}
_NORDIC_UNITS = {"en": 1, "ett": 1, "ein": 1, "två": 2, "to": 2, "tre": 3, "fyra": 4, "fire": 4, "fem": 5, "sex": 6,
                 "seks": 6, "sju": 7, "syv": 7, "åtta": 8, "åtte": 8, "nio": 9, "ni": 9}


def _compound_number(low: str) -> int | None:
    if not _COMPOUND_RE.fullmatch(low):
        return None
    if "-" in low:
        tens, units = low.split("-")
        return _WORDS[tens] + _WORDS[units]
    if "og" in low and low.split("og", 1)[0] in _DA_UNITS:
        units, tens = low.split("og", 1)
        return _WORDS[tens] + _DA_UNITS[units]
    for tens in sorted(_TENS_NORDIC.split("|"), key=len, reverse=True):
        if low.startswith(tens) and low[len(tens):] in _NORDIC_UNITS:
            return _WORDS[tens] + _NORDIC_UNITS[low[len(tens):]]
    return None


def word_number(word: str, lang: str | None = None) -> int | None:
    """Value of a number word ("tre" -> 3, "sju" -> 7, "twelve" -> 12, "forty-two" -> 42, "toogfyrre" -> 42) in lang
    (any language when None)."""
    low = word.lower()
    compound = _compound_number(low)
    if compound is not None:
        return compound
    langs = _AMBIGUOUS.get(low)
    if langs is not None and lang is not None and lang not in langs:
        return None
    return _WORDS.get(low)
