"""Who takes part: the municipality and its departments, organisations abroad, cities, people."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Municipality(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    code = models.CharField(_("municipality code"), max_length=8, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self) -> str:
        return self.name


class Department(models.Model):
    """A forvaltning of the municipality, or a unit within one (parent set)."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="departments")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="units", verbose_name=_("part of")
    )
    name = models.CharField(_("name"), max_length=160)
    short_name = models.CharField(_("abbreviation"), max_length=16, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["municipality__name", "name"]
        unique_together = [("municipality", "name")]
        verbose_name = _("department")
        verbose_name_plural = _("departments")

    def __str__(self) -> str:
        return self.name


class OrganisationKind(models.TextChoices):
    NETWORK = "network", _("City network")
    ASSOCIATION = "association", _("Association")
    UNIVERSITY = "university", _("University or research institution")
    COMPANY = "company", _("Company")
    AUTHORITY = "authority", _("Public authority")
    MUNICIPALITY = "municipality", _("Municipality or region")
    EU_BODY = "eu_body", _("EU body or programme")
    OTHER = "other", _("Other")


class Organisation(models.Model):
    """An external organisation: a network, association, university, company or authority."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices, default=OrganisationKind.OTHER)
    country = models.CharField(_("country"), max_length=2, blank=True, help_text=_("ISO 3166 code, e.g. BE"))
    website = models.URLField(_("website"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym and self.acronym != self.name else self.name


class City(models.Model):
    """A city abroad, with coordinates looked up offline (see udsyn.organisations.places)."""

    name = models.CharField(_("name"), max_length=120)
    country = models.CharField(_("country"), max_length=2, help_text=_("ISO 3166 code, e.g. DE"))
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5, null=True, blank=True)
    geonames_id = models.PositiveIntegerField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        unique_together = [("name", "country")]
        verbose_name = _("city")
        verbose_name_plural = _("cities")

    def __str__(self) -> str:
        return f"{self.name} ({self.country})"


class Person(models.Model):
    """A representative or contact. Personal data kept minimal: name, role, work e-mail."""

    name = models.CharField(_("name"), max_length=160)
    title = models.CharField(_("title or role"), max_length=160, blank=True)
    is_politician = models.BooleanField(_("politician"), default=False)
    email = models.EmailField(_("work e-mail"), blank=True)
    department = models.ForeignKey(
        Department, null=True, blank=True, on_delete=models.SET_NULL, related_name="people",
        verbose_name=_("department"),
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name
