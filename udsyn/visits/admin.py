from django.contrib import admin

from udsyn.core.admin import RecordAdmin, register_remaining

from .models import Event, Visit


@admin.register(Visit)
class VisitAdmin(RecordAdmin):
    list_display = ("start", "end", "direction", "city", "organisation", "size", "status", "department")
    list_filter = ("direction", "status", "department", "source_kind")
    search_fields = ("theme", "notes", "city__name", "organisation__name")
    date_hierarchy = "start"


@admin.register(Event)
class EventAdmin(RecordAdmin):
    list_display = ("name", "kind", "date", "participants", "department")
    list_filter = ("kind", "department", "source_kind")
    search_fields = ("name", "description")
    date_hierarchy = "date"


register_remaining("visits")
