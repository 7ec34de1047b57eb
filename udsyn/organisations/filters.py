import django_filters
from django.utils.translation import gettext_lazy as _

from .models import City, Organisation


class OrganisationFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains", label=_("Search"))
    country = django_filters.CharFilter(lookup_expr="iexact", label=_("Country"))

    class Meta:
        model = Organisation
        fields = ["q", "kind", "country"]


class CityFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains", label=_("Search"))
    country = django_filters.CharFilter(lookup_expr="iexact", label=_("Country"))

    class Meta:
        model = City
        fields = ["q", "country"]
