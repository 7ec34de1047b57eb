"""Fixtures for the extraction tests: documents generated on the fly, and the shared corpus."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def corpus_dir() -> Path:
    """The shared corpus (../shared/corpus next to the repo, or $UDSYN_CORPUS_DIR)."""
    return Path(os.environ.get("UDSYN_CORPUS_DIR") or REPO / ".." / "shared" / "corpus").resolve()


def corpus_file(name: str) -> Path:
    path = corpus_dir() / name
    if not path.exists():
        pytest.skip(f"corpus document {path} is absent (set UDSYN_CORPUS_DIR to the shared corpus)")
    return path


def make_pdf(pages: list[str]) -> bytes:
    """A text PDF with one string per page (lines split on newlines), made with reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for page in pages:
        y = 800
        for line in page.split("\n"):
            c.drawString(50, y, line)
            y -= 16
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def pdf_bytes() -> bytes:
    return make_pdf(["Kommunen er medlem af Eurocities.\nBetaler 1,3 mio. kr. om året.",
                     "Side to handler om Harbin.", "Tredje side."])
