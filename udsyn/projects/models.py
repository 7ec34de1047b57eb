from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from udsyn.core.models import Period, Record
from udsyn.core.money import CURRENCIES

# The managed list's programme and family names that are words rather than proper names ("Own budget"), kept in
# English in the register and shown in the reader's language: one table for the pages and the reports
# (udsyn.reports.data.names). Proper names (Interreg Europe, Horizon 2020) are the same in every language.
GENERIC_NAMES = {
    "Own budget": _("Own budget"),
    "National funding": _("National funding"),
    "Private foundation": _("Private foundation"),
    "EU Social Fund": _("EU Social Fund"),
    "Strategic Sector Cooperation": _("Strategic Sector Cooperation"),
    "Nordic Council of Ministers": _("Nordic Council of Ministers"),
    # programme families
    "European Social Fund": _("European Social Fund"),
    "EU framework programme": _("EU framework programme for research and innovation"),
    "Danish Ministry of Foreign Affairs": _("Danish Ministry of Foreign Affairs"),
    "Nordic": _("Nordic programmes"),
    "National": _("National funding"),
    "Private": _("Private foundations"),
}


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
        return self.label

    @property
    def label(self) -> str:
        return programme_label(self.name)

    @property
    def family_label(self) -> str:
        return programme_label(self.family)


def programme_label(name: str) -> str:
    """A programme's name or family in the reader's language where it is a word ("Eget budget"), else as it is;
    for pages and reports that read names from values_list()."""
    label = GENERIC_NAMES.get(name)
    return str(label) if label is not None else name


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
    non_negative_fields = ("total_budget", "municipality_share", "external_funding")

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
        # Every filter and sort of the list (and the API) has an index: lists stay fast at a million records.
        indexes = [
            models.Index(fields=["name"]),
            models.Index(fields=["status"]),
            models.Index(fields=["start"]),
            models.Index(fields=["end"]),
            models.Index(fields=["updated_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.acronym} – {self.name}" if self.acronym and self.acronym != self.name else self.name

    def clean(self) -> None:
        super().clean()
        if self.total_budget is not None and self.municipality_share is not None \
                and self.municipality_share > self.total_budget:
            raise ValidationError({"municipality_share": _("The share cannot exceed the total budget.")})
