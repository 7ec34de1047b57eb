"""DOCX for Word: real headings (so Word's navigation and table of contents work), real tables, editable text."""

from __future__ import annotations

import io

from django.utils.translation import gettext as _
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml.etree import SubElement

from .. import formatting
from . import tables as t

RIGHT_ALIGNED = {t.NUMBER, t.MONEY, t.TOTAL}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _toc(document) -> None:
    """A Word table-of-contents field over heading levels 1-2; Word fills in page numbers when it updates it."""
    document.add_heading(_("Contents"), level=1)
    paragraph = document.add_paragraph()
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = 'TOC \\o "1-2" \\h \\z \\u'
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    placeholder = OxmlElement("w:t")
    placeholder.text = _("Right-click and choose Update field to show the table of contents.")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instruction, separate, placeholder, end):
        run._r.append(element)
    # Ask Word to refresh fields (the table of contents) when the document is opened.
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _row(table, texts: list[str], right: list[bool], bold: bool = False, header: bool = False):
    """A table row built as XML directly: python-docx's add_row()/cell API is too slow for tables of thousands of
    rows (each cell lookup walks the table)."""
    tr = SubElement(table._tbl, qn("w:tr"))
    if header:
        SubElement(SubElement(tr, qn("w:trPr")), qn("w:tblHeader")).set(qn("w:val"), "true")
    for text, align_right in zip(texts, right, strict=True):
        paragraph = SubElement(SubElement(tr, qn("w:tc")), qn("w:p"))
        if align_right:
            SubElement(SubElement(paragraph, qn("w:pPr")), qn("w:jc")).set(qn("w:val"), "right")
        run = SubElement(paragraph, qn("w:r"))
        if bold:
            SubElement(SubElement(run, qn("w:rPr")), qn("w:b"))
        node = SubElement(run, qn("w:t"))
        node.text = text
        node.set(XML_SPACE, "preserve")
    return tr


def _grid(document, columns: int):
    grid = document.add_table(rows=0, cols=columns)
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    return grid


def add_table(document, table: t.Table, heading_level: int | None = 2) -> None:
    if heading_level is not None:
        document.add_heading(table.title, level=heading_level)
    if not table.rows:
        document.add_paragraph().add_run(table.empty).italic = True
        return
    kinds = [c.kind for c in table.columns]
    right = [kind in RIGHT_ALIGNED for kind in kinds]
    grid = _grid(document, len(table.columns))
    _row(grid, [c.title for c in table.columns], right, bold=True, header=True)
    for values in table.rows:
        _row(grid, [t.cell_text(value, kind) for value, kind in zip(values, kinds, strict=True)], right)
    if table.footer:
        _row(grid, [t.cell_text(value, kind) if value != "" else "" for value, kind in
                    zip(table.footer, kinds, strict=True)], right, bold=True)


def _front(document, report, period: str) -> None:
    document.add_heading(report.title, level=0)
    departments = _("All departments") if report.all_departments else ", ".join(report.departments)
    for label, value in [(_("Municipality"), report.municipality), (period, ""),
                         (_("Departments"), departments),
                         (_("Generated"), f"{formatting.date(report.generated_on)} {_('from the udsyn register')}")]:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        if value:
            paragraph.add_run(f": {value}")
    _toc(document)


def _rates(document, report) -> None:
    if not (report.rates or report.missing_rates):
        return
    document.add_heading(_("Exchange rates"), level=1)
    if report.rates:
        add_table(document, t.rates_table(report), heading_level=None)
        document.add_paragraph(_("Totals in DKK convert other currencies with the latest rate stored on or before "
                                 "%(until)s.") % {"until": formatting.date(report.until)})
    if report.missing_rates:
        document.add_paragraph(_("No exchange rate is stored for %(currencies)s: totals with these currencies are "
                                 "shown per currency only.") % {"currencies": ", ".join(report.missing_rates)})


def _period(report) -> str:
    return _("From %(since)s until %(until)s") % {"since": report.since, "until": formatting.date(report.until)}


def _mapping(document, report) -> None:
    _front(document, report, _period(report))
    document.add_heading(_("Headline figures"), level=1)
    for label, value, kind in t.mapping_headline_rows(report):
        paragraph = document.add_paragraph(style="List Bullet")
        figure = formatting.total_figure(value) if kind == t.TOTAL else t.cell_text(value, kind)
        paragraph.add_run(figure).bold = True
        paragraph.add_run(f" {label[0].lower()}{label[1:]}")
        if kind == t.TOTAL and formatting.total_detail(value):
            paragraph.add_run(f" ({formatting.total_detail(value)})")
    add_table(document, t.department_summary_table(report), heading_level=2)
    for section in report.sections:
        document.add_page_break()
        title = f"{section.name} ({section.short_name})" if section.short_name else section.name
        document.add_heading(title, level=1)
        if section.is_empty:
            document.add_paragraph().add_run(
                _("The register holds no international work for this department in the period.")).italic = True
            continue
        add_table(document, t.memberships_table(section.memberships, section.fees))
        add_table(document, t.partners_table(section.partners))
        add_table(document, t.projects_table(section.projects))
        add_table(document, t.funding_table(report.since, [(section.name, section)], section.funding_total))
        add_table(document, t.visits_table([(section.name, section)]))
    _rates(document, report)


def _results(document, report) -> None:
    _front(document, report, _period(report))
    document.add_heading(_("Did you know?"), level=1)
    for fact in report.facts:
        document.add_paragraph(fact.sentence, style="List Bullet")
    for table in (t.partner_activity_table(report), t.activities_table(report)):
        document.add_heading(table.title, level=1)
        add_table(document, table, heading_level=None)
    _rates(document, report)


def _strategy(document, report) -> None:
    _front(document, report, _("Status as of %(date)s") % {"date": formatting.date(report.until)})
    document.add_heading(_("Status at a glance"), level=1)
    add_table(document, t.status_counts_table(report), heading_level=None)
    if not report.strategies:
        document.add_paragraph(_("The register holds no strategy for the chosen departments."))
    for strategy in report.strategies:
        document.add_page_break()
        document.add_heading(strategy.name, level=1)
        about = [strategy.department]
        if strategy.adopted_on:
            about.append(_("adopted") + " " + formatting.date(strategy.adopted_on))
        if strategy.horizon_year:
            about.append(_("horizon") + f" {strategy.horizon_year}")
        document.add_paragraph(" · ".join(about))
        for theme in strategy.themes:
            document.add_heading(f"{theme.number}. {theme.name}", level=2)
            columns = t.indicators_table([]).columns
            right = [c.kind in RIGHT_ALIGNED for c in columns]
            grid = _grid(document, len(columns))
            _row(grid, [c.title for c in columns], right, bold=True, header=True)
            for goal in theme.goals:
                # the goal as a row of its own: its text, and its status in the last column
                _row(grid, [_("Goal") + ": " + goal.text] + [""] * (len(columns) - 2) + [goal.status_label],
                     [False] * len(columns), bold=True)
                for values in t.indicators_table(goal.indicators).rows:
                    _row(grid, [t.cell_text(v, c.kind) for v, c in zip(values, columns, strict=True)], right)


RENDERERS = {"mapping": _mapping, "results": _results, "strategy": _strategy}


def render_docx(report) -> bytes:
    document = Document()
    document.styles["Normal"].font.size = Pt(10)
    document.core_properties.title = report.title
    document.core_properties.subject = report.municipality
    document.core_properties.language = formatting.locale().replace("_", "-")
    RENDERERS[report.kind](document, report)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
