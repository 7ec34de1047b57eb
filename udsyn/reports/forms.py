"""The reports page's form: which report, for which municipality, period and departments, in which format."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from udsyn.core.forms import DateInput, scope_choices
from udsyn.core.permissions import sees_one_municipality
from udsyn.core.registry import visible_to
from udsyn.organisations.models import Department, Municipality

from .data import ReportScope, ScopeError, resolve_scope
from .data.scope import DEFAULT_YEARS_BACK
from .service import FORMATS, KINDS


def default_municipality(user) -> Municipality | None:
    """The user's own municipality, else the first one they see (installation administrators, regional readers)."""
    if getattr(user, "municipality_id", None):
        return user.municipality
    return visible_to(user, Municipality.objects.all()).first()


class ScopeForm(forms.Form):
    """Municipality, first year and reporting date; shared by the reports and insight pages."""

    municipality = forms.ModelChoiceField(Municipality.objects.all(), label=_("Municipality"), empty_label=None)
    since = forms.IntegerField(label=_("From year"), min_value=1900, max_value=2100)
    until = forms.DateField(label=_("Until (reporting date)"), widget=DateInput())

    def __init__(self, data=None, *, user=None, since: int | None = None, **kwargs):
        """`since`: the first year to show unless the user chose one (default: DEFAULT_YEARS_BACK years ago)."""
        today = timezone.localdate()
        initial = {"municipality": default_municipality(user), "since": since or today.year - DEFAULT_YEARS_BACK,
                   "until": today}
        if data is not None:  # a GET form: fields left out take their defaults
            data = data.copy()
            for name, value in initial.items():
                if not data.get(name) and value is not None:
                    data[name] = value.pk if isinstance(value, Municipality) else \
                        value.isoformat() if isinstance(value, dt.date) else value
        kwargs.setdefault("label_suffix", "")  # labels without a colon, as in every other form of the site
        super().__init__(data, initial=initial, **kwargs)
        scope_choices(self, user)  # only the municipalities and departments the user sees
        if sees_one_municipality(user):  # nothing to choose: the value stays, the question goes
            self.fields["municipality"].widget = forms.HiddenInput()

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
    with_municipality = True  # which municipality a department is of, for those who see several

    def label_from_instance(self, department: Department) -> str:
        return f"{department.name} ({department.municipality})" if self.with_municipality else department.name


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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A report in the language the user reads the pages in, unless they choose the other.
        self.fields["language"].initial = "en" if (get_language() or "").startswith("en") else "da"
        # Only the departments of the municipality the report is about (the one chosen, else the user's own).
        chosen = self.data.get("municipality") if self.is_bound else None
        chosen = str(chosen or "")
        municipality = chosen if chosen.isascii() and chosen.isdigit() and len(chosen) < 19 else \
            getattr(self.initial.get("municipality"), "pk", None)
        self.fields["departments"].with_municipality = not self.fields["municipality"].widget.is_hidden
        if municipality:
            self.fields["departments"].queryset = self.fields["departments"].queryset.filter(
                municipality_id=municipality)

    def clean(self):
        cleaned = super().clean()
        municipality = cleaned.get("municipality")
        foreign = [d for d in cleaned.get("departments") or [] if municipality and d.municipality_id != municipality.pk]
        if foreign:
            self.add_error("departments", _("%(departments)s do not belong to %(municipality)s.") % {
                "departments": ", ".join(d.name for d in foreign), "municipality": municipality})
        return cleaned
