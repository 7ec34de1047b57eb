"""PDF text per page with pypdfium2 (fast); pypdf only to tell encrypted files apart."""

from __future__ import annotations

import io
import re

from ..errors import CorruptDocument, EncryptedDocument
from ..model import ParsedDocument
from ..sniff import PDF
from .pdftable import rebuild_tables
from .sheet import rows_to_lines
from .spacedtable import spaced_columns_to_rows


class PdfParser:
    def parse(self, data: bytes, name: str) -> ParsedDocument:
        _check_complete(data)
        if b"/Encrypt" in data:
            _check_encryption(data)
        import pypdfium2 as pdfium

        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise EncryptedDocument() from exc
            raise CorruptDocument() from exc
        try:
            pages = [_page_text(pdf, i) for i in range(len(pdf))]
        except pdfium.PdfiumError as exc:
            raise CorruptDocument() from exc
        finally:
            pdf.close()
        return ParsedDocument(name=name, mime=PDF, pages=pages)


def _page_text(pdf, index: int) -> str:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
            if _tabular(text):
                # the wide gaps first (a table of two columns), then the tables of three or more read by position
                gapped = _column_gaps(textpage, text)
                text = rebuild_tables(page, textpage, gapped) or gapped
        finally:
            textpage.close()
    finally:
        page.close()
    # pdfium uses CRLF and may emit NUL/soft-hyphen artefacts.
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\ufffe", "")
    text = columns_to_rows(text) if "\t" in text else text
    return spaced_columns_to_rows(text)  # a table whose text layer lines its columns up with spaces


# A line that may be a table row: short, holding a number, not ending a sentence.
_ROWISH = re.compile(r"^(?=.{3,120}$)(?!.*[.:]\s*$).*\d")


def _tabular(text: str) -> bool:
    """Two short lines with numbers in a row: the page may hold a table (only then are glyph boxes read)."""
    run = 0
    for line in text.splitlines():
        run = run + 1 if _ROWISH.match(line.strip()) else 0
        if run >= 2:
            return True
    return False


def _column_gaps(textpage, text: str) -> str:
    """text with a tab for every space that is wider than two letters are high: the gap between table columns.
    pdfium writes one space between cells; only the glyph boxes tell a column from a word."""
    chars = list(text)
    for i in range(1, len(text) - 1):
        if text[i] != " " or text[i - 1] in " \r\n" or text[i + 1] in " \r\n":
            continue
        left, right = textpage.get_charbox(i - 1), textpage.get_charbox(i + 1)
        height = max(left[3] - left[1], right[3] - right[1], 1.0)
        if abs(left[1] - right[1]) < height and right[0] - left[2] > 2.0 * height:
            chars[i] = "\t"
    return "".join(chars)


_DOTS = re.compile(r"^[.…·\s]+$")


def columns_to_rows(text: str) -> str:
    """Blocks of two or more lines split by column gaps into the same number of cells become table rows
    ("Header: value; ..."), the first line giving the headers; a table of contents (dot leaders, page numbers)
    stays as it is."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        width = lines[i].count("\t")
        j = i
        while j < len(lines) and width and lines[j].count("\t") == width:
            j += 1
        block = [[c.strip() for c in line.split("\t")] for line in lines[i:j]]
        while j - i >= 2 and j < len(lines) and (short := _short_row(lines[j], block)) is not None:
            block.append(short)  # a row whose narrow gaps ran cells together, its figures in the last columns
            j += 1
        if j - i >= 2 and not _contents(block):
            out.extend(rows_to_lines(block))
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


_FIGURE = re.compile(r"[-\u2212(]?\d{1,3}(?:[.,\u00a0 ]\d{3})*(?:[.,]\d{1,2})?\)?")


def _short_row(line: str, block: list[list[str]]) -> list[str] | None:
    """A line of fewer cells than the table above that ends in figures where the table's rows end in figures
    ("SCHOOLYARDS FOR ALL Erasmus+ | Ronda (ES); Sesimbra (PT) | 250,000 | 310,000", "Total | 3,400,000 | 1,550,000"
    under five columns): its figures go to the last columns, its first cell to the first, the cells between to the
    columns just before the figures. None when the line is no such row."""
    cells = [c.strip() for c in line.split("\t")]
    width = len(block[0])
    figures = 0
    while figures < len(cells) and _FIGURE.fullmatch(cells[-1 - figures]):
        figures += 1
    lead = cells[:len(cells) - figures]
    if not 2 <= len(cells) < width or not figures or not lead or not lead[0]:
        return None
    if not all(_FIGURE.fullmatch(row[-1 - k]) for row in block[1:] for k in range(figures)):
        return None  # the columns above do not hold figures
    row = [lead[0]] + [""] * (width - 1)
    row[width - figures - (len(lead) - 1):width - figures] = lead[1:]
    row[width - figures:] = cells[len(cells) - figures:]
    return row


def _contents(block: list[list[str]]) -> bool:
    """A table of contents: dot leaders, or a last column of ascending page numbers."""
    if any(_DOTS.match(c) for row in block for c in row if c):
        return True
    last = [row[-1] for row in block[1:]]
    if all(re.fullmatch(r"\d{1,3}", c) for c in last):
        numbers = [int(c) for c in last]
        return numbers == sorted(numbers)
    return False


def _check_complete(data: bytes) -> None:
    # pdfium silently rebuilds a truncated file and returns whatever pages survive; a PDF that
    # lacks its end-of-file marker was cut off, and partial text would mislead the reviewer.
    if b"%%EOF" not in data[-2048:]:
        raise CorruptDocument("The PDF is truncated (its end is missing); upload the complete file.")


def _check_encryption(data: bytes) -> None:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if not reader.is_encrypted:
            return
        # Many PDFs carry only an owner password (printing/copy restrictions): they open with "".
        opened = reader.decrypt("")
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise CorruptDocument() from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises assorted errors on damaged files
        if "crypt" in type(exc).__name__.lower() or "AES" in str(exc):
            raise EncryptedDocument() from exc
        raise CorruptDocument() from exc
    if not opened:
        raise EncryptedDocument()
