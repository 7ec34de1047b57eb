from udsyn.core.forms import RecordForm

from .models import City, Organisation


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
