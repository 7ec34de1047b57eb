"""Plain text: UTF-8 with a cp1252/latin-1 fallback; a form feed starts a new page."""

from __future__ import annotations

from ..model import ParsedDocument
from ..sniff import TEXT
from .decode import decode_text
from .spacedtable import spaced_columns_to_rows


class TextParser:
    def parse(self, data: bytes, name: str) -> ParsedDocument:
        text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
        pages = text.split("\f")
        # A trailing form feed ends the last page; it does not open an empty one.
        if len(pages) > 1 and not pages[-1].strip():
            pages.pop()
        # a report copied as text keeps its tables as columns lined up with spaces
        return ParsedDocument(name=name, mime=TEXT, pages=[spaced_columns_to_rows(p) for p in pages])
