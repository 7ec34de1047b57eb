from udsyn.core.forms import RecordForm

from .models import City, Organisation, Person


class OrganisationForm(RecordForm):
    country_fields = ("country",)

    class Meta:
        model = Organisation
        fields = ["name", "acronym", "kind", "country", "website"]


class CityForm(RecordForm):
    country_fields = ("country",)

    class Meta:
        model = City
        fields = ["name", "country", "latitude", "longitude"]


class PersonForm(RecordForm):
    class Meta:
        model = Person
        fields = ["name", "title", "is_politician", "email", "department"]
