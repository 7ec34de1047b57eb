import django_filters
from django.utils.translation import gettext_lazy as _

from udsyn.core import permissions
from udsyn.core.generic import (
    Column,
    RecordCreateView,
    RecordDeleteView,
    RecordDetailView,
    RecordListView,
    RecordUpdateView,
    is_reference_manager,
    register_rules,
)

from .filters import CityFilterSet, OrganisationFilterSet
from .forms import CityForm, OrganisationForm, PersonForm
from .models import City, Organisation, Person


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


# People are contacts and representatives: any editor may add them; a person belonging to a department is changed
# by that department's editors, the rest by coordinators.
register_rules(
    Person,
    create=permissions.can_create,
    edit=lambda user, person: is_reference_manager(user) or (
        person.department_id is not None and permissions.can_edit_department(user, person.department)),
)


class PersonFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains", label=_("Search"))

    class Meta:
        model = Person
        fields = ["q", "department", "is_politician"]


class PersonList(RecordListView):
    model = Person
    filterset_class = PersonFilterSet
    columns = [Column("name", link=True), Column("title"), Column("department", order_by="department__name"),
               Column("is_politician")]


class PersonDetail(RecordDetailView):
    model = Person
    relations = [(_("Represents the municipality in"), "represents_in"), (_("Contact person for"), "contact_for")]


class PersonCreate(RecordCreateView):
    model = Person
    form_class = PersonForm


class PersonUpdate(RecordUpdateView):
    model = Person
    form_class = PersonForm


class PersonDelete(RecordDeleteView):
    model = Person
