"""One filter definition for the desk's queue page and the API."""

import re

import django_filters
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from udsyn.core.filters import RecordFilterSet

from .models import OPEN_STATUSES, DelegationRequest

NUMBER = re.compile(r"D-(?P<year>\d{4})-(?P<pk>\d+)", re.IGNORECASE)


class DelegationRequestFilterSet(RecordFilterSet):
    search_fields = ("organisation_name", "city_name", "wishes")
    country = django_filters.CharFilter(field_name="country", lookup_expr="iexact", label=_("Country"))
    year = django_filters.NumberFilter(field_name="submitted_at", lookup_expr="year", label=_("Year received"))
    waiting = django_filters.BooleanFilter(label=_("Waiting for a decision"), method="filter_waiting")

    class Meta:
        model = DelegationRequest
        fields = ["q", "waiting", "status", "suggestion", "department", "level", "country", "year"]

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """A request's number (D-2026-0042, as a delegation quotes it) finds that request; other words search."""
        number = NUMBER.fullmatch(value.strip())
        if number:
            return queryset.filter(pk=int(number["pk"]), submitted_at__year=int(number["year"]))
        return super().filter_search(queryset, name, value)

    def filter_waiting(self, queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
        if value is None:
            return queryset
        return queryset.filter(status__in=OPEN_STATUSES) if value else queryset.exclude(status__in=OPEN_STATUSES)
