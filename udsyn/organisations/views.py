from django.utils.translation import gettext_lazy as _

from udsyn.core.generic import (
    Column,
    RecordCreateView,
    RecordDeleteView,
    RecordDetailView,
    RecordListView,
    RecordUpdateView,
)

from .filters import CityFilterSet, OrganisationFilterSet
from .forms import CityForm, OrganisationForm
from .models import City, Organisation


class OrganisationList(RecordListView):
    model = Organisation
    filterset_class = OrganisationFilterSet
    columns = [Column("name", link=True), Column("acronym"), Column("kind"), Column("country"), Column("website")]


class OrganisationDetail(RecordDetailView):
    model = Organisation
    relations = [(_("Memberships"), "memberships"), (_("Partner cities"), "partners"),
                 (_("Projects as partner"), "projects"), (_("Projects as lead partner"), "led_projects"),
                 (_("Delegation visits"), "visits")]


class OrganisationCreate(RecordCreateView):
    model = Organisation
    form_class = OrganisationForm


class OrganisationUpdate(RecordUpdateView):
    model = Organisation
    form_class = OrganisationForm


class OrganisationDelete(RecordDeleteView):
    model = Organisation


class CityList(RecordListView):
    model = City
    filterset_class = CityFilterSet
    columns = [Column("name", link=True), Column("country"), Column("latitude", sortable=False),
               Column("longitude", sortable=False)]


class CityDetail(RecordDetailView):
    model = City
    relations = [(_("Partner cities"), "partners"), (_("Delegation visits"), "visits")]


class CityCreate(RecordCreateView):
    model = City
    form_class = CityForm


class CityUpdate(RecordUpdateView):
    model = City
    form_class = CityForm


class CityDelete(RecordDeleteView):
    model = City
