"""The API's default permission (settings.REST_FRAMEWORK). A module of its own: DRF imports it while it loads its own
views, before udsyn.core.api (which builds on those views) can be imported."""

from __future__ import annotations

from rest_framework import permissions

from udsyn.core.permissions import can_create
from udsyn.core.registry import user_can_edit


class RecordPermission(permissions.BasePermission):
    """Everyone logged in reads (what visible_to lets them see); writes follow the rules the registry gives each model
    (register records: the department rules of udsyn.core.permissions), as on the web pages."""

    def has_permission(self, request, view) -> bool:
        if not request.user or not request.user.is_authenticated:
            return False
        return request.method in permissions.SAFE_METHODS or can_create(request.user)

    def has_object_permission(self, request, view, obj) -> bool:
        return request.method in permissions.SAFE_METHODS or user_can_edit(request.user, obj)
