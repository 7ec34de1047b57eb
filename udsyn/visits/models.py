from __future__ import annotations

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from udsyn.core.models import Record, check_period


class Direction(models.TextChoices):
    INCOMING = "incoming", _("Incoming")
    OUTGOING = "outgoing", _("Outgoing")


class VisitStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    CONFIRMED = "confirmed", _("Confirmed")
    DECLINED = "declined", _("Declined")
    HELD = "held", _("Held")
    CANCELLED = "cancelled", _("Cancelled")


class Visit(Record):
    """A delegation visit, to the municipality (incoming) or from it (outgoing)."""

    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices)
    start = models.DateField(_("from"))
    end = models.DateField(_("until"), null=True, blank=True)
    city = models.ForeignKey("organisations.City", null=True, blank=True, on_delete=models.PROTECT,
                             related_name="visits", verbose_name=_("from/to city"))
    organisation = models.ForeignKey("organisations.Organisation", null=True, blank=True,
                                     on_delete=models.PROTECT, related_name="visits",
                                     verbose_name=_("organisation"))
    size = models.PositiveIntegerField(_("number of participants"), null=True, blank=True)
    theme = models.CharField(_("theme"), max_length=200, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=VisitStatus.choices,
                              default=VisitStatus.REQUESTED)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["-start"]
        verbose_name = _("delegation visit")
        verbose_name_plural = _("delegation visits")
        # Every filter and sort of the list (and the API) has an index: lists stay fast at a million records.
        indexes = [
            models.Index(fields=["start"]),
            models.Index(fields=["status"]),
            models.Index(fields=["direction"]),
        ]

    def __str__(self) -> str:
        where = self.city or self.organisation or ""
        # The date as the rest of the pages write it (16.12.2026 in Danish), not ISO.
        return f"{self.get_direction_display()} {where} {date_format(self.start, 'SHORT_DATE_FORMAT')}".strip()

    def clean(self) -> None:
        super().clean()
        check_period(self.start, self.end)


class EventKind(models.TextChoices):
    CONFERENCE = "conference", _("Conference")
    MEETING = "meeting", _("Meeting")
    EXCHANGE = "exchange", _("Exchange")
    CULTURE = "culture", _("Cultural event")
    WORKSHOP = "workshop", _("Workshop")
    OTHER = "other", _("Other")


class Event(Record):
    """An event or activity, often with a partner city or within a project."""

    name = models.CharField(_("name"), max_length=250)
    kind = models.CharField(_("kind"), max_length=16, choices=EventKind.choices, default=EventKind.OTHER)
    date = models.DateField(_("date"))
    participants = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    partner = models.ForeignKey("partners.Partner", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="events", verbose_name=_("partner city"))
    project = models.ForeignKey("projects.Project", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="events", verbose_name=_("project"))
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["-date"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["date"]), models.Index(fields=["kind"])]

    def __str__(self) -> str:
        return self.name
