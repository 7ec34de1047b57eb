from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from udsyn.core.admin import register_remaining

from .models import User

ROLE_FIELDS = ("role", "municipality", "department", "region")


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "first_name", "last_name", "email", "role", "municipality", "department", "is_active")
    list_filter = ("role", "municipality", "is_active", "is_staff")
    fieldsets = (*BaseUserAdmin.fieldsets, (_("Role in udsyn"), {"fields": ROLE_FIELDS}))
    add_fieldsets = (*BaseUserAdmin.add_fieldsets, (_("Role in udsyn"), {"fields": ROLE_FIELDS}))


register_remaining("accounts")
