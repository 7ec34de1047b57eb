"""The record types of the register, NetBox style: apps tell core about their models, so core's generic pages and
API work on every record type without importing any app.

    registry.register(Person, scope="municipality", create=can_create, edit=lambda user, person: ...)

Scope: which municipality a row belongs to. `visible_to(user, queryset)` is the one place that decides which rows of a
queryset a user may see, and it decides from the model's scope:

- a lookup path to the municipality ("department__municipality", "batch__municipality", "pk" for the municipality
  itself): the row is seen by users of that municipality (and by regional readers of its region, and by installation
  administrators);
- SHARED: reference data every logged-in user reads (cities, organisations, programmes, exchange rates);
- a function (user, queryset) → queryset, for rows that belong to something else (a user's saved filters).

Register records (subclasses of udsyn.core.models.Record) declare their path on the class (`municipality_path`, the
owning department's municipality); every other model must be registered with a scope. `visible_to` refuses a model
with none (UnscopedModel), so a new model cannot be served to users before someone decided who sees it.

`user_can_create` / `user_can_edit` answer for every model: a registered rule first; otherwise register records
follow the department rules of udsyn.core.permissions, and shared reference data is kept by installation
administrators.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models import QuerySet

from udsyn.core import permissions
from udsyn.core.models import Record

Scope = str | Callable[[Any, QuerySet], QuerySet]
SHARED = "shared"  # reference data: every logged-in user reads it


class UnscopedModel(ImproperlyConfigured):
    """A model was about to be shown to a user before anyone declared which municipality its rows belong to."""


@dataclass(frozen=True)
class RecordType:
    """What an app told core about one of its models."""

    model: type[models.Model]
    may_create: Callable[[Any], bool] | None = None
    may_edit: Callable[[Any, Any], bool] | None = None
    scope: Scope | None = None


_TYPES: dict[type[models.Model], RecordType] = {}


def register(model: type[models.Model], *, scope: Scope | None = None, create: Callable[[Any], bool] | None = None,
             edit: Callable[[Any, Any], bool] | None = None) -> RecordType:
    """Tell core about `model`: its scope (see the module's docstring) and, when it has its own, who may create and
    edit it (e.g. people: any editor adds them). Registering again adds to what was registered."""
    current = _TYPES.get(model) or RecordType(model)
    changes = {name: value for name, value in (("scope", scope), ("may_create", create), ("may_edit", edit))
               if value is not None}
    _TYPES[model] = replace(current, **changes)
    return _TYPES[model]


def record_type(model: type[models.Model] | models.Model) -> RecordType:
    """The registered facts about `model` (a model or an instance), or the defaults."""
    model = model if isinstance(model, type) else type(model)
    return _TYPES.get(model) or RecordType(model)


def is_record(model: type[models.Model] | models.Model) -> bool:
    """A register record (owned by a department, versioned): written through udsyn.core.services."""
    model = model if isinstance(model, type) else type(model)
    return issubclass(model, Record)


def scope_of(model: type[models.Model]) -> Scope:
    """The model's declared scope; UnscopedModel when it has none."""
    scope = record_type(model).scope or getattr(model, "municipality_path", None)
    if scope is None:
        raise UnscopedModel(
            f"{model._meta.label} has no declared scope: register it with udsyn.core.registry.register(model, "
            f"scope=...) (a path to its municipality, SHARED, or a function) before showing it to users.")
    return scope


def has_scope(model: type[models.Model]) -> bool:
    try:
        scope_of(model)
    except UnscopedModel:
        return False
    return True


def municipality_path(model: type[models.Model]) -> str | None:
    """The lookup from `model` to its municipality, or None for shared data and models scoped otherwise."""
    scope = scope_of(model)
    return scope if isinstance(scope, str) and scope != SHARED else None


def in_municipalities(queryset: QuerySet, municipalities: Iterable[int] | QuerySet | None) -> QuerySet:
    """The rows of `queryset` that belong to `municipalities` (ids or a subquery; None: all). Shared data is
    everyone's. The command line's --municipality and the public open data narrow through this, as visible_to does."""
    scope = scope_of(queryset.model)
    if municipalities is None or scope == SHARED:
        return queryset
    if callable(scope):
        raise UnscopedModel(f"{queryset.model._meta.label} does not belong to a municipality.")
    return queryset.filter(**{f"{scope}__in": municipalities})


def visible_to(user: Any, queryset: QuerySet) -> QuerySet:
    """The rows of `queryset` that `user` may see: those of the municipalities the user belongs to (installation
    administrators: all; regional readers: their region's), shared reference data for everyone logged in, nothing for
    anyone not logged in. Every page, the API, the exports, the reports and the search read through this."""
    scope = scope_of(queryset.model)
    if user is None or not user.is_authenticated:
        return queryset.none()
    if callable(scope):
        return scope(user, queryset)
    return in_municipalities(queryset, permissions.visible_municipalities(user))


def visible_or_none(user: Any, model: type[models.Model], pk: Any) -> models.Model | None:
    """The `model` row `pk` when `user` may see it, else None (a related row chosen in a form or a request)."""
    return visible_to(user, model._default_manager.all()).filter(pk=pk).first()


def user_can_create(user: Any, model: type[models.Model]) -> bool:
    rule = record_type(model).may_create
    if rule is not None:
        return rule(user)
    if is_record(model):
        return permissions.can_create(user) and (permissions.edits_own_department(user)
                                                 or permissions.editable_departments(user).exists())
    return permissions.is_reference_manager(user)


def user_can_edit(user: Any, record: models.Model) -> bool:
    rule = record_type(record).may_edit
    if rule is not None:
        return rule(user, record)
    if is_record(record):
        return permissions.can_edit(user, record)
    return permissions.is_reference_manager(user)


# ---------------------------------------------------------------------------------------------------------------
# Downloading a list as the user filtered it. The app that knows the export formats (reports) registers itself;
# core's list pages offer the download for every model it supports.
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Exporter:
    formats: tuple[str, ...]
    supports: Callable[[type[models.Model]], bool]
    download: Callable[[type[models.Model], QuerySet, str], Any]  # → an HttpResponse with the file


_EXPORTER: list[Exporter] = []


def register_exporter(exporter: Exporter) -> None:
    _EXPORTER[:] = [exporter]


def exporter_for(model: type[models.Model]) -> Exporter | None:
    """The registered exporter when it can write `model`'s records, else None."""
    return next((e for e in _EXPORTER if e.supports(model)), None)
