from django.contrib import admin

from udsyn.core.admin import RecordAdmin, register_remaining

from .models import Membership


@admin.register(Membership)
class MembershipAdmin(RecordAdmin):
    list_display = ("organisation", "department", "annual_fee", "fee_currency", "start", "end")
    list_filter = ("department", "organisation__kind", "fee_currency", "source_kind")
    search_fields = ("organisation__name", "organisation__acronym", "purpose")
    autocomplete_fields = ("organisation",)
    filter_horizontal = ("representatives",)


register_remaining("memberships")
