"""XLSX and CSV: each row becomes one line of "column: value" pairs; each sheet is a page."""

from __future__ import annotations

import csv
import io
import re

from ..errors import CorruptDocument
from ..model import ParsedDocument
from ..sniff import CSV, XLSX
from ._zipguard import open_checked_zip
from .decode import decode_text


def cell_text(value: str) -> str:
    """A cell's text on one line, its ';' written ' /' (a row line separates its cells with ';')."""
    return " ".join(value.replace(";", " /").split())


def rows_to_lines(rows: list[list[str]]) -> list[str]:
    """Lines "header: value; header: value" using the first row of two or more cells as header; single-cell
    rows above it (a sheet's title, "Oversigt over venskabsbyer 2024") stay lines of their own."""
    rows = [[cell_text(c) for c in r] for r in rows if any(c.strip() for c in r)]
    titles = []
    while len(rows) > 1 and sum(1 for c in rows[0] if c.strip()) < 2:
        titles.append(next(c.strip() for c in rows[0] if c.strip()))
        rows = rows[1:]
    if titles:
        return [*titles, "", *rows_to_lines(rows)]
    if not rows:
        return []
    header = [h.strip() or f"column {i + 1}" for i, h in enumerate(rows[0])]
    if len(rows) == 1:
        return ["; ".join(c for c in rows[0] if c.strip())]
    lines = []
    for row in rows[1:]:
        pairs = [f"{header[i] if i < len(header) else f'column {i + 1}'}: {v.strip()}"
                 for i, v in enumerate(row) if v.strip()]
        lines.append("; ".join(pairs))
    return lines


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        text = repr(value)
        # Three decimals after '.' read as a group of thousands in Danish ("1234.567"): one more digit says decimal.
        return text + "0" if re.fullmatch(r"\d+\.\d{3}", text) else text
    return str(value)


class XlsxParser:
    def parse(self, data: bytes, name: str) -> ParsedDocument:
        open_checked_zip(data).close()
        import openpyxl

        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many types on damaged files
            raise CorruptDocument() from exc
        try:
            pages = []
            for ws in wb.worksheets:
                rows = [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True)]
                pages.append("\n".join([f"# {ws.title}", *rows_to_lines(rows)]))
        finally:
            wb.close()
        return ParsedDocument(name=name, mime=XLSX, pages=pages)


class CsvParser:
    def parse(self, data: bytes, name: str) -> ParsedDocument:
        text = decode_text(data)
        try:
            dialect = csv.Sniffer().sniff(text[:8192], delimiters=";,\t|")
        except csv.Error:
            dialect = csv.excel
        rows = list(csv.reader(io.StringIO(text), dialect))
        return ParsedDocument(name=name, mime=CSV, pages=["\n".join(rows_to_lines(rows))])
