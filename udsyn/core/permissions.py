"""Who may see and change what. One set of rules for the web application, the API and the command line.

- installation administrator (and Django superusers): manages municipalities, users and the shared reference data
  (cities, programmes, exchange rates, organisations); the only role that sees across municipalities;
- municipality administrator: every record of its own municipality, its settings, what it publishes as open data and
  its users (udsyn.accounts.views: invite, change role, deactivate; not their own, not an installation administrator);
- coordinator: every record of its own municipality;
- department editor: records owned by its own department (reads all of its municipality's);
- reader: reads its own municipality's records;
- regional reader: reads the records of every municipality in its region; writes nothing.

Which records a user may see at all is decided in one place, udsyn.core.registry.visible_to, from
`visible_municipalities` below; the rules here say what a user may change among what it sees.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from udsyn.core.models import department_model, municipality_model
from udsyn.core.roles import MUNICIPALITY_WIDE_ROLES, READ_ONLY_ROLES, Role


def _municipality_of(department: Any) -> int | None:
    return getattr(department, "municipality_id", None)


def is_installation_admin(user: Any) -> bool:
    """The installation's administrators: they see every municipality and keep the shared reference data."""
    return bool(user and user.is_authenticated
                and (user.is_superuser or user.role == Role.INSTALLATION_ADMIN))


def is_municipality_admin(user: Any, municipality_id: int | None) -> bool:
    """An administrator of that municipality (installation administrators count for every municipality)."""
    if is_installation_admin(user):
        return True
    return bool(user and user.is_authenticated and user.role == Role.ADMINISTRATOR
                and municipality_id is not None and user.municipality_id == municipality_id)


def visible_municipalities(user: Any) -> QuerySet | list[int] | None:
    """The municipalities whose records `user` may read: None for all of them (installation administrators),
    else their ids (a list or a subquery); an empty list for a user of no municipality."""
    if not user or not user.is_authenticated:
        return []
    if is_installation_admin(user):
        return None
    if user.role == Role.REGIONAL_READER:
        region_id = getattr(user, "region_id", None)
        if region_id is not None:
            return municipality_model().objects.filter(region_id=region_id).values("pk")
    return [user.municipality_id] if user.municipality_id is not None else []


def sees_one_municipality(user: Any) -> bool:
    """Does `user` read one municipality's records at most (most users: not a region's reader or an installation
    administrator)? A choice of municipality offers such a user nothing."""
    municipalities = visible_municipalities(user)
    return isinstance(municipalities, list) and len(municipalities) <= 1


def can_edit_department(user: Any, department: Any) -> bool:
    """May `user` create or change records owned by `department`?"""
    if not user.is_authenticated or department is None:
        return False
    if is_installation_admin(user):
        return True
    if user.role in MUNICIPALITY_WIDE_ROLES:
        return user.municipality_id is not None and _municipality_of(department) == user.municipality_id
    if user.role == Role.EDITOR:
        return user.department_id is not None and department.pk == user.department_id
    return False


def can_edit(user: Any, record: Any) -> bool:
    return can_edit_department(user, record.department)


def is_reference_manager(user: Any) -> bool:
    """Shared reference data (cities, organisations, programmes, exchange rates) takes effect for every municipality:
    only installation administrators change it."""
    return is_installation_admin(user)


# Roles a municipality administrator gives the users of its municipality (the installation's own roles, and the
# regional reader who belongs to no municipality, are given in the admin site).
MUNICIPALITY_ROLES = (Role.ADMINISTRATOR, Role.COORDINATOR, Role.EDITOR, Role.READER)


def can_manage_users(user: Any) -> bool:
    """Municipality administrators manage the users of their municipality (the Users pages); installation
    administrators every municipality's."""
    return bool(user and user.is_authenticated and (is_installation_admin(user) or (
        user.role == Role.ADMINISTRATOR and user.municipality_id is not None)))


def can_manage_user(user: Any, target: Any) -> bool:
    """May `user` change `target`'s role, department or active state? Not their own (no one locks themselves out),
    not an installation administrator's (unless they are one), only within their municipality."""
    if not can_manage_users(user) or target.pk == user.pk:
        return False
    if is_installation_admin(user):
        return True
    return (not is_installation_admin(target) and target.role in MUNICIPALITY_ROLES
            and target.municipality_id == user.municipality_id)


def can_create(user: Any) -> bool:
    """Everyone logged in who is not a reader may create records (of the departments they may edit)."""
    return bool(user.is_authenticated and (is_installation_admin(user) or user.role not in READ_ONLY_ROLES))


def edits_own_department(user: Any) -> bool:
    """Whether `user` may edit records of its own department, known without a query (a list page asks it to offer
    "Add"): editors theirs, coordinators and administrators their municipality's, which their department is part
    of (User.save keeps the two together), installation administrators every department."""
    if getattr(user, "department_id", None) is None:
        return False
    return is_installation_admin(user) or user.role == Role.EDITOR or (
        user.role in MUNICIPALITY_WIDE_ROLES and user.municipality_id is not None)


def editable_departments(user: Any) -> QuerySet:
    departments = department_model().objects.select_related("municipality")
    if is_installation_admin(user):
        return departments
    if user.role in MUNICIPALITY_WIDE_ROLES and user.municipality_id:
        return departments.filter(municipality_id=user.municipality_id)
    if user.role == Role.EDITOR and user.department_id:
        return departments.filter(pk=user.department_id)
    return departments.none()
