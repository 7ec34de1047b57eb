import django_filters
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from udsyn.core import permissions, registry
from udsyn.core.filters import BoundedFilterSet
from udsyn.core.generic import (
    Column,
    RecordCreateView,
    RecordDeleteView,
    RecordDetailView,
    RecordListView,
    RecordUpdateView,
)

from . import services
from .filters import CityFilterSet, OrganisationFilterSet
from .forms import CityForm, DepartmentForm, MunicipalityForm, OrganisationForm, PersonForm
from .models import City, Department, Municipality, Organisation, Person


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


# People are contacts and representatives of a municipality: any editor may add them; a person belonging to a
# department is changed by that department's editors, the rest by the municipality's coordinators and administrators.
registry.register(Person, create=permissions.can_create, edit=services.can_edit_person)
# Organisations and cities are shared by every municipality: anyone who registers records may add a new one (a
# membership of a network not yet known, a new partner city); only installation administrators change or delete
# them, since a change shows in every municipality's records.
registry.register(Organisation, create=permissions.can_create)
registry.register(City, create=permissions.can_create)


class PersonFilterSet(BoundedFilterSet):
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


# The municipality and its departments: the texts of the mapping of international work and the reports' look.
# They are created by an administrator (admin site); here their coordinators and editors keep them up to date.
registry.register(Municipality, create=lambda user: False, edit=services.can_edit_municipality)
registry.register(Department, create=lambda user: False, edit=permissions.can_edit_department)

TEXT_FIELDS = ["work_organisation", "policies", "political_handling"]


class MunicipalityList(RecordListView):
    model = Municipality
    columns = [Column("name", link=True), Column("code")]


class MunicipalityDetail(RecordDetailView):
    model = Municipality
    fields = ["name", "code", "accent_colour", *TEXT_FIELDS]
    relations = [(_("Departments"), "departments")]
    template_name = "organisations/municipality_detail.html"


class MunicipalityUpdate(RecordUpdateView):
    model = Municipality
    form_class = MunicipalityForm

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        form = self.form_class(request.POST, request.FILES, instance=self.object, user=request.user)
        return self.save_or_show_errors(form, _("Your changes to %(record)s were saved."))

    def save(self, form):
        return services.municipality_update(municipality=self.object, data=self.form_data(form),
                                            acting_user=self.request.user)


@login_required
def municipality_logo(request: HttpRequest, pk: int) -> FileResponse:
    """The uploaded logo, for the settings page (media files are not served by the web server in production)."""
    municipality = get_object_or_404(registry.visible_to(request.user, Municipality.objects.all()), pk=pk)
    if not municipality.logo:
        raise Http404(_("No logo has been uploaded."))
    return FileResponse(municipality.logo.open("rb"))


class DepartmentFilterSet(BoundedFilterSet):
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains", label=_("Search"))

    class Meta:
        model = Department
        fields = ["q", "municipality"]


class DepartmentList(RecordListView):
    model = Department
    filterset_class = DepartmentFilterSet
    columns = [Column("name", link=True), Column("short_name"), Column("committee"),
               Column("municipality", order_by="municipality__name")]


class DepartmentDetail(RecordDetailView):
    model = Department
    fields = ["name", "short_name", "municipality", "parent", "committee", *TEXT_FIELDS]


class DepartmentUpdate(RecordUpdateView):
    model = Department
    form_class = DepartmentForm

    def save(self, form):
        return services.department_update(department=self.object, data=self.form_data(form),
                                          acting_user=self.request.user)
