"""XLSX: one sheet per section or record type, with real numbers and dates so the figures can be worked on.

Money becomes two columns (amount, currency); a total over several currencies becomes its DKK sum (when every
currency has a stored rate) and the sum per currency as text.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from .. import formatting
from ..totals import MoneyTotal
from . import tables as t

BOLD = Font(bold=True)
AMOUNT_FORMAT = "#,##0.00"
NUMBER_FORMAT = "#,##0.##"
DATE_FORMAT = "dd-mm-yyyy"


def sheet_title(title: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    name = re.sub(r"[\[\]:*?/\\]", "-", title)[:31].strip() or "Sheet"
    base, n = name, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


def _headers(columns: list[t.Column]) -> list[str]:
    headers = []
    for c in columns:
        if c.kind == t.MONEY:
            headers += [c.title, _("Currency")]
        elif c.kind == t.TOTAL:
            headers += [f"{c.title} (DKK)", f"{c.title} ({_('per currency')})"]
        else:
            headers.append(c.title)
    return headers


def _cell(sheet, value: Any, number_format: str | None = None, bold: bool = False) -> WriteOnlyCell | Any:
    if not number_format and not bold:
        return value  # a plain value: write-only sheets take it as is, much faster than a styled cell
    cell = WriteOnlyCell(sheet, value=value)
    if number_format:
        cell.number_format = number_format
    if bold:
        cell.font = BOLD
    return cell


def _cells(sheet, value: Any, kind: str, bold: bool = False) -> list[WriteOnlyCell]:
    if isinstance(value, MoneyTotal):  # a footer's total under a column of single amounts
        kind = t.TOTAL
    if kind == t.MONEY:
        if value is None or value == "":
            return [_cell(sheet, None), _cell(sheet, None)]
        return [_cell(sheet, value.amount, AMOUNT_FORMAT, bold), _cell(sheet, value.currency, bold=bold)]
    if kind == t.TOTAL:
        if value is None or value == "" or value.is_empty:
            return [_cell(sheet, None), _cell(sheet, None)]
        dkk = value.dkk.amount if value.dkk is not None else None
        return [_cell(sheet, dkk, AMOUNT_FORMAT, bold), _cell(sheet, formatting.total(value), bold=bold)]
    if value is None or value == "":
        return [_cell(sheet, None)]
    if kind == t.DATE and isinstance(value, dt.date):
        return [_cell(sheet, value, DATE_FORMAT, bold)]
    if kind == t.NUMBER and isinstance(value, int | Decimal):
        return [_cell(sheet, value, NUMBER_FORMAT, bold)]
    if kind == t.COUNTRY:
        return [_cell(sheet, formatting.country(value), bold=bold)]
    return [_cell(sheet, value, bold=bold)]


def add_sheet(workbook: Workbook, table: t.Table, used: set[str]) -> None:
    sheet = workbook.create_sheet(sheet_title(table.sheet or table.title, used))
    sheet.freeze_panes = "A2"
    sheet.append([_cell(sheet, h, bold=True) for h in _headers(table.columns)])
    kinds = [c.kind for c in table.columns]
    for row in table.rows:
        sheet.append([cell for value, kind in zip(row, kinds, strict=True) for cell in _cells(sheet, value, kind)])
    if table.footer:
        sheet.append([cell for value, kind in zip(table.footer, kinds, strict=True)
                      for cell in _cells(sheet, value, kind, bold=True)])


def _overview(workbook: Workbook, report, rows: list[tuple[str, Any, str]], used: set[str]) -> None:
    sheet = workbook.create_sheet(sheet_title(_("Overview"), used))
    sheet.append([_cell(sheet, report.title, bold=True)])
    sheet.append([_("Municipality"), report.municipality])
    sheet.append([_("From year"), report.since])
    sheet.append([_("Until"), _cell(sheet, report.until, DATE_FORMAT)])
    sheet.append([_("Departments"), _("All departments") if report.all_departments else ", ".join(report.departments)])
    sheet.append([])
    sheet.append([_cell(sheet, h, bold=True) for h in (_("Figure"), _("Value"), _("Per currency"))])
    for label, value, kind in rows:
        sheet.append([label, *_cells(sheet, value, kind)])


def _mapping(workbook: Workbook, report, used: set[str]) -> None:
    _overview(workbook, report, t.mapping_headline_rows(report), used)
    add_sheet(workbook, t.department_summary_table(report), used)
    sections = report.sections
    add_sheet(workbook, t.memberships_table([m for s in sections for m in s.memberships], with_department=True), used)
    # A partner shared by several departments is listed under each, as in the document.
    partners = [(s.name, p) for s in sections for p in s.partners]
    table = t.partners_table([p for _name, p in partners], with_department=True)
    for row, (name, _p) in zip(table.rows, partners, strict=True):
        row[0] = name
    add_sheet(workbook, table, used)
    add_sheet(workbook, t.projects_table([p for s in sections for p in s.projects], with_department=True), used)
    add_sheet(workbook, t.funding_table(report.since, [(s.name, s) for s in sections], with_department=True), used)
    add_sheet(workbook, t.visits_table([(s.name, s) for s in sections], with_department=True), used)


def _results(workbook: Workbook, report, used: set[str]) -> None:
    add_sheet(workbook, t.facts_table(report), used)
    add_sheet(workbook, t.partner_activity_table(report), used)
    add_sheet(workbook, t.activities_table(report), used)


def _strategy(workbook: Workbook, report, used: set[str]) -> None:
    add_sheet(workbook, t.status_counts_table(report), used)
    rows = [(s, th, g, i) for s in report.strategies for th in s.themes for g in th.goals for i in g.indicators]
    table = t.indicators_table([r[3] for r in rows], prefix_columns=[
        t.Column(_("Strategy")), t.Column(_("Department")), t.Column(_("Theme")), t.Column(_("Goal"))])
    table.rows = [[s.name, s.department, f"{th.number}. {th.name}", g.text] + row
                  for (s, th, g, _i), row in zip(rows, table.rows, strict=True)]
    add_sheet(workbook, table, used)
    measurements = t.Table(_("Measurements"), [t.Column(_("Strategy")), t.Column(_("Indicator")),
                                               t.Column(_("Date"), t.DATE), t.Column(_("Value"), t.NUMBER)],
                           [[s.name, i.name, day, value] for s, _th, _g, i in rows for day, value in i.measurements],
                           sheet=_("Measurements"))
    add_sheet(workbook, measurements, used)


RENDERERS = {"mapping": _mapping, "results": _results, "strategy": _strategy}


def render_xlsx(report) -> bytes:
    workbook = Workbook(write_only=True)
    used: set[str] = set()
    RENDERERS[report.kind](workbook, report, used)
    if report.rates:
        add_sheet(workbook, t.rates_table(report), used)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
