"""Filters shared by every register list: one FilterSet serves the list page and the API."""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django_filters.filters import QuerySetRequestMixin
from django_filters.rest_framework import DjangoFilterBackend

from udsyn.core import search
from udsyn.core.forms import LOOKUP_LIMIT, LookupSelect
from udsyn.core.limits import NUMBER_LIMIT, YEAR_MAX, YEAR_MIN
from udsyn.core.models import department_model, municipality_model
from udsyn.core.registry import visible_to


def _municipalities(request: Any) -> QuerySet:
    return municipality_model().objects.all()


def _departments(request: Any) -> QuerySet:
    return department_model().objects.select_related("municipality")


def scope_filter_choices(filterset: django_filters.FilterSet) -> None:
    """Every choice of a related row a filter offers (municipality, department, programme, partner...) limited to the
    rows the request's user may see (udsyn.core.registry.visible_to): a list's filter panel names no other
    municipality's departments, and filtering by one of them is an invalid choice. Call it before the form is built."""
    user = getattr(getattr(filterset, "request", None), "user", None)
    for filter_ in filterset.filters.values():
        if isinstance(filter_, QuerySetRequestMixin):
            original = filter_.queryset

            def scoped(request: Any, original: Any = original, model: Any = filter_.model) -> QuerySet:
                queryset = original(request) if callable(original) else original
                if queryset is None:  # a filter declared without a queryset: its field's related model's rows
                    queryset = model._default_manager.none()
                return visible_to(user, queryset.all())

            filter_.queryset = scoped
            filter_.__dict__.pop("_field", None)


class LookupFilter(django_filters.ModelChoiceFilter):
    """A filter on a record of a table that grows with the register (partner, project): the page offers a search box
    (LookupSelect) instead of every row; `lookup_fields` are searched (each word in any of them), `lookup_order`
    orders the matches (ending with the id, so rows sharing a name keep one order)."""

    def __init__(self, *args: Any, lookup_fields: tuple[str, ...] = (), lookup_order: tuple[str, ...] = (),
                 describe: Any = None, **kwargs: Any) -> None:
        kwargs.setdefault("widget", LookupSelect())
        super().__init__(*args, **kwargs)
        self.lookup_fields = lookup_fields
        self.lookup_order = (*lookup_order, "pk")
        self.describe = describe  # a row's name in the box, when str() cannot tell rows apart

    @property
    def field(self) -> forms.Field:
        field = super().field
        if self.describe is not None:
            field.label_from_instance = self.describe
        return field

    def matches(self, queryset: QuerySet, text: str) -> QuerySet:
        """At most LOOKUP_LIMIT rows of `queryset` (already scoped to the user) whose fields contain every word."""
        condition = Q()
        for word in text.split()[:10]:
            word_q = Q()
            for field in self.lookup_fields:
                word_q |= Q(**{f"{field}__icontains": word})
            condition &= word_q
        return queryset.filter(condition).order_by(*self.lookup_order)[:LOOKUP_LIMIT]


class ScopedFilterBackend(DjangoFilterBackend):
    """The API's filters, with their choices limited to what the user may see (scope_filter_choices)."""

    def get_filterset(self, request: Any, queryset: QuerySet, view: Any) -> Any:
        filterset = super().get_filterset(request, queryset, view)
        if filterset is not None:
            scope_filter_choices(filterset)
        return filterset


def search_filter(queryset: QuerySet, name: str, value: str, fields: tuple[str, ...] = (), user: Any = None
                  ) -> QuerySet:
    """Free-text search through the register's one search index (udsyn.core.search); a model the index does not
    hold falls back to `icontains` over `fields`. `user`: whose visible records `queryset` holds (the index is then
    read for that user's municipalities only)."""
    if not value.strip():
        return queryset
    found = search.filter_queryset(queryset, value, user=user)
    if found is not None:
        return found
    condition = Q()
    for word in value.split():
        word_q = Q()
        for field in fields:
            word_q |= Q(**{f"{field}__icontains": word})
        condition &= word_q
    return queryset.filter(condition).distinct()


class SearchFilter(django_filters.CharFilter):
    """The `q` of a list and the API: the search index for indexed models."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("Search"))
        super().__init__(*args, method=search_filter, **kwargs)


class YearFilter(django_filters.NumberFilter):
    """A year: a whole number from YEAR_MIN to YEAR_MAX (year 0 or 10000 would reach the database as a date it
    cannot build)."""

    field_class = forms.IntegerField


def is_year_filter(filter_: django_filters.Filter) -> bool:
    lookups = str(filter_.lookup_expr or "").split("__")
    return isinstance(filter_, YearFilter) or "year" in lookups or "year" in str(filter_.field_name or "")


def bound_filter(filter_: django_filters.Filter) -> None:
    """Give a number filter the range the database can answer: years from YEAR_MIN to YEAR_MAX, other numbers
    within ±NUMBER_LIMIT; a value outside is an invalid filter (400 in the API, an error beside the field on a page)."""
    if not isinstance(filter_, django_filters.NumberFilter):
        return
    if is_year_filter(filter_):
        filter_.field_class = forms.IntegerField
        low, high = YEAR_MIN, YEAR_MAX
        message = format_lazy(_("Give a year from {min} to {max}."), min=YEAR_MIN, max=YEAR_MAX)
    else:
        low, high = -NUMBER_LIMIT, NUMBER_LIMIT
        message = format_lazy(_("Give a number from {min} to {max}."), min=-NUMBER_LIMIT, max=NUMBER_LIMIT)
    filter_.extra["min_value"] = max(filter_.extra.get("min_value", low), low)
    filter_.extra["max_value"] = min(filter_.extra.get("max_value", high), high)
    filter_.extra.setdefault("error_messages", {}).update(min_value=message, max_value=message)
    filter_.__dict__.pop("_field", None)


class BoundedFilterSet(django_filters.FilterSet):
    """Base of every FilterSet of the application (a test checks it): number and year filters accept only values the
    database can answer, so out-of-range input is a clear 400 and never a server error."""

    @classmethod
    def get_filters(cls) -> dict[str, django_filters.Filter]:
        filters = super().get_filters()
        for filter_ in filters.values():
            bound_filter(filter_)
        return filters


class RecordFilterSet(BoundedFilterSet):
    """Base: free-text search `q` (the search index; `search_fields` for a model it does not hold), and the owning
    department."""

    search_fields: tuple[str, ...] = ()

    q = django_filters.CharFilter(label=_("Search"), method="filter_search")
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"), field_name="department__municipality", queryset=_municipalities
    )
    department = django_filters.ModelChoiceFilter(
        label=_("Department"), queryset=_departments
    )

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return search_filter(queryset, name, value, self.search_fields, user=getattr(self.request, "user", None))


def fresh_fields(filterset: django_filters.FilterSet) -> None:
    """Build this filterset's form fields afresh. A field built once on the class's own filters (the OpenAPI
    document does that) has no label and would show the model field's bare English name ("Kind") on every page
    after."""
    for filter_ in filterset.filters.values():
        filter_.__dict__.pop("_field", None)


def year_range_filters(start_field: str, end_field: str):
    """Filters `active_in` (a year) for records with a period."""

    def active_in(queryset: QuerySet, name: str, value: int) -> QuerySet:
        return queryset.filter(
            (Q(**{f"{start_field}__year__lte": value}) | Q(**{f"{start_field}__isnull": True}))
            & (Q(**{f"{end_field}__year__gte": value}) | Q(**{f"{end_field}__isnull": True}))
        )

    return YearFilter(label=_("Active in year"), method=lambda qs, n, v: active_in(qs, n, v))
