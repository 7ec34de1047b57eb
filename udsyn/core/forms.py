"""Form pieces shared by every register form: department limited to what the user may edit, the record's version
for lost-update protection, date pickers and amounts typed the Danish way (1.300.000,50)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from babel import Locale
from babel.numbers import NumberFormatError, format_decimal, parse_decimal
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from udsyn.core.permissions import editable_departments
from udsyn.core.registry import visible_to

PLAIN_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def babel_locale() -> str:
    """The babel locale of the active language: da_DK for Danish, en otherwise."""
    return locale_of(get_language())


def locale_of(language: str | None) -> str:
    """The babel locale of a Django language code: da_DK for Danish, en otherwise."""
    return "da_DK" if (language or "da").startswith("da") else "en_GB"


def _attributes(attrs: dict[str, Any]) -> str:
    """HTML attributes as Django's attrs.html writes them: True bare, False left out, values escaped."""
    return "".join(f" {escape(name)}" if value is True else f' {escape(name)}="{escape(value)}"'
                   for name, value in attrs.items() if value is not False)


class QuickSelect(forms.Select):
    """A <select> with the HTML of Django's own, written in Python instead of a template include per option (a
    list page's filter panel has about a hundred options; through the templates they cost more than its table)."""

    def render(self, name: str, value: Any, attrs: dict | None = None, renderer: Any = None) -> str:
        select_attrs = self.build_attrs(self.attrs, attrs)
        if self.allow_multiple_selected:
            select_attrs["multiple"] = True
        parts = [f'<select name="{escape(name)}"{_attributes(select_attrs)}>']
        # Django's optgroups() made a dictionary of attributes for every option; a select's options inherit none
        # (option_inherits_attrs is False), so only "selected" is written, chosen the way optgroups() chooses it.
        values, has_selected = self.format_value(value), False
        for option_value, option_label in self.choices:
            option_value = "" if option_value is None else option_value
            is_group = isinstance(option_label, list | tuple)
            group_name = option_value if is_group else None
            choices = option_label if is_group else [(option_value, option_label)]
            if group_name:
                parts.append(f'\n  <optgroup label="{escape(group_name)}">')
            for subvalue, sublabel in choices:
                selected = (not has_selected or self.allow_multiple_selected) and str(subvalue) in values
                has_selected |= selected
                parts.append(f'\n  <option value="{escape(subvalue)}"{" selected" if selected else ""}>'
                             f'{escape(sublabel)}</option>')
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # noqa: S308 - every value is escaped above


class _ChoicesAtOnce:
    """Mixed into a ModelChoiceIterator class: the choices are read with one plain query. Django reads them with
    iterator(), which on PostgreSQL is a server-side cursor: three round trips (DECLARE, FETCH, CLOSE) for a list of
    a few dozen departments."""

    def __iter__(self) -> Any:
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        if getattr(self.field, "null_label", None) is not None:
            yield (self.field.null_value, self.field.null_label)
        for obj in self.queryset.all():
            yield self.choice(obj)


def read_choices_at_once(field: forms.Field) -> None:
    """Let a model choice field read its choices with one plain query (see _ChoicesAtOnce)."""
    iterator = getattr(field, "iterator", None)
    if iterator is not None and not issubclass(iterator, _ChoicesAtOnce):
        field.iterator = type(f"AtOnce{iterator.__name__}", (_ChoicesAtOnce, iterator), {})
        field.widget.choices = field.choices


class FileDropInput(forms.FileInput):
    """A file input that script turns into a drop zone listing the chosen files, their sizes and any larger than
    the setting `limit_setting` names (in MB; the server refuses those with its own message, the list only says so
    before the upload). Without script it is the browser's own input, which still works."""

    template_name = "core/widgets/file_drop.html"

    def __init__(self, attrs: dict[str, Any] | None = None, *, limit_setting: str | None = None):
        super().__init__(attrs)
        self.limit_setting = limit_setting

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        # read at each rendering, not at import: a deployment's or a test's setting is the one the server applies
        max_mb = getattr(settings, self.limit_setting) if self.limit_setting else None
        context["widget"].update(max_mb=max_mb, max_bytes=max_mb * 1024 * 1024 if max_mb else "")
        return context


class MultipleFileDropInput(FileDropInput):
    allow_multiple_selected = True


class AmountInput(forms.TextInput):
    input_type = "text"

    def __init__(self, attrs: dict | None = None):
        super().__init__({"inputmode": "decimal", "autocomplete": "off", **(attrs or {})})

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, Decimal):
            return format_decimal(value, locale=babel_locale(), decimal_quantization=False)
        return super().format_value(value)


class AmountField(forms.DecimalField):
    """A decimal amount typed in the user's language: '1.300.000' or '1300000,50' in Danish.

    Parsed with babel in strict mode (non-strict parsing misreads '1,250.5'); a plain '1300000.50' is accepted too.
    """

    widget = AmountInput
    default_error_messages = {"invalid": _("Enter an amount, e.g. 1.300.000 or 1300000,50.")}

    def to_python(self, value: Any) -> Decimal | None:
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal):
            return value
        text = str(value).strip().replace("\u00a0", "").replace(" ", "")
        try:
            number = parse_decimal(text, locale=babel_locale(), strict=True)
        except NumberFormatError:
            if not PLAIN_NUMBER.match(text):
                raise ValidationError(self.error_messages["invalid"], code="invalid") from None
            try:
                number = Decimal(text)
            except InvalidOperation:
                raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        return number

    def validate(self, value: Any) -> None:
        forms.Field.validate(self, value)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs: dict | None = None):
        super().__init__(attrs, format="%Y-%m-%d")


def country_choices() -> list[tuple[str, str]]:
    """ISO 3166 countries named in the active language (babel ships the names; no data is fetched)."""
    territories = Locale.parse(babel_locale()).territories
    names = [(code, name) for code, name in territories.items() if len(code) == 2 and code.isalpha()]
    return [("", "---------")] + sorted(names, key=lambda item: item[1])


class CountryField(forms.ChoiceField):
    def __init__(self, **kwargs: Any):
        kwargs.pop("max_length", None)
        kwargs.pop("empty_value", None)
        super().__init__(choices=country_choices, **kwargs)


def form_field_for(db_field: models.Field, **kwargs: Any) -> forms.Field | None:
    """Model field → form field; web addresses typed without a scheme are taken as https."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


def scope_choices(form: forms.BaseForm, user: Any) -> None:
    """Every choice of a related row in `form` (contact, partner, project...) limited to the rows `user` may see: a
    form neither lists another municipality's records nor accepts one sent in its place."""
    for field in form.fields.values():
        if isinstance(field, forms.ModelChoiceField) and field.queryset is not None:
            field.queryset = visible_to(user, field.queryset)


class RecordForm(forms.ModelForm):
    """Base of register forms. Pass `user=`; the department choice is limited to what the user may edit."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    country_fields: tuple[str, ...] = ()

    class Meta:
        formfield_callback = form_field_for

    def __init__(self, *args: Any, user: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.user = user
        scope_choices(self, user)
        if "department" in self.fields:
            self.fields["department"].queryset = editable_departments(user)
        if self.instance.pk and hasattr(self.instance, "version"):
            self.fields["version"].required = True
            self.fields["version"].initial = self.instance.version
        else:
            del self.fields["version"]
        for name, field in self.fields.items():
            if isinstance(field, forms.DateField):
                field.widget = DateInput()
            elif isinstance(field, forms.DecimalField) and not isinstance(field, AmountField):
                self.fields[name] = self.amount_field(field)
            if name in self.country_fields:
                self.fields[name] = CountryField(label=field.label, required=field.required,
                                                 help_text=field.help_text, initial=field.initial)
            if isinstance(self.fields[name].widget, forms.Textarea):
                self.fields[name].widget.attrs["rows"] = 3

    @staticmethod
    def amount_field(field: forms.DecimalField) -> AmountField:
        return AmountField(label=field.label, required=field.required, help_text=field.help_text,
                           max_digits=field.max_digits, decimal_places=field.decimal_places,
                           initial=field.initial)


LOOKUP_LIMIT = 20  # matches a lookup box offers at a time


class LookupSelect(forms.Select):
    """A filter on a record of a table that grows with the register (partners, projects): a search box that asks the
    list page for at most LOOKUP_LIMIT matches (HTMX) and a <select> holding only "All" and the chosen record. The
    whole table is never written into the page; a submitted id (?partner=12) filters without JavaScript."""

    def __init__(self, attrs: dict | None = None, lookup_url: str = "") -> None:
        super().__init__(attrs)
        self.lookup_url = lookup_url

    def selected_choices(self, values: list[str]) -> list[tuple[Any, str]]:
        """The chosen records the user may see (the field's queryset is scoped), with their labels: another
        municipality's id names nothing."""
        iterator = self.choices
        ids = [value for value in values if str(value).isdigit()]
        if not ids or not hasattr(iterator, "queryset"):
            return []
        return [(obj.pk, iterator.field.label_from_instance(obj)) for obj in iterator.queryset.filter(pk__in=ids)]

    def render(self, name: str, value: Any, attrs: dict | None = None, renderer: Any = None) -> str:
        select_attrs = self.build_attrs(self.attrs, attrs)
        select_id = select_attrs.get("id", f"id_{name}")
        empty_label = getattr(getattr(self.choices, "field", None), "empty_label", None) or _("All")
        search_attrs = {
            "type": "search", "name": "lookup_q", "id": f"{select_id}_lookup", "form": f"{select_id}_noform",
            "class": "lookup-search", "autocomplete": "off", "placeholder": _("Search…"),
            "aria-label": _("Search for a choice"), "aria-controls": select_id,
            "hx-get": f"{self.lookup_url}?lookup={name}", "hx-trigger": "input changed delay:300ms, search",
            "hx-target": f"#{select_id}", "hx-include": f"#{select_id}", "hx-swap": "innerHTML",
        }
        # The search box belongs to no form (form= names none): its text is never a filter of the list.
        parts = [f"<input{_attributes(search_attrs)}>", f'\n<select name="{escape(name)}"{_attributes(select_attrs)}>',
                 lookup_options(empty_label, self.selected_choices(self.format_value(value)), [], selected=True),
                 "\n</select>"]
        return mark_safe("".join(parts))  # noqa: S308 - every value is escaped


def lookup_options(empty_label: str, chosen: list[tuple[Any, str]], matches: list[tuple[Any, str]],
                   selected: bool) -> str:
    """The <option>s of a LookupSelect: "All", the chosen record(s), then the matches not among them."""
    chosen_ids = {str(pk) for pk, _label in chosen}
    parts = [f'\n  <option value="">{escape(empty_label)}</option>']
    parts += [f'\n  <option value="{escape(pk)}"{" selected" if selected else ""}>{escape(label)}</option>'
              for pk, label in chosen]
    parts += [f'\n  <option value="{escape(pk)}">{escape(label)}</option>'
              for pk, label in matches if str(pk) not in chosen_ids]
    return "".join(parts)
