"""The register's own aggregates, counted here with plain queries (not with the reports' code), to hold every
report's headline figures against."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db.models import Q, Sum

from udsyn.memberships.models import Membership
from udsyn.partners.models import Partner
from udsyn.projects.models import Project
from udsyn.strategies.models import Indicator
from udsyn.visits.models import Event, Visit

FUNDED = ["active", "completed"]


def per_currency(rows) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for amount, currency in rows:
        if amount:
            totals[currency] = totals.get(currency, Decimal(0)) + amount
    return totals


def in_dkk(parts: dict[str, Decimal], rates: dict[str, Decimal]) -> Decimal | None:
    """The DKK sum, or None when a currency has no rate (the reports never guess one)."""
    if any(c != "DKK" and c not in rates for c in parts):
        return None
    return sum((amount * rates.get(currency, Decimal(1)) for currency, amount in parts.items()), Decimal(0))


def active_memberships(municipality, on: dt.date):
    return Membership.objects.filter(department__municipality=municipality).filter(
        Q(start__isnull=True) | Q(start__lte=on), Q(end__isnull=True) | Q(end__gte=on))


def projects_in_period(municipality, since: int, until: dt.date):
    return Project.objects.filter(department__municipality=municipality, status__in=FUNDED).filter(
        Q(start__isnull=True) | Q(start__lte=until), Q(end__isnull=True) | Q(end__gte=dt.date(since, 1, 1)))


def brought_home(municipality, since: int, until: dt.date):
    """Funded projects whose grant counts in the period: started in it, or undated and running in it."""
    first = dt.date(since, 1, 1)
    return Project.objects.filter(department__municipality=municipality, status__in=FUNDED).filter(
        Q(start__gte=first, start__lte=until) | Q(start__isnull=True, end__isnull=True)
        | Q(start__isnull=True, end__gte=first))


def mapping(municipality, since: int, until: dt.date) -> dict:
    memberships = active_memberships(municipality, until)
    ongoing = Project.objects.filter(department__municipality=municipality, status__in=FUNDED).filter(
        Q(start__isnull=True) | Q(start__lte=until), Q(end__gte=until) | Q(end__isnull=True, status="active"))
    funded = brought_home(municipality, since, until)
    partners = Partner.objects.filter(department__municipality=municipality).filter(
        Q(signed_on__isnull=True) | Q(signed_on__lte=until), Q(ended_on__isnull=True) | Q(ended_on__gt=until))
    visits = Visit.objects.filter(department__municipality=municipality, status__in=["held", "confirmed"],
                                  direction="incoming", start__gte=dt.date(since, 1, 1), start__lte=until)
    figures = {
        "networks": memberships.values("organisation").distinct().count(),
        "memberships": memberships.count(),
        "annual_fees": per_currency(memberships.values_list("annual_fee", "fee_currency")),
        "co_financing": per_currency(memberships.values_list("annual_co_financing", "fee_currency")),
        "ongoing_projects": ongoing.count(),
        "funded_projects": funded.filter(external_funding__gt=0).count(),
        "external_funding": per_currency(funded.values_list("external_funding", "budget_currency")),
        "partner_cities": partners.values("city").distinct().count(),
        "incoming_visits": visits.count(),
    }
    for key in ("co_financing", "external_funding"):  # no card for an empty total
        if not figures[key]:
            del figures[key]
    return figures


def results(municipality, since: int, until: dt.date) -> dict:
    in_period = projects_in_period(municipality, since, until)
    partners = Partner.objects.filter(department__municipality=municipality).filter(
        Q(signed_on__isnull=True) | Q(signed_on__lte=until), Q(ended_on__isnull=True) | Q(ended_on__gt=until))
    events = Event.objects.filter(department__municipality=municipality, partner__isnull=False,
                                  date__gte=dt.date(since, 1, 1), date__lte=until)
    figures = {
        "networks": active_memberships(municipality, until).values("organisation").distinct().count(),
        "projects": in_period.count(),
        "funding": per_currency(brought_home(municipality, since, until).values_list("external_funding",
                                                                                   "budget_currency")),
        "twin_cities": partners.filter(kind__in=["twin_city", "sister_city"]).count(),
        "other_partners": partners.exclude(kind__in=["twin_city", "sister_city"]).count(),
        "new_agreements": Partner.objects.filter(department__municipality=municipality,
                                                 signed_on__gte=dt.date(since, 1, 1), signed_on__lte=until).count(),
        "partner_activities": events.count(),
        "incoming_visits": Visit.objects.filter(department__municipality=municipality, direction="incoming",
                                                status__in=["held", "confirmed"], start__gte=dt.date(since, 1, 1),
                                                start__lte=until).count(),
    }
    return {key: value for key, value in figures.items() if value}  # zeros are never facts


def participants_with_partners(municipality, since: int, until: dt.date) -> int:
    return Event.objects.filter(department__municipality=municipality, partner__isnull=False,
                                date__gte=dt.date(since, 1, 1), date__lte=until) \
        .aggregate(n=Sum("participants"))["n"] or 0


def indicators(municipality) -> int:
    return Indicator.objects.filter(department__municipality=municipality).count()
