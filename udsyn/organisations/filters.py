import django_filters
from django.utils.translation import gettext_lazy as _

from udsyn.core.filters import BoundedFilterSet, SearchFilter

from .models import City, Organisation


class OrganisationFilterSet(BoundedFilterSet):
    q = SearchFilter()
    country = django_filters.CharFilter(lookup_expr="iexact", label=_("Country"))

    class Meta:
        model = Organisation
        fields = ["q", "kind", "country"]


class CityFilterSet(BoundedFilterSet):
    q = SearchFilter()
    country = django_filters.CharFilter(lookup_expr="iexact", label=_("Country"))

    class Meta:
        model = City
        fields = ["q", "country"]
