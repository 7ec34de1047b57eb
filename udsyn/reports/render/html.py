"""HTML with print CSS: the downloadable document, and the source WeasyPrint lays out as the PDF.

Walks the report's document (udsyn.reports.document): a cover with the municipality's logo and name, a table of
contents (page numbers in the PDF), the sections with their tables (column widths from their content) and charts
(inline SVG, vector graphics in the PDF).
"""

from __future__ import annotations

import base64
from functools import lru_cache
from html import escape

from django.conf import settings
from django.utils.translation import gettext as _

from .. import charts, formatting
from ..document import (
    TOTAL,
    Bullets,
    Cards,
    ChartBlock,
    Described,
    Document,
    Figure,
    GroupRow,
    Paragraph,
    Section,
    Status,
    Table,
    text_blocks,
)
from . import cells

TEXT_WIDTH = 482.0  # points: A4 (595 pt) less 2 × 20 mm margins... less a hair for borders
TABLE_FONT = 8.5
CARD_FIGURE_CHARS = 12  # a headline card's figure longer than this is set smaller (a card is a third of the page)


@lru_cache(maxsize=1)
def document_css() -> str:
    """Inlined so the HTML file stands alone when saved or mailed."""
    return (settings.BASE_DIR / "static" / "reports" / "document.css").read_text(encoding="utf-8")


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def page_numbers_css() -> str:
    """`"Side " counter(page) " af " counter(pages)` in the report's language."""
    template = _("Page %(page)s of %(pages)s")
    before, rest = template.split("%(page)s", 1)
    middle, after = rest.split("%(pages)s", 1)
    return " ".join(p for p in (_css_string(before) if before else "", "counter(page)",
                                _css_string(middle), "counter(pages)", _css_string(after) if after else "") if p)


def brand_css(doc: Document) -> str:
    """The municipality's accent colour, the running header's text and the page foot."""
    header = f"{doc.title} · {doc.municipality}"
    return (f":root {{ --accent: {doc.branding.accent}; }}\n"
            f"@page {{ @top-left {{ content: {_css_string(header)}; }} "
            f"@bottom-left {{ content: {_css_string(doc.generated)}; }} "
            f"@bottom-right {{ content: {page_numbers_css()}; }} }}\n"
            f"@page :first {{ @top-left {{ content: none; }} @top-right {{ content: none; }} "
            f"@bottom-left {{ content: none; }} @bottom-right {{ content: none; }} }}\n")


def logo_src(doc: Document) -> str:
    if not doc.branding.logo:
        return ""
    return f"data:{doc.branding.logo_type};base64,{base64.b64encode(doc.branding.logo).decode('ascii')}"


def _cover(doc: Document, out: list[str]) -> None:
    src = logo_src(doc)
    out.append('<header class="cover">')
    if src:
        out.append(f'<img class="cover-logo" src="{src}" alt="{escape(doc.municipality)}">')
        out.append(f'<div class="running-logo"><img src="{src}" alt=""></div>')
    out.append(f'<p class="cover-municipality">{escape(doc.municipality)}</p>')
    out.append(f'<h1 class="title">{escape(doc.title)}</h1>')
    out.append(f'<p class="cover-period">{escape(doc.period)}</p>')
    out.append('<dl class="report-meta">')
    for label, value in doc.meta:
        out.append(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>")
    out.append("</dl></header>")


def contents(doc: Document) -> list[tuple[int, Section]]:
    return [(level, s) for level, s in doc.walk() if s.in_contents and s.anchor and level <= 2]


def _toc(doc: Document, out: list[str]) -> None:
    entries = contents(doc)
    if not entries:
        return
    heading = escape(_("Contents"))
    out.append(f'<nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">{heading}</h2><ol>')
    for level, section in entries:
        out.append(f'<li class="toc-{level}"><a href="#{section.anchor}">{escape(section.title)}</a></li>')
    out.append("</ol></nav>")


def _status(status: Status) -> str:
    return f'<span class="status status-{escape(status.code)}">{escape(status.label)}</span>'


def table_html(table: Table, out: list[str], caption: bool = False) -> None:
    if not table.in_document:
        return
    if not table.rows:
        if table.empty:
            out.append(f'<p class="empty">{escape(table.empty)}</p>')
        return
    columns = [table.columns[i] for i in table.document_columns]
    widths, size = cells.layout(table, TEXT_WIDTH, TABLE_FONT)
    total_width = sum(widths) or 1
    out.append('<table class="data">' if size == TABLE_FONT else f'<table class="data" style="font-size:{size}pt">')
    if caption:
        out.append(f"<caption>{escape(table.title)}</caption>")
    out.append("<colgroup>" + "".join(f'<col style="width:{w * 100 / total_width:.2f}%">' for w in widths)
               + "</colgroup><thead><tr>")
    for column in columns:
        css = ' class="num"' if cells.is_right(column.kind) else ""
        out.append(f"<th{css}>{escape(column.title)}</th>")
    out.append("</tr></thead><tbody>")
    for row in table.rows:
        if isinstance(row, GroupRow):
            status = f"<th>{_status(row.status)}</th>" if row.status else ""
            span = len(columns) - (1 if row.status else 0)
            out.append(f'<tr class="row-{row.style}"><th colspan="{span}">{escape(row.text)}</th>{status}</tr>')
            continue
        _row(table, row, columns, out, "")
    if table.total:
        _row(table, table.total, columns, out, ' class="total"', cell=cells.total_text)
    out.append("</tbody></table>")
    if table.note:
        out.append(f'<p class="note">{escape(table.note)}</p>')


def _row(table: Table, values: list, columns, out: list[str], css: str, cell=cells.cell_text) -> None:
    out.append(f"<tr{css}>")
    for i, column in zip(table.document_columns, columns, strict=True):
        value = values[i]
        align = ' class="num"' if cells.is_right(column.kind) else ""
        text = _status(value) if isinstance(value, Status) else escape(cell(value, column.kind))
        out.append(f"<td{align}>{text}</td>")
    out.append("</tr>")


def _cards(block: Cards, out: list[str]) -> None:
    out.append('<ul class="headline">')
    for figure in block.figures:
        out.append(_card(figure))
    out.append("</ul>")


def _card(figure: Figure) -> str:
    if figure.kind == TOTAL:
        value, detail = formatting.total_figure(figure.value), formatting.total_detail(figure.value)
    else:
        value, detail = formatting.number(figure.value), ""
    css = f" status-card status-{figure.key.split(':', 1)[1]}" if figure.key.startswith("status:") else ""
    detail_html = f'<span class="detail">{escape(detail)}</span>' if detail else ""
    size = "" if len(value) <= CARD_FIGURE_CHARS else " long" if len(value) <= CARD_FIGURE_CHARS + 5 else " longer"
    return (f'<li class="card{css}"><span class="figure{size}" data-figure="{escape(figure.key)}">'
            f'{escape(value)}</span><span class="label">{escape(figure.label)}</span>{detail_html}</li>')


def _described(block: Described, out: list[str]) -> None:
    out.append('<dl class="described">')
    for term, items in block.items:
        if term:
            out.append(f"<dt>{escape(term)}</dt>")
        out.append("<dd>")
        for label, text in items:
            out.append(f'<p><span class="label">{escape(label)}:</span> {escape(text)}</p>')
        out.append("</dd>")
    out.append("</dl>")


def _chart(block: ChartBlock, accent: str, out: list[str]) -> None:
    out.append('<div class="chart-block">')
    if not block.chart.is_empty:
        out.append(f'<figure class="chart">{charts.to_svg(charts.draw(block.chart, accent))}'
                   f"<figcaption>{escape(block.chart.title)}</figcaption></figure>")
    table_html(block.table, out, caption=True)
    out.append("</div>")


def _blocks(blocks: list, doc: Document, out: list[str]) -> None:
    for block in blocks:
        if isinstance(block, Paragraph):
            css = f' class="{block.style}"' if block.style else ""
            out.append(f"<p{css}>{escape(block.text)}</p>")
        elif isinstance(block, Bullets):
            out.append("<ul class=\"bullets\">" + "".join(f"<li>{escape(i)}</li>" for i in block.items) + "</ul>")
        elif isinstance(block, Cards):
            _cards(block, out)
        elif isinstance(block, Table):
            table_html(block, out, caption=False)
        elif isinstance(block, ChartBlock):
            _chart(block, doc.branding.accent, out)
        elif isinstance(block, Described):
            _described(block, out)
        elif isinstance(block, str):  # free text straight from the register
            _blocks(text_blocks(block), doc, out)


def _section(section: Section, level: int, doc: Document, out: list[str]) -> None:
    classes = ["section", f"level-{level}"] + (["new-page"] if section.new_page else []) + (
        ["keep"] if section.keep_together else [])
    anchor = f' id="{escape(section.anchor)}"' if section.anchor else ""
    out.append(f'<section class="{" ".join(classes)}"{anchor}>')
    heading = min(level + 1, 4)
    if section.title:
        out.append(f"<h{heading}>{escape(section.title)}</h{heading}>")
    _blocks(section.blocks, doc, out)
    for child in section.children:
        _section(child, level + 1, doc, out)
    out.append("</section>")


def render_document(doc: Document) -> str:
    out = [f'<!DOCTYPE html>\n<html lang="{escape(doc.language)}"><head><meta charset="utf-8">'
           f"<title>{escape(doc.title)} · {escape(doc.municipality)}</title>"
           f"<style>{document_css()}\n{brand_css(doc)}</style></head>"
           f'<body class="report report-{escape(doc.kind)}">']
    _cover(doc, out)
    _toc(doc, out)
    out.append("<main>")
    for section in doc.sections:
        _section(section, 1, doc, out)
    out.append("</main></body></html>")
    return "".join(out)


def render_html(report) -> bytes:
    from ..compose import compose

    return render_document(compose(report)).encode("utf-8")
