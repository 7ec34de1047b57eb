"""DOCX: paragraphs and tables in document order, headings and list items marked up."""

from __future__ import annotations

import io
import zipfile

from ..errors import CorruptDocument
from ..model import ParsedDocument
from ..sniff import DOCX
from ._zipguard import open_checked_zip
from .sheet import cell_text


class DocxParser:
    def parse(self, data: bytes, name: str) -> ParsedDocument:
        open_checked_zip(data).close()
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        try:
            document = docx.Document(io.BytesIO(data))
            lines = list(_body_lines(document))
        except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise CorruptDocument() from exc
        except Exception as exc:  # noqa: BLE001 - lxml/python-docx raise many types on damaged XML
            raise CorruptDocument() from exc
        return ParsedDocument(name=name, mime=DOCX, pages=["\n".join(lines)])


def _body_lines(document):
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            line = _paragraph_line(Paragraph(child, document))
            if line is not None:
                yield line
        elif tag == "tbl":
            yield from _table_lines(Table(child, document))
            yield ""


def _paragraph_line(paragraph) -> str | None:
    text = paragraph.text.strip()
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if not text:
        return ""
    if style.startswith("Heading") or style == "Title":
        level = int(style.split()[-1]) if style.split()[-1].isdigit() else 1
        # Markdown-style heading marks let the segmenter see the structure of every format alike.
        return "\n" + "#" * min(level, 6) + " " + text + "\n"
    if "List" in style:
        return "- " + text
    return text + "\n"


def _table_lines(table):
    rows = [[cell_text(cell.text) for cell in row.cells] for row in table.rows]
    if not rows:
        return
    header = rows[0]
    for row in rows[1:] or rows:
        if len(rows) > 1 and any(header):
            yield "; ".join(f"{h}: {v}" for h, v in zip(header, row, strict=False) if v)
        else:
            yield " | ".join(c for c in row if c)
