"""PDF: WeasyPrint lays out the very same HTML with its print CSS (fonts from Debian's fonts-dejavu-core)."""

from __future__ import annotations


def render_pdf(report) -> bytes:
    from weasyprint import HTML  # imported here: loading Pango costs time the other formats need not pay

    from ..compose import compose
    from .html import render_document

    return HTML(string=render_document(compose(report))).write_pdf()
