from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from udsyn.core.admin import RecordAdmin, register_remaining

from .models import Programme, Project


@admin.register(Programme)
class ProgrammeAdmin(SimpleHistoryAdmin):
    list_display = ("name", "family", "is_eu")
    list_filter = ("family", "is_eu")
    search_fields = ("name", "family")


@admin.register(Project)
class ProjectAdmin(RecordAdmin):
    list_display = ("name", "acronym", "programme", "role", "status", "department", "external_funding",
                    "budget_currency", "start", "end")
    list_filter = ("status", "role", "programme", "department", "source_kind")
    search_fields = ("name", "acronym", "description")
    autocomplete_fields = ("lead_organisation",)
    filter_horizontal = ("partners",)


register_remaining("projects")
