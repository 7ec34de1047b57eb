"""The whole pipeline for one document: bytes -> parsed pages -> normalised text -> records."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from .errors import EmptyDocument, TooLarge
from .extract import extract_records
from .furniture import drop_furniture
from .model import DocumentResult
from .normalise import normalise_pages
from .parsers import HTML, TEXT, parse_bytes
from .segment import segment


def extract_bytes(data: bytes, name: str, progress: Callable[[str, dict], None] | None = None) -> DocumentResult:
    """Extract candidate records from a document given as bytes; raises ExtractionError subclasses.

    `progress(step, facts)`, when given, hears how far it has come: ("finding", {"pages": n}) once the pages are
    read, ("found", {"pages": n, "records": m}) at the end (the import shows it while a document is read)."""
    parsed = parse_bytes(data, name)
    if progress:
        progress("finding", {"pages": len(parsed.pages)})
    pages = parsed.pages
    if parsed.mime in (HTML, TEXT):
        pages = [drop_furniture(p) for p in pages]  # a web page's menus, banners and buttons, saved or copied
    norm = normalise_pages(pages)
    if not norm.text.strip():
        raise EmptyDocument(name=name)
    segments = segment(norm.text, norm.page_starts)
    records = extract_records(norm.text, norm.page_starts, segments)
    if progress:
        progress("found", {"pages": len(norm.pages), "records": len(records)})
    stats = dict(norm.stats, characters=len(norm.text), segments=len(segments), records=len(records))
    return DocumentResult(source=name, mime=parsed.mime, pages=len(norm.pages), text=norm.text,
                          page_starts=norm.page_starts, records=records, stats=stats)


# The same limit, from the same variable, as the upload (udsyn.settings.UPLOAD_MAX_MB): what the web
# import refuses, the command line refuses too, before reading a byte.
DEFAULT_MAX_MB = 50


def max_bytes() -> int:
    return int(os.environ.get("UDSYN_UPLOAD_MAX_MB") or DEFAULT_MAX_MB) * 1024 * 1024


def extract_file(path: str | Path) -> DocumentResult:
    """Extract candidate records from the file at path (its source is the path as given).

    Raises TooLarge for a file over UDSYN_UPLOAD_MAX_MB (50 MB unless set), as the upload does.
    """
    size = Path(path).stat().st_size
    if size > max_bytes():
        raise TooLarge(f"The file is {size / 2**20:.0f} MB; the limit is {max_bytes() // 2**20} MB "
                       "(UDSYN_UPLOAD_MAX_MB).", name=str(path))
    data = Path(path).read_bytes()
    return extract_bytes(data, str(path))


def warm_up() -> None:
    """Load the lazy resources (Danish and English word lists; the city index is opened, or built when
    missing) once, e.g. in a worker."""
    from . import gazetteer, ocr

    ocr.zipf("og")
    ocr.english_zipf("and")
    gazetteer.resolve_city("Hamborg")
    gazetteer.resolve_country("Kina")


def to_contract(results: list[DocumentResult]) -> dict:
    """The extraction JSON contract (see shared/eval/README.md) for a list of results."""
    return {"documents": [r.to_dict() for r in results]}
