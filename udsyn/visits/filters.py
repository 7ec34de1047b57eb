import django_filters
from django.utils.translation import gettext_lazy as _

from udsyn.core.filters import LookupFilter, RecordFilterSet
from udsyn.core.forms import DateInput
from udsyn.partners.models import Partner
from udsyn.projects.models import Project

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
    # Partners and projects grow with the register: a search box, not every row (LookupFilter). A partner is named
    # by its city and institution: fetched with them, not one query per match.
    partner = LookupFilter(
        queryset=lambda request: Partner.objects.select_related("city", "institution"), label=_("Partner city"),
        lookup_fields=("city__name", "institution__name"), lookup_order=("city__name", "institution__name"),
        describe=lambda partner: f"{partner} ({partner.city.country})")  # several cities are called Bergen
    project = LookupFilter(queryset=lambda request: Project.objects.all(), label=_("Project"),
                           lookup_fields=("name", "acronym"), lookup_order=("name",))
    year = django_filters.NumberFilter(field_name="date", lookup_expr="year", label=_("Year"))

    class Meta:
        model = Event
        fields = ["q", "department", "kind", "partner", "project", "year"]
