"""Import memberships or projects from a spreadsheet (XLSX or CSV) that people already keep.

    report = import_sheet(file, filename="netværk.xlsx", record_type="memberships",
                          department=department, acting_user=user, dry_run=True)
    for row in report.rows:  # RowOutcome: row number, outcome, summary, errors by column
        ...

The first row with recognisable column names is the header; Danish and English
names are understood (Netværk/Network, Kontingent/Fee, Fra/Start, ...), and
`mapping` adds or overrides ("Beløb" → "annual_fee"). Danish numbers and dates are
parsed exactly ("1.300.000", "1,3 mio. kr.", "31-12-2024"). Organisations are
found or created; programmes must be on the managed list.

Every row is imported in its own savepoint through record_create (permissions,
validation, history with source_kind "sheet"), so a bad row is reported with its
row number and column while the good rows are still imported. A row that matches
an existing record (the same organisation and department for a membership; the
same name and department for a project) is reported as a duplicate. A dry run
does the same work inside a transaction that is rolled back, so what it reports is
what a real import would do.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from babel.numbers import NumberFormatError, parse_decimal
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from udsyn.core import history
from udsyn.core.cells import formula_unsafe
from udsyn.core.models import SourceKind
from udsyn.core.money import CURRENCY_CODES
from udsyn.core.registry import visible_to
from udsyn.core.services import record_create
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Department, Organisation, OrganisationKind, Person
from udsyn.organisations.places import country_code
from udsyn.projects.models import Programme, Project
from udsyn.projects.models import Role as ProjectRole
from udsyn.projects.models import Status as ProjectStatus

RECORD_TYPES = ("memberships", "projects")
IGNORE = "ignore"


class SheetError(Exception):
    """The file as a whole cannot be imported (unreadable, no header, a required column missing...)."""


class RowError(Exception):
    def __init__(self, column: str | None, message: str):
        self.column = column
        self.message = message
        super().__init__(message)


class RowErrors(Exception):
    """Several cells of one row could not be read."""

    def __init__(self, errors: list[RowError]):
        self.errors = errors
        super().__init__("; ".join(e.message for e in errors))


class Outcome(enum.StrEnum):
    CREATED = "created"
    WOULD_CREATE = "would_create"
    DUPLICATE = "duplicate"
    ERROR = "error"


@dataclass(frozen=True)
class CellError:
    column: str | None
    message: str

    def __str__(self) -> str:
        if not self.column:
            return self.message
        return _("column “%(column)s”: %(message)s") % {"column": self.column, "message": self.message}


@dataclass
class RowOutcome:
    row: int
    outcome: Outcome
    summary: str = ""
    errors: list[CellError] = field(default_factory=list)
    record_id: int | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    record_type: str
    dry_run: bool
    sheet: str | None
    header_row: int
    mapping: dict[str, str]
    ignored_columns: list[str]
    rows: list[RowOutcome] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    @property
    def counts(self) -> dict[str, int]:
        return {o.value: self.count(o) for o in Outcome}

    @property
    def has_errors(self) -> bool:
        return any(r.outcome == Outcome.ERROR for r in self.rows)


# -- columns -----------------------------------------------------------------------------------

def header_key(text: Any) -> str:
    """'Årligt kontingent (kr.):' → 'årligt kontingent' (case, brackets, punctuation and spacing ignored)."""
    text = re.sub(r"\(.*?\)", " ", str(text or "")).casefold()
    text = re.sub(r"[^\w\s+]", " ", text)
    return " ".join(text.split())


_COMMON = {
    "department": ["Forvaltning", "Department", "Afdeling", "Ejer", "Owner"],
    "municipality": ["Kommune", "Municipality"],
    "start": ["Fra", "Start", "Since", "Siden", "Startdato", "Start date", "Begyndelse", "From"],
    "end": ["Til", "End", "Until", "Slut", "Slutdato", "End date", "Udløb", "To"],
    # The bookkeeping columns of udsyn.reports.exports' rows (and of a list downloaded from its page, headed in the
    # reader's language by udsyn.reports.listfiles): a file read back skips them.
    IGNORE: ["ID", "Source", "Version", "Kilde"],
}

FIELDS: dict[str, dict[str, list[str]]] = {
    "memberships": {
        **_COMMON,
        "organisation": ["Netværk", "Organisation", "Network", "Organisation eller netværk", "Netværk organisation",
                         "Organisation or network",
                         "Organization", "Medlemskab", "Membership"],
        "organisation_acronym": ["Akronym", "Acronym", "Forkortelse"],
        "organisation_kind": ["Organisation kind", "Organisationstype", "Type", "Art", "Kind"],
        "country": ["Land", "Country"],
        "annual_fee": ["Kontingent", "Årligt kontingent", "Fee", "Annual fee", "Kontingent pr år", "Betaling"],
        "fee_currency": ["Valuta", "Currency"],
        "fee_year": ["År", "Year", "Kontingentår", "Fee year", "Kontingentet gælder året", "Fee applies to year"],
        "purpose": ["Formål", "Purpose", "Beskrivelse", "Description"],
        "value_assessment": ["Værdi", "Vurdering", "Værdivurdering", "Udbytte", "Value assessment", "Value",
                             "Vurdering af værdien"],
        "value_reviewed_on": ["Value reviewed", "Vurderet", "Senest vurderet", "Værdien senest vurderet",
                              "Value last reviewed"],
        "representatives": ["Repræsentanter", "Repræsentant", "Representatives", "Representative"],
        "contact": ["Kontakt", "Kontaktperson", "Contact", "Contact person"],
    },
    "projects": {
        **_COMMON,
        "name": ["Projekt", "Projektnavn", "Name", "Navn", "Project", "Titel", "Title"],
        "acronym": ["Akronym", "Acronym", "Forkortelse"],
        "programme": ["Program", "Programme", "Program", "Funding programme", "Finansieringsprogram", "Pulje",
                      "Fond"],
        "role": ["Rolle", "Role", "Kommunens rolle", "The municipality's role"],
        "lead_organisation": ["Lead partner", "Leadpartner", "Lead", "Ledende partner", "Projektejer"],
        "partners": ["Partnere", "Partners", "Samarbejdspartnere"],
        "status": ["Status"],
        "total_budget": ["Budget", "Total budget", "Samlet budget", "Totalbudget"],
        "municipality_share": ["Andel", "Share", "Kommunens andel", "Egen andel", "Municipality share",
                               "The municipality's share"],
        "external_funding": ["Ekstern finansiering", "External funding", "Tilskud", "Hjemtaget", "Støtte",
                             "Grant", "Ekstern finansiering til kommunen", "External funding to the municipality"],
        "budget_currency": ["Valuta", "Currency"],
        "description": ["Beskrivelse", "Description", "Formål", "Purpose"],
    },
}
REQUIRED = {"memberships": "organisation", "projects": "name"}


def targets(record_type: str) -> list[str]:
    return [f for f in FIELDS[record_type] if f != IGNORE]


def default_mapping(headers: Iterable[Any], record_type: str) -> dict[str, str]:
    """{header as written in the sheet: target field} for the headers we recognise."""
    aliases = {header_key(alias): target for target, names in FIELDS[record_type].items() for alias in names}
    mapping = {}
    used = set()
    for header in headers:
        target = aliases.get(header_key(header))
        if header and target and (target not in used or target == IGNORE):
            mapping[str(header)] = target
            used.add(target)
    return mapping


def parse_mapping(text: str | None) -> dict[str, str]:
    """'Fee=annual_fee, Network=organisation' → {'Fee': 'annual_fee', 'Network': 'organisation'}."""
    mapping = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise SheetError(_("Cannot read the mapping “%(part)s”: write it as Column=field.")
                             % {"part": part.strip()})
        header, target = part.split("=", 1)
        mapping[header.strip()] = target.strip()
    return mapping


# -- reading files -----------------------------------------------------------------------------

@dataclass
class Table:
    sheet: str | None
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number in the file, cells)


def read_table(source: str | Path | IO[bytes], *, filename: str | None = None, sheet: str | None = None,
               record_type: str | None = None) -> Table:
    """Read an XLSX or CSV file; the header is the first row that has recognisable column names."""
    name = filename or (str(source) if isinstance(source, str | Path) else getattr(source, "name", "")) or ""
    data = Path(source).read_bytes() if isinstance(source, str | Path) else source.read()
    suffix = Path(name).suffix.casefold()
    if suffix in (".xlsx", ".xlsm") or data[:2] == b"PK":
        sheet_name, rows = _xlsx_rows(data, sheet, record_type)
    elif suffix == ".xls":
        raise SheetError(_("Old Excel files (.xls) cannot be read: save the file as .xlsx or .csv."))
    else:
        sheet_name, rows = None, _csv_rows(data)
    return _find_header(rows, sheet_name, record_type)


def _xlsx_rows(data: bytes, sheet: str | None, record_type: str | None) -> tuple[str, list[list[Any]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise SheetError(_("Cannot read the spreadsheet: %(error)s") % {"error": error}) from error
    if sheet:
        if sheet not in workbook.sheetnames:
            raise SheetError(_("No sheet called “%(sheet)s”; the file has: %(sheets)s")
                             % {"sheet": sheet, "sheets": ", ".join(workbook.sheetnames)})
        worksheet = workbook[sheet]
    elif record_type in workbook.sheetnames:  # a workbook from `udsyn export`
        worksheet = workbook[record_type]
    else:
        worksheet = workbook.worksheets[0]
    rows = [[formula_unsafe(c) for c in row] for row in worksheet.iter_rows(values_only=True)]
    workbook.close()
    return worksheet.title, rows


def decode(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), else Windows-1252 as older Danish Excel writes it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _csv_rows(data: bytes) -> list[list[Any]]:
    text = decode(data)
    sample = text[:8192]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        delimiter = ";" if first.count(";") > first.count(",") else ","
    return [[formula_unsafe(c) for c in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _find_header(rows: list[list[Any]], sheet: str | None, record_type: str | None) -> Table:
    """The header is the first row naming a known column; failing that, the first row with two cells."""
    candidates = [i for i, row in enumerate(rows[:20]) if sum(not _blank(c) for c in row) >= 2]
    recognised = [i for i in candidates if record_type is None
                  or any(t != IGNORE for t in default_mapping(rows[i], record_type).values())]
    if not candidates:
        raise SheetError(_("The sheet has no header row: put column names such as Netværk, Kontingent, Projekt, "
                           "Program in the first row."))
    index = (recognised or candidates)[0]
    headers = ["" if _blank(c) else str(c).strip() for c in rows[index]]
    body = [(index + 1 + offset, list(r)) for offset, r in enumerate(rows[index + 1:], start=1)]
    return Table(sheet, index + 1, headers, [(n, r) for n, r in body if not all(_blank(c) for c in r)])


# -- values ------------------------------------------------------------------------------------

_MILLION = re.compile(r"\b(mio|mill|million|millioner)\b\.?", re.IGNORECASE)
_CURRENCY_WORDS = {"kr": "DKK", "dkk": "DKK", "eur": "EUR", "euro": "EUR", "sek": "SEK", "nok": "NOK",
                   "usd": "USD", "gbp": "GBP"}
_CURRENCY_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP"}
# Words that may surround an amount without changing it ('ca. 1,3 mio. kr. om året').
_FILLER_WORDS = {"ca", "cirka", "om", "året", "pr", "år", "årligt", "i", "alt"}


def currency_in(text: str) -> str | None:
    """The currency an amount is written in ('1,3 mio. kr.' → DKK, '€ 50.000' → EUR), or None."""
    lowered = text.casefold()
    for symbol, code in _CURRENCY_SYMBOLS.items():
        if symbol in lowered:
            return code
    for word in re.findall(r"[a-zæøå]+", lowered):
        if word in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[word]
    return None


def parse_amount(value: Any) -> tuple[Decimal | None, str | None]:
    """A money cell → (exact Decimal, currency written in it or None). Raises ValueError.

    '1.300.000' → 1300000, '1,3 mio. kr.' → 1300000 DKK, '€ 665.462,50' → 665462.50 EUR,
    '500.000,-' → 500000, '1300000.00' (machine format) → 1300000.00; XLSX numbers are taken
    by their shortest exact form (never through binary floating point arithmetic).
    """
    if _blank(value):
        return None, None
    if isinstance(value, bool):
        raise ValueError(_not_an_amount(value))
    if isinstance(value, int | float | Decimal):
        return Decimal(repr(value) if isinstance(value, float) else str(value)), None
    text = str(value).strip()
    currency = currency_in(text)
    factor = Decimal(1)
    if _MILLION.search(text):
        factor = Decimal(1_000_000)
        text = _MILLION.sub(" ", text)
    words = re.findall(r"[a-zæøå]+", text.casefold())
    if any(w not in _CURRENCY_WORDS and w not in _FILLER_WORDS for w in words):
        raise ValueError(_not_an_amount(value))
    number = re.sub(r"[^\d.,\-]", "", text)
    number = re.sub(r"[.,]-$", "", number).strip(".,")
    if not re.search(r"\d", number):
        raise ValueError(_not_an_amount(value))
    for locale in ("da_DK", "en_US"):  # Danish first: '1.300' is one thousand three hundred
        try:
            return parse_decimal(number, locale=locale, strict=True) * factor, currency
        except NumberFormatError:
            continue
    raise ValueError(_not_an_amount(value))


def _not_an_amount(value: Any) -> str:
    return _("Not an amount: “%(value)s” (write e.g. 1.300.000 or 1,3 mio. kr.).") % {"value": value}


DANISH_MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "marts": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}


def parse_date(value: Any, *, end_of_period: bool = False) -> dt.date | None:
    """'31-12-2024', '31.12.2024', '31/12/2024', '2024-12-31', '31. december 2024', a bare year. ValueError."""
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1900 <= value <= 2200 and value == int(value):
        return dt.date(int(value), 12, 31) if end_of_period else dt.date(int(value), 1, 1)
    text = str(value).strip().casefold()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t].*)?", text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})", text):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        if m := re.fullmatch(r"(\d{1,2})\.?\s*([a-zæøå]+)\.?\s+(\d{4})", text):
            if m[2] in DANISH_MONTHS:
                return dt.date(int(m[3]), DANISH_MONTHS[m[2]], int(m[1]))
        if m := re.fullmatch(r"(\d{4})", text):
            return dt.date(int(m[1]), 12, 31) if end_of_period else dt.date(int(m[1]), 1, 1)
    except ValueError:
        pass
    raise ValueError(_("Not a date: “%(value)s” (write e.g. 31-12-2024 or 2024-12-31).") % {"value": value})


def parse_int(value: Any) -> int | None:
    if _blank(value):
        return None
    if isinstance(value, float) and value == int(value):
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value).strip()
    if re.fullmatch(r"\d+", text):
        return int(text)
    raise ValueError(_("Not a whole number: “%(value)s”.") % {"value": value})


def _choice_table(choices: type[models.TextChoices], extra: dict[str, str]) -> dict[str, str]:
    table = {header_key(c.value): c.value for c in choices}
    table.update({header_key(str(c.label)): c.value for c in choices})
    table.update({header_key(k): v for k, v in extra.items()})
    return table


ROLE_WORDS = {"lead partner": "lead", "leadpartner": "lead", "ledende partner": "lead", "koordinator": "lead",
              "coordinator": "lead", "projektleder": "lead", "associeret partner": "associated",
              "associeret": "associated", "associated partner": "associated"}
STATUS_WORDS = {"planlagt": "planned", "ansøgt": "applied", "igangværende": "active", "i gang": "active",
                "aktiv": "active", "ongoing": "active", "afsluttet": "completed", "færdig": "completed",
                "afslået": "rejected", "ikke bevilget": "rejected", "not funded": "rejected"}
KIND_WORDS = {"netværk": "network", "bynetværk": "network", "forening": "association", "universitet": "university",
              "virksomhed": "company", "myndighed": "authority", "kommune": "municipality", "region": "municipality",
              "eu": "eu_body", "andet": "other"}


def parse_choice(value: Any, table: dict[str, str], what: str) -> str | None:
    if _blank(value):
        return None
    found = table.get(header_key(value))
    if found is None:
        choices = ", ".join(sorted(set(table.values())))
        raise ValueError(_("Unknown %(what)s “%(value)s”; choose from %(choices)s.")
                         % {"what": what, "value": value, "choices": choices})
    return found


def parse_currency(value: Any) -> str | None:
    if _blank(value):
        return None
    text = str(value).strip()
    code = {**_CURRENCY_WORDS, **_CURRENCY_SYMBOLS}.get(text.casefold().rstrip("."), text.upper())
    if code not in CURRENCY_CODES:
        raise ValueError(_("Unknown currency “%(value)s”; choose from %(choices)s.")
                         % {"value": value, "choices": ", ".join(sorted(CURRENCY_CODES))})
    return code


def split_names(value: Any) -> list[str]:
    if _blank(value):
        return []
    return [n.strip() for n in re.split(r"[;\n]", str(value)) if n.strip()]


def _text(value: Any) -> str:
    if _blank(value):
        return ""
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return str(value).strip()


# -- lookups -----------------------------------------------------------------------------------

def _normal(name: str) -> str:
    return re.sub(r"[\s\-–_]+", "", name.casefold())


def find_programme(name: str) -> Programme:
    """A programme on the managed list, by name (spacing and case ignored); else ValueError with close matches."""
    programmes = list(Programme.objects.all())
    wanted = _normal(name)
    for programme in programmes:
        if _normal(programme.name) == wanted:
            return programme
    from rapidfuzz import fuzz, process, utils

    close = process.extract(name, {p.pk: p.name for p in programmes}, scorer=fuzz.WRatio,
                            processor=utils.default_process, limit=4, score_cutoff=60)
    message = _("“%(name)s” is not on the list of programmes.") % {"name": name}
    if close:
        message += " " + _("Close matches: %(matches)s.") % {"matches": ", ".join(m[0] for m in close)}
    raise ValueError(message + " " + _("An administrator can add programmes to the list."))


def find_department(name: str, municipality_name: str | None = None,
                    near: Department | None = None, user: Any = None) -> Department:
    """A department by name or abbreviation; in `municipality_name`, else in the same municipality as `near`. With
    `user`, only among the departments the user sees (an error names no other municipality's departments)."""
    departments = Department.objects.select_related("municipality")
    if user is not None:
        departments = visible_to(user, departments)
    if municipality_name:
        departments = departments.filter(municipality__name__iexact=municipality_name.strip())
    elif near is not None:
        departments = departments.filter(municipality_id=near.municipality_id)
    matches = list(departments.filter(Q(name__iexact=name.strip()) | Q(short_name__iexact=name.strip())))
    if len(matches) == 1:
        return matches[0]
    choices = ", ".join(sorted(d.name for d in departments))
    if not matches:
        raise ValueError(_("Unknown department “%(name)s”; choose from %(choices)s.")
                         % {"name": name, "choices": choices})
    raise ValueError(_("“%(name)s” names departments in several municipalities; add a municipality column.")
                     % {"name": name})


# -- the import --------------------------------------------------------------------------------

def import_sheet(source: str | Path | IO[bytes], *, record_type: str, department: Department, acting_user: Any,
                 filename: str | None = None, mapping: dict[str, str] | None = None, dry_run: bool = False,
                 sheet: str | None = None) -> ImportReport:
    """Import the rows of a sheet as memberships or projects; see the module documentation."""
    if record_type not in RECORD_TYPES:
        raise SheetError(_("Unknown record type “%(type)s”; choose from %(choices)s.")
                         % {"type": record_type, "choices": ", ".join(RECORD_TYPES)})
    table = read_table(source, filename=filename, sheet=sheet, record_type=record_type)
    columns = _resolve_mapping(table.headers, record_type, mapping or {})
    name = Path(filename or str(getattr(source, "name", source))).name
    report = ImportReport(record_type, dry_run, table.sheet, table.header_row,
                          {h: t for h, t in columns.items() if t != IGNORE},
                          [h for h in table.headers if h and h not in columns])
    importer = _RowImporter(record_type, department, acting_user, dry_run, name)
    index = {header: i for i, header in enumerate(table.headers)}
    with transaction.atomic():
        for number, cells in table.rows:
            values = {target: (header, cells[index[header]] if index[header] < len(cells) else None)
                      for header, target in columns.items() if target != IGNORE}
            report.rows.append(importer.run(number, values))
        if dry_run:
            transaction.set_rollback(True)
    return report


def _resolve_mapping(headers: list[str], record_type: str, overrides: dict[str, str]) -> dict[str, str]:
    mapping = default_mapping(headers, record_type)
    by_key = {header_key(h): h for h in headers if h}
    allowed = set(targets(record_type)) | {IGNORE, "-"}
    for header, target in overrides.items():
        if target not in allowed:
            raise SheetError(_("Cannot map “%(header)s” to “%(target)s”; the fields are: %(fields)s (or %(ignore)s).")
                             % {"header": header, "target": target, "fields": ", ".join(targets(record_type)),
                                "ignore": IGNORE})
        actual = by_key.get(header_key(header))
        if actual is None:
            raise SheetError(_("The sheet has no column “%(header)s”; its columns are: %(columns)s.")
                             % {"header": header, "columns": ", ".join(h for h in headers if h)})
        for other, other_target in list(mapping.items()):
            if other_target == target and other != actual and target != IGNORE:
                del mapping[other]  # the override wins over a recognised column for the same field
        mapping[actual] = IGNORE if target == "-" else target
    required = REQUIRED[record_type]
    if required not in mapping.values():
        raise SheetError(_("No column for %(field)s: the sheet's columns are %(columns)s. Say which column it is "
                           "(on the command line: --map 'Column=%(field)s').")
                         % {"field": required, "columns": ", ".join(h for h in headers if h)})
    return mapping


class _RowImporter:
    def __init__(self, record_type: str, department: Department, acting_user: Any, dry_run: bool, filename: str):
        self.record_type = record_type
        self.default_department = department
        self.user = acting_user
        self.dry_run = dry_run
        self.filename = filename
        self.model = Membership if record_type == "memberships" else Project
        self.kinds = _choice_table(OrganisationKind, KIND_WORDS)
        self.roles = _choice_table(ProjectRole, ROLE_WORDS)
        self.statuses = _choice_table(ProjectStatus, STATUS_WORDS)

    def run(self, number: int, values: dict[str, tuple[str, Any]]) -> RowOutcome:
        outcome = RowOutcome(number, Outcome.ERROR)
        self.number, self.values, self.notes, self.cell_errors = number, values, outcome.notes, []
        try:
            with transaction.atomic():
                data, key, summary = self.build()
                if self.cell_errors:
                    raise RowErrors(self.cell_errors)
                outcome.summary = summary
                existing = self.model.objects.filter(**key).first()
                if existing is not None:
                    outcome.outcome, outcome.record_id = Outcome.DUPLICATE, existing.pk
                    transaction.set_rollback(True)  # nor keep organisations or people made for it
                    return outcome
                record = record_create(model=self.model, data=data, acting_user=self.user,
                                       reason=history.reason(gettext_noop("Imported from %(file)s, row %(row)s"),
                                                             file=self.filename, row=number))
                outcome.record_id = None if self.dry_run else record.pk
                outcome.outcome = Outcome.WOULD_CREATE if self.dry_run else Outcome.CREATED
        except RowError as error:
            outcome.errors.append(CellError(error.column, error.message))
        except RowErrors as errors:
            outcome.errors.extend(CellError(e.column, e.message) for e in errors.errors)
        except ValidationError as error:
            outcome.errors.extend(self.validation_errors(error))
        except PermissionDenied as error:
            outcome.errors.append(CellError(self.header("department"), str(error)))
        return outcome

    # -- cells --
    def header(self, target: str) -> str | None:
        return self.values.get(target, (None, None))[0]

    def raw(self, target: str) -> Any:
        return self.values.get(target, (None, None))[1]

    def parse(self, target: str, parser, *args, default: Any = None, **kwargs) -> Any:
        """The parsed cell; a cell that cannot be read is noted (all of a row's bad cells are reported together)."""
        try:
            return parser(self.raw(target), *args, **kwargs)
        except ValueError as error:
            self.cell_errors.append(RowError(self.header(target), str(error)))
            return default

    def amount(self, target: str) -> tuple[Decimal | None, str | None]:
        amount, currency = self.parse(target, parse_amount, default=(None, None))
        if amount is not None and amount < 0:
            self.cell_errors.append(RowError(self.header(target),
                                             _("The amount cannot be negative (“%(value)s”).")
                                             % {"value": self.raw(target)}))
            return None, currency
        return amount, currency

    def text(self, target: str) -> str:
        return _text(self.raw(target))

    def validation_errors(self, error: ValidationError) -> list[CellError]:
        if not hasattr(error, "error_dict"):
            return [CellError(None, m) for m in error.messages]
        fields = {"organisation": "organisation", "lead_organisation": "lead_organisation"}
        return [CellError(self.header(fields.get(name, name)) or (None if name == "__all__" else name),
                          " ".join(messages))
                for name, messages in error.message_dict.items()]

    # -- lookups with side effects (inside the row's savepoint) --
    def department(self) -> Department:
        name = self.text("department")
        if not name:
            return self.default_department
        try:
            return find_department(name, self.text("municipality") or None, near=self.default_department,
                                   user=self.user)
        except ValueError as error:
            raise RowError(self.header("department"), str(error)) from error

    def organisation(self, target: str, *, kind: str | None = None, country: str | None = None,
                     acronym: str = "") -> Organisation | None:
        name = self.text(target)
        if not name:
            return None
        found = Organisation.objects.filter(name__iexact=name).first()
        if found is None and not acronym:
            by_acronym = list(Organisation.objects.filter(acronym__iexact=name)[:2])
            found = by_acronym[0] if len(by_acronym) == 1 else None
        if found is None:
            found = Organisation(name=name, acronym=acronym, kind=kind or OrganisationKind.OTHER,
                                 country=country or "")
            try:
                found.full_clean()
            except ValidationError as error:
                raise RowError(self.header(target), " ".join(error.messages)) from error
            found.save()
            self.notes.append(_("new organisation %(name)s") % {"name": name})
        return found

    def people(self, target: str, department: Department) -> list[Person]:
        people = []
        for name in split_names(self.raw(target)):
            person, created = Person.objects.get_or_create(name=name, department=department)
            if created:
                self.notes.append(_("new person %(name)s") % {"name": name})
            people.append(person)
        return people

    def period(self) -> dict[str, dt.date | None]:
        return {"start": self.parse("start", parse_date),
                "end": self.parse("end", parse_date, end_of_period=True)}

    # -- rows --
    def build(self) -> tuple[dict[str, Any], dict[str, Any], str]:
        return self.membership() if self.record_type == "memberships" else self.project()

    def membership(self):
        department = self.department()
        if not self.text("organisation"):
            raise RowError(self.header("organisation"), _("The organisation is missing."))
        fee, written_currency = self.amount("annual_fee")
        currency = self.parse("fee_currency", parse_currency) or written_currency or "DKK"
        country = self.parse("country", lambda v: country_code(_text(v)) if not _blank(v) else None)
        organisation = self.organisation(
            "organisation", kind=self.parse("organisation_kind", parse_choice, self.kinds, _("organisation kind")),
            country=country, acronym=self.text("organisation_acronym"))
        contact = self.people("contact", department)
        data = {
            "department": department, "organisation": organisation, "annual_fee": fee, "fee_currency": currency,
            "fee_year": self.parse("fee_year", parse_int), **self.period(),
            "purpose": self.text("purpose"), "value_assessment": self.text("value_assessment"),
            "value_reviewed_on": self.parse("value_reviewed_on", parse_date),
            "representatives": self.people("representatives", department),
            "contact": contact[0] if contact else None, "source_kind": SourceKind.SHEET,
            "source_quote": self.quote(),
        }
        key = {"department": department, "organisation": organisation}
        return data, key, _("membership of %(organisation)s (%(department)s)") % {
            "organisation": organisation.name, "department": department.name}

    def project(self):
        department = self.department()
        name = self.text("name")
        if not name:
            raise RowError(self.header("name"), _("The project name is missing."))
        programme_name = self.text("programme")
        try:
            programme = find_programme(programme_name) if programme_name else None
        except ValueError as error:
            raise RowError(self.header("programme"), str(error)) from error
        amounts = {}
        currencies = set()
        for target in ("total_budget", "municipality_share", "external_funding"):
            amounts[target], written = self.amount(target)
            if written:
                currencies.add(written)
        currency = self.parse("budget_currency", parse_currency)
        if currency is None and len(currencies) == 1:
            currency = currencies.pop()
        data = {
            "department": department, "name": name, "acronym": self.text("acronym"), "programme": programme,
            "role": self.parse("role", parse_choice, self.roles, _("role")) or ProjectRole.PARTNER,
            "status": self.parse("status", parse_choice, self.statuses, _("status")) or ProjectStatus.ACTIVE,
            "lead_organisation": self.organisation("lead_organisation"),
            "partners": [self.named_organisation(n) for n in split_names(self.raw("partners"))],
            **self.period(), **amounts, "budget_currency": currency or "DKK",
            "description": self.text("description"), "source_kind": SourceKind.SHEET,
            "source_quote": self.quote(),
        }
        key = {"department": department, "name__iexact": name}
        return data, key, _("project %(name)s (%(department)s)") % {"name": name, "department": department.name}

    def named_organisation(self, name: str) -> Organisation:
        found = Organisation.objects.filter(name__iexact=name).first()
        if found is None:
            found = Organisation.objects.create(name=name)
            self.notes.append(_("new organisation %(name)s") % {"name": name})
        return found

    def quote(self) -> str:
        """Where the record came from: file, row and the row's cells, for the record's source."""
        cells = "; ".join(f"{header}: {_text(value)}" for header, value in self.values.values() if not _blank(value))
        return (_("%(file)s, row %(row)s: %(cells)s") % {"file": self.filename, "row": self.number,
                                                          "cells": cells})[:2000]
