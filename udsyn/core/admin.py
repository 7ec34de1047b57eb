"""Admin for the shared pieces, and the base every register record's admin uses."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import ExchangeRate
from .permissions import is_installation_admin


def installation_admins_only(request) -> bool:
    """The admin site shows every municipality's data unscoped: it is for the installation's administrators alone
    (a municipality's administrator works in the web application, scoped to its municipality)."""
    user = request.user
    return bool(user.is_active and user.is_staff and is_installation_admin(user))


admin.site.has_permission = installation_admins_only


class RecordAdmin(SimpleHistoryAdmin):
    """Register records in the admin: history with the acting user, and a new version on every change so that a
    web form opened before an admin edit is refused instead of silently overwriting it."""

    list_filter: Any = ("department", "source_kind")
    readonly_fields: Any = ("version", "created_at", "updated_at")

    def save_model(self, request, obj, form, change) -> None:
        if change:
            obj.version += 1
        obj._history_user = request.user
        super().save_model(request, obj, form, change)


def register_remaining(app_label: str) -> None:
    """Register the app's models that have no admin of their own yet, so every model is reachable."""
    for model in apps.get_app_config(app_label).get_models():
        if not admin.site.is_registered(model) and not model.__name__.startswith("Historical"):
            base = SimpleHistoryAdmin if hasattr(model, "history") else admin.ModelAdmin
            admin.site.register(model, base)


@admin.register(ExchangeRate)
class ExchangeRateAdmin(SimpleHistoryAdmin):
    list_display = ("currency", "date", "dkk_per_unit", "note")
    list_filter = ("currency",)
    date_hierarchy = "date"


register_remaining("core")
