"""Every record type as rows, and those rows as CSV, JSON or XLSX.

One place decides what a row of each record type looks like, for the command line
(`udsyn export`), file downloads and the open-data API (a list downloaded from its page has
the same columns, headed and filled in the reader's language by udsyn.reports.listfiles):

    headers, rows = export_rows("memberships")            # or export_rows(Membership, queryset)
    headers, rows = stream_rows("memberships")            # rows as an iterator, for any number of rows
    write_csv(headers, rows, stream)
    write_json({"memberships": (headers, rows)}, stream)
    write_xlsx({"memberships": (headers, rows)}, path_or_binary_stream)

Values in rows are Python values: Decimal for money and numbers (exact, never
float), date for dates, int, bool, str, or None for empty. Related objects appear by
readable name (department, organisation, "City (DE)"). Choice fields hold their
stable code ("lead", "sister_city"). The writers turn values into text: decimals as
plain digits with a point ("1300000.00"), dates as ISO 8601.

The membership and project columns are the ones `udsyn import-sheet` reads, so an
XLSX export can be imported again (udsyn.imports.sheets).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from django.db import connection, models, transaction

from udsyn.core.cells import FORMULA_PREFIXES, QUOTE, formula_safe
from udsyn.core.sql import queryset_sql

Row = list[Any]
Table = tuple[list[str], list[Row]]

# Headers the sheet import (udsyn.imports.sheets) ignores or reads: keep them in step.
ID = "ID"
MUNICIPALITY = "Municipality"
DEPARTMENT = "Department"
SOURCE = "Source"
VERSION = "Version"


@dataclass(frozen=True)
class Column:
    """A column of an export: the database values it reads (field paths with `__`) and how they make the cell
    (`combine`, or the one value as it is); `many` names a many-to-many relation whose names it lists."""

    header: str
    paths: tuple[str, ...] = ()
    combine: Callable[..., Any] | None = None
    many: str | None = None
    sql: str | None = None  # `combine` in SQL over the paths' values {0}, {1}, ... (for COPY on PostgreSQL)


def C(header: str, path: str) -> Column:  # noqa: N802 - reads like a table
    """The value at a field path ("department__municipality__name"); None along an empty link."""
    return Column(header, (path,))


def _name(path: str) -> str:
    """A related object by its name (None when empty)."""
    return f"{path}__name"


def _city(header: str, path: str) -> Column:
    """A city as "Name (CC)"."""
    return Column(header, (f"{path}__name", f"{path}__country"),
                  lambda name, country: f"{name} ({country})" if name is not None else None,
                  sql="CASE WHEN {0} IS NOT NULL THEN {0} || ' (' || COALESCE({1}, 'None') || ')' END")


def _names(header: str, relation: str) -> Column:
    """Many related objects as "A; B" (sorted, so exports are stable)."""
    return Column(header, many=relation)


def _record(*columns: Column) -> list[Column]:
    """Columns of a register record: id and owner first, source and version last."""
    return [C(ID, "pk"), C(MUNICIPALITY, "department__municipality__name"), C(DEPARTMENT, "department__name"),
            *columns, C(SOURCE, "source_kind"), C(VERSION, "version")]


@dataclass(frozen=True)
class RecordType:
    key: str
    model_path: str
    columns: Callable[[], list[Column]]

    @property
    def model(self) -> type[models.Model]:
        from django.apps import apps

        return apps.get_model(self.model_path)


def _membership_columns() -> list[Column]:
    return _record(
        C("Organisation", _name("organisation")), C("Acronym", "organisation__acronym"),
        C("Organisation kind", "organisation__kind"), C("Country", "organisation__country"),
        C("Annual fee", "annual_fee"), C("Currency", "fee_currency"), C("Year", "fee_year"),
        C("Start", "start"), C("End", "end"),
        _names("Representatives", "representatives"), C("Contact", _name("contact")),
        C("Purpose", "purpose"), C("Value assessment", "value_assessment"),
        C("Value reviewed", "value_reviewed_on"),
    )


def _project_columns() -> list[Column]:
    return _record(
        C("Name", "name"), C("Acronym", "acronym"), C("Programme", _name("programme")), C("Role", "role"),
        C("Lead partner", _name("lead_organisation")), _names("Partners", "partners"), C("Status", "status"),
        C("Start", "start"), C("End", "end"), C("Total budget", "total_budget"),
        C("Share", "municipality_share"), C("External funding", "external_funding"),
        C("Currency", "budget_currency"), C("Description", "description"),
    )


def _partner_columns() -> list[Column]:
    return _record(
        C("City", "city__name"), C("Country", "city__country"), C("Latitude", "city__latitude"),
        C("Longitude", "city__longitude"), C("Institution", _name("institution")), C("Kind", "kind"),
        C("Signed", "signed_on"), C("Renewed", "renewed_on"), C("Ended", "ended_on"), C("Themes", "themes"),
        _names("Departments involved", "departments_involved"), C("Activities", "activities"),
    )


def _visit_columns() -> list[Column]:
    return _record(
        C("Direction", "direction"), C("Start", "start"), C("End", "end"), _city("City", "city"),
        C("Organisation", _name("organisation")), C("Participants", "size"), C("Theme", "theme"),
        C("Status", "status"), C("Notes", "notes"),
    )


def _event_columns() -> list[Column]:
    return _record(
        C("Name", "name"), C("Kind", "kind"), C("Date", "date"), C("Participants", "participants"),
        Column("Partner", ("partner", "partner__institution__name", "partner__city__name"), _partner,
               sql="CASE WHEN {0} IS NULL THEN NULL WHEN {1} IS NOT NULL THEN {1} || ', ' || COALESCE({2}, 'None') "
                   "ELSE {2} END"),
        C("Project", _name("project")), C("Description", "description"),
    )


def _strategy_columns() -> list[Column]:
    return _record(C("Name", "name"), C("Adopted", "adopted_on"), C("Horizon year", "horizon_year"),
                   C("Description", "description"))


def _theme_columns() -> list[Column]:
    return _record(C("Strategy", _name("strategy")), C("Number", "number"), C("Name", "name"))


def _goal_columns() -> list[Column]:
    return _record(C("Strategy", _name("theme__strategy")), C("Theme", _name("theme")), C("Goal", "text"))


def _indicator_columns() -> list[Column]:
    return _record(
        C("Strategy", _name("goal__theme__strategy")), C("Theme", _name("goal__theme")), C("Goal", "goal__text"),
        C("Name", "name"), C("Unit", "unit"), C("Baseline", "baseline"), C("Baseline year", "baseline_year"),
        C("Target", "target"), C("Deadline", "deadline"), C("Direction", "direction"), C("Method", "method"),
    )


def _measurement_columns() -> list[Column]:
    return _record(
        C("Strategy", _name("indicator__goal__theme__strategy")), C("Indicator", _name("indicator")),
        C("Date", "date"), C("Value", "value"), C("Unit", "indicator__unit"), C("Data source", "source"),
        C("Comment", "comment"),
    )


def _organisation_columns() -> list[Column]:
    return [C(ID, "pk"), C("Name", "name"), C("Acronym", "acronym"), C("Kind", "kind"), C("Country", "country"),
            C("Website", "website")]


def _city_columns() -> list[Column]:
    return [C(ID, "pk"), C("Name", "name"), C("Country", "country"), C("Latitude", "latitude"),
            C("Longitude", "longitude"), C("GeoNames ID", "geonames_id")]


def _department_columns() -> list[Column]:
    return [C(ID, "pk"), C(MUNICIPALITY, "municipality__name"), C("Name", "name"), C("Abbreviation", "short_name"),
            C("Part of", _name("parent"))]


def _programme_columns() -> list[Column]:
    return [C(ID, "pk"), C("Name", "name"), C("Family", "family"), C("EU programme", "is_eu")]


def _rate_columns() -> list[Column]:
    return [C("Currency", "currency"), C("Date", "date"), C("DKK per unit", "dkk_per_unit"), C("Note", "note")]


def _person_columns() -> list[Column]:
    # Personal data kept minimal: no e-mail addresses in exports.
    return [C(ID, "pk"), C("Name", "name"), C("Title", "title"), C("Politician", "is_politician"),
            C(DEPARTMENT, _name("department"))]


RECORD_TYPES: dict[str, RecordType] = {t.key: t for t in [
    RecordType("memberships", "memberships.Membership", _membership_columns),
    RecordType("partners", "partners.Partner", _partner_columns),
    RecordType("projects", "projects.Project", _project_columns),
    RecordType("visits", "visits.Visit", _visit_columns),
    RecordType("events", "visits.Event", _event_columns),
    RecordType("strategies", "strategies.Strategy", _strategy_columns),
    RecordType("themes", "strategies.Theme", _theme_columns),
    RecordType("goals", "strategies.Goal", _goal_columns),
    RecordType("indicators", "strategies.Indicator", _indicator_columns),
    RecordType("measurements", "strategies.Measurement", _measurement_columns),
    RecordType("organisations", "organisations.Organisation", _organisation_columns),
    RecordType("cities", "organisations.City", _city_columns),
    RecordType("departments", "organisations.Department", _department_columns),
    RecordType("people", "organisations.Person", _person_columns),
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


CHUNK = 2000  # rows read from the database at a time


def _partner(partner_id: Any, institution: str | None, city: str | None) -> str | None:
    """An event's partner as udsyn.partners.models.Partner names itself: "Institution, City" or the city."""
    if partner_id is None:
        return None
    return f"{institution}, {city}" if institution is not None else city


def stream_rows(record_type: str | type[models.Model], queryset: models.QuerySet | None = None,
                left_out: Iterable[str] = ()) -> tuple[list[str], Iterator[Row]]:
    """(headers, rows as they come from the database): a million rows never sit in memory at once. Rows come in
    the order of `queryset` (a list as sorted on its page), or by id when it has none (a whole record type). Columns
    whose header is in `left_out` are left out (the public open data leaves out people and notes).

    Rows are read as plain values (values_list() of the columns' field paths, joined in the database), `CHUNK` at a
    time, not as model instances; each chunk's many-to-many names come in one query per relation (for a whole table
    read by id, the links of the chunk's id range). Most columns are a value as it is; the few others (a city with
    its country, names joined) are made here. On PostgreSQL the rows are read inside a transaction, so its
    server-side cursor streams them (outside one, Django's cursor WITH HOLD would first copy the whole result)."""
    spec, columns, queryset, paths = _plan(record_type, queryset, left_out)
    by_id = list(queryset.query.order_by) == ["pk"]
    position = {path: index for index, path in enumerate(paths)}
    plain = operator.itemgetter(*[position[c.paths[0]] if c.paths and not c.combine else 0 for c in columns])
    made = [(index, _cell_maker(column, position)) for index, column in enumerate(columns) if column.combine]
    many = [(index, ManyNames(spec.model, column.many)) for index, column in enumerate(columns) if column.many]

    def rows() -> Iterator[Row]:
        with transaction.atomic() if connection.vendor == "postgresql" else contextlib.nullcontext():
            values = queryset.prefetch_related(None).values_list(*paths).iterator(chunk_size=CHUNK)
            for chunk in batched(values, CHUNK):
                ids = [value[0] for value in chunk]
                names = [(index, relation.of(ids, by_id)) for index, relation in many]
                for value in chunk:
                    row = list(plain(value))
                    for index, make in made:
                        row[index] = make(value)
                    for index, found in names:
                        row[index] = found.get(value[0], "")
                    yield row

    return [c.header for c in columns], rows()


def _plan(record_type: str | type[models.Model], queryset: models.QuerySet | None, left_out: Iterable[str]) \
        -> tuple[RecordType, list[Column], models.QuerySet, list[str]]:
    """(record type, its columns but those `left_out`, the rows' queryset in their order, the field paths read: the
    primary key first)."""
    spec = record_type_for(record_type)
    left_out = set(left_out)
    columns = [c for c in spec.columns() if c.header not in left_out]
    if queryset is None:
        queryset = spec.model._default_manager.all()
    # Without an order of its own (a whole record type), in id order: read from the primary key's index, no sort at
    # any size.
    queryset = queryset.order_by(*(queryset.query.order_by or ()), "pk")
    paths = list(dict.fromkeys(["pk", *(p for c in columns for p in c.paths)]))
    return spec, columns, queryset, paths


def copy_csv(record_type: str | type[models.Model], out: IO[str], queryset: models.QuerySet | None = None,
             left_out: Iterable[str] = ()) -> int | None:
    """The rows write_csv(*stream_rows(...)) writes, made by PostgreSQL itself (COPY ... TO STDOUT WITH CSV, the
    way a raw dump is made) and written to `out` as they come: the same cells (formulas quoted, decimals with their
    places, ISO dates, "true"/"false", names joined with "; " in code-point order), every field quoted, lines ending
    in CRLF. Returns the number of rows, or None, having written nothing, where it cannot (another database, or a
    column whose value is made in Python only)."""
    if connection.vendor != "postgresql":
        return None
    spec, columns, queryset, paths = _plan(record_type, queryset, left_out)
    select = _csv_select(spec, columns, queryset, paths)
    if select is None:
        return None
    sql = f"COPY ({select}) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE *)"
    csv.writer(out, quoting=csv.QUOTE_ALL).writerow([cell_value(c.header) for c in columns])
    count = 0
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL DateStyle = 'ISO, YMD'")
        with cursor.cursor.copy(sql) as copy:
            for line in copy:  # libpq gives COPY's output one row at a time
                out.write(bytes(line)[:-1].decode() + "\r\n")
                count += 1
    return count


TEXT, NUMBER, DATE, BOOLEAN = "text", "number", "date", "boolean"


def _sql_values(spec: RecordType, columns: list[Column], queryset: models.QuerySet, paths: list[str]) \
        -> tuple[str, list[str]] | None:
    """(a SELECT of each column's value in the rows' order, as v0, v1, ...: text formula-safe, names joined; each
    column's kind: TEXT, NUMBER, DATE or BOOLEAN), for the database to write the cells itself; None where a column's
    value is made in Python only."""
    if any(c.combine and not c.sql for c in columns):
        return None
    names = [f"c{i}" for i in range(len(paths))]
    position = {path: names[i] for i, path in enumerate(paths)}
    by_id = list(queryset.query.order_by) == ["pk"]
    values, kinds, joins = [], [], []
    for column in columns:
        if column.many and by_id:
            # Rows in id order: each relation's names grouped once and merged in along the same order.
            alias = f"m{len(joins)}"
            joins.append(f" LEFT JOIN {ManyNames(spec.model, column.many).grouped()} {alias} ON {alias}.id = r.c0")
            values.append(_formula_safe_sql(f"{alias}.names"))
            kinds.append(TEXT)
            continue
        if column.many:
            values.append(_formula_safe_sql(ManyNames(spec.model, column.many).aggregate(position["pk"])))
            kinds.append(TEXT)
            continue
        refs = [position[path] for path in column.paths]
        if column.sql:
            values.append(_formula_safe_sql(column.sql.format(*refs)))
            kinds.append(TEXT)
            continue
        field = _field_at(spec.model, column.paths[0])
        if isinstance(field, models.DateTimeField):
            return None  # written by Python's isoformat(), which PostgreSQL's text of a timestamp is not
        if isinstance(field, models.BooleanField):
            values.append(refs[0])
            kinds.append(BOOLEAN)
        elif isinstance(field, models.CharField | models.TextField):
            values.append(_formula_safe_sql(refs[0]))
            kinds.append(TEXT)
        elif isinstance(field, models.DateField):
            values.append(refs[0])
            kinds.append(DATE)
        elif isinstance(field, models.DecimalField | models.IntegerField | models.ForeignKey | models.AutoField
                        | models.BigAutoField):
            values.append(refs[0])
            kinds.append(NUMBER)
        else:
            return None
    compiled = queryset_sql(queryset.prefetch_related(None).values_list(*paths))
    if compiled is None:
        return None  # no row to export: the row path writes the headings alone
    inner, params = compiled
    inner = connection.ops.compose_sql(inner, params)
    select = ", ".join(f"{value} AS v{i}" for i, value in enumerate(values))
    order = " ORDER BY r.c0" if by_id else ""
    return (f"SELECT {select} FROM ({inner}) AS r({', '.join(names)}){''.join(joins)}{order}",  # noqa: S608
            kinds)


def _csv_select(spec: RecordType, columns: list[Column], queryset: models.QuerySet, paths: list[str]) -> str | None:
    """The SELECT of copy_csv: each column's cell as text, as write_csv writes it; None if a column cannot be."""
    made = _sql_values(spec, columns, queryset, paths)
    if made is None:
        return None
    values, kinds = made
    text = {TEXT: "v{0}", NUMBER: "v{0}::text", DATE: "v{0}::text",  # ISO dates: copy_csv sets DateStyle
            BOOLEAN: "CASE WHEN v{0} THEN 'true' WHEN NOT v{0} THEN 'false' END"}
    cells = ", ".join(f"COALESCE({text[kind].format(i)}, '')" for i, kind in enumerate(kinds))
    return f"SELECT {cells} FROM ({values}) AS v"  # noqa: S608


# Characters XML cannot hold, which udsyn.reports.xlsxstream leaves out (tab, newline and CR excepted): COPY's text
# format writes three of them escaped (\b, \v, \f: _COPY_ESCAPES), the others as single bytes (no byte of a
# multi-byte UTF-8 character is below 0x80), and U+FFFE and U+FFFF as three bytes each.
_ILLEGAL_BYTES = bytes([*range(1, 8), *range(14, 32)])
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")


def xlsx_rows(record_type: str | type[models.Model], queryset: models.QuerySet | None = None,
              left_out: Iterable[str] = ()) -> Callable[[list[str | None]], Iterator[str]] | None:
    """On PostgreSQL, a maker of a sheet's rows (udsyn.reports.xlsxstream.Sheet's `made_rows`) that has the database
    write each row's XML, the very text Sheet writes from the rows in Python: rows of 100,000 records in a fraction
    of the time. None on other databases, or where a column's value is made in Python only."""
    from udsyn.reports.xlsxstream import MONEY_COLUMN, column_letter

    if connection.vendor != "postgresql":
        return None
    spec, columns, queryset, paths = _plan(record_type, queryset, left_out)
    made = _sql_values(spec, columns, queryset, paths)
    if made is None:
        return None
    values, kinds = made

    def rows(kinds_by_sample: list[str | None]) -> Iterator[str]:
        cells = []
        for i, (kind, sampled) in enumerate(zip(kinds, kinds_by_sample, strict=True)):
            ref, v = f"'<c r=\"{column_letter(i)}' || n || '\"'", f"v{i}"
            if kind == TEXT:
                # Characters XML cannot hold are left out as the rows come (_copy_text), at a fraction of the cost
                # of translate() or a regular expression here.
                escaped = (f"replace(replace(replace(replace({v}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), "
                           "E'\\r', '&#13;')")
                cell = (f"CASE WHEN {v} <> '' THEN {ref} || ' t=\"inlineStr\"><is><t xml:space=\"preserve\">' || "
                        f"{escaped} || '</t></is></c>' END")
            elif kind == NUMBER:
                style = ' s=\"3\"' if sampled == MONEY_COLUMN else ""
                cell = f"{ref} || '{style}><v>' || {v}::text || '</v></c>'"
            elif kind == DATE:
                cell = f"{ref} || ' s=\"2\"><v>' || ({v} - DATE '1899-12-30')::text || '</v></c>'"
            else:
                cell = f"{ref} || ' t=\"b\"><v>' || CASE WHEN {v} THEN '1' ELSE '0' END || '</v></c>'"
            cells.append(f"COALESCE({cell}, '')")
        joined = " || ".join(cells) or "''"
        sql = (f"SELECT '<row r=\"' || n || '\">' || {joined} || '</row>' "  # noqa: S608
               f"FROM (SELECT *, row_number() OVER () + 1 AS n FROM ({values}) AS v) AS numbered")
        with transaction.atomic(), connection.cursor() as cursor:
            with cursor.cursor.copy(f"COPY ({sql}) TO STDOUT") as copy:
                for line in copy:  # one row at a time; COPY's text format escapes backslash, tab and newline
                    yield _copy_text(bytes(line)[:-1].translate(None, _ILLEGAL_BYTES))

    return rows


_COPY_ESCAPES = {"\\\\": "\\", "\\n": "\n", "\\t": "\t", "\\r": "\r", "\\b": "", "\\f": "", "\\v": ""}
_COPY_ESCAPE = re.compile(r"\\[\\ntrbfv]")


def _copy_text(line: bytes) -> str:
    """A row's XML from COPY's text format (in which backslash and some control characters come escaped), the
    characters XML cannot hold left out."""
    text = line.decode()
    if "\\" in text:
        text = _COPY_ESCAPE.sub(lambda m: _COPY_ESCAPES[m.group()], text)
    if _NONCHARACTERS[0] in line or _NONCHARACTERS[1] in line:
        text = text.replace("\ufffe", "").replace("\uffff", "")
    return text


def _field_at(model: type[models.Model], path: str) -> models.Field:
    """The field a `__` path ends at ("pk": the primary key)."""
    field = None
    for part in path.split("__"):
        field = model._meta.pk if part == "pk" else model._meta.get_field(part)
        model = field.related_model or model
    return field


def _formula_safe_sql(text: str) -> str:
    """udsyn.core.cells.formula_safe in SQL: text beginning like a formula gets a quote in front. The first
    character is tested by its code (ascii(): 0 for empty text, NULL for NULL; the prefixes are one ASCII character
    each): left(text, 1) made a string of it for every cell, and the database's CPU for a whole projects export fell
    from 0.93-0.96 s to 0.77-0.89 s at 100,000 projects without it."""
    starts = ", ".join(str(ord(c)) for c in FORMULA_PREFIXES)
    return f"CASE WHEN ascii({text}) IN ({starts}) THEN '{QUOTE * 2}' || {text} ELSE {text} END"


def _cell_maker(column: Column, position: dict[str, int]) -> Callable[[tuple], Any]:
    """The cell of a column whose values are combined (a city with its country)."""
    indexes = [position[path] for path in column.paths]
    combine = column.combine
    return lambda values: combine(*(values[i] for i in indexes))


class ManyNames:
    """The names of a many-to-many relation of many objects, as "A; B" (sorted, so exports are stable)."""

    def __init__(self, model: type[models.Model], relation: str) -> None:
        field = model._meta.get_field(relation)
        through, target = field.remote_field.through._meta, field.related_model._meta
        quote = connection.ops.quote_name
        self.source = f"t.{quote(through.get_field(field.m2m_field_name()).column)}"
        linked = f"t.{quote(through.get_field(field.m2m_reverse_field_name()).column)}"
        self.sql = (f"SELECT {self.source}, o.{quote('name')} FROM {quote(through.db_table)} t "  # noqa: S608
                    f"JOIN {quote(target.db_table)} o ON o.{quote(target.pk.column)} = {linked}")

    def _names_sql(self) -> str:
        """string_agg of the linked names as of() joins them: "A; B", sorted by code point."""
        name = f"o.{connection.ops.quote_name('name')}::text"
        return f"string_agg({name}, '; ' ORDER BY {name} COLLATE \"C\")"

    def aggregate(self, source: str) -> str:
        """The names of the objects linked to the row whose primary key is `source`, in SQL (NULL for none)."""
        return f"(SELECT {self._names_sql()} {self.sql[self.sql.index('FROM'):]} WHERE {self.source} = {source})"

    def grouped(self) -> str:
        """(id, names) of every object that has links, in SQL, ordered by id (to be merged with rows in id order)."""
        return (f"(SELECT {self.source} AS id, {self._names_sql()} AS names {self.sql[self.sql.index('FROM'):]} "
                f"GROUP BY {self.source})")

    def of(self, ids: list[Any], by_id: bool) -> dict[Any, str]:
        """{id: names} for `ids`: read by their range when they come in id order (an index range, no list)."""
        if not ids:
            return {}
        if by_id:
            where, params = f"{self.source} BETWEEN %s AND %s", [ids[0], ids[-1]]
        elif connection.vendor == "postgresql":
            where, params = f"{self.source} = ANY(%s)", [ids]
        else:
            where, params = f"{self.source} IN ({', '.join(['%s'] * len(ids))})", ids
        found: dict[Any, list[str]] = {}
        with connection.cursor() as cursor:
            cursor.execute(f"{self.sql} WHERE {where}", params)
            for pk, name in cursor.fetchall():
                found.setdefault(pk, []).append(str(name))
        return {pk: "; ".join(sorted(names)) for pk, names in found.items()}


def batched(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """`rows` in lists of `size` (the last one shorter); itertools.batched from Python 3.12."""
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def export_rows(record_type: str | type[models.Model], queryset: models.QuerySet | None = None,
                left_out: Iterable[str] = ()) -> Table:
    """(headers, rows) for a record type; `queryset` narrows it (e.g. a FilterSet's result)."""
    headers, rows = stream_rows(record_type, queryset, left_out)
    return headers, list(rows)


def export_tables(types: Iterable[str] | None = None, *, stream: bool = False,
                  narrow: Callable[[models.QuerySet], models.QuerySet] | None = None) -> dict[str, Table]:
    """{record type: (headers, rows)} for the given types (all by default); with `stream`, rows are iterators
    that read the database as they are written (udsyn export: flat memory at any size); `narrow` narrows each
    type's records (udsyn export --municipality)."""
    read = stream_rows if stream else export_rows
    tables = {}
    for key in types or record_types():
        queryset = record_type_for(key).model._default_manager.all()
        tables[key] = read(key, narrow(queryset) if narrow else None)
    return tables


# -- writers -----------------------------------------------------------------------------------

def text_value(value: Any) -> str:
    """A cell as text: exact decimals, ISO dates, empty for None."""
    kind = value.__class__
    if kind is str:  # most cells: asked first
        return value
    if value is None:
        return ""
    if kind is int:
        return str(value)
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


def cell_value(value: Any) -> Any:
    """A value for a spreadsheet cell: text that a spreadsheet would run as a formula is quoted
    (udsyn.core.cells); numbers and dates are data and stay as they are."""
    if isinstance(value, int | float | Decimal | dt.date):
        return value
    return formula_safe(value if value is None or isinstance(value, str) else str(value))


def write_csv(headers: list[str], rows: Iterable[Row], out: IO[str]) -> None:
    """Every field quoted (a ';' in a name cannot open a new cell in Danish Excel), formulas neutralised."""
    writer = csv.writer(out, quoting=csv.QUOTE_ALL)
    writer.writerow([cell_value(h) for h in headers])
    writer.writerows([(QUOTE + v if v.startswith(FORMULA_PREFIXES) else v) if v.__class__ is str
                      else v if v.__class__ in CSV_AS_IS else text_value(cell_value(v)) for v in row]
                     for row in rows)


# Values the csv module writes as text_value(cell_value(value)) would (str(int), ISO dates, "" for None): passed to it
# as they are. Text is checked for formulas inline above; the rest goes through text_value(cell_value()).
CSV_AS_IS = frozenset({int, dt.date, type(None)})


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
    """One JSON object keyed by record type; each a list of objects keyed by column header. Written row by row."""
    out.write("{")
    for index, (key, (headers, rows)) in enumerate(tables.items()):
        out.write(("," if index else "") + f"\n  {json.dumps(key, ensure_ascii=False)}: [")
        for number, row in enumerate(rows):
            item = {h: json_value(v) for h, v in zip(headers, row, strict=True)}
            out.write(("," if number else "") + "\n    " + json.dumps(item, ensure_ascii=False))
        out.write("\n  ]")
    out.write("\n}\n")


def write_xlsx(tables: dict[str, Table], out: str | Path | IO[bytes],
               made: dict[str, Callable[[list[str | None]], Iterable[str]] | None] | None = None) -> None:
    """One sheet per record type, header row bold and frozen; dates as dates, decimals as numbers.

    Written as a stream (udsyn.reports.xlsxstream), row by row, one sheet after the other, so memory stays flat
    whatever the number of rows; a column's number format and width are decided from its first 200 rows. Text that
    would run as a formula is quoted (udsyn.core.cells). `made`: the types whose rows the database writes
    (xlsx_rows), the rows in `tables` then only lending the first of them to decide formats and widths."""
    from udsyn.reports.xlsxstream import Sheet, write_workbook

    made = made or {}
    write_workbook([Sheet(key[:31], headers, rows, measure=text_value, made_rows=made.get(key))
                    for key, (headers, rows) in tables.items()], out)
