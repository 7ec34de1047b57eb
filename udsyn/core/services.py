"""Writes to the register. Each runs in one transaction and leaves history: who, when, what, from where."""

from __future__ import annotations

from typing import Any

from django.contrib.admin.utils import NestedObjects
from django.core.exceptions import PermissionDenied
from django.db import models, router, transaction
from django.utils.translation import gettext as _

from udsyn.core import history
from udsyn.core.permissions import can_create, can_edit, can_edit_department


class EditConflict(Exception):
    """Someone else saved the record after the editor loaded it."""

    def __init__(self, record: models.Model, expected: int):
        self.record = record
        self.expected = expected
        super().__init__(
            _("%(record)s was changed by someone else while you edited it (version %(now)s, you had %(had)s).")
            % {"record": record, "now": record.version, "had": expected}
        )


def _check_department(acting_user: Any, department: Any) -> None:
    if not can_create(acting_user) or not can_edit_department(acting_user, department):
        raise PermissionDenied(_("You may not change records owned by %(department)s.") % {"department": department})


def _set_fields(record: models.Model, data: dict[str, Any]) -> dict[str, Any]:
    """Assign plain fields; return many-to-many values to set after saving."""
    many = {}
    for name, value in data.items():
        field = record._meta.get_field(name)
        if field.many_to_many:
            many[name] = value
        else:
            setattr(record, field.attname if field.is_relation and not isinstance(value, models.Model) else name,
                    value)
    return many


def _save(record: models.Model, many: dict[str, Any], acting_user: Any, reason: str) -> None:
    before = {n: {o.pk for o in getattr(record, n).all()} for n in many} if record.pk else {}
    record.full_clean()
    record._history_user = acting_user
    record._change_reason = reason
    record.save()
    for name, values in many.items():
        getattr(record, name).set(values)
    # simple_history keeps plain fields only; name the many-to-many values that changed in the change reason so
    # "who added which representative" stays answerable from the history.
    changed = {n: [str(o) for o in v] for n, v in many.items()
               if {getattr(o, "pk", o) for o in v} != before.get(n, set())}
    if changed:
        latest = record.history.latest()
        latest.history_change_reason = history.with_related(reason, changed)
        latest.save(update_fields=["history_change_reason"])


def record_create(*, model: type[models.Model], data: dict[str, Any], acting_user: Any,
                  reason: str = "") -> models.Model:
    with transaction.atomic():
        record = model()
        many = _set_fields(record, data)
        _check_department(acting_user, record.department)
        _save(record, many, acting_user, reason or history.reason(history.CREATED))
    return record


def record_update(*, record: models.Model, data: dict[str, Any], expected_version: int,
                  acting_user: Any, reason: str = "") -> models.Model:
    """Change a record unless someone else saved it since `expected_version` was read.

    The row is locked for the transaction (SELECT ... FOR UPDATE on PostgreSQL; on
    SQLite the IMMEDIATE transaction already holds the write lock), so two editors
    with the same version cannot both win.
    """
    with transaction.atomic():
        current = type(record).objects.select_for_update().get(pk=record.pk)
        if not can_edit(acting_user, current):
            raise PermissionDenied(_("You may not change this record."))
        if current.version != expected_version:
            raise EditConflict(current, expected_version)
        many = _set_fields(current, data)
        _check_department(acting_user, current.department)
        current.version += 1
        _save(current, many, acting_user, reason or history.reason(history.CHANGED))
    return current


def _cascade(record: models.Model) -> list[models.Model]:
    """The record and every register record a delete would take with it (e.g. a strategy's goals)."""
    collector = NestedObjects(using=router.db_for_write(type(record)))
    collector.collect([record])
    return [obj for objs in collector.data.values() for obj in objs if hasattr(obj, "department_id")]


def record_delete(*, record: models.Model, acting_user: Any, expected_version: int | None = None) -> None:
    with transaction.atomic():
        current = type(record).objects.select_for_update().get(pk=record.pk)
        if not all(can_edit(acting_user, doomed) for doomed in _cascade(current)):
            raise PermissionDenied(_("You may not delete this record: it holds records of other departments."))
        if expected_version is not None and current.version != expected_version:
            raise EditConflict(current, expected_version)
        current._history_user = acting_user
        current.delete()
