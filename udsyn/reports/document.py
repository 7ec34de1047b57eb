"""The document a report becomes: sections of paragraphs, lists, headline figures, tables and charts.

Composed once per report (udsyn.reports.compose) from the report's data and walked by every renderer (HTML and
PDF, DOCX, XLSX), so the same figure, table and text appear in every format. Nothing here computes: values are the
data layer's, typed so each renderer can print them (formatting.py) or store them as numbers (XLSX).

Another app can add a section to a report with udsyn.reports.data.contrib.register_section; the section is built
from these blocks and printed by every renderer without changes to them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

# A list longer than this is not printed in full in a document (PDF, DOCX, HTML): it says how many rows there are
# and that the workbook (XLSX) has them all, and shows its summary instead. Keeps a 10,000-record register's
# documents to a readable (and quickly laid out) size.
LONG_LIST = 200

# Kinds of table cells and headline figures.
# FIGURE: a MoneyTotal shown as one figure (its DKK sum, else per currency), for tables beside charts.
TEXT, NUMBER, MONEY, TOTAL, FIGURE, DATE, COUNTRY, STATUS, PERIOD, YEAR, RATE = (
    "text", "number", "money", "total", "figure", "date", "country", "status", "period", "year", "rate")


@dataclass(frozen=True)
class Status:
    """A traffic-light status: its code (on_track, at_risk, off_track, unknown) and its label; printed with both a
    colour and the label, never the colour alone."""

    code: str
    label: str

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class Period:
    start: dt.date | None
    end: dt.date | None


@dataclass
class Figure:
    """A headline figure: `key` names it across formats (tests compare them), `value` is a number or MoneyTotal."""

    key: str
    label: str
    value: Any
    kind: str = NUMBER


@dataclass
class Column:
    title: str
    kind: str = TEXT
    in_document: bool = True  # False: the spreadsheet's column only (e.g. a department column of a flat sheet)


@dataclass
class GroupRow:
    """A row spanning the table: a heading of the rows after it (a goal above its indicators, with its status), or
    with style "detail" / "warning" a description or a warning of the row before it."""

    text: str
    status: Status | None = None
    style: str = "group"


@dataclass
class Table:
    title: str
    columns: list[Column]
    rows: list[list[Any] | GroupRow]
    total: list[Any] | None = None  # the last row, in bold; never repeated at a page foot
    empty: str = ""  # printed instead of an empty table
    sheet: str = ""  # the XLSX sheet's name; empty: the table is not a sheet of its own
    note: str = ""
    in_document: bool = True  # False: too long for a document, a sheet of the workbook only (see LONG_LIST)

    @property
    def length(self) -> int:
        return sum(not isinstance(row, GroupRow) for row in self.rows)

    @property
    def document_columns(self) -> list[int]:
        return [i for i, c in enumerate(self.columns) if c.in_document]


@dataclass
class Paragraph:
    text: str
    style: str = ""  # "", "note", "empty", "lead"


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Described:
    """Terms, each with its description: a network and its purpose and value, a policy and its elements."""

    items: list[tuple[str, list[tuple[str, str]]]]  # (term, [(label, text)])


@dataclass
class Cards:
    figures: list[Figure]


@dataclass
class ChartBlock:
    """A chart drawn from `chart` (udsyn.reports.charts) with its numbers in `table` beside or below it."""

    chart: Any
    table: Table


@dataclass
class Section:
    title: str
    anchor: str
    blocks: list[Any] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    new_page: bool = False
    in_contents: bool = True
    keep_together: bool = False  # on one page when it fits (an indicator with its chart)

    def add(self, *blocks: Any) -> Section:
        self.blocks.extend(b for b in blocks if b is not None)
        return self


@dataclass
class Branding:
    name: str
    accent: str  # #RRGGBB
    logo: bytes | None = None
    logo_type: str = ""  # image/png, image/jpeg


@dataclass
class Document:
    kind: str
    title: str
    municipality: str
    period: str  # "1. januar 2022 – 7. december 2026" or "Status pr. ..."
    meta: list[tuple[str, str]]  # cover lines: (label, value)
    branding: Branding
    sections: list[Section]
    sheets: list[Table]  # the XLSX workbook after its overview sheet
    headline: list[Figure]
    language: str
    generated: str = ""  # "udsyn · 7. december 2026", for the page foot

    def walk(self):
        """(level, section) for every section, depth first."""
        def visit(sections: list[Section], level: int):
            for section in sections:
                yield level, section
                yield from visit(section.children, level + 1)
        yield from visit(self.sections, 1)


def text_blocks(text: str) -> list[Paragraph | Bullets]:
    """Free text from the register as paragraphs and bullet lists: an empty line ends a paragraph, lines starting
    with "- ", "* " or "• " are bullet points."""
    blocks: list[Paragraph | Bullets] = []
    paragraph: list[str] = []

    def end_paragraph():
        if paragraph:
            blocks.append(Paragraph(" ".join(paragraph)))
            paragraph.clear()

    for raw in (text or "").replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            end_paragraph()
            continue
        if line[:2] in ("- ", "* ", "• "):
            end_paragraph()
            item = line[2:].strip()
            if blocks and isinstance(blocks[-1], Bullets):
                blocks[-1].items.append(item)
            else:
                blocks.append(Bullets([item]))
        elif blocks and isinstance(blocks[-1], Bullets) and raw[:1] in (" ", "\t"):
            blocks[-1].items[-1] += " " + line  # an indented line continues its bullet point
        else:
            paragraph.append(line)
    end_paragraph()
    return blocks
