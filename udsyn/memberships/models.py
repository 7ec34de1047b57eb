from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from udsyn.core.models import Period, Record
from udsyn.core.money import CURRENCIES


class Membership(Period, Record):
    """The municipality's membership of a network or organisation, with its annual fee."""

    non_negative_fields = ("annual_fee", "annual_co_financing")

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="memberships",
        verbose_name=_("organisation or network"),
    )
    annual_fee = models.DecimalField(_("annual fee"), max_digits=14, decimal_places=2, null=True, blank=True)
    fee_currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES, default="DKK")
    fee_year = models.PositiveSmallIntegerField(_("fee applies to year"), null=True, blank=True)
    annual_co_financing = models.DecimalField(
        _("yearly co-financing"), max_digits=14, decimal_places=2, null=True, blank=True,
        help_text=_("Money paid each year beyond the fee, e.g. co-financing of the network's office or programme "
                    "(same currency as the fee)."))
    co_financing_note = models.CharField(_("what the co-financing pays for"), max_length=250, blank=True)
    representatives = models.ManyToManyField(
        "organisations.Person", blank=True, related_name="represents_in", verbose_name=_("representatives")
    )
    contact = models.ForeignKey(
        "organisations.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="contact_for",
        verbose_name=_("contact person"),
    )
    purpose = models.TextField(_("purpose"), blank=True)
    value_assessment = models.TextField(_("value assessment"), blank=True,
                                        help_text=_("What the municipality gets out of the membership."))
    value_reviewed_on = models.DateField(_("value last reviewed"), null=True, blank=True)

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        # Every filter and sort of the list (and the API) has an index: lists stay fast at a million records.
        indexes = [
            models.Index(fields=["fee_currency"]),
            models.Index(fields=["start"]),
            models.Index(fields=["end"]),
        ]

    def __str__(self) -> str:
        return str(self.organisation.name)
