"""REST API for reference data: municipalities, departments, organisations, cities and people."""

from udsyn.core.api import ReadOnlyReferenceViewSet, ReferenceSerializer, ReferenceViewSet

from .filters import CityFilterSet, OrganisationFilterSet
from .models import City, Department, Municipality, Organisation, Person


class MunicipalitySerializer(ReferenceSerializer):
    class Meta:
        model = Municipality
        fields = ("id", "display", "name", "code", "slug")


class MunicipalityViewSet(ReadOnlyReferenceViewSet):
    """Municipalities (read only)."""

    queryset = Municipality.objects.all()
    serializer_class = MunicipalitySerializer
    ordering_fields = ["name", "code"]


class DepartmentSerializer(ReferenceSerializer):
    class Meta:
        model = Department
        fields = ("id", "display", "municipality", "parent", "name", "short_name")


class DepartmentViewSet(ReadOnlyReferenceViewSet):
    """Departments (forvaltninger) of the municipalities (read only)."""

    queryset = Department.objects.select_related("municipality")
    serializer_class = DepartmentSerializer
    filterset_fields = ["municipality", "parent"]
    ordering_fields = ["name", "short_name"]


class OrganisationSerializer(ReferenceSerializer):
    class Meta:
        model = Organisation
        fields = ("id", "display", "name", "acronym", "kind", "country", "website")


class OrganisationViewSet(ReferenceViewSet):
    """External organisations and networks, shared by every municipality. Anyone who edits records may add one;
    installation administrators change them."""

    queryset = Organisation.objects.all()
    serializer_class = OrganisationSerializer
    filterset_class = OrganisationFilterSet
    ordering_fields = ["name", "acronym", "kind", "country"]


class CitySerializer(ReferenceSerializer):
    class Meta:
        model = City
        fields = ("id", "display", "name", "country", "latitude", "longitude", "geonames_id")


class CityViewSet(ReferenceViewSet):
    """Cities abroad with coordinates, shared by every municipality. Anyone who edits records may add one;
    installation administrators change them."""

    queryset = City.objects.all()
    serializer_class = CitySerializer
    filterset_class = CityFilterSet
    ordering_fields = ["name", "country"]


class PersonSerializer(ReferenceSerializer):
    class Meta:
        model = Person
        fields = ("id", "display", "name", "title", "is_politician", "email", "department")


class PersonViewSet(ReferenceViewSet):
    """People of the municipality: editors change the people of their own department; people without one, the
    municipality's coordinators and administrators."""

    queryset = Person.objects.select_related("department")
    serializer_class = PersonSerializer
    filterset_fields = ["department", "is_politician"]
    ordering_fields = ["name"]
