"""Split normalised text into headings, paragraphs and list items with offsets and section paths."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

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
_MARKUP = re.compile(r"\*\*|__|(?<!\w)\*(?!\s)|`")

_ABBREVIATION_END = re.compile(
    r"(\b(ca|bl\.a|mio|mia|kr|nr|mr|dr|st|skt|sct|fx|jf|ex|inkl|evt|ift|pga|dvs|mv|o\.l|m\.fl|t\.kr|d)\.|\d\.)$",
    re.I)

BOLD_LEVEL = 7
PLAIN_LEVEL = 8


@dataclass
class Segment:
    kind: str  # "heading", "paragraph" or "item"
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
    if not stripped or len(stripped) > 130 or _TOC_LINE.search(stripped):
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

    for i, (pos, line) in enumerate(lines):
        prev_blank = i == 0 or not lines[i - 1][1].strip()
        next_blank = i + 1 >= len(lines) or not lines[i + 1][1].strip()
        if not line.strip():
            flush()
            continue
        head = _heading(line, prev_blank, next_blank)
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


def sentences(text: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) spans of sentences in text, shifted by offset."""
    start = 0
    for m in re.finditer(r"(?<=[.!?])[\"”»']?\s+(?=[A-ZÆØÅ\"“«])|\n\s*\n", text):
        before = text[max(0, m.start() - 6):m.start()]
        # "ca.", "bl.a.", "mio.", "kr.", "d. 9." are abbreviations, not sentence ends.
        if _ABBREVIATION_END.search(before):
            continue
        yield offset + start, offset + m.start()
        start = m.end()
    if start < len(text):
        yield offset + start, offset + len(text.rstrip())
