"""Documents that records were imported from. Batches, jobs and candidates join this app later."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Document(models.Model):
    name = models.CharField(_("file name"), max_length=255)
    sha256 = models.CharField(max_length=64, unique=True)
    mime_type = models.CharField(_("file type"), max_length=120, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    pages = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    text = models.TextField(_("extracted text"), blank=True)
    file = models.FileField(_("file"), upload_to="documents/%Y/%m/", blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return self.name
