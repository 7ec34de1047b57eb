"""Small documents made on the fly for the import tests (never copied from the corpus)."""

from __future__ import annotations

import io
from pathlib import Path

PARAGRAPH = (
    "Teknik- og Miljøforvaltningen er medlem af netværket Eurocities og betaler et årligt kontingent på "
    "500.000 kr. Kommunen har desuden en venskabsbyaftale med Harbin i Kina siden 1984."
)


def text_document(path: Path, paragraph: str = PARAGRAPH) -> Path:
    path.write_text("Internationalt samarbejde\n\n" + paragraph + "\n", encoding="utf-8")
    return path


def pdf_document(path: Path, paragraph: str = PARAGRAPH) -> Path:
    """A one-page PDF with a real text layer, made with reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("Internationalt samarbejde", styles["Heading1"]), Paragraph(paragraph, styles["Normal"])])
    return path


def corrupt_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj << /Ty")
    return path


def encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("hemmelig")
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def text_pdf(path: Path, text: str, *, pages: int) -> Path:
    """A PDF of `text` laid out line by line over about `pages` pages, with a real text layer (reportlab).

    For turning a plain-text document into the many-page PDF a municipality would upload."""
    import textwrap

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    lines = [part for line in text.splitlines() for part in (textwrap.wrap(line, 105) or [""])]
    per_page = -(-len(lines) // pages)
    canvas = Canvas(str(path), pagesize=A4)
    width, height = A4
    for first in range(0, len(lines), per_page):
        y = height - 40
        for line in lines[first:first + per_page]:
            canvas.setFont("Helvetica", 8.5)
            canvas.drawString(36, y, line)
            y -= (height - 80) / per_page
        canvas.showPage()
    canvas.save()
    return path
