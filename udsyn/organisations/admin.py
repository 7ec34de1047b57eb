from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from udsyn.core.admin import register_remaining

from .models import City, Department, Municipality, Organisation, Person


@admin.register(Municipality)
class MunicipalityAdmin(SimpleHistoryAdmin):
    list_display = ("name", "code")
    search_fields = ("name", "code")


@admin.register(Department)
class DepartmentAdmin(SimpleHistoryAdmin):
    list_display = ("name", "short_name", "municipality", "parent")
    list_filter = ("municipality",)
    search_fields = ("name", "short_name")


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ("name", "acronym", "kind", "country")
    list_filter = ("kind", "country")
    search_fields = ("name", "acronym")


@admin.register(City)
class CityAdmin(SimpleHistoryAdmin):
    list_display = ("name", "country", "latitude", "longitude")
    list_filter = ("country",)
    search_fields = ("name",)


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ("name", "title", "department", "is_politician")
    list_filter = ("department", "is_politician")
    search_fields = ("name", "title", "email")


register_remaining("organisations")
