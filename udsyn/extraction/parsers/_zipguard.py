"""Refuse zip bombs before any member is decompressed (DOCX and XLSX are zip files)."""

from __future__ import annotations

import io
import zipfile

from ..errors import CorruptDocument, TooLarge

MAX_UNCOMPRESSED = 300 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 10_000


def open_checked_zip(data: bytes) -> zipfile.ZipFile:
    """Open data as a zip after checking the sizes declared in its central directory."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise CorruptDocument() from exc
    if len(infos) > MAX_MEMBERS:
        raise TooLarge("The document contains too many parts to be a normal office file.")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise TooLarge(f"The document would unpack to {total // 1_000_000} MB, more than allowed.")
    for info in infos:
        ratio = info.file_size / max(1, info.compress_size)
        # Ordinary XML compresses 5-20x; hundreds-fold means a crafted archive (a zip bomb).
        if info.file_size > 1_000_000 and ratio > MAX_RATIO:
            raise TooLarge("The document is compressed suspiciously strongly (possible zip bomb).")
    return zf
