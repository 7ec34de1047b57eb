import django_filters
from django.utils.translation import gettext_lazy as _

from udsyn.core.filters import RecordFilterSet
from udsyn.core.forms import DateInput
from udsyn.partners.models import Partner

from .models import Event, Visit


class VisitFilterSet(RecordFilterSet):
    country = django_filters.CharFilter(field_name="city__country", lookup_expr="iexact", label=_("Country"))
    year = django_filters.NumberFilter(field_name="start", lookup_expr="year", label=_("Year"))
    # A date picker, as on the forms: it sends ISO whatever the reader's language writes dates as.
    start_after = django_filters.DateFilter(field_name="start", lookup_expr="gte", label=_("From date"),
                                            widget=DateInput())

    class Meta:
        model = Visit
        fields = ["q", "department", "direction", "status", "country", "year", "start_after"]


class EventFilterSet(RecordFilterSet):
    # The choices name each partner by its city and institution: fetched with them, not one query per option.
    partner = django_filters.ModelChoiceFilter(
        queryset=lambda request: Partner.objects.select_related("city", "institution"), label=_("Partner city"))
    year = django_filters.NumberFilter(field_name="date", lookup_expr="year", label=_("Year"))

    class Meta:
        model = Event
        fields = ["q", "department", "kind", "partner", "project", "year"]
