"""Table cells as text, and column widths from their content, for the document renderers (HTML/PDF and DOCX).

A column is never narrower than its longest word (so no word is broken inside), and the space left over goes to
the columns whose text is longest; when even the longest words do not fit, every column shrinks alike.
"""

from __future__ import annotations

import re
from typing import Any

from .. import formatting
from ..document import (
    COUNTRY,
    DATE,
    FIGURE,
    MONEY,
    NUMBER,
    RATE,
    TEXT,
    TOTAL,
    YEAR,
    GroupRow,
    Period,
    Status,
    Table,
)
from ..fonts import text_width
from ..totals import MoneyTotal

RIGHT_ALIGNED = {NUMBER, MONEY, TOTAL, FIGURE, RATE}
PADDING = 8.0  # points left and right of a cell's text together (HTML 4 + 4, DOCX margins alike)
STATUS_MARK = "●\u00a0"
WORD = re.compile(r"[^ \t\n]+")  # no-break spaces keep "1.300.000 kr." one word
CANDIDATES = 6  # per column, the longest texts by characters are measured (fast on tables of thousands of rows)


def cell_text(value: Any, kind: str) -> str:
    if value is None or value == "":
        return formatting.DASH if kind not in (TEXT, COUNTRY) else ""
    if isinstance(value, Status):
        return value.label
    if isinstance(value, MoneyTotal):
        return formatting.total_figure(value) if kind == FIGURE else formatting.total(value)
    if isinstance(value, Period):
        return formatting.period(value.start, value.end, short=True)
    if isinstance(value, str) and not (kind == COUNTRY and len(value) == 2):  # labels, e.g. "In all"
        return value
    if kind in (NUMBER, FIGURE):
        return formatting.number(value)
    if kind == MONEY:
        return formatting.money(value)
    if kind == DATE:
        return formatting.date_short(value)
    if kind == COUNTRY:
        return formatting.country(value)
    if kind == RATE:
        return formatting.rate(value)
    if kind == YEAR:
        return str(value)
    return str(value)


def total_text(value: Any, kind: str) -> str:
    """A total row's cell: a column the total leaves empty ("") stays blank instead of showing "–"."""
    return "" if isinstance(value, str) and value == "" else cell_text(value, kind)


def status_text(status: Status) -> str:
    """The coloured mark and the label, kept on one line."""
    return STATUS_MARK + status.label.replace(" ", "\u00a0")


def row_texts(table: Table, values: list[Any]) -> list[str]:
    return [status_text(values[i]) if isinstance(values[i], Status) else cell_text(values[i], table.columns[i].kind)
            for i in table.document_columns]


def _longest(texts: list[str], key) -> list[str]:
    return sorted(texts, key=key, reverse=True)[:CANDIDATES]


SMALLEST = 7.0  # points: a table's text is set smaller, down to this, before its longest words would not fit


def layout(table: Table, width: float, size: float) -> tuple[list[float], float]:
    """Column widths (points) and the font size of a table: `size`, or smaller when the longest words of its
    columns do not fit side by side at `size` (a table of many columns with long Danish compounds)."""
    widths, fits = column_widths(table, width, size)
    if fits:
        return widths, size
    # widths grow with the font size (the padding does not): set the text just small enough, in half points
    needed = sum(_lows(table, size))
    smaller = max(SMALLEST, size * (width - PADDING * len(widths)) / (needed - PADDING * len(widths)))
    smaller = max(SMALLEST, int(smaller * 2) / 2)
    return column_widths(table, width, smaller)[0], smaller


def _lows(table: Table, size: float) -> list[float]:
    return _measure(table, size)[0]


def column_widths(table: Table, width: float, size: float) -> tuple[list[float], bool]:
    """Widths in points of the table's document columns, adding up to `width`, for text set at `size` points, and
    whether every column's longest word fits."""
    low, high = _measure(table, size)
    return distribute(low, high, width), sum(low) <= width


def _measure(table: Table, size: float, header_size: float | None = None) -> tuple[list[float], list[float]]:
    """Per column: the width of its longest word and of its longest text (points, with padding)."""
    header_size = header_size or size
    columns = table.document_columns
    texts: list[list[str]] = [[] for _ in columns]
    bold_texts = [[table.columns[i].title] for i in columns]
    for row in table.rows:
        if isinstance(row, GroupRow):
            if row.status is not None:  # a group row's status sits in the last column, in bold
                bold_texts[-1].append(status_text(row.status))
            continue
        for j, text in enumerate(row_texts(table, row)):
            (bold_texts if isinstance(row[columns[j]], Status) else texts)[j].append(text)
    if table.total:
        for j, text in enumerate(row_texts(table, table.total)):
            bold_texts[j].append(text)
    low, high = [], []
    for j in range(len(columns)):
        words = [w for t in texts[j] for w in WORD.findall(t)]
        bold_words = [w for t in bold_texts[j] for w in WORD.findall(t)]
        longest_word = max([text_width(w, size) for w in _longest(words, len)]
                           + [text_width(w, header_size, True) for w in bold_words], default=0)
        longest_text = max([text_width(t, size) for t in _longest(texts[j], len)]
                           + [text_width(t, header_size, True) for t in bold_texts[j]], default=0)
        low.append(longest_word + PADDING)
        high.append(max(longest_text, longest_word) + PADDING)
    return low, high


MAX_SHARE = 0.4  # no column asks for more than this share of the table's width beyond its longest word


def distribute(low: list[float], high: list[float], width: float) -> list[float]:
    if not low:
        return []
    high = [max(lo, min(h, width * MAX_SHARE)) for lo, h in zip(low, high, strict=True)]
    if sum(low) >= width:
        return [w * width / sum(low) for w in low]
    if sum(high) <= width:  # everything fits on one line: share out the rest by natural width
        return [w * width / sum(high) for w in high]
    room = width - sum(low)
    wants = [h - lo for lo, h in zip(low, high, strict=True)]
    return [lo + room * want / sum(wants) for lo, want in zip(low, wants, strict=True)]


def is_right(kind: str) -> bool:
    return kind in RIGHT_ALIGNED
