"""HTML tables as the "Header: value; ..." lines every other format writes (DOCX, XLSX, CSV), before the main
content is picked out: trafilatura writes a table sometimes as a Markdown table and sometimes as one cell per
line, which loses which number stands under which header.

A table whose first row (or <thead>) is headers becomes one line per row; a two-column table of labels and values
(a fact box: "Budget | 2,1 mio. EUR") becomes "Label: value" lines. A table holding other tables (old layout)
is left as it is.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from itertools import accumulate

from .sheet import rows_to_lines


class _Tables(HTMLParser):
    """Offsets and cells of every outermost <table> element."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self._line_starts = [0, *accumulate(len(line) for line in markup.splitlines(keepends=True))]
        self.tables: list[tuple[int, int, list[list[tuple[str, bool]]], bool]] = []
        self._depth = 0
        self._start = 0
        self._rows: list[list[tuple[str, bool]]] = []
        self._cell: list[str] | None = None
        self._header = False
        self._nested = False
        self._skip = 0

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._depth += 1
            if self._depth == 1:
                self._start, self._rows, self._nested = self._offset(), [], False
            else:
                self._nested = True
        elif self._depth == 1 and tag == "tr":
            self._rows.append([])
        elif self._depth == 1 and tag in ("td", "th"):
            if not self._rows:
                self._rows.append([])
            self._cell, self._header = [], tag == "th"
        elif tag in ("script", "style"):
            self._skip += 1
        elif self._cell is not None and tag in ("br", "p", "li", "div"):
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in ("td", "th") and self._cell is not None and self._depth == 1:
            self._rows[-1].append((" ".join("".join(self._cell).split()), self._header))
            self._cell = None
        elif tag == "table" and self._depth:
            self._depth -= 1
            if self._depth == 0:
                self.tables.append((self._start, self._end_offset(), [r for r in self._rows if r], self._nested))

    def _end_offset(self) -> int:
        # getpos() points at the start of the end tag being handled; the element ends after its '>'.
        return self._offset() + len("</table>")

    def handle_data(self, data):
        if self._cell is not None and not self._skip:
            self._cell.append(data)


def table_lines(rows: list[list[tuple[str, bool]]]) -> list[str]:
    """Lines of a table read by its headers: header rows, or row labels in a two-column fact box."""
    texts = [[c for c, _h in row] for row in rows]
    if not texts:
        return []
    width = max(len(r) for r in texts)
    first_is_header = all(h for _c, h in rows[0]) and len(rows[0]) >= 2
    labels_in_first_column = all(row[0][1] for row in rows) and not first_is_header
    if width == 2 and (labels_in_first_column or not first_is_header):
        return [f"{r[0]}: {r[1]}" if len(r) == 2 and r[0] and r[1] else " ".join(c for c in r if c)
                for r in texts]
    return rows_to_lines(texts)


def tables_to_lines(markup: str) -> str:
    """markup with each outermost plain table replaced by paragraphs of row lines."""
    if "<table" not in markup.lower():
        return markup
    parser = _Tables(markup)
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient, but a broken page must never stop the import
        return markup
    out, pos = [], 0
    for start, end, rows, nested in parser.tables:
        if nested or len(rows) < 2 or start < pos or markup[end - 8:end].lower() != "</table>":
            continue
        out.append(markup[pos:start])
        out.append("".join(f"<p>{html.escape(line)}</p>\n" for line in table_lines(rows) if line.strip()))
        pos = end
    out.append(markup[pos:])
    return "".join(out)
