"""DOCX for Word and LibreOffice: A4 with a running header (title, municipality, logo) and page numbers, a cover, a
table of contents built from the headings (each entry a link with its page number field), real headings and
tables (column widths from their content, header rows repeated on each page, status colours with their labels)
and charts as high-resolution images with their numbers in a table.
"""

from __future__ import annotations

import io

from django.utils.translation import gettext as _
from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from lxml.etree import SubElement

from .. import charts, formatting
from ..document import (
    TOTAL,
    Bullets,
    Cards,
    ChartBlock,
    Described,
    Document,
    GroupRow,
    Paragraph,
    Section,
    Status,
    Table,
)
from . import cells

FONT = "Arial"  # on every Word; LibreOffice uses the metric-equal Liberation Sans (widths are measured with the wider
# DejaVu Sans, so columns are never too narrow)
MARGIN = Mm(20)
TEXT_WIDTH_PT = (210 - 40) * 72 / 25.4
TABLE_FONT = 8.5
STATUS_COLOURS = {"on_track": ("1B6E2D", "E3F1E6"), "at_risk": ("8A5300", "FBEFD9"),
                  "off_track": ("B3261E", "F9E1DF"), "unknown": ("555555", "EEEEEE")}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _twips(points: float) -> str:
    return str(int(round(points * 20)))


# Page, styles, header and footer ------------------------------------------------------------------------------

def _page(document) -> None:
    for section in document.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = MARGIN
        section.top_margin, section.bottom_margin = Mm(24), Mm(20)
        section.header_distance, section.footer_distance = Mm(10), Mm(10)


def _styles(document, accent: str) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(9.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 24), ("Heading 1", 15), ("Heading 2", 11.5), ("Heading 3", 10), ("Heading 4", 9.5)):
        style = styles[name]
        style.font.name, style.font.size, style.font.bold = FONT, Pt(size), True
        style.font.color.rgb = _rgb(accent) if name != "Heading 4" else RGBColor(0x1A, 0x1A, 0x1A)
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attribute), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            rfonts.attrib.pop(qn(theme), None)
        style.paragraph_format.space_before = Pt(14 if name == "Heading 1" else 10)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    styles["Title"].paragraph_format.space_before = Pt(0)
    for name in ("Header", "Footer"):  # the default template's tabs are for US Letter: one at the right margin
        tabs = styles[name].paragraph_format.tab_stops
        tabs.clear_all()
        tabs.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
    for level in (1, 2):
        try:
            style = styles[f"TOC {level}"]
        except KeyError:
            from docx.enum.style import WD_STYLE_TYPE

            style = styles.add_style(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
        style.paragraph_format.left_indent = Mm(0 if level == 1 else 6)
        style.paragraph_format.space_after = Pt(2)
        style.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


def _field(paragraph, instruction: str, cached: str = "", bold: bool = False) -> None:
    """A Word field (PAGE, NUMPAGES, PAGEREF): Word and LibreOffice compute its value when laying out pages."""
    def run_with(element):
        run = paragraph.add_run()
        run.bold = bold
        run._r.append(element)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    run_with(begin)
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run_with(text)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run(cached).bold = bold
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _header_footer(document, doc: Document) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = True  # the cover has neither
    header = section.header.paragraphs[0]
    run = header.add_run(f"{doc.title} · {doc.municipality}")
    run.font.size, run.font.color.rgb = Pt(7.5), RGBColor(0x55, 0x55, 0x55)
    if doc.branding.logo:
        header.add_run("\t").add_picture(io.BytesIO(doc.branding.logo), height=Mm(9))
    footer = section.footer.paragraphs[0]
    footer.add_run(doc.generated + "\t").font.size = Pt(7.5)
    template = _("Page %(page)s of %(pages)s")
    before, rest = template.split("%(page)s", 1)
    middle, after = rest.split("%(pages)s", 1)
    footer.add_run(before)
    _field(footer, "PAGE", "1")
    footer.add_run(middle)
    _field(footer, "NUMPAGES", "1")
    footer.add_run(after)
    for run in footer.runs:
        run.font.size = Pt(7.5)


# Cover and contents --------------------------------------------------------------------------------------------

def _cover(document, doc: Document) -> None:
    if doc.branding.logo:
        document.add_paragraph().add_run().add_picture(io.BytesIO(doc.branding.logo), height=Mm(24))
    spacer = document.add_paragraph()
    spacer.paragraph_format.space_before = Mm(30 if not doc.branding.logo else 10)
    name = document.add_paragraph()
    run = name.add_run(doc.municipality)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(13), _rgb(doc.branding.accent)
    document.add_paragraph(doc.title, style="Title")
    period = document.add_paragraph()
    period.add_run(doc.period).font.size = Pt(12)
    period.paragraph_format.space_after = Pt(24)
    for label, value in doc.meta:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(40))
        paragraph.add_run(label).bold = True
        paragraph.add_run("\t" + value)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _bookmark_name(anchor: str) -> str:
    return "_" + anchor.replace("-", "_")[:38]  # Word: a letter or _, at most 40 characters


def _contents(document, doc: Document) -> None:
    """Entries built from the document's sections: a link to the heading and a PAGEREF field for its page."""
    from .html import contents

    entries = contents(doc)
    if not entries:
        return
    document.add_heading(_("Contents"), level=1)
    for level, section in entries:
        paragraph = document.add_paragraph(style=f"TOC {level}")
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), _bookmark_name(section.anchor))
        link.set(qn("w:history"), "1")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = section.title
        text.set(XML_SPACE, "preserve")
        run.append(text)
        link.append(run)
        paragraph._p.append(link)
        paragraph.add_run("\t")
        _field(paragraph, f"PAGEREF {_bookmark_name(section.anchor)} \\h", "")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _heading(document, title: str, level: int, anchor: str, counter: list[int]):
    heading = document.add_heading(title, level=min(level, 4))
    if anchor:
        counter[0] += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(counter[0]))
        start.set(qn("w:name"), _bookmark_name(anchor))
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(counter[0]))
        heading._p.insert(1 if heading._p.pPr is not None else 0, start)
        heading._p.append(end)
    return heading


# Tables --------------------------------------------------------------------------------------------------------

def _cell(tr, text: str, width: float, right: bool = False, bold: bool = False, span: int = 1, shade: str = "",
          colour: str = "", italic: bool = False, top_rule: bool = False, size: float = TABLE_FONT):
    tc = SubElement(tr, qn("w:tc"))
    tc_pr = SubElement(tc, qn("w:tcPr"))
    tc_width = SubElement(tc_pr, qn("w:tcW"))
    tc_width.set(qn("w:w"), _twips(width))
    tc_width.set(qn("w:type"), "dxa")
    if span > 1:
        SubElement(tc_pr, qn("w:gridSpan")).set(qn("w:val"), str(span))
    borders = SubElement(tc_pr, qn("w:tcBorders"))
    if top_rule:
        top = SubElement(borders, qn("w:top"))
        top.set(qn("w:val"), "single"), top.set(qn("w:sz"), "8"), top.set(qn("w:color"), "5B6B78")
    bottom = SubElement(borders, qn("w:bottom"))
    bottom.set(qn("w:val"), "single"), bottom.set(qn("w:sz"), "4"), bottom.set(qn("w:color"), "D7DEE3")
    if shade:
        shading = SubElement(tc_pr, qn("w:shd"))
        shading.set(qn("w:val"), "clear"), shading.set(qn("w:color"), "auto"), shading.set(qn("w:fill"), shade)
    paragraph = SubElement(tc, qn("w:p"))
    p_pr = SubElement(paragraph, qn("w:pPr"))
    spacing = SubElement(p_pr, qn("w:spacing"))
    spacing.set(qn("w:before"), "0"), spacing.set(qn("w:after"), "0")
    if right:
        SubElement(p_pr, qn("w:jc")).set(qn("w:val"), "right")
    run = SubElement(paragraph, qn("w:r"))
    r_pr = SubElement(run, qn("w:rPr"))
    if bold:
        SubElement(r_pr, qn("w:b"))
    if italic:
        SubElement(r_pr, qn("w:i"))
    if colour:
        SubElement(r_pr, qn("w:color")).set(qn("w:val"), colour)
    SubElement(r_pr, qn("w:sz")).set(qn("w:val"), str(int(size * 2)))
    node = SubElement(run, qn("w:t"))
    node.text = text
    node.set(XML_SPACE, "preserve")
    return tc


def _row(table_xml, header: bool = False):
    """A table row built as XML directly: python-docx's add_row()/cell API is too slow for tables of thousands of
    rows (each cell lookup walks the table). Rows never split across pages; header rows repeat on each page."""
    tr = SubElement(table_xml, qn("w:tr"))
    tr_pr = SubElement(tr, qn("w:trPr"))
    SubElement(tr_pr, qn("w:cantSplit"))
    if header:
        SubElement(tr_pr, qn("w:tblHeader"))
    return tr


def add_table(document, table: Table, accent: str, caption: bool = False) -> None:
    if not table.in_document:
        return
    if not table.rows:
        if table.empty:
            document.add_paragraph().add_run(table.empty).italic = True
        return
    if caption:
        paragraph = document.add_paragraph()
        paragraph.add_run(table.title).bold = True
        paragraph.paragraph_format.keep_with_next = True
    widths, size = cells.layout(table, TEXT_WIDTH_PT, TABLE_FONT)
    columns = [table.columns[i] for i in table.document_columns]
    grid = document.add_table(rows=0, cols=len(columns))
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    xml = grid._tbl
    tbl_pr = xml.tblPr
    layout = SubElement(tbl_pr, qn("w:tblLayout"))
    layout.set(qn("w:type"), "fixed")
    tbl_width = tbl_pr.find(qn("w:tblW"))
    if tbl_width is None:
        tbl_width = SubElement(tbl_pr, qn("w:tblW"))
    tbl_width.set(qn("w:w"), _twips(sum(widths))), tbl_width.set(qn("w:type"), "dxa")
    margins = SubElement(tbl_pr, qn("w:tblCellMar"))
    for side in ("left", "right"):
        margin = SubElement(margins, qn(f"w:{side}"))
        margin.set(qn("w:w"), _twips(cells.PADDING / 2)), margin.set(qn("w:type"), "dxa")
    for grid_col, width in zip(xml.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        grid_col.set(qn("w:w"), _twips(width))
    shade = accent.lstrip("#").upper()
    tr = _row(xml, header=True)
    for column, width in zip(columns, widths, strict=True):
        _cell(tr, column.title, width, cells.is_right(column.kind), bold=True, shade="EEF2F5", colour=shade,
              size=size)
    for row in table.rows:
        if isinstance(row, GroupRow):
            _group_row(xml, row, widths, size)
            continue
        _values_row(xml, table, row, columns, widths, size=size)
    if table.total:
        _values_row(xml, table, table.total, columns, widths, bold=True, size=size)
    if table.note:
        document.add_paragraph(table.note).runs[0].font.size = Pt(8)
    document.add_paragraph().paragraph_format.space_after = Pt(2)


def _status_cell(tr, status: Status, width: float, size: float):
    colour, fill = STATUS_COLOURS.get(status.code, STATUS_COLOURS["unknown"])
    return _cell(tr, cells.status_text(status), width, bold=True, shade=fill, colour=colour, size=size)


def _values_row(xml, table: Table, values: list, columns, widths, bold: bool = False,
                size: float = TABLE_FONT) -> None:
    tr = _row(xml)
    for i, column, width in zip(table.document_columns, columns, widths, strict=True):
        value = values[i]
        if isinstance(value, Status):
            _status_cell(tr, value, width, size)
        else:
            cell = cells.total_text if bold else cells.cell_text  # bold: the total row
            _cell(tr, cell(value, column.kind), width, cells.is_right(column.kind), bold=bold, top_rule=bold,
                  size=size)


def _group_row(xml, row: GroupRow, widths: list[float], size: float) -> None:
    tr = _row(xml)
    span = len(widths) - (1 if row.status else 0)
    styles = {"group": {"bold": True, "shade": "F6F8FA"}, "detail": {"italic": True},
              "warning": {"colour": "7A4100"}}[row.style]
    _cell(tr, row.text, sum(widths[:span]), span=span, size=size, **styles)
    if row.status:
        _status_cell(tr, row.status, widths[-1], size)


# Blocks --------------------------------------------------------------------------------------------------------

def _cards(document, block: Cards, accent: str) -> None:
    """Headline figures: a grid of three per row, the figure large in the accent colour."""
    per_row = 3
    width = TEXT_WIDTH_PT / per_row
    grid = document.add_table(rows=0, cols=per_row)
    xml = grid._tbl
    for grid_col in xml.tblGrid.findall(qn("w:gridCol")):
        grid_col.set(qn("w:w"), _twips(width))
    for start in range(0, len(block.figures), per_row):
        tr = _row(xml)
        for figure in block.figures[start:start + per_row] + [None] * (per_row - len(block.figures[start:
                                                                                                   start + per_row])):
            tc = _cell(tr, "", width)
            if figure is None:
                continue
            paragraph = tc.find(qn("w:p"))
            paragraph.remove(paragraph.find(qn("w:r")))
            value = formatting.total_figure(figure.value) if figure.kind == TOTAL else formatting.number(figure.value)
            _run(paragraph, value, size=15, bold=True, colour=accent.lstrip("#"))
            _run(paragraph, figure.label, size=8.5, new_line=True)
            detail = formatting.total_detail(figure.value) if figure.kind == TOTAL else ""
            if detail:
                _run(paragraph, detail, size=7.5, new_line=True, colour="555555")
    document.add_paragraph()


def _run(paragraph, text: str, size: float, bold: bool = False, colour: str = "", new_line: bool = False) -> None:
    run = SubElement(paragraph, qn("w:r"))
    r_pr = SubElement(run, qn("w:rPr"))
    if bold:
        SubElement(r_pr, qn("w:b"))
    if colour:
        SubElement(r_pr, qn("w:color")).set(qn("w:val"), colour)
    SubElement(r_pr, qn("w:sz")).set(qn("w:val"), str(int(size * 2)))
    if new_line:
        SubElement(run, qn("w:br"))
    node = SubElement(run, qn("w:t"))
    node.text = text
    node.set(XML_SPACE, "preserve")


def _described(document, block: Described) -> None:
    for term, items in block.items:
        if term:
            paragraph = document.add_paragraph()
            paragraph.add_run(term).bold = True
            paragraph.paragraph_format.keep_with_next = True
            paragraph.paragraph_format.space_after = Pt(1)
        for label, text in items:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.left_indent = Mm(4 if term else 0)
            paragraph.paragraph_format.space_after = Pt(1)
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(text)


def _chart(document, block: ChartBlock, accent: str) -> None:
    if not block.chart.is_empty:
        scene = charts.draw(block.chart, accent)
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run().add_picture(io.BytesIO(charts.to_png(scene)), width=Pt(min(scene.width, TEXT_WIDTH_PT)))
        caption = document.add_paragraph(block.chart.title)
        caption.runs[0].font.size, caption.runs[0].font.color.rgb = Pt(8), RGBColor(0x44, 0x44, 0x44)
        caption.paragraph_format.keep_with_next = True  # the chart's numbers start on the chart's page
    add_table(document, block.table, accent, caption=True)


def _blocks(document, blocks: list, doc: Document) -> None:
    accent = doc.branding.accent
    for block in blocks:
        if isinstance(block, Paragraph):
            paragraph = document.add_paragraph()
            run = paragraph.add_run(block.text)
            if block.style in ("empty", "lead"):
                run.italic = True
            if block.style == "lead":  # a lead introduces what follows: never last on a page
                paragraph.paragraph_format.keep_with_next = True
            if block.style == "note":
                run.font.size = Pt(8)
            if block.style == "warning":
                run.bold, run.font.color.rgb = True, RGBColor(0x7A, 0x41, 0x00)
        elif isinstance(block, Bullets):
            for item in block.items:
                document.add_paragraph(item, style="List Bullet")
        elif isinstance(block, Cards):
            _cards(document, block, accent)
        elif isinstance(block, Table):
            add_table(document, block, accent)
        elif isinstance(block, ChartBlock):
            _chart(document, block, accent)
        elif isinstance(block, Described):
            _described(document, block)


def _section(document, section: Section, level: int, doc: Document, counter: list[int]) -> None:
    body = document.element.body
    first = len(body) - 1  # new paragraphs and tables go in before the body's closing sectPr
    if section.title:
        heading = _heading(document, section.title, level, section.anchor, counter)
        # A block kept together that holds a chart (an indicator) takes a page of its own, as in the PDF: word
        # processors honour a long chain of "keep with next" only in part (LibreOffice left a heading behind).
        heading.paragraph_format.page_break_before = section.new_page or (
            section.keep_together and any(isinstance(b, ChartBlock) for b in section.blocks))
    _blocks(document, section.blocks, doc)
    for child in section.children:
        _section(document, child, level + 1, doc, counter)
    if section.keep_together:  # each paragraph keeps with the next, table rows too: one page when it fits
        # every paragraph but the section's last (which would chain it to what follows), also those without
        # properties of their own yet (a warning line had none: LibreOffice broke the page after it, leaving an
        # indicator's text apart from its chart)
        paragraphs = [p for element in list(body)[first:-1] for p in element.iter(qn("w:p"))]
        for paragraph in paragraphs[:-1]:
            paragraph.get_or_add_pPr().get_or_add_keepNext()  # in the schema's order (after the style)


def render_document(doc: Document) -> bytes:
    document = new_docx()
    _page(document)
    _styles(document, doc.branding.accent)
    document.core_properties.title = doc.title
    document.core_properties.subject = doc.municipality
    document.core_properties.language = formatting.locale().replace("_", "-")
    _header_footer(document, doc)
    _cover(document, doc)
    _contents(document, doc)
    counter = [0]
    for section in doc.sections:
        _section(document, section, 1, doc, counter)
    # Word computes the contents' page numbers when it updates fields; ask it to on opening (LibreOffice computes
    # them itself).
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    document.settings.element.append(update)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render_docx(report) -> bytes:
    from ..compose import compose

    return render_document(compose(report))
