"""The pieces every register record shares: owner, source, history and a version."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from udsyn.core.limits import YEAR_MAX, YEAR_MIN
from udsyn.core.money import CURRENCIES, Money, quantize

# Every register record is owned by a department of a municipality. The organisations app keeps those models; core
# names them by label only (as a foreign key does), so that it imports no app above it.
DEPARTMENT_MODEL = "organisations.Department"
MUNICIPALITY_MODEL = "organisations.Municipality"


def department_model() -> type[models.Model]:
    return apps.get_model(DEPARTMENT_MODEL)


def municipality_model() -> type[models.Model]:
    return apps.get_model(MUNICIPALITY_MODEL)


class SourceKind(models.TextChoices):
    MANUAL = "manual", _("Entered by hand")
    DOCUMENT = "document", _("Imported from a document")
    SHEET = "sheet", _("Imported from a spreadsheet")
    DEMO = "demo", _("Demo data")


def range_errors(instance: models.Model, exclude: Any = (), non_negative: tuple[str, ...] = ()) -> dict[str, str]:
    """{field: message} for the values of `instance` outside what the register accepts: a date or a year (a field
    named *_year) outside YEAR_MIN..YEAR_MAX (year 9999 is a typing error), an amount of `non_negative` below zero."""
    errors: dict[str, str] = {}
    for field in instance._meta.concrete_fields:
        value = getattr(instance, field.attname, None)
        if field.name in (exclude or ()) or value is None:
            continue
        if isinstance(field, models.DateField) and not isinstance(field, models.DateTimeField) \
                and isinstance(value, dt.date) and not YEAR_MIN <= value.year <= YEAR_MAX:
            errors[field.name] = _("Give a date from the year %(min)s to the year %(max)s.") % {
                "min": YEAR_MIN, "max": YEAR_MAX}
        elif isinstance(field, models.IntegerField) and field.name.endswith("_year") \
                and not YEAR_MIN <= value <= YEAR_MAX:
            errors[field.name] = _("Give a year from %(min)s to %(max)s.") % {"min": YEAR_MIN, "max": YEAR_MAX}
        elif field.name in non_negative and value < 0:
            errors[field.name] = _("The amount cannot be negative.")
    return errors


def clean_fields_with_ranges(instance: models.Model, clean_fields: Any, exclude: Any,
                             non_negative: tuple[str, ...] = ()) -> None:
    """Django's field validation (`clean_fields`, bound) and range_errors, reported together."""
    errors: dict[str, list] = {}
    try:
        clean_fields(exclude=exclude)
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    for name, message in range_errors(instance, exclude, non_negative).items():
        errors.setdefault(name, []).append(message)
    if errors:
        raise ValidationError(errors)


class Record(models.Model):
    """Abstract base of every register record.

    `version` protects against lost updates: an edit carries the version it was
    based on and is refused when someone else saved in between. Dates and years
    outside YEAR_MIN..YEAR_MAX are refused, and so are amounts below zero in the
    fields a record type names in `non_negative_fields` (fees, budgets).

    A record belongs to the municipality of its owning department (`municipality_path`, which
    udsyn.core.registry.visible_to filters by). `internal` keeps it out of the municipality's published open data.
    """

    non_negative_fields: tuple[str, ...] = ()
    municipality_path = "department__municipality"

    department = models.ForeignKey(
        DEPARTMENT_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("department")
    )
    source_kind = models.CharField(
        _("source"), max_length=16, choices=SourceKind.choices, default=SourceKind.MANUAL
    )
    source_document = models.ForeignKey(
        "imports.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("source document"),
    )
    source_page = models.PositiveIntegerField(_("source page"), null=True, blank=True)
    source_quote = models.TextField(_("source quote"), blank=True)
    internal = models.BooleanField(
        _("internal"), default=False,
        help_text=_("Never published as open data, even when the municipality publishes records of this kind."))
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(inherit=True)

    class Meta:
        abstract = True

    def clean_fields(self, exclude: Any = None) -> None:
        clean_fields_with_ranges(self, super().clean_fields, exclude, self.non_negative_fields)


def check_period(start: dt.date | None, end: dt.date | None) -> None:
    """Refuse an end before the start (either may be missing); the error is on the end field."""
    if start and end and end < start:
        raise ValidationError({"end": _("The end date cannot be before the start date.")})


class Period(models.Model):
    """A start and an optional end; the end may not come before the start."""

    start = models.DateField(_("from"), null=True, blank=True)
    end = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        check_period(self.start, self.end)

    def is_active(self, on: dt.date | None = None) -> bool:
        on = on or dt.date.today()
        return (self.start is None or self.start <= on) and (self.end is None or self.end >= on)


class ExchangeRate(models.Model):
    """How many DKK one unit of `currency` cost on `date` (e.g. EUR 7.4604)."""

    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES)
    date = models.DateField(_("date"))
    dkk_per_unit = models.DecimalField(_("DKK per unit"), max_digits=12, decimal_places=6)
    note = models.CharField(_("note"), max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        unique_together = [("currency", "date")]
        ordering = ["currency", "-date"]
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")

    def __str__(self) -> str:
        return f"{self.currency} {self.dkk_per_unit} ({self.date})"

    def clean_fields(self, exclude: Any = None) -> None:
        clean_fields_with_ranges(self, super().clean_fields, exclude)
        if self.dkk_per_unit is not None and self.dkk_per_unit <= 0 and "dkk_per_unit" not in (exclude or ()):
            raise ValidationError({"dkk_per_unit": _("A rate must be above zero.")})


class SavedFilter(models.Model):
    """A list's filters a user named to come back to ("Netværk i Tyskland"): the list's address and its query."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_filters",
                             verbose_name=_("user"))
    path = models.CharField(_("list"), max_length=200)
    name = models.CharField(_("name"), max_length=100)
    query = models.CharField(_("filters"), max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        constraints = [models.UniqueConstraint(fields=["user", "path", "name"], name="saved_filter_unique_name")]
        verbose_name = _("saved filter")
        verbose_name_plural = _("saved filters")

    def __str__(self) -> str:
        return self.name

    @property
    def url(self) -> str:
        return f"{self.path}?{self.query}" if self.query else self.path


class MissingRate(LookupError):
    pass


def rate_on(currency: str, on: dt.date | None = None) -> ExchangeRate:
    """The latest stored rate on or before `on` (today by default)."""
    rates = ExchangeRate.objects.filter(currency=currency)
    if on:
        rates = rates.filter(date__lte=on)
    rate = rates.order_by("-date").first()
    if rate is None:
        raise MissingRate(f"No exchange rate stored for {currency}" + (f" on or before {on}" if on else ""))
    return rate


def to_dkk(money: Money, on: dt.date | None = None, rate: ExchangeRate | None = None) -> Money:
    """`money` in DKK with the rate stored for `on`, or with `rate` when the caller already looked it up."""
    if money.currency == "DKK":
        return money
    rate = rate or rate_on(money.currency, on)
    return Money(quantize(money.amount * rate.dkk_per_unit), "DKK")


def from_dkk(amount_dkk: Decimal, currency: str, on: dt.date | None = None) -> Money:
    if currency == "DKK":
        return Money(amount_dkk, "DKK")
    return Money(quantize(amount_dkk / rate_on(currency, on).dkk_per_unit), currency)



class SearchEntry(models.Model):
    """One searchable object in the register's one search index (udsyn.core.search keeps it up to date).

    `title` is what the object is called (name, acronym, city), `text` the rest of its searchable text.
    PostgreSQL adds a generated `document` tsvector (Danish configuration, unaccented) with a GIN index, and a
    trigram index on `folded_title`; SQLite keeps an FTS5 table over `title_terms` and `terms` (words folded and
    stemmed in Python, since SQLite has no Danish stemmer), `kind` and `owner`. See the migrations core.0002, 0005
    and 0006.
    """

    kind = models.CharField(max_length=60)  # the model's label, e.g. "projects.project"
    object_id = models.BigIntegerField()
    title = models.CharField(max_length=400)
    folded_title = models.CharField(max_length=400, blank=True)
    text = models.TextField(blank=True)
    title_terms = models.TextField(blank=True)
    terms = models.TextField(blank=True)
    # SQLite only, like the term columns: the id of the municipality the object belongs to (its scope's path,
    # udsyn.core.registry.municipality_path), None for shared data. A list's search asks FTS5 for the user's
    # municipalities' entries only; what the user sees is still decided by visible_to.
    owner = models.BigIntegerField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_unique_object")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.title}"
