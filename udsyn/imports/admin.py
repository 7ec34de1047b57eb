"""Admin for the import pipeline: batches, jobs, documents and candidates, for looking and for rescue.

Decisions on candidates (accept, merge, reject) change the register, so they go through udsyn.imports.services
and are read-only here; a failed or stopped job can be queued again with an admin action.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from udsyn.core.admin import register_remaining

from . import services
from .models import Candidate, Document, ImportBatch, Job


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = ("name", "status", "created_by", "created_at", "department")
    list_filter = ("status",)
    search_fields = ("name",)
    raw_id_fields = ("created_by",)
    # Files refused at upload are a record of what happened, not something to edit.
    readonly_fields = ("refused", "created_at")


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ("file_name", "batch", "status", "attempts", "claimed_by", "claimed_at", "finished_at")
    list_filter = ("status",)
    search_fields = ("file_name", "message")
    raw_id_fields = ("batch", "document")
    actions = ("queue_again",)

    @admin.action(description=_("Queue again (failed or stopped jobs)"))
    def queue_again(self, request: HttpRequest, queryset: QuerySet) -> None:
        queued, refused = 0, []
        for job in queryset:
            try:
                services.job_requeue(job=job, acting_user=request.user)
                queued += 1
            except (ValidationError, PermissionDenied) as error:
                reason = " ".join(getattr(error, "messages", [str(error)]))
                refused.append(_("Not queued again: %(file)s. %(reason)s") % {"file": job.file_name, "reason": reason})
        if queued:
            self.message_user(request, ngettext("%(n)d job queued again.", "%(n)d jobs queued again.", queued)
                              % {"n": queued}, messages.SUCCESS)
        for message in refused:
            self.message_user(request, message, messages.WARNING)


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ("name", "mime_type", "size", "pages", "ocr_share", "uploaded_by", "uploaded_at", "extracted_at")
    search_fields = ("name", "sha256")
    readonly_fields = ("sha256", "size", "uploaded_at", "ocr_share", "extracted_at")
    exclude = ("text", "page_starts")


@admin.register(Candidate)
class CandidateAdmin(SimpleHistoryAdmin):
    list_display = ("record_type", "name", "document", "status", "confidence", "decided_by", "decided_at")
    list_filter = ("status", "record_type")
    search_fields = ("name", "quote")
    raw_id_fields = ("batch", "document", "department")
    # Accepting, merging and rejecting write register records and history: only through the services.
    readonly_fields = ("status", "decided_by", "decided_at", "accepted_type", "accepted_id", "matched_type",
                       "matched_id", "match_score", "created_at")


# Anything added to the app later still gets a plain admin page.
register_remaining("imports")
