"""Bytes of a text file as str: UTF-8 (BOM allowed), else Windows-1252, else Latin-1."""

from __future__ import annotations


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
