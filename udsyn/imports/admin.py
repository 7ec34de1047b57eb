from django.contrib import admin

from udsyn.core.admin import register_remaining

from .models import Document


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ("name", "mime_type", "size", "pages", "uploaded_by", "uploaded_at")
    search_fields = ("name", "sha256")
    readonly_fields = ("sha256", "size", "uploaded_at")
    exclude = ("text",)


# Batches, jobs and candidates get a plain admin until the import pipeline has its own pages.
register_remaining("imports")
