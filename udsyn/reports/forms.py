"""The reports page's form: which report, for which municipality, period and departments, in which format."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from udsyn.organisations.models import Department, Municipality

from .data import ReportScope, ScopeError, resolve_scope
from .data.scope import DEFAULT_YEARS_BACK
from .service import FORMATS, KINDS


def default_municipality(user) -> Municipality | None:
    if getattr(user, "department_id", None):
        return user.department.municipality
    return Municipality.objects.first()


class ScopeForm(forms.Form):
    """Municipality, first year and reporting date; shared by the reports and insight pages."""

    municipality = forms.ModelChoiceField(Municipality.objects.all(), label=_("Municipality"), empty_label=None)
    since = forms.IntegerField(label=_("From year"), min_value=1900, max_value=2100)
    until = forms.DateField(label=_("Until (reporting date)"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, data=None, *, user=None, **kwargs):
        today = timezone.localdate()
        initial = {"municipality": default_municipality(user), "since": today.year - DEFAULT_YEARS_BACK,
                   "until": today}
        if data is not None:  # a GET form: fields left out take their defaults
            data = data.copy()
            for name, value in initial.items():
                if not data.get(name) and value is not None:
                    data[name] = value.pk if isinstance(value, Municipality) else \
                        value.isoformat() if isinstance(value, dt.date) else value
        super().__init__(data, initial=initial, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("since") and cleaned.get("until") and cleaned["since"] > cleaned["until"].year:
            self.add_error("since", _("The first year must not come after the reporting date."))
        return cleaned

    def scope(self, departments=()) -> ReportScope:
        data = self.cleaned_data
        try:
            return resolve_scope(data["municipality"], list(departments), data["since"], data["until"])
        except ScopeError as error:
            raise forms.ValidationError(str(error)) from error


class DepartmentChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, department: Department) -> str:
        return f"{department.name} ({department.municipality})"


class ReportForm(ScopeForm):
    kind = forms.ChoiceField(label=_("Report"), choices=[(k, label) for k, (_f, label) in KINDS.items()],
                             widget=forms.RadioSelect, initial="mapping")
    departments = DepartmentChoices(
        Department.objects.select_related("municipality").order_by("municipality__name", "name"), required=False,
        label=_("Departments"), help_text=_("Leave all unticked for every department."),
        widget=forms.CheckboxSelectMultiple)
    format = forms.ChoiceField(label=_("Format"), choices=[(k, f.label) for k, f in FORMATS.items()],
                               widget=forms.RadioSelect, initial="pdf")
    language = forms.ChoiceField(label=_("Language of the report"),
                                 choices=[("da", "Dansk"), ("en", "English")], initial="da")
    field_order = ["kind", "municipality", "since", "until", "departments", "format", "language"]

    def clean(self):
        cleaned = super().clean()
        municipality = cleaned.get("municipality")
        foreign = [d for d in cleaned.get("departments") or [] if municipality and d.municipality_id != municipality.pk]
        if foreign:
            self.add_error("departments", _("%(departments)s do not belong to %(municipality)s.") % {
                "departments": ", ".join(d.name for d in foreign), "municipality": municipality})
        return cleaned
