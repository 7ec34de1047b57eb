"""Open a generated file with a reader of its format and return what a person would read in it."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = False

    def handle_starttag(self, tag, attrs):
        self._skip = tag in ("style", "script")

    def handle_endtag(self, tag):
        self._skip = False
        self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_text(content: bytes) -> str:
    parser = _Text()
    parser.feed(content.decode("utf-8"))
    return normalise("".join(parser.parts))


def pdf_pages(content: bytes) -> list[str]:
    from pypdf import PdfReader

    return [normalise(page.extract_text() or "") for page in PdfReader(io.BytesIO(content)).pages]


def docx_document(content: bytes):
    import docx

    return docx.Document(io.BytesIO(content))


def docx_text(content: bytes) -> str:
    document = docx_document(content)
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return normalise(" ".join(parts))


def xlsx_workbook(content: bytes):
    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(content))


def xlsx_rows(content: bytes, sheet: str) -> list[tuple]:
    return list(xlsx_workbook(content)[sheet].iter_rows(values_only=True))


def text_of(fmt: str, content: bytes) -> str:
    if fmt == "html":
        return html_text(content)
    if fmt == "pdf":
        return " ".join(pdf_pages(content))
    if fmt == "docx":
        return docx_text(content)
    workbook = xlsx_workbook(content)
    return normalise(" ".join(str(v) for ws in workbook for row in ws.iter_rows(values_only=True)
                              for v in row if v is not None))
