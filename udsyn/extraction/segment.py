"""Split normalised text into headings, paragraphs and list items with offsets and section paths."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .gazetteer import resolve_country
from .model import page_of

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_NUM_HEADING = re.compile(r"^(\d{1,2}(?:\.\s?\d{1,2}){0,4})\.?\s+([A-ZÆØÅÄÖÜ@][^\n]{0,110})$")
# OCR sometimes reads a capital I as l ("6. lgangværende ..."): short numbered lines may start lower.
_NUM_HEADING_LOWER = re.compile(r"^(\d{1,2}(?:\.\s?\d{1,2}){0,4}\.)\s+([a-zæøå]\S*(?:\s+\S+){0,6})$")
_BOLD_LINE = re.compile(r"^\*\*(.+?)\*\*:?\s*$")
_BULLET = re.compile(r"^\s*(?:[-–—•*+●▪■◦¢·]|e(?=\s+[A-ZÆØÅ])|\d{1,2}[.)](?=\s+\D))\s+")
# "Mål 9 – Styrket regional strategi og styrket indsats": a numbered label makes a longer line a heading.
_LABELLED = re.compile(r"^(?:Mål|Målsætning|Delmål|Indsats|Indsatsområde|Tema|Prioritet|Pejlemærke|Kapitel|Bilag|"
                       r"Goal|Objective|Target|Theme|Priority|Chapter|Annex)\s+\d{1,2}[a-z]?\s*[-–—:.]\s+\S")
_TOC_LINE = re.compile(r"(\t|\.{3,}|…)\s*\d{1,4}\s*$")
# A table row as the parsers write it (DOCX, XLSX, CSV, HTML tables): "Header: value; Header: value".
ROW_LINE = re.compile(r"^[^:;\n]{1,60}:[ \t][^;\n]*(?:;[ \t][^:;\n]{1,60}:(?:[ \t][^;\n]*)?)+$")
# A table or figure caption ("Tabel 1. ...", "Table 2: ...") labels what follows; it is not a section title.
_CAPTION = re.compile(r"^(?:Tabel|Tabell|Table|Figur|Figure|Fig\.|Kilde|Källa|Source|Bilag)\s*\d*[.:]?\s", re.I)
_MARKUP = re.compile(r"\*\*|__|(?<!\w)\*(?!\s)|`")

# Abbreviations that never end a sentence before a capital: "bl.a. Eurocities", "f.eks. Harbin", "Skt. Petersborg".
_NEVER_FINAL = re.compile(
    r"(?:^|[\s(\[/])(?:ca|cirka|bl\.\s?a|f\.\s?eks|fx|jf|pr|nr|mr|mrs|dr|hr|fr|prof|st|skt|sct|inkl|ekskl|evt|ift|iht|"
    r"pga|dvs|vedr|ang|kl|tlf|e\.g|i\.e|vs|no|d|u\.a|a\.m|p\.m|[A-ZÆØÅ])\.$", re.I)
# Amounts: "500.000 kr. Kommunen ..." ends a sentence, "5 mio. Euro" does not.
_AMOUNT_ABBR = re.compile(r"(?:^|\s)(?:kr|mio|mia|mrd|mill|t\.\s?kr|tkr)\.$", re.I)
_FIGURE_BEFORE_ABBR = re.compile(r"\d(?:[\s\u00a0]*(?:mio|mia|mrd|mill)\.)?[\s\u00a0]*\S+$")
_CURRENCY_NEXT = re.compile(r"(?:kr\b|kroner|DKK|EUR|euro|USD|SEK|NOK|GBP|Mio|Mia)", re.I)
# "den 1. Marts", "d. 9. Maj": a day before a month is no sentence end; a year or a larger number is.
_DAY_BEFORE = re.compile(r"(?:^|\s)\d{1,2}\.$")
_MONTH_NEXT = re.compile(r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|"
                         r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b", re.I)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”»'’)]?\s+(?=[\"“«(]?[A-ZÆØÅÄÖÜ0-9])|\n\s*\n")

BOLD_LEVEL = 7
PLAIN_LEVEL = 8


@dataclass
class Segment:
    kind: str  # "heading", "paragraph", "item", "row" (a table row) or "toc" (a table-of-contents line)
    text: str
    start: int
    end: int
    page: int
    level: int = 0
    number: str = ""
    path: tuple[str, ...] = ()
    levels: tuple[int, ...] = ()
    raw: str = ""
    index: int = 0
    meta: dict = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.text


def clean_markup(text: str) -> str:
    """Text without markdown emphasis marks, whitespace collapsed."""
    return " ".join(_MARKUP.sub("", text).split())


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _heading(line: str, prev_blank: bool, next_blank: bool) -> tuple[int, str, str] | None:
    stripped = line.strip()
    if not stripped or len(stripped) > 130 or _TOC_LINE.search(stripped) or _CAPTION.match(stripped):
        return None
    m = _MD_HEADING.match(stripped)
    if m:
        return len(m.group(1)), "", clean_markup(m.group(2))
    m = _NUM_HEADING.match(stripped) or _NUM_HEADING_LOWER.match(stripped)
    if m and not stripped.endswith((".", ",", ";")) and len(m.group(2).split()) <= 14:
        number = re.sub(r"\s", "", m.group(1)).rstrip(".")
        return number.count(".") + 1, number, clean_markup(m.group(2))
    m = _BOLD_LINE.match(stripped)
    if m and len(m.group(1)) < 100:
        return BOLD_LEVEL, "", clean_markup(m.group(1))
    words = stripped.split()
    labelled = bool(_LABELLED.match(stripped)) and len(words) <= 16 and "\t" not in stripped
    if (prev_blank and next_blank and (len(words) <= 8 or labelled) and stripped[0].isupper()
            and not stripped.endswith((".", ",", ";", ":")) and not _BULLET.match(line)
            and ";" not in stripped and (": " not in stripped or labelled)):  # "col: value" rows are data
        return PLAIN_LEVEL, "", clean_markup(stripped)
    return None


_TRAILING_FUNCTION_WORD = re.compile(r"\s(?:og|i|af|med|for|til|på|om|at|en|et|den|det|der|som|er|har|fra|ved|"
                                     r"the|of|and|to|in|for|with|a|an)$", re.I)


def _run_in_heading(line: str, next_line: str) -> tuple[int, str, str] | None:
    """A title line glued to its paragraph without a blank line, as PDF text often has it
    ("Internationalt samarbejde" over "Teknik- og Miljøforvaltningen er medlem af ...").

    A short capitalised line without closing punctuation, clearly shorter than the next line, that does
    not end on a word joining it to the next line.
    """
    stripped, nxt = line.strip(), next_line.strip()
    words = stripped.split()
    if (not stripped or not nxt or len(words) > 8 or len(stripped) > 70 or not stripped[0].isupper()
            or stripped.endswith((".", ",", ";", ":", "-", "–", "!", "?")) or ": " in stripped or "\t" in stripped
            or _BULLET.match(line) or _TOC_LINE.search(stripped) or _TRAILING_FUNCTION_WORD.search(stripped)
            or re.search(r"\((?:19|20)\d\d|['’]s$", stripped)  # a reference entry "Name (2017), Title's"
            or not (nxt[0].isupper() or nxt[0] in "\"“«")):
        return None
    # Wrapped lines of one paragraph are about equally long; a title is clearly shorter than the text under it.
    # A town over a line that is only its country ("Town\nCountry", a web page's list of twin towns) is no title.
    if len(stripped) < 0.7 * len(nxt) and not (len(nxt.split()) <= 3 and resolve_country(nxt)):
        return PLAIN_LEVEL, "", clean_markup(stripped)
    return None


def segment(text: str, starts: list[int]) -> list[Segment]:
    """Segments of text in order; starts are the page start offsets (for page numbers)."""
    lines = list(_lines(text))
    segments: list[Segment] = []
    stack: list[tuple[int, str]] = []
    block: list[tuple[int, str]] = []
    kind = "paragraph"

    def flush() -> None:
        nonlocal block
        if block:
            start = block[0][0] + (len(block[0][1]) - len(block[0][1].lstrip()))
            end = block[-1][0] + len(block[-1][1].rstrip())
            raw = text[start:end]
            body = _BULLET.sub("", raw, count=1) if kind == "item" else raw
            segments.append(Segment(kind, clean_markup(body), start, end, page_of(starts, start),
                                    path=tuple(t for _, t in stack), levels=tuple(lv for lv, _ in stack),
                                    raw=raw, index=len(segments)))
        block = []

    announced = False  # the text before ends with ':' ("Vores venskabsbyer er:"): short lines list things
    listing = False  # short lines right under a heading, one name a line: a list without bullets
    for i, (pos, line) in enumerate(lines):
        prev_blank = i == 0 or not lines[i - 1][1].strip()
        next_blank = i + 1 >= len(lines) or not lines[i + 1][1].strip()
        if not line.strip():
            flush()
            listing = False
            continue
        if prev_blank and not block and segments and segments[-1].kind == "heading":
            listing = _bare_list(lines, i)
        if listing:
            flush()
            kind = "item"
            block.append((pos, line))
            flush()
            continue
        own = _own_line(line)
        if own is not None:
            flush()
            kind = own
            block.append((pos, line))
            flush()
            continue
        if announced and _list_line(line):
            flush()  # one item per line, not a heading and not one paragraph of names
            kind = "item"
            block.append((pos, line))
            flush()
            continue
        announced = line.rstrip().endswith(":")
        head = _heading(line, prev_blank, next_blank)
        if head is None and not next_blank and (prev_blank or lines[i - 1][1].rstrip().endswith((".", "!", "?"))):
            head = _run_in_heading(line, lines[i + 1][1])
        if head is not None:
            flush()
            level, number, title = head
            while stack and stack[-1][0] >= level:
                stack.pop()
            lead = len(line) - len(line.lstrip())
            segments.append(Segment("heading", title, pos + lead, pos + len(line.rstrip()),
                                    page_of(starts, pos), level=level, number=number,
                                    path=tuple(t for _, t in stack), levels=tuple(lv for lv, _ in stack),
                                    raw=line, index=len(segments)))
            stack.append((level, title))
            continue
        if _BULLET.match(line):
            flush()
            kind = "item"
        elif not block:
            kind = "paragraph"
        block.append((pos, line))
    flush()
    return segments


def _own_line(line: str) -> str | None:
    """'row' for a table row, 'toc' for a table-of-contents line: segments of one line each."""
    stripped = line.strip()
    if ROW_LINE.match(stripped):
        return "row"
    if _TOC_LINE.search(stripped) and len(stripped) < 130:
        return "toc"
    return None


def _bare_list(lines: list[tuple[int, str]], i: int) -> bool:
    """Lines i, i+1, ... up to a blank line are a list a web page's text keeps without bullets ("Project partners" over
    "<town> kommun (Sweden)" / "City of <town> (Germany)"): two or more short lines, each a capitalised
    name without closing punctuation, none a heading of its own or a line of a wrapped paragraph."""
    run = []
    for _pos, line in lines[i:]:
        if not line.strip():
            break
        run.append(line)
    return len(run) >= 2 and all(
        _list_line(line) and len(line.split()) <= 8 and not line.rstrip().endswith(("-", ",", "–"))
        and not _BULLET.match(line) and not _TOC_LINE.search(line) and not ROW_LINE.match(line.strip())
        and not _TRAILING_FUNCTION_WORD.search(line.rstrip()) for line in run)


def _list_line(line: str) -> bool:
    """A short line without closing punctuation, as a list after a colon has ('Mariestad, Sverige (siden 1958)')."""
    stripped = _BULLET.sub("", line.strip())
    return (0 < len(stripped.split()) <= 10 and stripped[0].isupper() and not stripped.endswith((".", ":", ";"))
            and not _MD_HEADING.match(stripped))


def _ends_sentence(before: str, after: str) -> bool:
    """Whether the full stop (or ! ?) at the end of `before` ends a sentence, given the text `after` it."""
    if before.endswith(("!", "?")):
        return True
    word = before[-12:]
    if _NEVER_FINAL.search(word):
        return False
    if _AMOUNT_ABBR.search(word):
        if after[:1].isdigit():
            # "udgør kr. 350.000,-", "afsat tkr. 350": a currency written before its figure; after a figure
            # ("500.000 kr. 12 byer deltog") the abbreviation ends the sentence.
            return bool(_FIGURE_BEFORE_ABBR.search(before[-30:]))
        return not _CURRENCY_NEXT.match(after)
    if _DAY_BEFORE.search(word):
        return not _MONTH_NEXT.match(after)
    if after[:1].isdigit():
        # "... i 2019. 12 byer deltog": a new sentence may open with a number, but not after a number.
        return not re.search(r"\d\.$", word)
    return True


def sentences(text: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) spans of sentences in text, shifted by offset.

    Danish abbreviations (ca., bl.a., f.eks., pr., nr.), initials and dates (1. marts) do not end a
    sentence; an amount's "kr." or "mio." does when a new sentence follows ("500.000 kr. Kommunen ...").
    """
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group().count("\n") < 2 and not _ends_sentence(text[start:m.start()], text[m.end():m.end() + 12]):
            continue
        if text[start:m.start()].strip():
            yield offset + start, offset + len(text[:m.start()].rstrip())
        start = m.end()
    if text[start:].strip():
        yield offset + start, offset + len(text.rstrip())
