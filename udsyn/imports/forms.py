"""Forms of the import pages: upload several files, accept a candidate with edited values, bulk-accept."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from udsyn.core.forms import AmountField, CountryField, DateInput, FileDropInput, MultipleFileDropInput
from udsyn.core.money import CURRENCIES
from udsyn.core.permissions import editable_departments
from udsyn.extraction import BULK_ACCEPT_CONFIDENCE
from udsyn.partners.models import RelationKind
from udsyn.projects.models import Programme, Role

from .models import Candidate, RecordType
from .records import proposed_values


class MultipleFileField(forms.FileField):
    """Several files in one field. Empty files pass here: the import refuses each with its own message,
    and the other files of the upload go on."""

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("widget", MultipleFileDropInput(limit_setting="UPLOAD_MAX_MB"))
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item] or [single(None, initial)]
        return [single(data, initial)]


class DepartmentChoice(forms.ModelChoiceField):
    def __init__(self, user: Any, **kwargs: Any):
        kwargs.setdefault("label", _("Department that owns the records"))
        super().__init__(queryset=editable_departments(user), **kwargs)


class UploadForm(forms.Form):
    files = MultipleFileField(
        label=_("Documents"),
        help_text=_("Choose one or more files: PDF, Word (DOCX), web pages (HTML), text, Excel (XLSX) or CSV."),
        error_messages={"required": _("Choose at least one file to import.")},
    )
    name = forms.CharField(label=_("Name of the import"), required=False, max_length=200,
                           help_text=_("Optional, e.g. “Mapping 2020”. The file names are used when empty."))

    def __init__(self, *args: Any, user: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["department"] = DepartmentChoice(
            user, required=False, initial=user.department_id,
            help_text=_("Records accepted from these documents belong to this department unless you choose "
                        "another one for a record."))
        self.fields["files"].widget.attrs.update({"accept": ".pdf,.docx,.html,.htm,.txt,.md,.xlsx,.csv"})


def register_city_name(name: str, country: Any = None) -> str | None:
    """What the register calls the city `name` denotes (a Danish exonym such as Wien is GeoNames' Vienna; a city the
    register already has keeps its own name), or None when no city of that name is known."""
    from udsyn.organisations.models import City
    from udsyn.organisations.places import find_city

    place = find_city(name, country or None) if name else None
    if place is None:
        return None
    known = City.objects.filter(geonames_id=place.geonames_id).values_list("name", flat=True).first()
    return known or place.name


class CandidateForm(forms.Form):
    """The values a candidate proposes, for the reviewer to check and change before accepting."""

    name = forms.CharField(label=_("Name"), max_length=250)

    TYPE_FIELDS: dict[str, list[str]] = {
        RecordType.NETWORK: ["annual_fee", "fee_currency", "fee_year", "start", "end", "purpose"],
        RecordType.PARTNER: ["country", "kind", "signed_on", "institution", "themes"],
        RecordType.PROJECT: ["acronym", "programme", "role", "start", "end", "total_budget", "external_funding",
                             "budget_currency", "description"],
    }

    def __init__(self, *args: Any, candidate: Candidate, user: Any, department: Any = None, **kwargs: Any):
        initial = {k: v for k, v in proposed_values(candidate).items() if v not in (None, "")}
        initial["department"] = department.pk if department is not None else None
        if isinstance(initial.get("programme"), Programme):
            initial["programme"] = initial["programme"].pk
        super().__init__(*args, initial={**initial, **kwargs.pop("initial", {})}, **kwargs)
        self.candidate = candidate
        kind = candidate.record_type
        self.fields["name"].label = {RecordType.NETWORK: _("Organisation or network"),
                                     RecordType.PARTNER: _("City"), RecordType.PROJECT: _("Project name")
                                     }.get(kind, _("Name"))
        available = self._all_fields()
        for name in self.TYPE_FIELDS.get(kind, []):
            self.fields[name] = available[name]
        self.fields["department"] = DepartmentChoice(user)
        if kind == RecordType.PARTNER:
            registered = register_city_name(initial.get("name", ""), initial.get("country"))
            if registered and registered.casefold() != str(initial.get("name", "")).strip().casefold():
                self.fields["name"].help_text = _(
                    "The document writes “%(written)s”: the register's name of this city is %(city)s.") % {
                    "written": initial["name"], "city": registered}

    @staticmethod
    def _all_fields() -> dict[str, forms.Field]:
        return {
            "annual_fee": AmountField(label=_("Annual fee"), required=False, max_digits=14, decimal_places=2),
            "fee_currency": forms.ChoiceField(label=_("Currency"), choices=CURRENCIES, initial="DKK"),
            "fee_year": forms.IntegerField(label=_("Fee applies to year"), required=False, min_value=1900,
                                           max_value=2200),
            "start": forms.DateField(label=_("From"), required=False, widget=DateInput()),
            "end": forms.DateField(label=_("Until"), required=False, widget=DateInput()),
            "purpose": forms.CharField(label=_("Purpose"), required=False, widget=forms.Textarea(attrs={"rows": 2})),
            "country": CountryField(label=_("Country"), required=False,
                                    help_text=_("Needed when the city is not found in the list of cities.")),
            "kind": forms.ChoiceField(label=_("Kind of relation"), choices=RelationKind.choices),
            "signed_on": forms.DateField(label=_("Agreement signed"), required=False, widget=DateInput()),
            "institution": forms.CharField(label=_("Institution"), required=False, max_length=200,
                                           help_text=_("Leave empty when the partner is the city itself.")),
            "themes": forms.CharField(label=_("Themes"), required=False, max_length=300),
            "acronym": forms.CharField(label=_("Acronym"), required=False, max_length=60),
            "programme": forms.ModelChoiceField(label=_("Programme"), queryset=Programme.objects.all(),
                                                required=False),
            "role": forms.ChoiceField(label=_("The municipality's role"), choices=Role.choices, initial=Role.PARTNER),
            "total_budget": AmountField(label=_("Total budget"), required=False, max_digits=16, decimal_places=2),
            "external_funding": AmountField(label=_("External funding to the municipality"), required=False,
                                            max_digits=16, decimal_places=2),
            "budget_currency": forms.ChoiceField(label=_("Currency"), choices=CURRENCIES, initial="DKK"),
            "description": forms.CharField(label=_("Description"), required=False,
                                           widget=forms.Textarea(attrs={"rows": 2})),
        }

    def values(self) -> dict[str, Any]:
        """The reviewed values for candidate_edit (everything but the department)."""
        values = {k: v for k, v in self.cleaned_data.items() if k != "department"}
        if "programme" in values and values["programme"] is None:
            values["programme_text"] = ""  # the reviewer chose no programme: keep no note either
        return values


class BulkAcceptForm(forms.Form):
    min_confidence = forms.IntegerField(
        label=_("Accept every proposal with a confidence of at least (%)"), min_value=0, max_value=100,
        initial=round(BULK_ACCEPT_CONFIDENCE * 100),  # calibrated by the pipeline (udsyn.extraction.model)
        widget=forms.NumberInput(attrs={"step": 5}))

    def __init__(self, *args: Any, user: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["department"] = DepartmentChoice(
            user, required=False, empty_label=_("The one the document names"),
            help_text=_("Leave empty to use the department named in the document, or else your own."))


# ---------------------------------------------------------------- spreadsheets (udsyn.imports.sheets)

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".xls")  # .xls is let through so the service can say what to do


class SheetUploadForm(forms.Form):
    """Step 1 of a spreadsheet import: the file, what its rows are, and who owns them."""

    file = forms.FileField(
        label=_("Spreadsheet"), widget=FileDropInput(limit_setting="UPLOAD_MAX_MB"),
        help_text=_("An Excel file (.xlsx) or a CSV file: one row per record, the column names in the first row."),
        error_messages={"required": _("Choose the spreadsheet to import.")},
    )
    record_type = forms.ChoiceField(label=_("The rows are"), widget=forms.RadioSelect, initial="memberships",
                                    choices=[("memberships", _("Memberships")), ("projects", _("Projects"))])
    sheet = forms.CharField(label=_("Sheet"), required=False, max_length=100,
                            help_text=_("Only for Excel files with several sheets. The first sheet is read when "
                                        "empty."))

    def __init__(self, *args: Any, user: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["department"] = DepartmentChoice(
            user, initial=user.department_id,
            help_text=_("The rows belong to this department unless a row names another one."))
        self.fields["file"].widget.attrs.update({"accept": ",".join(SHEET_SUFFIXES)})

    def clean_file(self) -> Any:
        from .services import IngestRefused, check_size

        upload = self.cleaned_data["file"]
        name = (upload.name or "").casefold()
        if not name.endswith(SHEET_SUFFIXES):
            raise self.not_a_sheet(upload.name)
        try:
            check_size(upload.name, upload.size)
        except IngestRefused as refused:
            raise forms.ValidationError(str(refused)) from refused
        head = upload.read(8192)
        upload.seek(0)
        # An XLSX file is a zip archive; a CSV file is text (no NUL bytes). A renamed PDF or Word file is neither.
        is_zip = head[:2] == b"PK"
        if name.endswith((".xlsx", ".xlsm")) and not is_zip or name.endswith(".csv") and (is_zip or b"\x00" in head):
            raise self.not_a_sheet(upload.name)
        return upload

    @staticmethod
    def not_a_sheet(name: str) -> forms.ValidationError:
        return forms.ValidationError(_("“%(name)s” is not a spreadsheet. Choose an Excel file (.xlsx) or a CSV file."),
                                     params={"name": name})


class SheetMappingForm(forms.Form):
    """Which field each column of the sheet fills: one select per column, the recognised field chosen."""

    def __init__(self, *args: Any, headers: list[str], choices: list[tuple[str, str]], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.headers = headers
        for index, header in enumerate(headers):
            self.fields[f"column_{index}"] = forms.ChoiceField(label=header, choices=choices,
                                                               initial=self.initial.get(header))

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        seen: dict[str, str] = {}
        for header, target in self.mapping(data).items():
            if target in seen and target != "ignore":
                raise forms.ValidationError(
                    _("“%(first)s” and “%(second)s” are set to the same field; choose one of them or “not imported” "
                      "for the other."), params={"first": seen[target], "second": header})
            seen[target] = header
        return data

    def mapping(self, data: dict[str, Any] | None = None) -> dict[str, str]:
        data = self.cleaned_data if data is None else data
        return {header: data[f"column_{i}"] for i, header in enumerate(self.headers) if f"column_{i}" in data}
