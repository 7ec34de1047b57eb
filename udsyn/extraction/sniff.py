"""Detect the type of a document from its content (magic bytes), never from its file name."""

from __future__ import annotations

import csv
import io
import re
import zipfile

from .errors import EmptyDocument

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HTML = "text/html"
CSV = "text/csv"
TEXT = "text/plain"
ZIP = "application/zip"
OLE = "application/x-ole-storage"
BINARY = "application/octet-stream"

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(p|div|h[1-6]|table|article|section|span|a|li|br)\b[^>]*>", re.I)


def detect_mime(data: bytes) -> str:
    """Return the MIME type of data judged by its leading bytes and structure."""
    if not data.strip():
        raise EmptyDocument()
    head = data[:1024]
    if b"%PDF-" in head:
        return PDF
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE
    if not _looks_textual(data[:65536]):
        return BINARY
    if _HTML_START.match(data[:4096]) or len(_HTML_TAGS.findall(data[:65536])) >= 3:
        return HTML
    if _looks_like_csv(data[:65536]):
        return CSV
    return TEXT


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        # A truncated OOXML file still starts with PK: treat it as a (corrupt) zip.
        return ZIP
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    return ZIP


def _looks_textual(sample: bytes) -> bool:
    if b"\x00" in sample and not (sample.startswith(b"\xff\xfe") or sample.startswith(b"\xfe\xff")):
        return False
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        # A multi-byte sequence cut at the sample boundary is fine.
        if exc.start >= len(sample) - 4:
            return True
    # Legacy 8-bit text: few control characters besides tab/newline/form feed.
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    controls += sum(1 for b in sample if 0x7F <= b < 0xA0 and b not in _CP1252_PRINTABLE)
    return controls <= len(sample) * 0.01


# Bytes 0x80-0x9F that cp1252 maps to printable characters (quotes, dashes, euro sign).
_CP1252_PRINTABLE = {0x80, 0x82, 0x84, 0x85, 0x86, 0x87, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99}


def _looks_like_csv(sample: bytes) -> bool:
    text = sample.decode("utf-8", errors="replace")
    lines = [line for line in text.splitlines() if line.strip()][:20]
    if len(lines) < 2:
        return False
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines), delimiters=";,\t|")
    except csv.Error:
        return False
    rows = list(csv.reader(lines, dialect))
    widths = {len(r) for r in rows}
    # Prose with commas also "sniffs" as CSV; demand a stable column count and short cells.
    if len(widths) != 1 or rows[0] and len(rows[0]) < 2:
        return False
    mean_cell = sum(len(c) for r in rows for c in r) / max(1, sum(len(r) for r in rows))
    return mean_cell < 60
