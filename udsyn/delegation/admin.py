from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from udsyn.core.admin import RecordAdmin, register_remaining

from .models import AgendaItem, DelegationRequest, Desk, Letter


@admin.register(Desk)
class DeskAdmin(RecordAdmin):
    list_display = ("municipality", "department", "is_open", "min_lead_days", "retention_days")


@admin.register(DelegationRequest)
class DelegationRequestAdmin(RecordAdmin):
    list_display = ("organisation_name", "country", "level", "size", "preferred_start", "status", "suggestion",
                    "department")
    list_filter = ("status", "suggestion", "level", "department", "source_kind")
    search_fields = ("organisation_name", "city_name", "wishes")
    date_hierarchy = "submitted_at"
    readonly_fields = ("version", "created_at", "updated_at", "reference", "client_hash")


@admin.register(AgendaItem)
class AgendaItemAdmin(SimpleHistoryAdmin):
    list_display = ("request", "starts_at", "topic", "place", "host")


@admin.register(Letter)
class LetterAdmin(SimpleHistoryAdmin):
    list_display = ("request", "kind", "language", "sent_at")
    list_filter = ("kind", "language")


register_remaining("delegation")
