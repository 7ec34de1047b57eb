"""Pages for delegation visits and events, on the generic record views."""

from __future__ import annotations

import datetime as dt
from typing import Any

import django_filters
from django import forms
from django.db.models import Count, Q, QuerySet, Sum
from django.utils.translation import gettext_lazy as _

from udsyn.core.forms import country_choices
from udsyn.core.generic import (
    Column,
    RecordCreateView,
    RecordDeleteView,
    RecordDetailView,
    RecordListView,
    RecordUpdateView,
    record_url,
)
from udsyn.core.registry import visible_to
from udsyn.organisations.models import City
from udsyn.partners.models import Partner

from .filters import EventFilterSet, VisitFilterSet
from .forms import EventForm, VisitForm
from .models import Event, Visit


def visit_countries() -> list[tuple[str, str]]:
    """The countries of the cities abroad, named in the active language."""
    names = dict(country_choices())
    # The countries of the known cities (a short table), not of every visit: the list stays fast at a million visits.
    codes = {c.upper() for c in City.objects.order_by().values_list("country", flat=True).distinct()}
    return [("", "---------")] + sorted(((c, names.get(c, c)) for c in codes), key=lambda item: item[1])


class VisitPageFilterSet(VisitFilterSet):
    """The API's visit filters, with two conveniences for people: a country picked by name, and 'upcoming'."""

    country = django_filters.ChoiceFilter(field_name="city__country", lookup_expr="iexact", choices=visit_countries,
                                          label=_("Country"))
    upcoming = django_filters.BooleanFilter(method="filter_upcoming", widget=forms.CheckboxInput,
                                            label=_("Upcoming and ongoing only"))

    class Meta(VisitFilterSet.Meta):
        fields = ["q", "upcoming", "department", "direction", "status", "country", "year", "start_after"]

    def filter_upcoming(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        if not value:
            return queryset
        today = dt.date.today()
        # the soonest first: that is the visit to prepare next
        return queryset.filter(Q(start__gte=today) | Q(end__gte=today)).order_by("start", "pk")


class VisitList(RecordListView):
    model = Visit
    filterset_class = VisitPageFilterSet
    columns = [
        Column("start", link=True),
        Column("end"),
        Column("direction"),
        Column("city", order_by="city__name"),
        Column("organisation", order_by="organisation__name"),
        Column("theme"),
        Column("size"),
        Column("status"),
        Column("department", order_by="department__name"),
    ]


class VisitDetail(RecordDetailView):
    model = Visit
    fields = ["direction", "status", "start", "end", "city", "organisation", "size", "theme", "department", "notes"]

    def relation_blocks(self, record: Visit) -> list[dict[str, Any]]:
        """What else the municipality has with the same city or organisation: agreements and earlier visits."""
        blocks = super().relation_blocks(record)
        user = self.request.user
        if record.city_id:
            partners = visible_to(user, Partner.objects.filter(city=record.city)).select_related("city", "institution")
            blocks.append(related_block(_("Partner agreements with %(city)s") % {"city": record.city.name}, partners))
            blocks.append(related_block(_("Other visits with %(city)s") % {"city": record.city.name},
                                        visible_to(user, other_visits(record, city=record.city))))
        if record.organisation_id:
            blocks.append(related_block(_("Other visits with %(organisation)s")
                                        % {"organisation": record.organisation.name},
                                        visible_to(user, other_visits(record, organisation=record.organisation))))
        return blocks


def other_visits(visit: Visit, **same: Any) -> QuerySet:
    return Visit.objects.filter(**same).exclude(pk=visit.pk).select_related("city", "organisation")


def related_block(label: str, records: QuerySet) -> dict[str, Any]:
    return {"label": label, "items": [{"record": r, "url": record_url(r)} for r in records[:100]]}


class VisitCreate(RecordCreateView):
    model = Visit
    form_class = VisitForm


class VisitUpdate(RecordUpdateView):
    model = Visit
    form_class = VisitForm


class VisitDelete(RecordDeleteView):
    model = Visit


class EventList(RecordListView):
    model = Event
    filterset_class = EventFilterSet
    table_template = "visits/_event_table.html"
    select_related = ("department", "partner__city", "partner__institution", "project")
    columns = [
        Column("name", link=True),
        Column("kind"),
        Column("date"),
        Column("participants"),
        Column("partner", order_by="partner__city__name"),
        Column("project", order_by="project__name"),
        Column("department", order_by="department__name"),
    ]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        filterset = context["filterset"]
        # Totals of everything the filters match, not only this page (Aalborg counts "42 activities, 400+").
        totals = filterset.qs.order_by().aggregate(total=Sum("participants"),
                                                   uncounted=Count("pk", filter=Q(participants=None)))
        context["participant_total"], context["uncounted_events"] = totals["total"], totals["uncounted"]
        return context


class EventDetail(RecordDetailView):
    model = Event
    fields = ["name", "kind", "date", "participants", "partner", "project", "department", "description"]


class EventCreate(RecordCreateView):
    model = Event
    form_class = EventForm


class EventUpdate(RecordUpdateView):
    model = Event
    form_class = EventForm


class EventDelete(RecordDeleteView):
    model = Event
