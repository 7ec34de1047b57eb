"""The headline figures of the dashboard, as plain data, so reports can reuse them.

Every figure can be scoped to one municipality (`municipality`: a Municipality, its id, or None for all
municipalities); records belong to a municipality through their department. The counting rules (what is an active
partner, a funded or ongoing project, external funding since a year) are the reports' rules in
udsyn.reports.data.rules, so that the dashboard and the reports give the same figure.

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

from django.db.models import Min, Q, QuerySet

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


def in_municipality(queryset: QuerySet, municipality: Any = None) -> QuerySet:
    """The records of one municipality (a Municipality or its id); all of them when `municipality` is None."""
    return queryset if municipality is None else queryset.filter(department__municipality=municipality)


def active_memberships(on: dt.date | None = None, *, municipality: Any = None) -> QuerySet:
    from udsyn.memberships.models import Membership

    memberships = Membership.objects.filter(active_on(on or dt.date.today()))
    return in_municipality(memberships, municipality).select_related("organisation", "department")


def membership_figures(on: dt.date | None = None, *, municipality: Any = None) -> dict[str, Any]:
    """Active memberships and their total annual fees."""
    memberships = active_memberships(on, municipality=municipality)
    fees = total_in_dkk(memberships.values_list("annual_fee", "fee_currency"), on)
    return {"count": memberships.count(), "fees": fees}


def partner_figures(on: dt.date | None = None, *, municipality: Any = None) -> dict[str, Any]:
    """Active partner cities: agreements signed by `on` (or undated) and not ended by then."""
    from udsyn.partners.models import Partner
    from udsyn.reports.data.rules import active_partners

    partners = active_partners(in_municipality(Partner.objects.all(), municipality), on or dt.date.today())
    return {"count": partners.count(), "cities": partners.values("city").distinct().count(),
            "countries": partners.values("city__country").distinct().count()}


def active_projects(on: dt.date | None = None, *, municipality: Any = None) -> QuerySet:
    """Projects ongoing on `on`: funded (ongoing or completed) and within their period."""
    from udsyn.projects.models import Project
    from udsyn.reports.data.rules import ongoing_projects

    return ongoing_projects(in_municipality(Project.objects.all(), municipality), on or dt.date.today())


def project_figures(on: dt.date | None = None, *, municipality: Any = None) -> dict[str, Any]:
    """Ongoing projects and the external funding they bring the municipality."""
    projects = active_projects(on, municipality=municipality)
    funding = total_in_dkk(projects.values_list("external_funding", "budget_currency"), on)
    return {"count": projects.count(), "external_funding": funding}


def first_funded_year(*, municipality: Any = None) -> int | None:
    """The year the earliest funded project started; None when no funded project has a start date."""
    from udsyn.projects.models import Project
    from udsyn.reports.data.rules import funded_projects

    first = funded_projects(in_municipality(Project.objects.all(), municipality)).aggregate(first=Min("start"))
    return first["first"].year if first["first"] else None


def funding_figures(since: int | None = None, on: dt.date | None = None, *, municipality: Any = None) \
        -> dict[str, Any]:
    """External funding of the funded projects that started from 1 January `since` up to `on`.

    `since` defaults to the year of the earliest funded project. `undated` counts funded projects without a start
    date: they cannot be placed in time, so they are left out of the figure and the page says how many there are.
    """
    from udsyn.projects.models import Project
    from udsyn.reports.data.rules import funded_projects, projects_started

    on = on or dt.date.today()
    first_year = first_funded_year(municipality=municipality)
    since = since or first_year or on.year
    scoped = in_municipality(Project.objects.all(), municipality)
    projects = projects_started(scoped, dt.date(since, 1, 1), on)
    return {
        "since": since,
        "first_year": first_year,
        "count": projects.count(),
        "total": total_in_dkk(projects.values_list("external_funding", "budget_currency"), on),
        "undated": funded_projects(scoped).filter(start__isnull=True).count(),
    }


def upcoming_visits(on: dt.date | None = None, days: int = UPCOMING_DAYS, *, municipality: Any = None) -> list:
    """Delegation visits starting in the next `days` days that are not declined or cancelled."""
    from udsyn.visits.models import Visit, VisitStatus

    on = on or dt.date.today()
    visits = Visit.objects.filter(start__gte=on, start__lte=on + dt.timedelta(days=days)) \
        .exclude(status__in=[VisitStatus.DECLINED, VisitStatus.CANCELLED])
    return list(in_municipality(visits, municipality).select_related("city", "organisation", "department")
                .order_by("start"))


def strategy_figures(on: dt.date | None = None, *, municipality: Any = None) -> dict[str, Any]:
    """Indicators and goals on and off track (rule: udsyn.strategies.status)."""
    from udsyn.strategies.models import Indicator
    from udsyn.strategies.status import TrackStatus, goal_status, progress

    indicators = in_municipality(Indicator.objects.all(), municipality).select_related("goal") \
        .prefetch_related("measurements")
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


def headline(on: dt.date | None = None, *, municipality: Any = None, since: int | None = None) -> dict[str, Any]:
    """Everything the dashboard shows, for one municipality (None: all municipalities together)."""
    on = on or dt.date.today()
    return {
        "on": on,
        "memberships": membership_figures(on, municipality=municipality),
        "partners": partner_figures(on, municipality=municipality),
        "projects": project_figures(on, municipality=municipality),
        "funding": funding_figures(since, on, municipality=municipality),
        "visits": upcoming_visits(on, municipality=municipality),
        "visit_days": UPCOMING_DAYS,
        "strategies": strategy_figures(on, municipality=municipality),
    }
