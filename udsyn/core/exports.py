"""Every record type as rows, and those rows as CSV, JSON or XLSX.

One place decides what a row of each record type looks like, for the command line
(`udsyn export`), file downloads and the open-data API:

    headers, rows = export_rows("memberships")            # or export_rows(Membership, queryset)
    write_csv(headers, rows, stream)
    write_json({"memberships": (headers, rows)}, stream)
    write_xlsx({"memberships": (headers, rows)}, path_or_binary_stream)

Values in rows are Python values: Decimal for money and numbers (exact, never
float), date for dates, int, bool, str, or None for empty. Related objects appear by
readable name (department, organisation, "City (DE)"). Choice fields hold their
stable code ("lead", "sister_city"). The writers turn values into text: decimals as
plain digits with a point ("1300000.00"), dates as ISO 8601.

The membership and project columns are the ones `udsyn import-sheet` reads, so an
XLSX export can be imported again (udsyn.core.sheets).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from django.db import models

Row = list[Any]
Table = tuple[list[str], list[Row]]

# Headers shared with the sheet import (udsyn.core.sheets): keep them in step.
ID = "ID"
MUNICIPALITY = "Municipality"
DEPARTMENT = "Department"
SOURCE = "Source"
VERSION = "Version"


@dataclass(frozen=True)
class Column:
    header: str
    get: Callable[[Any], Any]


def _attr(path: str) -> Callable[[Any], Any]:
    """Getter for a dotted attribute path; a missing link gives None."""

    def get(obj: Any) -> Any:
        for name in path.split("."):
            obj = getattr(obj, name, None)
            if obj is None:
                return None
        return obj

    return get


def _name(path: str) -> Callable[[Any], Any]:
    """A related object by its name (None when empty)."""
    return _attr(path + ".name")


def _city(path: str) -> Callable[[Any], Any]:
    def get(obj: Any) -> Any:
        city = _attr(path)(obj)
        return f"{city.name} ({city.country})" if city else None

    return get


def _names(path: str) -> Callable[[Any], Any]:
    """Many related objects as "A; B" (sorted, so exports are stable)."""

    def get(obj: Any) -> str:
        return "; ".join(sorted(str(o.name) for o in getattr(obj, path).all()))

    return get


def C(header: str, getter: str | Callable[[Any], Any]) -> Column:  # noqa: N802 - reads like a table
    return Column(header, _attr(getter) if isinstance(getter, str) else getter)


def _record(*columns: Column) -> list[Column]:
    """Columns of a register record: id and owner first, source and version last."""
    return [C(ID, "pk"), C(MUNICIPALITY, "department.municipality.name"), C(DEPARTMENT, "department.name"),
            *columns, C(SOURCE, "source_kind"), C(VERSION, "version")]


@dataclass(frozen=True)
class RecordType:
    key: str
    model_path: str
    columns: Callable[[], list[Column]]
    select: tuple[str, ...] = ()
    prefetch: tuple[str, ...] = ()

    @property
    def model(self) -> type[models.Model]:
        from django.apps import apps

        return apps.get_model(self.model_path)


def _membership_columns() -> list[Column]:
    return _record(
        C("Organisation", _name("organisation")), C("Acronym", "organisation.acronym"),
        C("Organisation kind", "organisation.kind"), C("Country", "organisation.country"),
        C("Annual fee", "annual_fee"), C("Currency", "fee_currency"), C("Year", "fee_year"),
        C("Start", "start"), C("End", "end"),
        C("Representatives", _names("representatives")), C("Contact", _name("contact")),
        C("Purpose", "purpose"), C("Value assessment", "value_assessment"),
        C("Value reviewed", "value_reviewed_on"),
    )


def _project_columns() -> list[Column]:
    return _record(
        C("Name", "name"), C("Acronym", "acronym"), C("Programme", _name("programme")), C("Role", "role"),
        C("Lead partner", _name("lead_organisation")), C("Partners", _names("partners")), C("Status", "status"),
        C("Start", "start"), C("End", "end"), C("Total budget", "total_budget"),
        C("Share", "municipality_share"), C("External funding", "external_funding"),
        C("Currency", "budget_currency"), C("Description", "description"),
    )


def _partner_columns() -> list[Column]:
    return _record(
        C("City", "city.name"), C("Country", "city.country"), C("Latitude", "city.latitude"),
        C("Longitude", "city.longitude"), C("Institution", _name("institution")), C("Kind", "kind"),
        C("Signed", "signed_on"), C("Renewed", "renewed_on"), C("Ended", "ended_on"), C("Themes", "themes"),
        C("Departments involved", _names("departments_involved")), C("Activities", "activities"),
    )


def _visit_columns() -> list[Column]:
    return _record(
        C("Direction", "direction"), C("Start", "start"), C("End", "end"), C("City", _city("city")),
        C("Organisation", _name("organisation")), C("Participants", "size"), C("Theme", "theme"),
        C("Status", "status"), C("Notes", "notes"),
    )


def _event_columns() -> list[Column]:
    return _record(
        C("Name", "name"), C("Kind", "kind"), C("Date", "date"), C("Participants", "participants"),
        C("Partner", lambda e: str(e.partner) if e.partner_id else None),
        C("Project", _name("project")), C("Description", "description"),
    )


def _strategy_columns() -> list[Column]:
    return _record(C("Name", "name"), C("Adopted", "adopted_on"), C("Horizon year", "horizon_year"),
                   C("Description", "description"))


def _theme_columns() -> list[Column]:
    return _record(C("Strategy", _name("strategy")), C("Number", "number"), C("Name", "name"))


def _goal_columns() -> list[Column]:
    return _record(C("Strategy", _name("theme.strategy")), C("Theme", _name("theme")), C("Goal", "text"))


def _indicator_columns() -> list[Column]:
    return _record(
        C("Strategy", _name("goal.theme.strategy")), C("Theme", _name("goal.theme")), C("Goal", "goal.text"),
        C("Name", "name"), C("Unit", "unit"), C("Baseline", "baseline"), C("Baseline year", "baseline_year"),
        C("Target", "target"), C("Deadline", "deadline"), C("Direction", "direction"), C("Method", "method"),
    )


def _measurement_columns() -> list[Column]:
    return _record(
        C("Strategy", _name("indicator.goal.theme.strategy")), C("Indicator", _name("indicator")),
        C("Date", "date"), C("Value", "value"), C("Unit", "indicator.unit"), C("Data source", "source"),
        C("Comment", "comment"),
    )


def _organisation_columns() -> list[Column]:
    return [C(ID, "pk"), C("Name", "name"), C("Acronym", "acronym"), C("Kind", "kind"), C("Country", "country"),
            C("Website", "website")]


def _city_columns() -> list[Column]:
    return [C(ID, "pk"), C("Name", "name"), C("Country", "country"), C("Latitude", "latitude"),
            C("Longitude", "longitude"), C("GeoNames ID", "geonames_id")]


def _department_columns() -> list[Column]:
    return [C(ID, "pk"), C(MUNICIPALITY, "municipality.name"), C("Name", "name"), C("Abbreviation", "short_name"),
            C("Part of", _name("parent"))]


def _programme_columns() -> list[Column]:
    return [C(ID, "pk"), C("Name", "name"), C("Family", "family"), C("EU programme", "is_eu")]


def _rate_columns() -> list[Column]:
    return [C("Currency", "currency"), C("Date", "date"), C("DKK per unit", "dkk_per_unit"), C("Note", "note")]


def _person_columns() -> list[Column]:
    # Personal data kept minimal: no e-mail addresses in exports.
    return [C(ID, "pk"), C("Name", "name"), C("Title", "title"), C("Politician", "is_politician"),
            C(DEPARTMENT, _name("department"))]


_DEPT = ("department__municipality",)
RECORD_TYPES: dict[str, RecordType] = {t.key: t for t in [
    RecordType("memberships", "memberships.Membership", _membership_columns, (*_DEPT, "organisation", "contact"),
               ("representatives",)),
    RecordType("partners", "partners.Partner", _partner_columns, (*_DEPT, "city", "institution"),
               ("departments_involved",)),
    RecordType("projects", "projects.Project", _project_columns, (*_DEPT, "programme", "lead_organisation"),
               ("partners",)),
    RecordType("visits", "visits.Visit", _visit_columns, (*_DEPT, "city", "organisation")),
    RecordType("events", "visits.Event", _event_columns, (*_DEPT, "partner__city", "partner__institution",
                                                          "project")),
    RecordType("strategies", "strategies.Strategy", _strategy_columns, _DEPT),
    RecordType("themes", "strategies.Theme", _theme_columns, (*_DEPT, "strategy")),
    RecordType("goals", "strategies.Goal", _goal_columns, (*_DEPT, "theme__strategy")),
    RecordType("indicators", "strategies.Indicator", _indicator_columns, (*_DEPT, "goal__theme__strategy")),
    RecordType("measurements", "strategies.Measurement", _measurement_columns,
               (*_DEPT, "indicator__goal__theme__strategy")),
    RecordType("organisations", "organisations.Organisation", _organisation_columns),
    RecordType("cities", "organisations.City", _city_columns),
    RecordType("departments", "organisations.Department", _department_columns, ("municipality", "parent")),
    RecordType("people", "organisations.Person", _person_columns, ("department",)),
    RecordType("programmes", "projects.Programme", _programme_columns),
    RecordType("exchange_rates", "core.ExchangeRate", _rate_columns),
]}


def record_types() -> list[str]:
    """The keys of every exportable record type, in export order."""
    return list(RECORD_TYPES)


def record_type_for(record_type: str | type[models.Model]) -> RecordType:
    if isinstance(record_type, str):
        try:
            return RECORD_TYPES[record_type]
        except KeyError:
            raise ValueError(f"Unknown record type {record_type!r}; choose from {', '.join(RECORD_TYPES)}") from None
    for spec in RECORD_TYPES.values():
        if spec.model is record_type:
            return spec
    raise ValueError(f"{record_type.__name__} is not an exportable record type")


def export_rows(record_type: str | type[models.Model], queryset: models.QuerySet | None = None) -> Table:
    """(headers, rows) for a record type; `queryset` narrows it (e.g. a FilterSet's result)."""
    spec = record_type_for(record_type)
    columns = spec.columns()
    if queryset is None:
        queryset = spec.model.objects.all()
    queryset = queryset.select_related(*spec.select).prefetch_related(*spec.prefetch).order_by(
        *(queryset.query.order_by or spec.model._meta.ordering or ()), "pk")
    return [c.header for c in columns], [[c.get(obj) for c in columns] for obj in queryset]


def export_tables(types: Iterable[str] | None = None) -> dict[str, Table]:
    """{record type: (headers, rows)} for the given types (all by default)."""
    return {key: export_rows(key) for key in (types or record_types())}


# -- writers -----------------------------------------------------------------------------------

def text_value(value: Any) -> str:
    """A cell as text: exact decimals, ISO dates, empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def json_value(value: Any) -> Any:
    """A cell for JSON: decimals as strings (so no reader turns them into floats), dates ISO."""
    if isinstance(value, Decimal | dt.date | dt.datetime):
        return text_value(value)
    return value


def write_csv(headers: list[str], rows: Iterable[Row], out: IO[str]) -> None:
    writer = csv.writer(out)
    writer.writerow(headers)
    for row in rows:
        writer.writerow([text_value(v) for v in row])


def write_csv_files(tables: dict[str, Table], directory: str | Path) -> list[Path]:
    """One CSV file per record type (TYPE.csv, UTF-8 with a byte-order mark so Excel reads æøå)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for key, (headers, rows) in tables.items():
        path = directory / f"{key}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            write_csv(headers, rows, out)
        paths.append(path)
    return paths


def json_tables(tables: dict[str, Table]) -> dict[str, list[dict[str, Any]]]:
    return {key: [{h: json_value(v) for h, v in zip(headers, row, strict=True)} for row in rows]
            for key, (headers, rows) in tables.items()}


def write_json(tables: dict[str, Table], out: IO[str]) -> None:
    """One JSON object keyed by record type; each a list of objects keyed by column header."""
    json.dump(json_tables(tables), out, ensure_ascii=False, indent=2)
    out.write("\n")


MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"


def write_xlsx(tables: dict[str, Table], out: str | Path | IO[bytes]) -> None:
    """One sheet per record type, header row bold and frozen; dates as dates, decimals as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    for key, (headers, rows) in tables.items():
        sheet = workbook.create_sheet(title=key[:31])
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for row in rows:
            sheet.append(row)  # openpyxl writes a Decimal's exact digits into the file
        for index, header in enumerate(headers, start=1):
            letter = get_column_letter(index)
            sample = [r[index - 1] for r in rows[:200]]
            if any(isinstance(v, Decimal) for v in sample):
                for cell in sheet[letter][1:]:
                    cell.number_format = MONEY_FORMAT
            elif any(isinstance(v, dt.date) for v in sample):
                for cell in sheet[letter][1:]:
                    cell.number_format = DATE_FORMAT
            width = max([len(header), *(len(text_value(v)) for v in sample)] or [8])
            sheet.column_dimensions[letter].width = min(max(width + 2, 8), 60)
    if not tables:
        workbook.create_sheet(title="empty")
    workbook.save(out)
