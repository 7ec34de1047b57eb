"""Proper-name spans in Danish/English text, and tests of what a name looks like."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .ocr import zipf
from .words import doc_zipf

# Every capital of the Latin alphabets (Łeba, Šiauliai, Ísafjörður), not only the Nordic ones.
UPPER = "[" + "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper()) + "]"
_SAINT = rf"(?:Skt|Sct|St)\.[ \t]?{UPPER}[\w-]+"  # "Skt. Petersborg" is one word of a name
_TOKEN = (rf"(?:{_SAINT}|{UPPER}[\w+!&'’.-]*\w[+!]?|{UPPER}|[A-Z0-9]*\d[A-Za-z0-9+]*[A-Za-z][\w+]*"
          r"|[A-Z]{2,}\d*)")
_CONNECT = r"(?:of|for|and|&|the|de|la|du|di|des|der|del|on|und|og|to|A-Z)"
# Between the words of a name: spaces, or one line break (PDF and OCR text wrap names: "Municipal\nBuilding").
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
NAME_RE = re.compile(rf"(?<![\w@]){_TOKEN}(?:{_GAP}(?:{_CONNECT}{_GAP}){{0,2}}{_TOKEN})*(?:[ \t]+A-Z)?")
_LEADING_NOISE = set(
    "det den de der her i og en et som til for med på af projektet netværket samarbejde eksempler "
    "nogle bl desuden endvidere derudover the a an in at this vi hvor når både også via fra om "
    "mellem sammen ved siden under efter inden ligesom eksempelvis herunder blandt andet fx ex "
    "kontrakt se læs link membership medlemskab medlemskabet medlemskap medlemskapet of"
    .split()
)


def proper_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) for runs of capitalised words, acronyms and codes (C40, H2020)."""
    for m in NAME_RE.finditer(text):
        start, name = m.start(), m.group()
        name, start = _trim(name, start)
        name = name.rstrip(".,;:'’")
        if name:
            yield start, start + len(name), name


def _trim(name: str, start: int) -> tuple[str, int]:
    words = name.replace("\n", " ").split(" ")
    while words and words[0].lower().rstrip(".") in _LEADING_NOISE:
        start += len(words[0]) + 1
        words = words[1:]
    while words and words[-1].lower() in {"og", "and", "of", "for", "the", "de", "i", "&", "to"}:
        words = words[:-1]
    return " ".join(words), start


def name_at(text: str, pos: int) -> str | None:
    """The proper name that starts exactly at pos (within 120 characters), else None."""
    for start, _end, name in proper_names(text[pos:pos + 120]):
        return name if start == 0 else None
    return None


def is_acronym(name: str) -> bool:
    return bool(re.fullmatch(r"[A-ZÆØÅ0-9+&.-]{2,12}", name)) and any(c.isalpha() for c in name)


def looks_proper(name: str) -> bool:
    """True when name is more than an ordinary capitalised Danish phrase ("Internationale sportsevents")."""
    words = [w for w in re.split(r"[\s/-]+", name) if w]
    if not words:
        return False
    if any(any(c.isdigit() for c in w) for w in words) or any(is_acronym(w) for w in words):
        return True
    if any(w[0].isupper() for w in words[1:]):
        return True
    # A single capitalised word that is not a common Danish word is a name (Pendlerbroen, Centrinno).
    return all(zipf(w.lower()) < 4.0 for w in words) and len(words) <= 2


def common_word(word: str, limit: float = 4.5) -> bool:
    """An everyday word of the document's language (Danish outside an extraction)."""
    return doc_zipf(word.lower()) >= limit
