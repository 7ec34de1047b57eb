"""Results summary: headline facts written as sentences ("Did you know?", as in Aalborg's 2014-2017 summary),
and the activities with partner cities and their participant counts."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from udsyn.core.money import Money
from udsyn.memberships.models import Membership
from udsyn.partners.models import Partner, RelationKind
from udsyn.projects.models import Project
from udsyn.visits.models import Direction, Event, EventKind, Visit

from .. import formatting
from ..totals import Converter, MoneyTotal, RateUsed, money_or_none
from . import rules
from .mapping import labels
from .scope import ReportScope

TWINNING = (RelationKind.TWIN_CITY, RelationKind.SISTER_CITY)


@dataclass
class Fact:
    key: str
    value: int | MoneyTotal
    sentence: str


@dataclass
class ActivityRow:
    date: dt.date
    name: str
    kind: str
    partner: str
    country: str
    participants: int | None
    department: str


@dataclass
class PartnerActivity:
    partner: str
    country: str
    kind: str
    activities: int
    participants: int


@dataclass
class ResultsReport:
    kind = "results"
    municipality: str
    since: int
    until: dt.date
    generated_on: dt.date
    departments: list[str]
    all_departments: bool
    facts: list[Fact]
    activities: list[ActivityRow]
    partner_activity: list[PartnerActivity]
    rates: list[RateUsed]
    missing_rates: list[str]

    @property
    def title(self) -> str:
        return _("Results summary")

    @property
    def activities_with_partners(self) -> int:
        return sum(p.activities for p in self.partner_activity)

    @property
    def participants_with_partners(self) -> int:
        return sum(p.participants for p in self.partner_activity)

    @property
    def participants(self) -> int:
        return sum(a.participants or 0 for a in self.activities)

    def fact(self, key: str) -> Fact | None:
        return next((f for f in self.facts if f.key == key), None)


def _amount_text(total: MoneyTotal) -> str:
    if total.dkk is not None:
        return formatting.money_short(total.dkk)
    return " + ".join(formatting.money_short(p) for p in total.parts)


def _programme_facts(scope: ReportScope, started) -> list[Fact]:
    # One fact per EU programme; strands named after their family (Interreg Øresund-Kattegat-Skagerrak,
    # Interreg North Sea ...) count together, as a committee says "7 Interreg projects".
    families = Counter(
        family if family and name.startswith(family) else name
        for family, name in started.filter(programme__is_eu=True)
        .values_list("programme__family", "programme__name"))
    facts = []
    for family, count in sorted(families.items(), key=lambda item: (-item[1], item[0])):
        facts.append(Fact(f"programme:{family}", count, ngettext(
            "Since %(year)s the municipality has taken part in %(count)s %(programme)s project.",
            "Since %(year)s the municipality has taken part in %(count)s %(programme)s projects.", count,
        ) % {"year": scope.since, "count": formatting.number(count), "programme": family}))
    return facts


def _activities(scope: ReportScope) -> list[ActivityRow]:
    events = rules.events_in(scope.records(Event), scope.since_date, scope.until)
    events = events.select_related("partner__city", "partner__institution", "department").order_by("date", "pk")
    kinds = labels(EventKind.choices)
    return [ActivityRow(
        date=e.date, name=e.name, kind=kinds.get(e.kind, e.kind), partner=str(e.partner) if e.partner_id else "",
        country=e.partner.city.country if e.partner_id else "", participants=e.participants,
        department=e.department.name) for e in events]


def _partner_activity(scope: ReportScope) -> list[PartnerActivity]:
    events = rules.events_in(scope.records(Event), scope.since_date, scope.until).filter(partner__isnull=False)
    summary: dict[int, PartnerActivity] = {}
    kinds = labels(RelationKind.choices)
    for event in events.select_related("partner__city", "partner__institution"):
        row = summary.get(event.partner_id)
        if row is None:
            row = summary[event.partner_id] = PartnerActivity(
                str(event.partner), event.partner.city.country, kinds.get(event.partner.kind, ""), 0, 0)
        row.activities += 1
        row.participants += event.participants or 0
    return sorted(summary.values(), key=lambda r: (-r.activities, r.partner))


def results_data(scope: ReportScope) -> ResultsReport:
    converter = Converter(scope.until)
    year = scope.since
    facts: list[Fact] = []

    networks = rules.active_memberships(scope.records(Membership), scope.until) \
        .values("organisation_id").distinct().count()
    facts.append(Fact("networks", networks, ngettext(
        "The municipality is a member of %(count)s international network or organisation.",
        "The municipality is a member of %(count)s international networks and organisations.", networks,
    ) % {"count": formatting.number(networks)}))

    started = rules.projects_started(scope.records(Project), scope.since_date, scope.until)
    projects = started.count()
    facts.append(Fact("projects", projects, ngettext(
        "Since %(year)s the municipality has taken part in %(count)s international project.",
        "Since %(year)s the municipality has taken part in %(count)s international projects.", projects,
    ) % {"year": year, "count": formatting.number(projects)}))
    facts.extend(_programme_facts(scope, started))

    funding = converter.total(money_or_none(a, c) for a, c in started.values_list("external_funding",
                                                                                    "budget_currency"))
    facts.append(Fact("funding", funding, _(
        "Since %(year)s the municipality has brought home %(amount)s of external funding."
    ) % {"year": year, "amount": _amount_text(funding) if not funding.is_empty else formatting.money_short(
        Money(Decimal(0), "DKK"))}))

    partners = rules.active_partners(scope.records(Partner), scope.until)
    twins = partners.filter(kind__in=TWINNING).count()
    facts.append(Fact("twin_cities", twins, ngettext(
        "The municipality has %(count)s twin or sister city.",
        "The municipality has %(count)s twin and sister cities.", twins) % {"count": formatting.number(twins)}))
    others = partners.exclude(kind__in=TWINNING).count()
    facts.append(Fact("other_partners", others, ngettext(
        "The municipality has %(count)s other active partnership abroad.",
        "The municipality has %(count)s other active partnerships abroad.", others,
    ) % {"count": formatting.number(others)}))
    signed = scope.records(Partner).filter(signed_on__gte=scope.since_date, signed_on__lte=scope.until).count()
    facts.append(Fact("new_agreements", signed, ngettext(
        "Since %(year)s the municipality has signed %(count)s new agreement with a city abroad.",
        "Since %(year)s the municipality has signed %(count)s new agreements with cities abroad.", signed,
    ) % {"year": year, "count": formatting.number(signed)}))

    partner_activity = _partner_activity(scope)
    activities = sum(p.activities for p in partner_activity)
    participants = sum(p.participants for p in partner_activity)
    facts.append(Fact("partner_activities", activities, ngettext(
        "Since %(year)s there has been %(count)s activity with partner cities, with %(participants)s participants "
        "in all.",
        "Since %(year)s there have been %(count)s activities with partner cities, with %(participants)s "
        "participants in all.", activities,
    ) % {"year": year, "count": formatting.number(activities), "participants": formatting.number(participants)}))

    visits = rules.counted_visits(scope.records(Visit), scope.since_date, scope.until)
    incoming = visits.filter(direction=Direction.INCOMING).count()
    facts.append(Fact("incoming_visits", incoming, ngettext(
        "Since %(year)s the municipality has received %(count)s delegation visit from abroad.",
        "Since %(year)s the municipality has received %(count)s delegation visits from abroad.", incoming,
    ) % {"year": year, "count": formatting.number(incoming)}))

    return ResultsReport(
        municipality=scope.municipality.name, since=scope.since, until=scope.until,
        generated_on=timezone.localdate(), departments=[d.name for d in scope.departments],
        all_departments=scope.all_departments, facts=facts, activities=_activities(scope),
        partner_activity=partner_activity, rates=converter.rates_used, missing_rates=converter.missing_rates,
    )
