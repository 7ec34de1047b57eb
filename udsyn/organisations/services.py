"""Writes to the municipality and its departments: the texts of the mapping and the municipality's look.

Each service checks who may write, validates, saves in one transaction and leaves history (who, when, why).
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.translation import gettext as _

from udsyn.core import history
from udsyn.core.permissions import can_edit_department, is_installation_admin, is_municipality_admin
from udsyn.core.roles import MUNICIPALITY_WIDE_ROLES

from .models import Department, Municipality

MUNICIPALITY_FIELDS = ("work_organisation", "policies", "political_handling", "logo", "accent_colour")
PUBLICATION_FIELDS = ("published_types",)
DEPARTMENT_FIELDS = ("committee", "work_organisation", "policies", "political_handling")


def can_edit_municipality(user: Any, municipality: Municipality) -> bool:
    """The municipality's administrators and coordinators keep its texts and its look (installation administrators
    every municipality's)."""
    if not user.is_authenticated:
        return False
    if is_installation_admin(user):
        return True
    return user.role in MUNICIPALITY_WIDE_ROLES and user.municipality_id == municipality.pk


def can_publish(user: Any, municipality: Municipality) -> bool:
    """What a municipality publishes as open data is its administrators' decision."""
    return is_municipality_admin(user, municipality.pk)


def can_edit_person(user: Any, person: Any) -> bool:
    """A person of a department: that department's editors (and the municipality's coordinators); one of no
    department: the coordinators and administrators of its municipality."""
    if is_installation_admin(user):
        return True
    if person.department_id is not None:
        return can_edit_department(user, person.department)
    return (user.is_authenticated and user.role in MUNICIPALITY_WIDE_ROLES
            and person.municipality_id is not None and person.municipality_id == user.municipality_id)


def _save(record: models.Model, data: dict[str, Any], allowed: tuple[str, ...], acting_user: Any,
          reason: str) -> models.Model:
    unknown = set(data) - set(allowed)
    if unknown:
        raise ValueError(f"Not editable here: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        for name, value in data.items():
            setattr(record, name, value)
        record.full_clean()
        record._history_user = acting_user
        record._change_reason = reason or history.reason(history.CHANGED)
        record.save()
    return record


def municipality_update(*, municipality: Municipality, data: dict[str, Any], acting_user: Any,
                        reason: str = "") -> Municipality:
    """Change the municipality's texts for the mapping, its logo or its accent colour."""
    if not can_edit_municipality(acting_user, municipality):
        raise PermissionDenied(_("Only the municipality's coordinators may change its settings."))
    if set(data) & set(PUBLICATION_FIELDS) and not can_publish(acting_user, municipality):
        raise PermissionDenied(_("Only the municipality's administrators decide what it publishes as open data."))
    return _save(municipality, data, MUNICIPALITY_FIELDS + PUBLICATION_FIELDS, acting_user, reason)


def department_update(*, department: Department, data: dict[str, Any], acting_user: Any,
                      reason: str = "") -> Department:
    """Change a department's committee and its texts for the mapping."""
    if not can_edit_department(acting_user, department):
        raise PermissionDenied(_("You may not change %(department)s.") % {"department": department})
    return _save(department, data, DEPARTMENT_FIELDS, acting_user, reason)
