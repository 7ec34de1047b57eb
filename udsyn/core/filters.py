"""Filters shared by every register list: one FilterSet serves the list page and the API."""

from __future__ import annotations

import django_filters
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from udsyn.organisations.models import Department, Municipality


class RecordFilterSet(django_filters.FilterSet):
    """Base: free-text search `q` over `search_fields`, and the owning department."""

    search_fields: tuple[str, ...] = ()

    q = django_filters.CharFilter(label=_("Search"), method="filter_search")
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"), field_name="department__municipality", queryset=Municipality.objects.all()
    )
    department = django_filters.ModelChoiceFilter(
        label=_("Department"), queryset=Department.objects.select_related("municipality")
    )

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        condition = Q()
        for word in value.split():
            word_q = Q()
            for field in self.search_fields:
                word_q |= Q(**{f"{field}__icontains": word})
            condition &= word_q
        return queryset.filter(condition).distinct() if value.split() else queryset


def year_range_filters(start_field: str, end_field: str):
    """Filters `active_in` (a year) for records with a period."""

    def active_in(queryset: QuerySet, name: str, value: int) -> QuerySet:
        return queryset.filter(
            (Q(**{f"{start_field}__year__lte": value}) | Q(**{f"{start_field}__isnull": True}))
            & (Q(**{f"{end_field}__year__gte": value}) | Q(**{f"{end_field}__isnull": True}))
        )

    return django_filters.NumberFilter(label=_("Active in year"), method=lambda qs, n, v: active_in(qs, n, v))
