"""XLSX: an overview sheet with the report's headline figures, then one sheet per list, with real numbers and dates
so the figures can be worked on: column widths from content, a frozen bold header with an autofilter, number
formats (amounts with their currency), A4 landscape printing with the header row on every page.

Money becomes two columns (amount in its currency's number format, and the currency code); a total over several
currencies becomes its DKK sum (when every currency has a stored rate) and the sum per currency as text.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from udsyn.core.cells import formula_safe

from .. import formatting
from ..document import (
    COUNTRY,
    DATE,
    FIGURE,
    MONEY,
    NUMBER,
    RATE,
    TOTAL,
    Document,
    Figure,
    GroupRow,
    Status,
    Table,
)
from ..totals import MoneyTotal

BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="EEF2F5")
WRAP = Alignment(wrap_text=True, vertical="top")
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.00"
FRACTION_FORMAT = "#,##0.0#"  # a measured 12.5 as 12.5, not 12.50 (money keeps its øre: DECIMAL_FORMAT)
RATE_FORMAT = "#,##0.0000"
DATE_FORMAT = "dd-mm-yyyy"
STATUS_FILLS = {code: PatternFill("solid", fgColor=fill) for code, (_ink, fill) in
                {"on_track": ("", "E3F1E6"), "at_risk": ("", "FBEFD9"), "off_track": ("", "F9E1DF"),
                 "unknown": ("", "EEEEEE")}.items()}
CURRENCY_SIGNS = {"DKK": "kr.", "EUR": "€", "SEK": "kr.", "NOK": "kr.", "USD": "$", "GBP": "£"}
MAX_WIDTH, MIN_WIDTH = 60, 6
SAMPLE = 500  # rows whose text lengths decide a column's width


def money_format(currency: str) -> str:
    """`#,##0.00 "kr."` for DKK; other currencies show their sign or code (SEK and NOK by code: not "kr.")."""
    sign = CURRENCY_SIGNS.get(currency) if currency not in ("SEK", "NOK") else currency
    sign = sign or currency
    return f'{DECIMAL_FORMAT} "{sign}"' if formatting.is_danish() or currency == "DKK" else f'"{sign} "{DECIMAL_FORMAT}'


def sheet_title(title: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    name = re.sub(r"[\[\]:*?/\\]", "-", title)[:31].strip() or "Sheet"
    base, n = name, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


def headers(columns) -> list[str]:
    """Column titles of the sheet, unique (a money column adds its currency column)."""
    titles: list[str] = []
    currency, per_currency = _("currency"), _("per currency")  # (outside the f-strings, where makemessages sees them)
    for c in columns:
        if c.kind == MONEY:
            titles += [c.title, f"{c.title} – {currency}"]
        elif c.kind == TOTAL:
            titles += [f"{c.title} (DKK)", f"{c.title} ({per_currency})"]
        else:
            titles.append(c.title)
    seen: dict[str, int] = {}
    unique = []
    for title in titles:
        seen[title] = seen.get(title, 0) + 1
        unique.append(title if seen[title] == 1 else f"{title} ({seen[title]})")
    return unique


def _cell(sheet, value: Any, number_format: str | None = None, bold: bool = False, fill=None):
    """Every value of the workbook passes here: text that would run as a formula is quoted (udsyn.core.cells)."""
    value = formula_safe(str(value) if isinstance(value, Promise) else value)
    if not (number_format or bold or fill):
        return value  # a plain value: write-only sheets take it as is, much faster than a styled cell
    cell = WriteOnlyCell(sheet, value=value)
    if number_format:
        cell.number_format = number_format
    if bold:
        cell.font = BOLD
    if fill:
        cell.fill = fill
    return cell


def _number_format(value: int | Decimal) -> str:
    return INTEGER_FORMAT if value == int(value) else FRACTION_FORMAT


def cells_of(sheet, value: Any, kind: str, bold: bool = False) -> list:
    if isinstance(value, MoneyTotal) and kind not in (TOTAL, FIGURE):
        kind = TOTAL if kind == MONEY else FIGURE  # a total under amounts takes their two columns
    if kind == MONEY:
        if value is None or value == "" or isinstance(value, str):
            return [_cell(sheet, value or None, bold=bold), None]
        return [_cell(sheet, value.amount, money_format(value.currency), bold), _cell(sheet, value.currency,
                                                                                        bold=bold)]
    if kind == TOTAL:
        if not isinstance(value, MoneyTotal) or value.is_empty:
            return [_cell(sheet, None if isinstance(value, MoneyTotal) else value or None, bold=bold), None]
        dkk = value.dkk.amount if value.dkk is not None else None
        return [_cell(sheet, dkk, money_format("DKK"), bold), _cell(sheet, formatting.total(value), bold=bold)]
    if kind == FIGURE and isinstance(value, MoneyTotal):
        if value.dkk is not None:
            return [_cell(sheet, value.dkk.amount, money_format("DKK"), bold)]
        return [_cell(sheet, formatting.total_figure(value) if not value.is_empty else None, bold=bold)]
    if isinstance(value, Status):
        return [_cell(sheet, value.label, bold=bold, fill=STATUS_FILLS.get(value.code))]
    if value is None or value == "":
        return [None]
    if kind == DATE and isinstance(value, dt.date):
        return [_cell(sheet, value, DATE_FORMAT, bold)]
    if kind == RATE and isinstance(value, Decimal):
        return [_cell(sheet, value, RATE_FORMAT, bold)]
    if kind in (NUMBER, FIGURE) and isinstance(value, int | Decimal):
        return [_cell(sheet, value, _number_format(value), bold)]
    if kind == COUNTRY:
        return [_cell(sheet, formatting.country(value), bold=bold)]
    return [_cell(sheet, value, bold=bold)]


def _widths(titles: list[str], rows: list[list[Any]]) -> list[float]:
    """Excel column widths (characters) from the header and the first rows' texts."""
    widths = [len(t) + 2 for t in titles]
    for row in rows[:SAMPLE]:
        for j, value in enumerate(row):
            if value is None:
                continue
            shown = value.value if isinstance(value, Cell) else value
            length = 10 if isinstance(shown, dt.date) else len(formatting.number(shown)) + 3 \
                if isinstance(shown, int | Decimal) else len(str(shown))
            widths[j] = max(widths[j], length + 1)
    return [min(MAX_WIDTH, max(MIN_WIDTH, w)) for w in widths]


def _setup(sheet, titles: list[str], widths: list[float], rows: int) -> None:
    for j, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(j)].width = width
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{rows + 1}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9  # A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def add_sheet(workbook: Workbook, table: Table, used: set[str]) -> None:
    sheet = workbook.create_sheet(sheet_title(table.sheet or table.title, used))
    titles = headers(table.columns)
    kinds = [c.kind for c in table.columns]
    rows = [[c for value, kind in zip(row, kinds, strict=True) for c in cells_of(sheet, value, kind)]
            for row in table.rows if not isinstance(row, GroupRow)]
    if table.total:
        rows.append([c for value, kind in zip(table.total, kinds, strict=True)
                     for c in cells_of(sheet, value, kind, bold=True)])
    _setup(sheet, titles, _widths(titles, rows), len(rows) - (1 if table.total else 0))
    header_cells = []
    for title in titles:
        cell = _cell(sheet, title, bold=True, fill=HEADER_FILL)
        cell.alignment = WRAP
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        sheet.append(row)


def _overview(workbook: Workbook, doc: Document, used: set[str]) -> None:
    sheet = workbook.create_sheet(sheet_title(_("Overview"), used))
    sheet.column_dimensions["A"].width = 60
    sheet.column_dimensions["B"].width = 22
    sheet.column_dimensions["C"].width = 50
    sheet.append([_cell(sheet, doc.title, bold=True)])
    for label, value in doc.meta:
        sheet.append([_cell(sheet, label), _cell(sheet, value)])
    sheet.append([])
    sheet.append([_cell(sheet, h, bold=True, fill=HEADER_FILL) for h in (_("Figure"), _("Value"),
                                                                         _("Per currency"))])
    for figure in doc.headline:
        sheet.append([_cell(sheet, figure.label), *_figure_cells(sheet, figure)])
    sheet.page_setup.paperSize = 9


def _figure_cells(sheet, figure: Figure) -> list:
    if figure.kind == TOTAL:
        return cells_of(sheet, figure.value, TOTAL)
    return cells_of(sheet, figure.value, NUMBER)


def render_document(doc: Document) -> bytes:
    workbook = Workbook(write_only=True)
    used: set[str] = set()
    _overview(workbook, doc, used)
    for table in doc.sheets:
        add_sheet(workbook, table, used)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def render_xlsx(report) -> bytes:
    from ..compose import compose

    return render_document(compose(report))

