"""Importing documents: a batch of uploaded files, one background job per document, and the
candidate records the pipeline found, waiting for a person to accept, edit, merge or reject them.

Nothing enters the register unreviewed: a Candidate becomes a register record only through
udsyn.imports.services.candidate_accept / candidate_merge.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from udsyn.core import history


class ImportBatch(models.Model):
    """Files uploaded together (one upload form, one `udsyn import` run)."""

    class Status(models.TextChoices):
        PROCESSING = "processing", _("Processing")
        REVIEW = "review", _("Ready for review")
        FINISHED = "finished", _("Reviewed")

    name = models.CharField(_("name"), max_length=200)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PROCESSING)
    # The municipality whose documents these are: only its users see the batch, its documents and its candidates.
    municipality = models.ForeignKey("organisations.Municipality", null=True, blank=True, on_delete=models.CASCADE,
                                     related_name="+", verbose_name=_("municipality"))
    department = models.ForeignKey(
        "organisations.Department", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("department"), help_text=_("Default owner of the records accepted from this batch."),
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("imported by"))
    created_at = models.DateTimeField(_("imported"), auto_now_add=True)
    # Files refused before they became documents (too large, empty): [{"name": ..., "reason": ...}].
    refused = models.JSONField(_("refused files"), default=list, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("import batch")
        verbose_name_plural = _("import batches")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("import_batch", args=[self.pk])

    @property
    def is_processing(self) -> bool:
        return self.jobs.filter(status__in=Job.ACTIVE).exists()


class Document(models.Model):
    """A file records were imported from, stored once per municipality: its SHA-256 makes a second upload to the same
    municipality a duplicate (another municipality's upload of the same bytes is a document of its own)."""

    municipality = models.ForeignKey("organisations.Municipality", null=True, blank=True, on_delete=models.CASCADE,
                                     related_name="+", verbose_name=_("municipality"))
    name = models.CharField(_("file name"), max_length=255)
    sha256 = models.CharField(max_length=64)
    mime_type = models.CharField(_("file type"), max_length=120, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    pages = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    text = models.TextField(_("extracted text"), blank=True)
    # Offsets of each page in `text` (as the pipeline joined them), to show one page with its evidence.
    page_starts = models.JSONField(default=list, blank=True)
    ocr_share = models.FloatField(_("share of text changed by OCR repair"), null=True, blank=True)
    file = models.FileField(_("file"), upload_to="documents/%Y/%m/", blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)
    extracted_at = models.DateTimeField(_("text extracted"), null=True, blank=True)

    class Meta:
        ordering = ["-uploaded_at"]
        constraints = [models.UniqueConstraint(fields=["municipality", "sha256"],
                                               name="document_unique_per_municipality")]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("import_document", args=[self.pk])

    def page_text(self, page: int) -> tuple[str, int]:
        """The text of one page (1-based) and its offset in `text`."""
        starts = self.page_starts or [0]
        if not 1 <= page <= len(starts):
            return self.text, 0
        begin = starts[page - 1]
        end = starts[page] if page < len(starts) else len(self.text)
        return self.text[begin:end], begin


class Job(models.Model):
    """Processing one document in the background.

    A worker takes a job with a conditional UPDATE (only the one that changes the row from
    queued to running wins), so several workers can poll the same table without a broker.
    A job left running longer than IMPORT_JOB_TIMEOUT (its worker died) is queued again.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        RUNNING = "running", _("Processing")
        DONE = "done", _("Done")
        STOPPED = "stopped", _("Stopped")
        FAILED = "failed", _("Failed")
        DUPLICATE = "duplicate", _("Already imported")

    ACTIVE = (Status.QUEUED, Status.RUNNING)

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="jobs", verbose_name=_("batch"))
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="jobs",
                                 verbose_name=_("document"))
    file_name = models.CharField(_("file name"), max_length=255,
                                 help_text=_("The name the file had when it was uploaded."))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.QUEUED,
                              db_index=True)
    # Stored in no one's language (udsyn.core.history.reason): shown by message_text in the reader's.
    message = models.TextField(_("message"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    claimed_at = models.DateTimeField(_("started"), null=True, blank=True)
    claimed_by = models.CharField(_("worker"), max_length=120, blank=True)
    # How far the reading has come, for the batch page while the job runs:
    # {"step": "reading" | "finding" | "saving", "pages": int, "candidates": int}.
    progress = models.JSONField(_("progress"), default=dict, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("job")
        verbose_name_plural = _("jobs")

    def __str__(self) -> str:
        return f"{self.file_name} ({self.get_status_display()})"

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE

    @property
    def message_text(self) -> str:
        """The message in the active language (a worker's stop message is read by Danish and English users)."""
        return history.reason_text(self.message)


class RecordType(models.TextChoices):
    NETWORK = "network", _("Network membership")
    PARTNER = "partner", _("Partner city")
    PROJECT = "project", _("Project")
    MONEY = "money", _("Amount of money")
    COUNT = "count", _("Number")
    GOAL = "goal", _("Goal")
    INDICATOR = "indicator", _("Indicator")
    DELEGATION = "delegation", _("Delegation visit")
    EVENT = "event", _("Event")
    OTHER = "other", _("Other")


# Candidates of these types become register records; the rest are evidence shown with the document.
ACCEPTABLE_TYPES = (RecordType.NETWORK, RecordType.PARTNER, RecordType.PROJECT)


class BulkApproval(models.Model):
    """Many proposals of one document decided at once; kept so the decision can be undone.

    `records` lists what the approval did to the register, one entry per record touched:
    {"type": content type id, "id": pk, "created": bool, "version": version after the approval,
    "filled": {field: value before}} — enough to delete what it created and empty what it filled,
    as long as nobody changed the record since.
    """

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="bulk_approvals",
                                 verbose_name=_("document"))
    min_confidence = models.FloatField(_("confidence at least"))
    department = models.ForeignKey("organisations.Department", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("department"))
    created = models.PositiveIntegerField(_("created"), default=0)
    merged = models.PositiveIntegerField(_("merged"), default=0)
    skipped = models.PositiveIntegerField(_("left for review"), default=0)
    records = models.JSONField(default=list, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("decided by"))
    decided_at = models.DateTimeField(_("decided"), auto_now_add=True)
    undone_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+", verbose_name=_("undone by"))
    undone_at = models.DateTimeField(_("undone"), null=True, blank=True)

    class Meta:
        ordering = ["-decided_at", "-pk"]
        verbose_name = _("bulk approval")
        verbose_name_plural = _("bulk approvals")

    def __str__(self) -> str:
        return f"{self.document} ({self.decided_at:%Y-%m-%d %H:%M})"


class Candidate(models.Model):
    """A record the pipeline proposes, with the evidence it came from."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Awaiting review")
        ACCEPTED = "accepted", _("Accepted")
        MERGED = "merged", _("Merged")
        REJECTED = "rejected", _("Rejected")

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="candidates",
                              verbose_name=_("batch"))
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="candidates",
                                 verbose_name=_("document"))
    record_type = models.CharField(_("type"), max_length=16, choices=RecordType.choices)
    name = models.CharField(_("name"), max_length=300, blank=True)
    value = models.DecimalField(_("value"), max_digits=18, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, blank=True)
    fields = models.JSONField(_("details"), default=dict, blank=True)
    page = models.PositiveIntegerField(_("page"), null=True, blank=True)
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    quote = models.TextField(_("quote"), blank=True)
    confidence = models.FloatField(_("confidence"), default=0.5)
    department = models.ForeignKey(
        "organisations.Department", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("suggested department"),
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PROPOSED,
                              db_index=True)

    matched_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    matched_id = models.PositiveBigIntegerField(null=True, blank=True)
    matched = GenericForeignKey("matched_type", "matched_id")
    match_score = models.FloatField(_("match score"), null=True, blank=True)

    accepted_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="+")
    accepted_id = models.PositiveBigIntegerField(null=True, blank=True)
    accepted = GenericForeignKey("accepted_type", "accepted_id")

    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("decided by"))
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    bulk_approval = models.ForeignKey(BulkApproval, null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="candidates", verbose_name=_("bulk approval"))
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["document", "start", "pk"]
        verbose_name = _("candidate record")
        verbose_name_plural = _("candidate records")

    def __str__(self) -> str:
        return f"{self.get_record_type_display()}: {self.label}"

    def get_absolute_url(self) -> str:
        return reverse("import_candidate", args=[self.pk])

    @property
    def label(self) -> str:
        """What it proposes, as a person writes it: its name, else its figure (`500.000 kr.`, `42`; not the
        column's `500000.00 DKK`)."""
        from udsyn.core.templatetags.udsyn import money, number  # the pages' own way with figures

        if self.name or self.value is None:
            return self.name
        return money(self.value, self.currency) if self.currency else number(self.value)

    @property
    def is_acceptable(self) -> bool:
        return self.record_type in ACCEPTABLE_TYPES

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.PROPOSED
