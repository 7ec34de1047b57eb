"""Who sees which requests. Every page and API view of the desk takes its requests from `visible_requests`, so a
request of another municipality (or another department's queue) is a 404, never a 403 that tells it exists.

- installation administrators: every municipality's requests;
- municipality administrators and coordinators: every request of their municipality, and they keep its desk and
  rules;
- department editors: their department's queue (requests referred to it or hosted by it);
- readers, regional readers and users of no municipality: no requests (they hold personal data), only the
  statistics.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from udsyn.core.permissions import can_create, can_edit, can_edit_department, is_installation_admin
from udsyn.core.registry import visible_to
from udsyn.core.roles import MUNICIPALITY_WIDE_ROLES, Role

from .models import DelegationRequest, Desk


def is_administrator(user: Any) -> bool:
    """Sees every municipality's desk: the installation's administrators."""
    return is_installation_admin(user)


def is_coordinator(user: Any) -> bool:
    return is_administrator(user) or (user.is_authenticated and user.role in MUNICIPALITY_WIDE_ROLES
                                      and user.municipality_id is not None)


def in_users_municipality(queryset: QuerySet, user: Any, path: str = "department__municipality") -> QuerySet:
    """The rows of `queryset` in the user's municipality (`path` leads to it); all of them for administrators."""
    if is_administrator(user):
        return queryset
    if not user.is_authenticated or user.municipality_id is None:
        return queryset.none()
    return queryset.filter(**{f"{path}_id": user.municipality_id})


def visible_requests(user: Any) -> QuerySet:
    # Through core's one visibility hook first (the register's isolation rules), then the desk's own need-to-know.
    requests = in_users_municipality(visible_to(user, DelegationRequest.objects.all()), user)
    if is_coordinator(user):
        return requests
    if user.is_authenticated and user.role == Role.EDITOR and user.department_id:
        return requests.filter(department_id=user.department_id)
    return requests.none()


def visible_desks(user: Any) -> QuerySet:
    desks = visible_to(user, Desk.objects.select_related("municipality", "department"))
    return in_users_municipality(desks, user, "municipality")


def may_handle(user: Any, request: DelegationRequest) -> bool:
    """Decide on the request, plan its programme, mark it held, follow it up: the owning department's rules
    (coordinators: every department of the municipality; editors: their own department's queue)."""
    return can_edit(user, request)


def may_keep_rules(user: Any, desk: Desk) -> bool:
    return is_coordinator(user) and can_edit(user, desk)


def may_enter_requests(user: Any, desk: Desk) -> bool:
    """Enter a request that came by e-mail, telephone, letter or in person: whoever may change the desk department's
    records (the municipality's coordinators, that department's editors)."""
    return can_create(user) and can_edit_department(user, desk.department)
