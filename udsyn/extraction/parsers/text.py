"""Plain text: UTF-8 with a cp1252/latin-1 fallback; a form feed starts a new page."""

from __future__ import annotations

from ..model import ParsedDocument
from ..sniff import TEXT
from .spacedtable import spaced_columns_to_rows


def decode_text(data: bytes) -> str:
    """Decode bytes as UTF-8 (BOM allowed), else Windows-1252, else Latin-1 (never fails)."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


class TextParser:
    def parse(self, data: bytes, name: str) -> ParsedDocument:
        text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
        pages = text.split("\f")
        # A trailing form feed ends the last page; it does not open an empty one.
        if len(pages) > 1 and not pages[-1].strip():
            pages.pop()
        # a report copied as text keeps its tables as columns lined up with spaces
        return ParsedDocument(name=name, mime=TEXT, pages=[spaced_columns_to_rows(p) for p in pages])
