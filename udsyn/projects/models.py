from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from udsyn.core.models import Period, Record
from udsyn.core.money import CURRENCIES


class Programme(models.Model):
    """A funding programme from the managed list (Interreg Øresund-Kattegat-Skagerrak, Horizon Europe...)."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    family = models.CharField(_("programme family"), max_length=60, blank=True,
                              help_text=_("e.g. Interreg for all its strands"))
    is_eu = models.BooleanField(_("EU programme"), default=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["family", "name"]
        verbose_name = _("funding programme")
        verbose_name_plural = _("funding programmes")

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    LEAD = "lead", _("Lead partner")
    PARTNER = "partner", _("Partner")
    ASSOCIATED = "associated", _("Associated partner")


class Status(models.TextChoices):
    PLANNED = "planned", _("Planned")
    APPLIED = "applied", _("Applied for")
    ACTIVE = "active", _("Ongoing")
    COMPLETED = "completed", _("Completed")
    REJECTED = "rejected", _("Not funded")


class Project(Period, Record):
    name = models.CharField(_("name"), max_length=250)
    acronym = models.CharField(_("acronym"), max_length=60, blank=True)
    programme = models.ForeignKey(Programme, null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="projects", verbose_name=_("programme"))
    role = models.CharField(_("the municipality's role"), max_length=16, choices=Role.choices, default=Role.PARTNER)
    lead_organisation = models.ForeignKey(
        "organisations.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="led_projects",
        verbose_name=_("lead partner"),
    )
    partners = models.ManyToManyField("organisations.Organisation", blank=True, related_name="projects",
                                      verbose_name=_("partners"))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE)
    total_budget = models.DecimalField(_("total budget"), max_digits=15, decimal_places=2, null=True, blank=True)
    municipality_share = models.DecimalField(_("the municipality's share"), max_digits=15, decimal_places=2,
                                             null=True, blank=True)
    external_funding = models.DecimalField(
        _("external funding to the municipality"), max_digits=15, decimal_places=2, null=True, blank=True,
        help_text=_("The grant the municipality receives from the programme."),
    )
    budget_currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES, default="DKK")
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def __str__(self) -> str:
        return f"{self.acronym} – {self.name}" if self.acronym and self.acronym != self.name else self.name

    def clean(self) -> None:
        super().clean()
        if self.total_budget is not None and self.municipality_share is not None \
                and self.municipality_share > self.total_budget:
            raise ValidationError({"municipality_share": _("The share cannot exceed the total budget.")})
