import django_filters
from django.utils.translation import gettext_lazy as _

from udsyn.core.filters import RecordFilterSet

from .models import Partner


class PartnerFilterSet(RecordFilterSet):
    country = django_filters.CharFilter(field_name="city__country", lookup_expr="iexact", label=_("Country"))
    active = django_filters.BooleanFilter(field_name="ended_on", lookup_expr="isnull", label=_("Active"))

    class Meta:
        model = Partner
        fields = ["q", "department", "kind", "country", "active"]
