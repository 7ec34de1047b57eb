"""PDF: WeasyPrint lays out the very same HTML with its print CSS (fonts from Debian's fonts-dejavu-core)."""

from __future__ import annotations

from .html import render_html


def render_pdf(report) -> bytes:
    from weasyprint import HTML  # imported here: loading Pango costs time the other formats need not pay

    return HTML(string=render_html(report).decode("utf-8")).write_pdf()
