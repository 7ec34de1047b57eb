"""A register list downloaded from its page, for the person reading it: the open-data columns (udsyn.reports.exports)
headed and filled in the reader's language. Column names are the fields' own (translated) names, choices show their
labels ("Leadpartner", not "lead"), yes/no are words and programme names read as on the pages ("Kommunens eget
budget"). The open data and `udsyn export` keep their stable English headers and codes, which other programs read;
the sheet import reads either (udsyn.imports.sheets)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from udsyn.core.generic import verbose
from udsyn.projects.models import programme_label

from . import exports

Convert = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _field_chain(model: type[models.Model], path: str) -> list[models.Field]:
    """The fields a `__` path goes through, from `model` on."""
    chain = []
    for part in path.split("__"):
        field = model._meta.get_field(part)
        chain.append(field)
        model = field.related_model or model
    return chain


def _choices(field: models.Field) -> Convert:
    labels = {code: str(label) for code, label in field.flatchoices}
    return lambda value: labels.get(value, value)


def _yes_no(value: Any) -> Any:
    return None if value is None else (_("Yes") if value else _("No"))


def _programme(value: Any) -> Any:
    return programme_label(value) if value else value


def _label(field: models.Field) -> str:
    """The field's name for a column heading, in the reader's language (core.generic.verbose)."""
    return capfirst(verbose(field.model, field.name))


def _column(model: type[models.Model], column: exports.Column) -> tuple[str, Convert]:
    """(header, how a value of the column reads) for one column of the open-data table."""
    if column.paths == ("pk",):
        return "ID", _same
    if column.many:
        return _label(model._meta.get_field(column.many)), _same
    chain = _field_chain(model, column.paths[0])
    if column.combine or (len(chain) > 1 and chain[-1].name == "name"):
        # A related record by its name (a city with its country, an event's partner): the relation's own name.
        named = chain[-2] if not column.combine and len(chain) > 1 else chain[0]
        convert = _programme if named.name == "programme" else _same
        return _label(named), convert
    field = chain[-1]
    if field.choices and not field.name.endswith("currency"):  # a currency keeps its code (DKK) to reckon with
        convert = _choices(field)
    elif isinstance(field, models.BooleanField):
        convert = _yes_no
    elif field.name == "family" and field.model._meta.model_name == "programme":
        convert = _programme
    else:
        convert = _same
    return _label(field), convert


def readable(model: type[models.Model], rows: Iterable[list[Any]]) -> tuple[list[str], list[list[Any]]]:
    """The list's rows (as exports.stream_rows gives them for `model`) with headers and values in words."""
    columns = [_column(model, column) for column in exports.record_type_for(model).columns()]
    converts = [convert for _header, convert in columns]
    return [header for header, _convert in columns], [
        [convert(value) for convert, value in zip(converts, row, strict=True)] for row in rows]
