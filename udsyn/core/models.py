"""The pieces every register record shares: owner, source, history and a version."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from udsyn.core.money import CURRENCIES, Money, quantize


class SourceKind(models.TextChoices):
    MANUAL = "manual", _("Entered by hand")
    DOCUMENT = "document", _("Imported from a document")
    SHEET = "sheet", _("Imported from a spreadsheet")
    DEMO = "demo", _("Demo data")


class Record(models.Model):
    """Abstract base of every register record.

    `version` protects against lost updates: an edit carries the version it was
    based on and is refused when someone else saved in between.
    """

    department = models.ForeignKey(
        "organisations.Department", on_delete=models.PROTECT, related_name="+", verbose_name=_("department")
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
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(inherit=True)

    class Meta:
        abstract = True


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

