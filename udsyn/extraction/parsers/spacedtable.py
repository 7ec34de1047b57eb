"""A table drawn as text, its columns lined up by runs of spaces (a PDF's text layer written in layout mode, a
plain-text copy of a report): the header line's cells give the columns, and each cell of the lines below goes to the
column it stands under, however uneven the gaps. The block becomes "Header: value; ..." lines, as the other formats'
tables do (sheet.rows_to_lines).

Prose never turns into a table here: a block needs a header of two or more short cells that end no sentence, and
two or more lines below it (no tab in any) whose cells start (left-aligned) or end (right-aligned) where the
header's do; a justified paragraph's double spaces line up with nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sheet import rows_to_lines

_GAP = re.compile(r" {2,}")
_CELL = re.compile(r"\S+(?: \S+)*")
_SENTENCE_END = re.compile(r"[.!?:]$")
MIN_ROWS = 2
MAX_HEADER_CELL = 40


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


def cells(line: str) -> list[Cell]:
    """The line's cells: runs of text separated by two or more spaces."""
    return [Cell(m.start(), m.end(), m.group()) for m in _CELL.finditer(line)]


def spaced_columns_to_rows(text: str) -> str:
    """text with every table drawn by space-aligned columns replaced by its row lines."""
    if "  " not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = _header(lines[i])
        if header is None:
            out.append(lines[i])
            i += 1
            continue
        rows, j = _rows_under(header, lines, i + 1)
        if len(rows) < MIN_ROWS:
            out.append(lines[i])
            i += 1
            continue
        out.extend(["", *rows_to_lines([[c.text for c in header], *rows]), ""])
        i = j
    return "\n".join(out)


def _header(line: str) -> list[Cell] | None:
    if "\t" in line or not _GAP.search(line.strip()):
        return None  # tabs say nothing of where a column stands (pdf.columns_to_rows reads tabbed tables)
    found = cells(line)
    if len(found) < 2 or any(len(c.text) > MAX_HEADER_CELL or _SENTENCE_END.search(c.text) for c in found):
        return None
    if sum(1 for c in found if re.fullmatch(r"[\d.,\s%-]+", c.text)) > len(found) // 2:
        return None  # a line of figures is no header
    if re.fullmatch(r"\d{1,3}", found[-1].text):
        return None  # a line of contents ending in its page number
    return found


def _rows_under(header: list[Cell], lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """The rows below a header, up to the first line whose cells do not line up with its columns (a blank line or
    a line of prose)."""
    rows: list[list[str]] = []
    while i < len(lines) and lines[i].strip() and "\t" not in lines[i]:
        found = cells(lines[i])
        if rows and len(found) == 1 and 0 < found[0].start and len(found[0].text) <= MAX_HEADER_CELL:
            k = _column(header, found[0])  # an indented short line: a cell's text wrapped onto the next line
            rows[-1][k] = f"{rows[-1][k]} {found[0].text}".strip()
            i += 1
            continue
        row = _placed(header, found)
        if row is None:
            break
        if rows and not row[0]:  # a cell wrapped onto the next line: the first column is empty there
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], row, strict=True)]
        else:
            rows.append(row)
        i += 1
    return rows, i


def _placed(header: list[Cell], found: list[Cell]) -> list[str] | None:
    """The line's cells under the header's columns, or None when they do not line up (prose, a new paragraph)."""
    if len(found) < 2 and not (found and found[0].start > header[0].end):
        return None  # one cell at the left margin is a line of text, not a row
    row = [""] * len(header)
    aligned = 0
    for cell in found:
        k = _column(header, cell)
        if _lines_up(header[k], cell):
            aligned += 1
        row[k] = f"{row[k]} {cell.text}".strip()
    return row if aligned * 2 >= len(found) + 1 or aligned == len(found) else None


def _column(header: list[Cell], cell: Cell) -> int:
    """The column a cell stands under: the one its span overlaps most (a right-aligned figure under a wide header),
    else the last one starting at or before it."""
    bounds = [(h.start, header[k + 1].start if k + 1 < len(header) else 10**6) for k, h in enumerate(header)]
    overlap = [min(cell.end, hi) - max(cell.start, lo) for lo, hi in bounds]
    best = max(range(len(header)), key=lambda k: overlap[k])
    return best if overlap[best] > 0 else 0


def _lines_up(head: Cell, cell: Cell) -> bool:
    """Left-aligned (same start), right-aligned (same end) or centred under the header cell, two letters' slack."""
    return (abs(cell.start - head.start) <= 2 or abs(cell.end - head.end) <= 2
            or abs((cell.start + cell.end) - (head.start + head.end)) <= 4)
