"""Pieces every report's document shares: the cover lines, the exchange rates, free texts and headline cards."""

from __future__ import annotations

import datetime as dt

from django.utils import translation
from django.utils.translation import gettext as _

from .. import formatting
from ..document import (
    DATE,
    LONG_LIST,
    RATE,
    Cards,
    ChartBlock,
    Column,
    Document,
    Paragraph,
    Section,
    Table,
    text_blocks,
)

CLOSING_ANCHORS = ("counting",)  # sections on method that stay after the sections other apps contribute


def period_label(report) -> str:
    """`1. januar 2022 – 7. december 2026`."""
    return formatting.period(dt.date(report.since, 1, 1), report.until)


def cover_meta(report, period: tuple[str, str] | None = None) -> list[tuple[str, str]]:
    departments = _("All departments") if report.all_departments else ", ".join(report.departments)
    return [
        (_("Municipality"), report.municipality),
        period or (_("Period"), period_label(report)),
        (_("Departments"), departments),
        (_("Generated"), _("%(date)s from the udsyn register") % {"date": formatting.date(report.generated_on)}),
    ]


def rates_section(report) -> Section | None:
    if not (report.rates or report.missing_rates):
        return None
    section = Section(_("Exchange rates"), "rates")
    if report.rates:
        section.add(Table(_("Exchange rates"), [Column(_("Currency")), Column(_("DKK per unit"), RATE),
                                                Column(_("Rate of"), DATE), Column(_("Note"))],
                          [[r.currency, r.dkk_per_unit, r.date, r.note] for r in report.rates],
                          sheet=_("Exchange rates")),
                    Paragraph(_("Totals in DKK convert other currencies with the latest rate stored on or before "
                                "%(until)s.") % {"until": formatting.date(report.until)}, "note"))
    if report.missing_rates:
        section.add(Paragraph(_("No exchange rate is stored for %(currencies)s: totals with these currencies are "
                                "shown per currency only.") % {"currencies": ", ".join(report.missing_rates)},
                              "note"))
    return section


def fit(table: Table) -> list:
    """The table, or when longer than LONG_LIST rows a note saying so (the table stays a sheet of the workbook)."""
    if table.length <= LONG_LIST:
        return [table]
    table.in_document = False
    return [Paragraph(_("%(title)s: %(count)s rows, too many to print here; the workbook (XLSX) of this report lists "
                        "them all.") % {"title": table.title, "count": formatting.number(table.length)}, "note"),
            table]


def free_text(text: str) -> list:
    return text_blocks(text)


def cards(figures) -> Cards:
    return Cards(list(figures))


def sheet_tables(sections: list[Section]) -> list[Table]:
    """The document's tables that are also sheets of the workbook (a sheet name set), in reading order."""
    found = []

    def visit(section: Section):
        for block in section.blocks:
            table = block.table if isinstance(block, ChartBlock) else block
            if isinstance(table, Table) and table.sheet:
                found.append(table)
        for child in section.children:
            visit(child)

    for section in sections:
        visit(section)
    return found


def document(report, sections: list[Section | None], flat_sheets: list[Table], meta: list[tuple[str, str]],
             period: str) -> Document:
    """The document: `sections`, then the sections other apps contribute, how the figures are counted and the
    exchange rates (the notes on method close the document); its workbook has the document's own sheet tables
    followed by `flat_sheets`."""
    own_sections = [s for s in sections if s is not None]
    closing = [s for s in own_sections if s.anchor in CLOSING_ANCHORS]
    sections = [s for s in own_sections if s not in closing] + list(report.contributed) + closing
    rates = rates_section(report)
    if rates:
        sections.append(rates)
    own = sheet_tables(sections)
    rates_sheets = [t for t in own if rates and t in rates.blocks]
    sheets = [t for t in own if t not in rates_sheets] + flat_sheets + rates_sheets
    return Document(kind=report.kind, title=str(report.title), municipality=report.municipality, period=period,
                    meta=meta, branding=report.branding, sections=sections, sheets=sheets,
                    headline=list(report.headline), language=translation.get_language() or "da",
                    generated=_("udsyn register, %(date)s") % {"date": formatting.date(report.generated_on)})


__all__ = ["cards", "cover_meta", "document", "fit", "free_text", "period_label"]
