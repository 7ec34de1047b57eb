"""Who takes part: the municipality and its departments, organisations abroad, cities, people."""

from __future__ import annotations

from django.core.validators import RegexValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

HEX_COLOUR = RegexValidator(r"^#[0-9A-Fa-f]{6}$", _("Enter a colour as #RRGGBB, e.g. #0B3D5C."))


def municipality_slug(name: str) -> str:
    """'Københavns Kommune' → 'koebenhavns-kommune': Danish letters spelt out, as in Danish web addresses."""
    folded = name.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return slugify(folded)


class InternationalTexts(models.Model):
    """Free-text sections of the mapping of international work, kept in the register like every other record.

    Written as plain text: an empty line starts a new paragraph, a line starting with "- " is a bullet point.
    """

    work_organisation = models.TextField(
        _("how the international work is organised"), blank=True,
        help_text=_("Who handles what: units, entry points, how visits and projects are run."))
    policies = models.TextField(
        _("policies and action plans"), blank=True,
        help_text=_("Policies, strategies and plans with international elements, and what they say."))
    political_handling = models.TextField(
        _("political handling"), blank=True,
        help_text=_("How often and how the political committee deals with international matters."))

    class Meta:
        abstract = True


# The register record types a municipality may publish as open data (Municipality.published_types), by the key that
# names their open-data files. udsyn.reports.opendata serves them.
PUBLISHABLE_TYPES = {
    "memberships": "memberships.Membership", "partners": "partners.Partner", "projects": "projects.Project",
    "visits": "visits.Visit", "events": "visits.Event", "strategies": "strategies.Strategy",
    "themes": "strategies.Theme", "goals": "strategies.Goal", "indicators": "strategies.Indicator",
    "measurements": "strategies.Measurement",
}


class Region(models.Model):
    """Municipalities that work together (a KKR, a business region): its regional readers read all of them."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self) -> str:
        return self.name


class Municipality(InternationalTexts):
    name = models.CharField(_("name"), max_length=120, unique=True)
    code = models.CharField(_("municipality code"), max_length=8, blank=True)
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True,
                             help_text=_("PNG or JPEG, printed on the cover and in the header of every report."))
    accent_colour = models.CharField(_("accent colour"), max_length=7, blank=True, validators=[HEX_COLOUR],
                                     help_text=_("Headings and tables of the reports, e.g. #0B3D5C."))
    slug = models.SlugField(_("address name"), max_length=80, unique=True,
                            help_text=_("The municipality's name in public web addresses, e.g. koebenhavns-kommune."))
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.SET_NULL, related_name="municipalities",
                               verbose_name=_("region"))
    # The record types the municipality publishes as open data at public addresses (udsyn.reports.opendata keys,
    # e.g. ["partners", "visits"]); every other type needs a login. Records marked internal are never published.
    published_types = models.JSONField(_("published as open data"), default=list, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = municipality_slug(self.name)
        super().save(*args, **kwargs)


class Department(InternationalTexts):
    """A forvaltning of the municipality, or a unit within one (parent set)."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="departments")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="units", verbose_name=_("part of")
    )
    name = models.CharField(_("name"), max_length=160)
    short_name = models.CharField(_("abbreviation"), max_length=16, blank=True)
    committee = models.CharField(_("political committee"), max_length=160, blank=True,
                                 help_text=_("The committee the department serves, e.g. Teknik- og Miljøudvalget."))
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
        # Every filter and sort of the list (and the API) has an index: lists stay fast at a million records.
        indexes = [
            models.Index(fields=["kind"]),
            models.Index(fields=["country"]),
        ]

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
    # People are personal data: each belongs to one municipality (its department's, when it has one).
    municipality = models.ForeignKey(Municipality, null=True, blank=True, on_delete=models.CASCADE,
                                     related_name="people", verbose_name=_("municipality"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if self.department_id:
            self.municipality_id = self.department.municipality_id
        super().save(*args, **kwargs)
