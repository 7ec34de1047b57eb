"""PDF text per page with pypdfium2 (fast); pypdf only to tell encrypted files apart."""

from __future__ import annotations

import io

from ..errors import CorruptDocument, EncryptedDocument
from ..model import ParsedDocument
from ..sniff import PDF


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
        finally:
            textpage.close()
    finally:
        page.close()
    # pdfium uses CRLF and may emit NUL/soft-hyphen artefacts.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\ufffe", "")


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
