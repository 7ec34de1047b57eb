import django_filters
from django.utils.translation import gettext_lazy as _

from udsyn.core.filters import RecordFilterSet, year_range_filters

from .models import Programme, Project


class ProjectFilterSet(RecordFilterSet):
    programme = django_filters.ModelChoiceFilter(queryset=Programme.objects.all(), label=_("Programme"))
    programme_family = django_filters.CharFilter(field_name="programme__family", lookup_expr="iexact",
                                                 label=_("Programme family"))
    active_in = year_range_filters("start", "end")

    class Meta:
        model = Project
        fields = ["q", "department", "programme", "programme_family", "role", "status", "active_in"]
