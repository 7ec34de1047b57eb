from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from udsyn.core.models import Record


class RelationKind(models.TextChoices):
    TWIN_CITY = "twin_city", _("Twin city")
    SISTER_CITY = "sister_city", _("Sister city")
    COOPERATION = "cooperation_agreement", _("Cooperation agreement")
    MOU = "memorandum", _("Memorandum of understanding")
    PROJECT_PARTNER = "project_partner", _("Project partner")


class Partner(Record):
    """A city (or an institution in it) abroad that the municipality cooperates with."""

    city = models.ForeignKey("organisations.City", on_delete=models.PROTECT, related_name="partners",
                             verbose_name=_("city"))
    institution = models.ForeignKey(
        "organisations.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="partners",
        verbose_name=_("institution"), help_text=_("Leave empty when the partner is the city itself."),
    )
    kind = models.CharField(_("kind of relation"), max_length=24, choices=RelationKind.choices)
    signed_on = models.DateField(_("agreement signed"), null=True, blank=True)
    renewed_on = models.DateField(_("agreement renewed"), null=True, blank=True)
    ended_on = models.DateField(_("agreement ended"), null=True, blank=True)
    themes = models.CharField(_("themes"), max_length=300, blank=True,
                              help_text=_("Comma-separated, e.g. climate, culture, education"))
    departments_involved = models.ManyToManyField(
        "organisations.Department", blank=True, related_name="partners_involved",
        verbose_name=_("departments involved"),
    )
    activities = models.TextField(_("activities"), blank=True)
    is_priority = models.BooleanField(
        _("prioritised"), default=False,
        help_text=_("One of the partners the municipality works most with (listed first in the results summary)."))

    class Meta:
        ordering = ["city__name"]
        verbose_name = _("partner city")
        verbose_name_plural = _("partner cities")
        # Every filter and sort of the list (and the API) has an index: lists stay fast at a million records.
        indexes = [
            models.Index(fields=["kind"]),
            models.Index(fields=["signed_on"]),
            models.Index(fields=["ended_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.institution.name}, {self.city.name}" if self.institution_id else self.city.name

    @property
    def is_active(self) -> bool:
        return self.ended_on is None

    def clean(self) -> None:
        super().clean()
        for later in ("renewed_on", "ended_on"):
            if self.signed_on and getattr(self, later) and getattr(self, later) < self.signed_on:
                raise ValidationError({later: _("This date cannot be before the agreement was signed.")})

    @property
    def theme_list(self) -> list[str]:
        return [t.strip() for t in self.themes.split(",") if t.strip()]
