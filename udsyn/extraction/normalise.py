"""Clean extracted page texts: Unicode NFC, hyphenation, running headers/footers, OCR repair.

All later offsets refer to the text this module returns (the "extracted text" of the contract).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from . import ocr
from .language import language_of
from .model import page_starts

PAGE_SEP = "\n\n"

_LIGATURES = str.maketrans({"\ufb01": "fi", "\ufb02": "fl", "\u00ad": "", "\u200b": "", "\ufeff": ""})
# A word broken at a line end: "for-\nståelse". The next piece must start in lower case.
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=([^\W\d_]+))")
# A newspaper column's break written with an en dash, at a line end or left inside a reflowed line:
# "venskabs–\nbyer", "Vim–\nmerby", "sam– arbetet". A dash between words has a space before it ("kommunen – og").
_DASH_BREAK = re.compile(r"(?<=[^\W\d_])\u2013(?:[ \t]*\n[ \t]*|[ \t]+)(?=([^\W\d_]+))")
# Words after which a hyphen is a real compound ellipsis ("Teknik- og Miljøforvaltningen").
_KEEP_HYPHEN_BEFORE = {"og", "eller", "samt", "and", "or", "til", "som", "&"}
_PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*)?(?:side|page|s\.)?\s*\d{1,4}(?:\s*(?:/|af|of)\s*\d{1,4})?(?:\s*-)?\s*$", re.I)


@dataclass
class NormalisedText:
    pages: list[str]
    text: str
    page_starts: list[int]
    stats: dict[str, float] = field(default_factory=dict)


def normalise_pages(pages: list[str], repair: bool = True) -> NormalisedText:
    """Normalise every page; returns the joined text and where each page starts in it."""
    pages = [unicodedata.normalize("NFC", p.translate(_LIGATURES)) for p in pages]
    pages = drop_running_lines(pages)
    pages = [dehyphenate(p) for p in pages]
    seen = changed = 0
    damaged = False
    if repair:
        repaired = []
        # Bold repairs only when the document as a whole shows OCR damage; clean text stays as written.
        whole = PAGE_SEP.join(pages)
        damaged = ocr.is_damaged(whole)
        if not damaged and language_of(whole) in ("sv", "no"):
            # The repair knows Danish words: in clean Swedish or Norwegian text it would make Danish of them
            # (dekket -> dækket); it is for scanner damage, which this text does not show.
            return NormalisedText(pages=pages, text=whole, page_starts=page_starts(pages),
                                  stats={"tokens": 0, "ocr_changed": 0, "ocr_damaged": False, "ocr_changed_share": 0.0})
        for page in pages:
            text, s, c = ocr.repair_text(page, damaged)
            repaired.append(text)
            seen, changed = seen + s, changed + c
        pages = repaired
    stats = {"tokens": seen, "ocr_changed": changed, "ocr_damaged": bool(repair and damaged),
             "ocr_changed_share": round(changed / seen, 4) if seen else 0.0}
    return NormalisedText(pages=pages, text=PAGE_SEP.join(pages), page_starts=page_starts(pages), stats=stats)


def dehyphenate(text: str) -> str:
    """Join words hyphenated over a line break, keeping real hyphens (EU-projekt, Teknik- og)."""

    def join(m: re.Match) -> str:
        left_char = text[m.start() - 1]
        nxt = m.group(1)
        if nxt.lower() in _KEEP_HYPHEN_BEFORE:
            return "- "
        if left_char.isupper() or nxt[0].isupper():
            return "-"  # EU-\nprojekt, Nord-\nJylland: the hyphen is part of the word
        return ""

    def join_dash(m: re.Match) -> str:
        nxt = m.group(1)
        if nxt[0].isupper() or nxt.lower() in _KEEP_HYPHEN_BEFORE:
            return m.group()  # "Sverige– Norge", "Teknik– og Miljø": not a broken word
        return "-" if text[m.start() - 1].isupper() else ""  # EU–\nprojekt keeps its hyphen

    text = _HYPHEN_BREAK.sub(join, text)
    return _DASH_BREAK.sub(join_dash, text) if "\u2013" in text else text


def _line_key(line: str, page_no: int | re.Pattern) -> str:
    # The page number inside a running line ("Årsrapport - side 7") varies: fold it, and only it.
    rx = page_no if isinstance(page_no, re.Pattern) else _page_no_re(page_no)
    return rx.sub("#", line.strip().lower())


def _page_no_re(page_no: int) -> re.Pattern:
    return re.compile(rf"(?<!\d){page_no}(?!\d)")


def drop_running_lines(pages: list[str]) -> list[str]:
    """Remove bare page numbers, and headers/footers repeated at the edge of most pages."""
    repeated: set[str] = set()
    if len(pages) >= 3:
        counts: Counter[str] = Counter()
        for no, page in enumerate(pages, 1):
            lines = [ln for ln in page.splitlines() if ln.strip()]
            if len(lines) >= 4:  # on short pages every line is an "edge" line
                rx = _page_no_re(no)
                counts.update({_line_key(ln, rx) for ln in lines[:2] + lines[-2:]})
        repeated = {key for key, n in counts.items() if n >= max(3, 0.6 * len(pages)) and len(key) < 120}
    numbered = _numbered_edge_lines(pages)
    out = []
    paged = len(pages) > 1  # a document of one page (a web page, a sheet) has no page numbers, only numbers
    for no, page in enumerate(pages, 1):
        rx = _page_no_re(no)
        kept = [ln for ln in page.split("\n")
                if not (paged and _PAGE_NUMBER.match(ln)) and not (repeated and _line_key(ln, rx) in repeated)
                and not (numbered and _DIGITS.sub("#", ln.strip().lower()) in numbered)]
        out.append("\n".join(kept))
    return out


_DIGITS = re.compile(r"\d+")


def _numbered_edge_lines(pages: list[str]) -> set[str]:
    """A running line with the printed page number ('Årsredovisning 2024 · sida 41') at the edge of every page of
    a short excerpt (two pages and more), its numbers folded: the printed number need not be the page's index."""
    if len(pages) < 2:
        return set()
    keys = None
    for page in pages:
        lines = [ln for ln in page.splitlines() if ln.strip()]
        edge = {_DIGITS.sub("#", ln.strip().lower()) for ln in lines[:2] + lines[-2:]}
        keys = edge if keys is None else keys & edge
    return {k for k in keys or () if "#" in k and len(k) < 120 and len(k.split()) >= 3}
