"""The headline figures of the dashboard, as plain data, so reports can reuse them.

Money is summed exactly (Decimal). Amounts are converted to DKK with the stored exchange rate on or before the day
looked at (udsyn.core.models.to_dkk); a currency without a stored rate is never guessed: it is reported on its own.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Q, QuerySet

from udsyn.core.models import MissingRate, to_dkk
from udsyn.core.money import Money

UPCOMING_DAYS = 60


@dataclass
class Total:
    """A DKK total of everything that could be converted, plus per-currency sums that had no exchange rate."""

    dkk: Decimal = Decimal("0.00")
    unconverted: dict[str, Decimal] = field(default_factory=dict)
    count: int = 0

    @property
    def unconverted_list(self) -> list[Money]:
        return [Money(amount, currency) for currency, amount in sorted(self.unconverted.items())]


def total_in_dkk(amounts: Iterable[tuple[Decimal | None, str]], on: dt.date | None = None) -> Total:
    """Sum (amount, currency) pairs in DKK; amounts in a currency without a rate stay in their own currency."""
    total = Total()
    for amount, currency in amounts:
        if amount is None:
            continue
        total.count += 1
        try:
            total.dkk += to_dkk(Money(amount, currency), on).amount
        except MissingRate:
            total.unconverted[currency] = total.unconverted.get(currency, Decimal("0.00")) + amount
    return total


def active_on(on: dt.date, start: str = "start", end: str = "end") -> Q:
    """Records whose period covers `on` (an open start or end counts as covering)."""
    return (Q(**{f"{start}__lte": on}) | Q(**{f"{start}__isnull": True})) & \
        (Q(**{f"{end}__gte": on}) | Q(**{f"{end}__isnull": True}))


def active_memberships(on: dt.date | None = None) -> QuerySet:
    from udsyn.memberships.models import Membership

    return Membership.objects.filter(active_on(on or dt.date.today())).select_related("organisation", "department")


def membership_figures(on: dt.date | None = None) -> dict[str, Any]:
    """Active memberships and their total annual fees."""
    memberships = active_memberships(on)
    fees = total_in_dkk(memberships.values_list("annual_fee", "fee_currency"), on)
    return {"count": memberships.count(), "fees": fees}


def partner_figures(on: dt.date | None = None) -> dict[str, Any]:
    """Active partner cities: agreements not ended (or ending after `on`)."""
    from udsyn.partners.models import Partner

    on = on or dt.date.today()
    partners = Partner.objects.filter(Q(ended_on__isnull=True) | Q(ended_on__gt=on))
    return {"count": partners.count(), "cities": partners.values("city").distinct().count(),
            "countries": partners.values("city__country").distinct().count()}


def active_projects(on: dt.date | None = None) -> QuerySet:
    from udsyn.projects.models import Project, Status

    return Project.objects.filter(active_on(on or dt.date.today()), status=Status.ACTIVE)


def project_figures(on: dt.date | None = None) -> dict[str, Any]:
    """Ongoing projects and the external funding they bring the municipality."""
    projects = active_projects(on)
    funding = total_in_dkk(projects.values_list("external_funding", "budget_currency"), on)
    return {"count": projects.count(), "external_funding": funding}


def upcoming_visits(on: dt.date | None = None, days: int = UPCOMING_DAYS) -> list:
    """Delegation visits starting in the next `days` days that are not declined or cancelled."""
    from udsyn.visits.models import Visit, VisitStatus

    on = on or dt.date.today()
    return list(Visit.objects.filter(start__gte=on, start__lte=on + dt.timedelta(days=days))
                .exclude(status__in=[VisitStatus.DECLINED, VisitStatus.CANCELLED])
                .select_related("city", "organisation", "department").order_by("start"))


def strategy_figures(on: dt.date | None = None) -> dict[str, Any]:
    """Indicators and goals on and off track (rule: udsyn.strategies.status)."""
    from udsyn.strategies.models import Indicator
    from udsyn.strategies.status import TrackStatus, goal_status, progress

    indicators = Indicator.objects.select_related("goal").prefetch_related("measurements")
    by_goal: dict[int, list[TrackStatus]] = {}
    off_track = []
    indicator_counts: Counter = Counter()
    for indicator in indicators:
        result = progress(indicator, on, indicator.measurements.all())
        indicator_counts[result.status] += 1
        by_goal.setdefault(indicator.goal_id, []).append(result.status)
        if result.status == TrackStatus.OFF_TRACK:
            off_track.append({"indicator": indicator, "progress": result})
    goal_counts = Counter(goal_status(statuses) for statuses in by_goal.values())
    return {
        "indicators": {s.value: indicator_counts[s] for s in TrackStatus},
        "goals": {s.value: goal_counts[s] for s in TrackStatus},
        "indicator_total": sum(indicator_counts.values()),
        "goal_total": len(by_goal),
        "off_track": off_track,
    }


def headline(on: dt.date | None = None) -> dict[str, Any]:
    """Everything the dashboard shows."""
    on = on or dt.date.today()
    return {
        "on": on,
        "memberships": membership_figures(on),
        "partners": partner_figures(on),
        "projects": project_figures(on),
        "visits": upcoming_visits(on),
        "visit_days": UPCOMING_DAYS,
        "strategies": strategy_figures(on),
    }
