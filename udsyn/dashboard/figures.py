"""The headline figures of the dashboard, as plain data, so reports can reuse them.

Every figure can be scoped to one municipality (`municipality`: a Municipality, its id, or None for all
municipalities); records belong to a municipality through their department. The counting rules (what is an active
partner, a funded or ongoing project, external funding since a year) are the reports' rules in
udsyn.reports.data.rules, so that the dashboard and the reports give the same figure.

Money is summed exactly (Decimal), in the database, per currency; each currency's sum is converted to DKK with the
stored exchange rate on or before the day looked at (udsyn.core.models.to_dkk); a currency without a stored rate is
never guessed: it is reported on its own. Every figure is one or two SQL queries whatever the number of records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery, Sum

from udsyn.core.models import MissingRate, to_dkk
from udsyn.core.money import Money

UPCOMING_DAYS = 60
UPCOMING_SHOWN = 20


@dataclass
class Total:
    """A DKK total of everything that could be converted, plus per-currency sums that had no exchange rate."""

    dkk: Decimal = Decimal("0.00")
    unconverted: dict[str, Decimal] = field(default_factory=dict)
    count: int = 0

    @property
    def unconverted_list(self) -> list[Money]:
        return [Money(amount, currency) for currency, amount in sorted(self.unconverted.items())]


def sum_in_dkk(queryset: QuerySet, amount: str, currency: str, on: dt.date | None = None) -> tuple[Total, int]:
    """(The DKK total of `amount` over `queryset`, the number of records): one query summing per currency in the
    database, then one exchange-rate lookup per currency; amounts in a currency without a rate stay in it."""
    total, records = Total(), 0
    rows = queryset.order_by().values(currency).annotate(sum=Sum(amount), amounts=Count(amount), records=Count("pk"))
    for row in rows:
        records += row["records"]
        if not row["amounts"]:
            continue
        total.count += row["amounts"]
        code = row[currency]
        try:
            total.dkk += to_dkk(Money(row["sum"], code), on).amount
        except MissingRate:
            total.unconverted[code] = total.unconverted.get(code, Decimal("0.00")) + row["sum"]
    return total, records


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
    fees, count = sum_in_dkk(active_memberships(on, municipality=municipality), "annual_fee", "fee_currency", on)
    return {"count": count, "fees": fees}


def partner_figures(on: dt.date | None = None, *, municipality: Any = None) -> dict[str, Any]:
    """Active partner cities: agreements signed by `on` (or undated) and not ended by then."""
    from udsyn.partners.models import Partner
    from udsyn.reports.data.rules import active_partners

    partners = active_partners(in_municipality(Partner.objects.all(), municipality), on or dt.date.today())
    return partners.aggregate(count=Count("pk"), cities=Count("city", distinct=True),
                              countries=Count("city__country", distinct=True))


def active_projects(on: dt.date | None = None, *, municipality: Any = None) -> QuerySet:
    """Projects ongoing on `on`: funded (ongoing or completed) and within their period."""
    from udsyn.projects.models import Project
    from udsyn.reports.data.rules import ongoing_projects

    return ongoing_projects(in_municipality(Project.objects.all(), municipality), on or dt.date.today())


def project_figures(on: dt.date | None = None, *, municipality: Any = None) -> dict[str, Any]:
    """Ongoing projects and the external funding they bring the municipality."""
    funding, count = sum_in_dkk(active_projects(on, municipality=municipality), "external_funding",
                                "budget_currency", on)
    return {"count": count, "external_funding": funding}


def first_funded_year(*, municipality: Any = None) -> int | None:
    """The year the earliest funded project started; None when no funded project has a start date."""
    from udsyn.projects.models import Project
    from udsyn.reports.data.rules import first_funded_year as first_year

    return first_year(in_municipality(Project.objects.all(), municipality))


def funding_figures(since: int | None = None, on: dt.date | None = None, *, municipality: Any = None) \
        -> dict[str, Any]:
    """External funding brought home from 1 January `since` up to `on`: the reports' rule
    (udsyn.reports.data.rules.funding_projects: funded projects that started in the period, and those without a start
    date that were running in it), so the dashboard and a report of the same period give the same figure.

    `since` defaults to the year of the earliest funded project. `undated` says how many of the projects counted have
    no start date (the page says so).
    """
    from udsyn.projects.models import Project
    from udsyn.reports.data.rules import funding_projects

    on = on or dt.date.today()
    first_year = first_funded_year(municipality=municipality)
    since = since or first_year or on.year
    counted = funding_projects(in_municipality(Project.objects.all(), municipality), dt.date(since, 1, 1), on)
    total, count = sum_in_dkk(counted, "external_funding", "budget_currency", on)
    return {
        "since": since,
        "first_year": first_year,
        "count": count,
        "total": total,
        "undated": counted.filter(start__isnull=True).count(),
    }


def upcoming_visits(on: dt.date | None = None, days: int = UPCOMING_DAYS, *, municipality: Any = None,
                    limit: int | None = None) -> list:
    """Delegation visits starting in the next `days` days that are not declined or cancelled (the first `limit`)."""
    visits = upcoming_visits_queryset(on, days, municipality=municipality)
    return list(visits[:limit] if limit else visits)


def upcoming_visits_queryset(on: dt.date | None = None, days: int = UPCOMING_DAYS, *, municipality: Any = None) \
        -> QuerySet:
    from udsyn.visits.models import Visit, VisitStatus

    on = on or dt.date.today()
    visits = Visit.objects.filter(start__gte=on, start__lte=on + dt.timedelta(days=days)) \
        .exclude(status__in=[VisitStatus.DECLINED, VisitStatus.CANCELLED])
    return in_municipality(visits, municipality).select_related("city", "organisation", "department") \
        .order_by("start", "pk")


def strategy_figures(on: dt.date | None = None, *, municipality: Any = None) -> dict[str, Any]:
    """Indicators and goals on and off track (rule: udsyn.strategies.status)."""
    from udsyn.strategies.models import Indicator
    from udsyn.strategies.status import TrackStatus, goal_status, progress

    on = on or dt.date.today()
    indicators = in_municipality(Indicator.objects.all(), municipality).select_related("goal") \
        .annotate(**_end_points(on))
    by_goal: dict[int, list[TrackStatus]] = {}
    off_track = []
    indicator_counts: Counter = Counter()
    for indicator in indicators:
        result = progress(indicator, on, _points(indicator))
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


def _end_points(on: dt.date) -> dict[str, Subquery]:
    """Each indicator's first and latest measurement on or before `on`, as subqueries of the one indicator query:
    the status rule (udsyn.strategies.status) needs no other measurement."""
    from udsyn.strategies.models import Measurement

    measured = Measurement.objects.filter(indicator=OuterRef("pk"), date__lte=on)
    return {f"{end}_{column}": Subquery(measured.order_by(order).values(column)[:1])
            for end, order in (("first", "date"), ("latest", "-date")) for column in ("date", "value")}


def _points(indicator: Any) -> list[SimpleNamespace]:
    if indicator.latest_date is None:
        return []
    points = [SimpleNamespace(date=indicator.latest_date, value=indicator.latest_value)]
    if indicator.first_date != indicator.latest_date:  # one measurement per date: a second point exists
        points.insert(0, SimpleNamespace(date=indicator.first_date, value=indicator.first_value))
    return points


# The tables the figures read. Every change to them writes a history row (who, when, what), so the newest history
# row of each says whether anything changed since the figures were computed.
FIGURE_MODELS = ("memberships.Membership", "partners.Partner", "projects.Project", "visits.Visit",
                 "strategies.Indicator", "strategies.Measurement", "core.ExchangeRate", "organisations.City",
                 "organisations.Organisation", "organisations.Department")
CACHE_SECONDS = 600


def register_state() -> str:
    """One query: the newest history row (id and time) of each table the figures read."""
    from django.apps import apps
    from django.db import connection

    parts = []
    for label in FIGURE_MODELS:
        table = connection.ops.quote_name(apps.get_model(label).history.model._meta.db_table)
        parts.append(f"(SELECT MAX(history_id) FROM {table}), (SELECT MAX(history_date) FROM {table})")
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))  # noqa: S608 - the models' own table names
        return "|".join(str(value) for value in cursor.fetchone())


def cached(state: str, name: str, *key: Any, compute: Any) -> Any:
    """`compute()`, remembered until the register changes (`state`, from register_state) or CACHE_SECONDS pass:
    a dashboard looked at again and again costs one query, not its aggregates over every record."""
    from django.core.cache import cache

    cache_key = "dashboard:" + hashlib.sha256(":".join([state, name, *map(str, key)]).encode()).hexdigest()
    value = cache.get(cache_key)
    if value is None:
        value = {"value": compute()}
        cache.set(cache_key, value, CACHE_SECONDS)
    return value["value"]


def headline(on: dt.date | None = None, *, municipality: Any = None, since: int | None = None) -> dict[str, Any]:
    """Everything the dashboard shows, for one municipality (None: all municipalities together)."""
    on = on or dt.date.today()
    return {
        "on": on,
        "memberships": membership_figures(on, municipality=municipality),
        "partners": partner_figures(on, municipality=municipality),
        "projects": project_figures(on, municipality=municipality),
        "funding": funding_figures(since, on, municipality=municipality),
        "visits": upcoming_visits(on, municipality=municipality, limit=UPCOMING_SHOWN),
        "visits_total": upcoming_visits_queryset(on, municipality=municipality).count(),
        "visit_days": UPCOMING_DAYS,
        "strategies": strategy_figures(on, municipality=municipality),
    }
