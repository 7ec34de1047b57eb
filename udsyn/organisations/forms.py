from django import forms
from django.apps import apps
from django.utils.translation import gettext_lazy as _

from udsyn.core.forms import RecordForm

from .models import PUBLISHABLE_TYPES, City, Department, Municipality, Organisation, Person
from .services import DEPARTMENT_FIELDS, MUNICIPALITY_FIELDS, PUBLICATION_FIELDS, can_publish


def publishable_choices() -> list[tuple[str, str]]:
    return [(key, str(apps.get_model(label)._meta.verbose_name_plural).capitalize())
            for key, label in PUBLISHABLE_TYPES.items()]


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


class MunicipalityForm(RecordForm):
    """The municipality's texts and look; for its administrators also what it publishes as open data."""

    published_types = forms.MultipleChoiceField(
        label=_("Published as open data"), required=False, widget=forms.CheckboxSelectMultiple,
        choices=publishable_choices,
        help_text=_("Anyone may download these record types of the municipality without logging in (records "
                    "marked internal excepted). Everything else needs a login."))

    class Meta:
        model = Municipality
        fields = list(MUNICIPALITY_FIELDS + PUBLICATION_FIELDS)
        widgets = {"accent_colour": forms.TextInput(attrs={"placeholder": "#0B3D5C", "pattern": "#[0-9A-Fa-f]{6}",
                                                           "size": 8})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        if not can_publish(user, self.instance):
            del self.fields["published_types"]


class DepartmentForm(RecordForm):
    class Meta:
        model = Department
        fields = list(DEPARTMENT_FIELDS)
