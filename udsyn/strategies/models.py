"""Strategies: themes → goals → indicators → measurements."""

from __future__ import annotations

from babel.numbers import format_decimal
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from udsyn.core.forms import babel_locale
from udsyn.core.models import Record


class Strategy(Record):
    name = models.CharField(_("name"), max_length=250)
    adopted_on = models.DateField(_("adopted"), null=True, blank=True)
    horizon_year = models.PositiveSmallIntegerField(_("horizon year"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("strategy")
        verbose_name_plural = _("strategies")
        # Every filter and sort of the list (and the API) has an index: lists stay fast at a million records.
        indexes = [
            models.Index(fields=["name"]),
        ]

    def __str__(self) -> str:
        return self.name


class Theme(Record):
    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="themes",
                                 verbose_name=_("strategy"))
    number = models.PositiveSmallIntegerField(_("number"), default=1)
    name = models.CharField(_("name"), max_length=250)

    class Meta:
        ordering = ["strategy", "number"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return f"{self.number}. {self.name}"


class Goal(Record):
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="goals", verbose_name=_("theme"))
    text = models.TextField(_("goal"))

    class Meta:
        ordering = ["theme", "id"]
        verbose_name = _("goal")
        verbose_name_plural = _("goals")

    def __str__(self) -> str:
        return self.text[:80]


class Direction(models.TextChoices):
    INCREASE = "increase", _("Higher is better")
    DECREASE = "decrease", _("Lower is better")


class Indicator(Record):
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="indicators", verbose_name=_("goal"))
    name = models.CharField(_("name"), max_length=250)
    unit = models.CharField(_("unit"), max_length=60)
    baseline = models.DecimalField(_("baseline"), max_digits=15, decimal_places=2, null=True, blank=True)
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    target = models.DecimalField(_("target"), max_digits=15, decimal_places=2)
    deadline = models.DateField(_("deadline"))
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices,
                                 default=Direction.INCREASE)
    method = models.TextField(_("method"), blank=True)

    class Meta:
        ordering = ["goal", "name"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return self.name


class Measurement(Record):
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="measurements",
                                  verbose_name=_("indicator"))
    date = models.DateField(_("date"))
    value = models.DecimalField(_("value"), max_digits=15, decimal_places=2)
    source = models.CharField(_("data source"), max_length=250, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["indicator", "date"]
        unique_together = [("indicator", "date")]
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")

    def __str__(self) -> str:
        """`Eksportordrer: 12,5 mio. kr. (31.12.2024)`: the value as a person writes it (not the column's `12.50`)."""
        value = format_decimal(self.value, locale=babel_locale(), decimal_quantization=False)
        return f"{self.indicator}: {value} {self.indicator.unit} ({date_format(self.date, 'SHORT_DATE_FORMAT')})"
