import django_filters
from django.utils.translation import gettext_lazy as _

from udsyn.core.filters import RecordFilterSet, year_range_filters
from udsyn.organisations.models import OrganisationKind

from .models import Membership


class MembershipFilterSet(RecordFilterSet):
    kind = django_filters.ChoiceFilter(field_name="organisation__kind", choices=OrganisationKind.choices,
                                       label=_("Kind"))
    country = django_filters.CharFilter(field_name="organisation__country", lookup_expr="iexact",
                                        label=_("Country"))
    active_in = year_range_filters("start", "end")

    class Meta:
        model = Membership
        fields = ["q", "department", "kind", "country", "fee_currency", "active_in"]
