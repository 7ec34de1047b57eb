"""The whole pipeline for one document: bytes -> parsed pages -> normalised text -> records."""

from __future__ import annotations

from pathlib import Path

from .errors import EmptyDocument
from .extract import extract_records
from .model import DocumentResult
from .normalise import normalise_pages
from .parsers import parse_bytes
from .segment import segment


def extract_bytes(data: bytes, name: str) -> DocumentResult:
    """Extract candidate records from a document given as bytes; raises ExtractionError subclasses."""
    parsed = parse_bytes(data, name)
    norm = normalise_pages(parsed.pages)
    if not norm.text.strip():
        raise EmptyDocument(name=name)
    segments = segment(norm.text, norm.page_starts)
    records = extract_records(norm.text, norm.page_starts, segments)
    stats = dict(norm.stats, characters=len(norm.text), segments=len(segments), records=len(records))
    return DocumentResult(source=name, mime=parsed.mime, pages=len(norm.pages), text=norm.text,
                          page_starts=norm.page_starts, records=records, stats=stats)


def extract_file(path: str | Path) -> DocumentResult:
    """Extract candidate records from the file at path (its source is the path as given)."""
    data = Path(path).read_bytes()
    return extract_bytes(data, str(path))


def warm_up() -> None:
    """Load the lazy resources (Danish and English word lists, city index) once, e.g. in a worker."""
    from . import gazetteer, ocr

    ocr.zipf("og")
    ocr.english_zipf("and")
    gazetteer.resolve_city("Hamborg")
    gazetteer.resolve_country("Kina")


def to_contract(results: list[DocumentResult]) -> dict:
    """The extraction JSON contract (see shared/eval/README.md) for a list of results."""
    return {"documents": [r.to_dict() for r in results]}
