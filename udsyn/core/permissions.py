"""Who may change what. One set of rules for the web application and the API.

- administrator: everything;
- coordinator: every record of their municipality;
- department editor: records owned by their own department (reads all);
- reader: reads only.
"""

from __future__ import annotations

from typing import Any

from rest_framework import permissions

from udsyn.accounts.models import Role


def _municipality_of(department: Any) -> int | None:
    return getattr(department, "municipality_id", None)


def can_edit_department(user: Any, department: Any) -> bool:
    """May `user` create or change records owned by `department`?"""
    if not user.is_authenticated or department is None:
        return False
    if user.is_superuser or user.role == Role.ADMINISTRATOR:
        return True
    if user.role == Role.COORDINATOR:
        return user.department_id is not None and _municipality_of(department) == user.municipality_id
    if user.role == Role.EDITOR:
        return user.department_id is not None and department.pk == user.department_id
    return False


def can_edit(user: Any, record: Any) -> bool:
    return can_edit_department(user, record.department)


def can_create(user: Any) -> bool:
    return user.is_authenticated and (user.is_superuser or user.role != Role.READER)


def editable_departments(user: Any):
    from udsyn.organisations.models import Department

    departments = Department.objects.select_related("municipality")
    if user.is_superuser or user.role == Role.ADMINISTRATOR:
        return departments
    if user.role == Role.COORDINATOR and user.department_id:
        return departments.filter(municipality_id=user.municipality_id)
    if user.role == Role.EDITOR and user.department_id:
        return departments.filter(pk=user.department_id)
    return departments.none()


class RecordPermission(permissions.BasePermission):
    """API: everyone logged in reads; writes follow the department rules above."""

    def has_permission(self, request, view) -> bool:
        if not request.user or not request.user.is_authenticated:
            return False
        return request.method in permissions.SAFE_METHODS or can_create(request.user)

    def has_object_permission(self, request, view, obj) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        owner = getattr(obj, "department", None)
        if owner is None:  # shared reference data (organisations, cities): coordinators and up
            return request.user.is_superuser or request.user.role in (Role.ADMINISTRATOR, Role.COORDINATOR)
        return can_edit(request.user, obj)
