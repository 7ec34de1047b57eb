"""Sentences of a segmented document and the one way a name record is built from them.

Every rule module (structure, networks, projects, partners, values) and attach.py read the text
through a Context: its sentences (headings and reference lists left out), page numbers, the
quote a reviewer reads, and the department and section a mention sits in.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon as lx
from .furniture import FURNITURE_HEADING
from .model import Record, page_of
from .segment import _BULLET, Segment, sentences


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    segment: Segment


@dataclass
class Context:
    text: str
    starts: list[int]
    segments: list[Segment]
    sentences: list[Sentence] = field(default_factory=list)
    _prose: list[Sentence] | None = None

    def __post_init__(self) -> None:
        for seg in self.segments:
            if seg.kind in ("heading", "toc") or _is_reference(seg):
                continue  # a reference list names authors and publishers' cities, not partners
            if seg.kind == "row":  # a table row is read whole, by its headers (tables.py)
                self.sentences.append(Sentence(seg.start, seg.end, self.text[seg.start:seg.end], seg))
                continue
            start = seg.start
            bullet = _BULLET.match(self.text[start:seg.end]) if seg.kind == "item" else None
            if bullet:
                start += bullet.end()  # a list item's sentence starts after its bullet
            for s, e in sentences(self.text[start:seg.end], start):
                self.sentences.append(Sentence(s, e, self.text[s:e], seg))

        self.sentence_starts = [s.start for s in self.sentences]

    @property
    def prose(self) -> list[Sentence]:
        """The sentences name rules read: table rows are left to tables.py, which reads them by their headers."""
        if self._prose is None:
            self._prose = [s for s in self.sentences if s.segment.kind != "row"]
        return self._prose

    def page(self, offset: int) -> int:
        return page_of(self.starts, offset)

    def sentence_index(self, offset: int) -> int | None:
        """Index in self.sentences of the sentence containing offset, or None (a heading, a reference)."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(self.sentences[i].end, self.sentences[i].start + 1):
            return i
        return None

    def quote_span(self, start: int, end: int, fallback: tuple[int, int]) -> tuple[int, int]:
        """The sentence(s) holding text[start:end]: the evidence a reviewer reads, never a heading glued on."""
        first, last = self.sentence_index(start), self.sentence_index(max(start, end - 1))
        if first is None:
            return fallback
        last = first if last is None else last
        return self.sentences[first].start, self.sentences[last].end


_REFERENCES_HEADING = re.compile(r"^(?:litteratur(?:liste)?|referencer|references|bibliography|kilder|"
                                 r"kildeliste|noter|sources)\b", re.I)
# "Emmerich, Mike (2017), Britain's Cities ...", "Udenrigsministeriet (2018), Strategic Sector ...".
_CITATION = re.compile(r"^[A-ZÆØÅ][\w.’'-]+(?:,?\s+[A-ZÆØÅ][\w.’'-]*){0,4},?\s*(?:et al\.?\s*)?\((?:19|20)\d\d[a-z]?\)")


def _is_reference(seg: Segment) -> bool:
    return bool(_CITATION.match(seg.text)) or any(_REFERENCES_HEADING.match(t) for t in seg.path[-1:])


QUOTE_MAX = 400


def quote_text(text: str, at: int = 0) -> str:
    """Text as one line; a very long sentence is cut to a window around position `at` (the name)."""
    if len(text) > QUOTE_MAX:
        lo = max(0, min(at - QUOTE_MAX // 3, len(text) - QUOTE_MAX))
        hi = lo + QUOTE_MAX
        lo = text.rfind(" ", 0, lo) + 1 if lo else 0  # start on a whole word
        text = text[lo:hi]
    return " ".join(text.replace("**", "").split())


def section_kind(seg: Segment) -> str | None:
    """Record type implied by the nearest ancestor heading with a telling keyword; none under a page's contact,
    links or news box (its lines are no list of the section above)."""
    return _path_kind(seg.path)


@lru_cache(maxsize=4096)
def _path_kind(path: tuple[str, ...]) -> str | None:
    if path and FURNITURE_HEADING.match(path[-1]):
        return None
    for title in reversed(path):
        if lx.DEPARTMENT.search(title) and len(title.split()) <= 4:
            continue
        for kind, rx in lx.SECTION_KINDS:
            if rx.search(title):
                return kind
    return None


# What a line ending in a colon says the list after it names: partners ("Partners:", "The partners are:", "The project
# brings together six partners from four countries:", "Projektets partnere er:"); a partnership is no partner.
_PARTNER_INTRO = re.compile(r"(?<![\w-])(?:projekt|prosjekt|samarbejds|samarbeids|samarbets)?"
                            r"partn[ea]r(?:s|e|ne|na|ar|ane|erne)?(?![\w-])|\bbeneficiar\w*|\bconsorti\w*|"
                            r"\bkonsorti\w*", re.I)


def introduction(ctx: Context, item: Segment) -> Segment | None:
    """The paragraph ending in a colon, in the same section, that introduces the list the item belongs to."""
    for seg in reversed(ctx.segments[max(0, item.index - 12):item.index]):
        if seg.kind == "item":
            continue
        if seg.kind == "paragraph" and seg.path == item.path and seg.text.rstrip().endswith(":"):
            return seg
        return None
    return None


def announced_partners(ctx: Context, item: Segment) -> bool:
    """A list item introduced as one of a project's partners: the introducing line's last sentence says so."""
    intro = introduction(ctx, item) if item.kind == "item" else None
    if intro is None:
        return False
    last = re.split(r"(?<=[.!?])\s+", intro.text.strip())[-1]
    return len(last) <= 200 and bool(_PARTNER_INTRO.search(last))


def denied_section(seg: Segment) -> bool:
    """The nearest heading above seg speaks of memberships or agreements that ended or were turned down."""
    return bool(seg.path) and _denied_title(seg.path[-1])


@lru_cache(maxsize=4096)
def _denied_title(title: str) -> bool:
    return bool(lx.DENIED_SECTION.search(title))


def department(seg: Segment, text: str = "", at: int | None = None) -> str | None:
    """The forvaltning named in text, else in the headings above seg. When text names several, the last one
    before position `at` (the name) is its subject ("X-forvaltningen er medlem af ..."), else the first after."""
    found = list(lx.DEPARTMENT.finditer(text))
    if found:
        before = [m for m in found if at is not None and m.start() < at]
        return (before[-1] if before else found[0]).group(1)
    for title in reversed(seg.path):
        m = lx.DEPARTMENT.search(title)
        if m:
            return m.group(1)
    return None


def make_record(ctx: Context, type_: str, name: str, start: int, end: int, quote_span: tuple[int, int] | None,
            confidence: float, seg: Segment, **fields) -> Record:
    qs, qe = ctx.quote_span(start, end, quote_span or (start, end))
    fields = {k: v for k, v in fields.items() if v is not None}
    dept = department(seg, ctx.text[qs:qe], start - qs)
    if dept:
        fields.setdefault("department", dept)
    in_heading = seg.kind == "heading" and ctx.sentence_index(start) is None
    quote = seg.text if in_heading else quote_text(ctx.text[qs:qe], start - qs)  # a title without its '###' or number
    return Record(type=type_, name=display_name(name), fields=fields, page=ctx.page(start), start=start, end=end,
                  quote=quote, confidence=confidence)


def display_name(name: str) -> str:
    """A name as a person writes it: one space between words, no possessive (C40's -> C40)."""
    name = " ".join(name.split())
    return re.sub(r"(?<=\w)['’]s$", "", name)


def around(ctx: Context, sent: Sentence, chars: int = 200) -> str:
    """The sentence with a little text either side: where a country or nationality would be named."""
    return ctx.text[max(0, sent.start - chars):sent.end + chars]
