from django.contrib import admin

from udsyn.core.admin import RecordAdmin, register_remaining

from .models import Partner


@admin.register(Partner)
class PartnerAdmin(RecordAdmin):
    list_display = ("city", "institution", "kind", "department", "signed_on", "ended_on")
    list_filter = ("kind", "department", "city__country", "source_kind")
    search_fields = ("city__name", "institution__name", "themes", "activities")
    autocomplete_fields = ("city", "institution")
    filter_horizontal = ("departments_involved",)


register_remaining("partners")
