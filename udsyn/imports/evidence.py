"""The evidence of a candidate: where its quote is in the document's text, marked, in context or on its page."""

from __future__ import annotations

from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .models import Candidate, Document

SNIPPET = 160  # characters of context either side of the evidence on the review list


def evidence_span(document: Document, candidate: Candidate) -> tuple[int, int] | None:
    """Where the evidence is in the document's text: the pipeline's offsets, else where the quote is."""
    text = document.text
    if candidate.start is not None and candidate.end is not None and 0 <= candidate.start < candidate.end <= len(text):
        return candidate.start, candidate.end
    for needle in (candidate.quote, candidate.name):
        if needle and needle in text:
            start = text.index(needle)
            return start, start + len(needle)
    return None


def highlight(text: str, offset: int, span: tuple[int, int] | None) -> SafeString:
    """`text` (which starts at `offset` of the document) with the span marked."""
    if span is None:
        return escape(text)
    start, end = max(0, span[0] - offset), max(0, span[1] - offset)
    if start >= len(text):
        return escape(text)
    return mark_safe(f"{escape(text[:start])}<mark>{escape(text[start:end])}</mark>{escape(text[end:])}")


def snippet(document: Document, candidate: Candidate, context: int = SNIPPET) -> SafeString | None:
    """The evidence marked, with `context` characters of the text either side."""
    span = evidence_span(document, candidate)
    if span is None:
        return None
    begin = max(0, span[0] - context)
    end = min(len(document.text), span[1] + context)
    marked = highlight(document.text[begin:end], begin, span)
    return mark_safe(("… " if begin else "") + marked + (" …" if end < len(document.text) else ""))


def page_view(document: Document, candidate: Candidate) -> dict[str, Any]:
    """The page the evidence is on, with the evidence marked."""
    span = evidence_span(document, candidate)
    page = candidate.page
    if not page and span is not None and document.page_starts:
        page = sum(1 for start in document.page_starts if start <= span[0]) or 1
    page = page or 1
    text, offset = document.page_text(page)
    inside = span is not None and offset <= span[0] < offset + len(text)
    return {"page": page, "pages": document.pages, "html": highlight(text, offset, span if inside else None),
            "found": inside}
