"""Parsers turn bytes into a ParsedDocument; the registry picks one by detected MIME type."""

from __future__ import annotations

from typing import Protocol

from ..errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    ExtractionError,
    TooLarge,
    UnsupportedType,
)
from ..model import ParsedDocument
from ..sniff import BINARY, CSV, DOCX, HTML, OLE, PDF, TEXT, XLSX, ZIP, detect_mime

MAX_BYTES = 200 * 1024 * 1024


class Parser(Protocol):
    def parse(self, data: bytes, name: str) -> ParsedDocument: ...


def _registry() -> dict[str, Parser]:
    # Imported here so a missing optional library only breaks its own format.
    from .docx import DocxParser
    from .html import HtmlParser
    from .pdf import PdfParser
    from .sheet import CsvParser, XlsxParser
    from .text import TextParser

    return {PDF: PdfParser(), DOCX: DocxParser(), HTML: HtmlParser(), TEXT: TextParser(),
            XLSX: XlsxParser(), CSV: CsvParser()}


_PARSERS: dict[str, Parser] | None = None


def parser_for(mime: str) -> Parser:
    global _PARSERS
    if _PARSERS is None:
        _PARSERS = _registry()
    parser = _PARSERS.get(mime)
    if parser is None:
        raise UnsupportedType()
    return parser


def parse_bytes(data: bytes, name: str, max_bytes: int = MAX_BYTES) -> ParsedDocument:
    """Detect the type of data and parse it; every failure is an ExtractionError."""
    if len(data) > max_bytes:
        raise TooLarge(f"The file is {len(data) // 1_000_000} MB; the limit is {max_bytes // 1_000_000} MB.",
                       name=name)
    try:
        mime = detect_mime(data)
        if mime == OLE:
            raise _ole_error(data)
        if mime == ZIP:
            raise CorruptDocument("The file is a ZIP archive that is not a readable DOCX or XLSX document.")
        if mime == BINARY:
            raise UnsupportedType("The file is binary data of an unknown kind, not a document.")
        doc = parser_for(mime).parse(data, name)
    except ExtractionError as exc:
        if not exc.name:
            exc.name = name
            exc.args = (f"{name}: {exc.user_message}",)
        raise
    if not any(page.strip() for page in doc.pages):
        raise EmptyDocument(name=name)
    return doc


def _ole_error(data: bytes) -> ExtractionError:
    # Password-protected DOCX/XLSX files are OLE containers with an EncryptionInfo stream.
    if "EncryptionInfo".encode("utf-16-le") in data:
        return EncryptedDocument()
    return UnsupportedType("Old Word/Excel files (.doc/.xls) are not supported; save as DOCX or XLSX.")


__all__ = ["Parser", "parse_bytes", "parser_for", "CorruptDocument", "EmptyDocument", "EncryptedDocument",
           "TooLarge", "UnsupportedType", "ParsedDocument", "PDF", "DOCX", "XLSX", "HTML", "CSV", "TEXT"]
