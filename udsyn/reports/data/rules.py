"""The counting rules every report uses, in one place so a figure means the same everywhere.

- A membership is *active* on a date when its period contains the date (open ends count as open).
- A partner agreement is *active* on a date when signed on or before it (or no date known) and not ended by then.
- A project is *funded* when its status is ongoing or completed (planned, applied-for and rejected ones are not);
  it is *ongoing* on a date when funded and its period contains the date (a completed project without an end
  date is not ongoing).
- *External funding since a year* is the external funding of funded projects that started from 1 January of that
  year up to the reporting date.
- A delegation visit *counts* when it was held or confirmed and starts within the period; requests, declined and
  cancelled visits do not.
- An event (activity) counts when its date is within the period.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet

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


def ongoing_projects(queryset: QuerySet, on: dt.date) -> QuerySet:
    return funded_projects(queryset).filter(
        Q(start__isnull=True) | Q(start__lte=on),
        Q(end__gte=on) | Q(end__isnull=True, status=Status.ACTIVE),
    )


def projects_started(queryset: QuerySet, since: dt.date, until: dt.date) -> QuerySet:
    return funded_projects(queryset).filter(start__gte=since, start__lte=until)


def counted_visits(queryset: QuerySet, since: dt.date, until: dt.date) -> QuerySet:
    return queryset.filter(status__in=COUNTED_VISIT_STATUSES, start__gte=since, start__lte=until)


def events_in(queryset: QuerySet, since: dt.date, until: dt.date) -> QuerySet:
    return queryset.filter(date__gte=since, date__lte=until)
