"""The counting rules every report uses, in one place so a figure means the same everywhere.

- A membership is *active* on a date when its period contains the date (open ends count as open).
- A partner agreement is *active* on a date when signed on or before it (or no date known) and not ended by then.
- A project is *funded* when its status is ongoing or completed (planned, applied-for and rejected ones are not);
  it is *ongoing* on a date when funded and its period contains the date (a completed project without an end
  date is not ongoing).
- A funded project is *in the period* (from 1 January of the first year to the reporting date) when its known dates
  overlap it: started on or before the reporting date (or no start date known) and not ended before the first year
  (or no end date known). A project without a start date is thus counted by its end date, so a project listed as
  ongoing is always in the period, and its money in the period's totals.
- *External funding brought home in the period* is the external funding of the funded projects that *started* in
  the period, as a municipality says "has brought home 100 mio. kr. since 2013": a grant counts once, in the period
  its project started, so consecutive reports never count it twice. A project without a start date counts when it
  was running in the period (by its end date, or always when it has none), so no grant listed is left out of every
  total. One function (`funding_projects`) serves the dashboard's "external funding since" and every report.
  A project is *externally funded* when it has an external funding amount above zero (a project paid from the
  municipality's own budget is not).
- A funded project's money is shown in the *year it started* (funding per programme per year); those without a
  start date in one column after the years.
- A delegation visit *counts* when it was held or confirmed and starts within the period; requests, declined and
  cancelled visits do not.
- An event (activity) counts when its date is within the period.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Min, Q, QuerySet

from udsyn.projects.models import Status
from udsyn.visits.models import VisitStatus

FUNDED_STATUSES = (Status.ACTIVE, Status.COMPLETED)
COUNTED_VISIT_STATUSES = (VisitStatus.HELD, VisitStatus.CONFIRMED)


def active_memberships(queryset: QuerySet, on: dt.date) -> QuerySet:
    return queryset.filter(Q(start__isnull=True) | Q(start__lte=on), Q(end__isnull=True) | Q(end__gte=on))


def active_partners(queryset: QuerySet, on: dt.date) -> QuerySet:
    return queryset.filter(Q(signed_on__isnull=True) | Q(signed_on__lte=on),
                           Q(ended_on__isnull=True) | Q(ended_on__gt=on))


def funded_projects(queryset: QuerySet) -> QuerySet:
    return queryset.filter(status__in=FUNDED_STATUSES)


def first_funded_year(queryset: QuerySet) -> int | None:
    """The year the earliest funded project of `queryset` started; None when none has a start date."""
    first = funded_projects(queryset).aggregate(first=Min("start"))["first"]
    return first.year if first else None


def ongoing_projects(queryset: QuerySet, on: dt.date) -> QuerySet:
    return funded_projects(queryset).filter(
        Q(start__isnull=True) | Q(start__lte=on),
        Q(end__gte=on) | Q(end__isnull=True, status=Status.ACTIVE),
    )


def projects_in_period(queryset: QuerySet, since: dt.date, until: dt.date) -> QuerySet:
    return funded_projects(queryset).filter(Q(start__isnull=True) | Q(start__lte=until),
                                            Q(end__isnull=True) | Q(end__gte=since))


def funding_projects(queryset: QuerySet, since: dt.date, until: dt.date) -> QuerySet:
    """The funded projects whose external funding is brought home in the period: started in it, or without a start
    date and running in it (see the module's rules). Amounts are not looked at: callers say how many have one."""
    return funded_projects(queryset).filter(
        Q(start__gte=since, start__lte=until) | Q(start__isnull=True) & (Q(end__isnull=True) | Q(end__gte=since)))


def externally_funded(queryset: QuerySet) -> QuerySet:
    return queryset.filter(external_funding__gt=0)


def counted_visits(queryset: QuerySet, since: dt.date, until: dt.date) -> QuerySet:
    return queryset.filter(status__in=COUNTED_VISIT_STATUSES, start__gte=since, start__lte=until)


def events_in(queryset: QuerySet, since: dt.date, until: dt.date) -> QuerySet:
    return queryset.filter(date__gte=since, date__lte=until)
