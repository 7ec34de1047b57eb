"""Generic pages for register records, NetBox style: list, detail, create, edit, delete.

An app's views.py declares only what differs, a few lines per page:

    class MembershipList(RecordListView):
        model = Membership
        filterset_class = MembershipFilterSet          # the app's FilterSet (shared with the API)
        columns = [Column("organisation", link=True), Column("department"), Column("annual_fee", money="fee_currency")]

    class MembershipDetail(RecordDetailView):
        model = Membership
        relations = [(_("Events"), "events")]          # related managers shown as linked lists

    class MembershipUpdate(RecordUpdateView):
        model = Membership
        form_class = MembershipForm                    # a udsyn.core.forms.RecordForm

and its urls.py uses `record_urls("membership", list_view=..., ...)`. URL names follow the model name
(`<model>_list`, `_add`, `_detail`, `_edit`, `_delete`), so pages link to each other without configuration. A page's
template can be overridden per model: `<app>/<model>_list.html` (extend "generic/list.html"), `_detail`, `_form`.

The pages know no app: what they need to know about a record type comes from the registry (udsyn.core.registry),
which apps fill in. Who may do what:
- register records (subclasses of udsyn.core.models.Record) are written through udsyn.core.services, which checks
  the department rules, validates, writes history with the acting user and refuses stale versions;
- other models (organisations, cities: shared reference data) are kept by coordinators and administrators and
  saved directly, with history;
- `registry.register(Model, create=..., edit=...)` gives a model its own rule (people: any editor adds them).
Pages check the rules on the server and hide the buttons a user cannot use. Every page reads records through
`registry.visible_to(user, queryset)`.

Hooks for subclasses: RecordListView.get_queryset, RecordDetailView.field_names / relation_blocks,
RecordCreateView.get_initial (GET parameters prefill the form, e.g. ?indicator=3), get_success_url, save.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from babel import Locale
from babel.numbers import format_decimal
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import ProtectedError, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import NoReverseMatch, path, reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from udsyn.core import history as history_reason
from udsyn.core import services
from udsyn.core.collation import collated_ordering
from udsyn.core.filters import LookupFilter, fresh_fields, scope_filter_choices
from udsyn.core.forms import QuickSelect, babel_locale, lookup_options, read_choices_at_once
from udsyn.core.limits import BadParameter
from udsyn.core.models import SavedFilter
from udsyn.core.pagination import InvalidCursor, KeysetPaginator
from udsyn.core.permissions import is_installation_admin, sees_one_municipality
from udsyn.core.registry import exporter_for, is_record, user_can_create, user_can_edit, visible_to

PAGE_SIZE = 50


# ---------------------------------------------------------------------------------------------------------------
# Helpers shared by views and templates
# ---------------------------------------------------------------------------------------------------------------

def model_name(model: type[models.Model] | models.Model) -> str:
    return model._meta.model_name


def record_url(record_or_model: Any, action: str = "detail") -> str | None:
    """URL of a record page by naming convention, or None when the page does not exist (yet)."""
    name = f"{model_name(record_or_model)}_{action}"
    try:
        if action in ("list", "add"):
            return reverse(name)
        return reverse(name, args=[record_or_model.pk])
    except NoReverseMatch:
        return None


def person_label(user: Any) -> str:
    """A user as colleagues know them: 'Olga Hansen (ohansen)', or the username alone."""
    full = user.get_full_name() if hasattr(user, "get_full_name") else ""
    return f"{full} ({user.username})" if full else str(user)


def visible_records(request: HttpRequest, model: type[models.Model]) -> QuerySet:
    """Every record of `model` the requesting user may see (udsyn.core.registry.visible_to)."""
    return visible_to(request.user, model._default_manager.all())


def claim_for_municipality(record: models.Model, user: Any) -> None:
    """A new row of a model that belongs to a municipality directly (people) belongs to its creator's, unless its
    department says otherwise."""
    try:
        record._meta.get_field("municipality")
    except FieldDoesNotExist:
        return
    if record.municipality_id is None and getattr(user, "municipality_id", None) is not None:
        record.municipality_id = user.municipality_id


def has_department(model: type[models.Model] | models.Model) -> bool:
    try:
        model._meta.get_field("department")
    except FieldDoesNotExist:
        return False
    return True


def verbose(model: type[models.Model], field_path: str) -> str:
    """The verbose name of a field, following `__` through relations."""
    parts = field_path.split("__")
    for part in parts[:-1]:
        model = model._meta.get_field(part).related_model
    try:
        field = model._meta.get_field(parts[-1])
    except FieldDoesNotExist:
        return parts[-1].replace("_", " ")
    label = str(getattr(field, "verbose_name", field.name))
    # A field without a verbose name of its own is called by its name: still in the reader's language.
    return _(label) if label == field.name.replace("_", " ") else label


def resolve(record: Any, field_path: str) -> Any:
    """The value shown for `field_path`: choice labels, related objects, country names, or None along the way."""
    return resolver(type(record), field_path, get_language())(record)


@functools.lru_cache(maxsize=1024)
def resolver(model: type[models.Model], field_path: str, language: str | None) -> Callable[[Any], Any]:
    """A function giving `resolve(record, field_path)` for records of `model`, worked out once per field path and
    language: a list page asks it for every cell, so choice labels are looked up in a ready dictionary of the
    language's labels rather than through get_FOO_display (which builds its dictionary for every call)."""
    steps = []
    current: type[models.Model] | None = model
    for part in field_path.split("__"):
        field = _field_or_none(current, part) if current is not None else None
        steps.append((part, _choice_labels(current, field, part)))
        current = field.related_model if field is not None and field.is_relation else None
    is_country = field_path.endswith("country")

    def resolve_one(record: Any) -> Any:
        value = record
        for part, labels in steps:
            if value is None:
                return None
            if labels is not None and type(value) in labels[0]:
                raw = getattr(value, part)
                value = labels[1].get(raw, raw) if raw.__hash__ is not None else raw
                continue
            display = getattr(value, f"get_{part}_display", None)
            value = display() if display else getattr(value, part)
            if callable(value) and not isinstance(value, models.Manager):
                value = value()
        if is_country and isinstance(value, str) and len(value) == 2:
            return country_label(value)
        return value

    return resolve_one


def _choice_labels(model: type[models.Model] | None, field: Any, part: str) -> tuple[set, dict] | None:
    """({model}, {value: label in the active language}) when `part` is a field with choices whose
    get_FOO_display is Django's own; None otherwise (the record's own get_FOO_display, or no choices)."""
    if model is None or field is None or field.is_relation or not getattr(field, "choices", None):
        return None
    display = getattr(model, f"get_{part}_display", None)
    own = getattr(getattr(display, "_partialmethod", None), "func", None) is models.Model._get_FIELD_display
    if not own:
        return None
    return {model}, {value: str(label) for value, label in field.flatchoices}


def country_label(code: str) -> str:
    """'BE' → 'Belgien (BE)' in Danish, 'Belgium (BE)' in English (names from babel, offline)."""
    name = Locale.parse(babel_locale()).territories.get(code.upper())
    return f"{name} ({code.upper()})" if name else code


@dataclass
class Column:
    """A column of a list table.

    field: attribute path with `__` (organisation__country) — also the sort key unless `order_by` says otherwise;
    money: the name of the currency field, to show the amount as money;
    link: the cell links to the record's detail page;
    sortable: False for computed values the database cannot sort.
    """

    field: str
    label: str | None = None
    money: str | None = None
    link: bool = False
    sortable: bool = True
    order_by: str | None = None

    def header(self, model: type[models.Model]) -> str:
        return str(self.label) if self.label else verbose(model, self.field)

    @property
    def sort_key(self) -> str:
        return self.order_by or self.field

    def numeric(self, model: type[models.Model]) -> bool:
        """Amounts and counts, which a table sets right-aligned so their digits line up."""
        if self.money:
            return True
        field: models.Field | None = None
        current: type[models.Model] | None = model
        for part in self.field.split("__"):
            field = _field_or_none(current, part) if current is not None else None
            current = field.related_model if field is not None and field.is_relation else None
        return is_count(field) or isinstance(field, models.DecimalField | models.FloatField)


def is_count(field: models.Field | None) -> bool:
    """A whole number that counts something (participants, a delegation's size): written with thousands separators
    (3.000) and set right-aligned in a table. A year is a name for a time, not a count (2026, not 2.026)."""
    return (isinstance(field, models.IntegerField) and not field.is_relation and not field.choices
            and not field.name.endswith("year"))


# ---------------------------------------------------------------------------------------------------------------
# List
# ---------------------------------------------------------------------------------------------------------------

class RecordListView(LoginRequiredMixin, TemplateView):
    """Filtered, searchable, sortable, paginated table. An HTMX request gets only the table, so changing a filter
    updates the table in place."""

    model: type[models.Model]
    filterset_class: Any = None
    columns: list[Column] = []
    template_name = "generic/list.html"
    table_template = "generic/_list_table.html"
    paginate_by = PAGE_SIZE
    select_related: tuple[str, ...] = ()
    title: str | None = None
    filter_errors: dict[str, Any] = {}  # the filters' messages when a value cannot be used (the answer is a 400)

    def get_queryset(self) -> QuerySet:
        queryset = visible_records(self.request, self.model)
        return queryset.select_related(*(self.select_related or self.shown_relations()))

    def shown_relations(self) -> list[str]:
        """The related rows the columns show (organisation__kind: the organisation), read with each record: not
        the others (a project's lead organisation, which its list does not show, would be 50 more objects to build
        for every page)."""
        related = []
        for column in self.columns:
            model, path = self.model, []
            for part in column.field.split("__"):
                field = _field_or_none(model, part) if model is not None else None
                if field is None or not (field.many_to_one or field.one_to_one) or not field.concrete:
                    break
                path.append(part)
                model = field.related_model
            if path:
                related.append("__".join(path))
        return list(dict.fromkeys(related))

    def shown_columns(self) -> list[Column]:
        """The columns, less the municipality's for a user who reads one municipality: it would say the same on
        every row."""
        if not sees_one_municipality(self.request.user):
            return self.columns
        return [c for c in self.columns if c.field.rsplit("__", 1)[-1] != "municipality"]

    def is_table_request(self) -> bool:
        """HTMX asks for the table alone, except when it restores a page from history (it needs the whole page)."""
        headers = self.request.headers
        return bool(headers.get("HX-Request") and not headers.get("HX-Boosted")
                    and not headers.get("HX-History-Restore-Request"))

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.GET.get("export"):
            return self.export(request.GET["export"])
        if request.GET.get("lookup"):
            return self.lookup(request.GET["lookup"])
        response = super().get(request, *args, **kwargs)
        patch_vary_headers(response, ["HX-Request"])  # the same URL answers with a page or a table
        if self.filter_errors:  # the page still shows, with the message beside the field; the status says it
            response.status_code = 400
        return response

    def export(self, fmt: str) -> HttpResponse:
        """The list as filtered and sorted on the page, every record of it, as a file (?export=csv|xlsx)."""
        exporter = exporter_for(self.model)
        if exporter is None or fmt not in exporter.formats:
            raise Http404(_("This list cannot be downloaded in that format."))
        _filterset, queryset = self.filtered()
        if self.filter_errors:
            raise BadParameter(" ".join(str(e) for errors in self.filter_errors.values() for e in errors))
        return exporter.download(self.model, queryset, fmt)

    def lookup(self, name: str) -> HttpResponse:
        """The <option>s of a lookup filter's box (LookupSelect): the chosen record and at most LOOKUP_LIMIT matches
        of ?lookup_q, from the filter's own queryset scoped to the user the way every choice is."""
        filterset = self.filterset_class(None, queryset=self.model._default_manager.none(), request=self.request)
        scope_filter_choices(filterset)
        filter_ = filterset.filters.get(name)
        if not isinstance(filter_, LookupFilter):
            raise Http404(_("This filter has no search."))
        field = filterset.form.fields[name]
        widget = field.widget
        chosen = widget.selected_choices(self.request.GET.getlist(name)[:1])
        text = self.request.GET.get("lookup_q", "").strip()
        matches = filter_.matches(field.queryset, text) if text else []
        options = lookup_options(_("All"), chosen, [(obj.pk, field.label_from_instance(obj)) for obj in matches],
                                 selected=True)
        return HttpResponse(options)

    def filtered(self) -> tuple[Any, QuerySet]:
        """The list's FilterSet (or None) and the records it keeps, in the page's order."""
        queryset = self.get_queryset()
        filterset = None
        if self.filterset_class:
            # Invalid filter values are ignored (django-filter filters by the valid ones) and shown as errors.
            filterset = self.filterset_class(self.request.GET or None, queryset=queryset, request=self.request)
            fresh_fields(filterset)
            scope_filter_choices(filterset)
            queryset = filterset.qs
            self.filter_errors = filterset.errors if filterset.is_bound else {}
            friendly_filter_form(filterset.form)
            hide_lone_municipality(filterset.form, self.request.user)
        sort = self.sort_param()
        # Names in Danish alphabetical order, whatever their case (the database's own order is by code point).
        ordering = [sort] if sort else list(queryset.query.order_by or self.model._meta.ordering)
        # Ties are broken by id in the direction of the first sort, so that the sort's index (which ends with the id)
        # serves a descending sort too, read backwards.
        first = ordering[0] if ordering else ""
        descending = first.startswith("-") if isinstance(first, str) else getattr(first, "descending", False)
        return filterset, queryset.order_by(*collated_ordering(self.model, ordering), "-pk" if descending else "pk")

    def get_template_names(self) -> list[str]:
        if self.is_table_request():
            return [self.table_template]
        return [f"{self.model._meta.app_label}/{model_name(self.model)}_list.html", self.template_name]

    def sort_param(self) -> str:
        wanted = self.request.GET.get("sort", "")
        allowed = {c.sort_key for c in self.columns if c.sortable}
        return wanted if wanted.lstrip("-") in allowed else ""

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        filterset, queryset = self.filtered()
        sort = self.sort_param()
        paginator = KeysetPaginator(queryset, self.paginate_by)
        cursor_error = False
        try:
            page = paginator.page(self.request.GET.get("page"), self.request.GET.get("cursor"))
        except InvalidCursor:  # an edited or outdated link: the first page, and say so
            page, cursor_error = paginator.page(1), True
        query = self.request.GET.copy()
        query.pop("page", None)
        query.pop("cursor", None)
        query.pop("export", None)
        exporter = exporter_for(self.model)
        sort_query = query.copy()
        sort_query.pop("sort", None)
        meta = self.model._meta
        context.update(
            model=self.model,
            opts=meta,
            title=self.title or meta.verbose_name_plural,
            filterset=filterset,
            page_obj=page,
            records=page.object_list,
            cursor_error=cursor_error,
            columns=[{"column": c, "header": c.header(self.model), "sort_key": c.sort_key,
                      "sorted": sort.lstrip("-") == c.sort_key, "descending": sort.startswith("-"),
                      "numeric": c.numeric(self.model)}
                     for c in self.shown_columns()],
            sort=sort,
            query=query.urlencode(),
            sort_query=sort_query.urlencode(),
            list_url=self.request.path,
            export_formats=exporter.formats if exporter else (),
            saved_filters=visible_to(self.request.user, SavedFilter.objects.filter(path=self.request.path)),
            add_url=record_url(self.model, "add") if user_can_create(self.request.user, self.model) else None,
        )
        return context


def hide_lone_municipality(form: Any, user: Any) -> None:
    """The municipality filter is for those who read several (a region's readers, the installation's
    administrators): for a user of one municipality it could only offer All or that one."""
    if sees_one_municipality(user) and "municipality" in form.fields and not form.data.get("municipality"):
        del form.fields["municipality"]


def friendly_filter_form(form: Any) -> None:
    """Empty choices read "All" instead of "---------", and yes/no filters offer All, Yes, No; selects are written
    by QuickSelect."""
    from django import forms

    for field in form.fields.values():
        read_choices_at_once(field)
        if isinstance(field.widget, forms.NullBooleanSelect):
            field.widget = forms.Select(choices=[("", _("All")), ("true", _("Yes")), ("false", _("No"))])
        elif getattr(field, "empty_label", None) is not None:  # model choices and django-filter's choices
            field.empty_label = _("All")
            field.widget.choices = field.choices
        elif isinstance(field, forms.ChoiceField) and field.choices and list(field.choices)[0][0] == "":
            field.choices = [("", _("All")), *list(field.choices)[1:]]
        if type(field.widget) is forms.Select:
            quick = QuickSelect(attrs=field.widget.attrs)
            quick.choices, quick.is_required = field.widget.choices, field.widget.is_required
            field.widget = quick


# ---------------------------------------------------------------------------------------------------------------
# Detail with history
# ---------------------------------------------------------------------------------------------------------------

HIDDEN_FIELDS = {"id", "version", "created_at", "updated_at", "source_kind", "source_document", "source_page",
                 "source_quote", "geonames_id"}


def _display(field: models.Field | None, value: Any) -> Any:
    if field is not None and getattr(field, "choices", None) and value not in (None, ""):
        return dict(field.flatchoices).get(value, value)
    if value.__class__.__name__ == "DeletedObject":
        # simple_history gives an empty foreign key as a DeletedObject without a pk: that side was empty, not deleted.
        return None if value.pk is None else _("(deleted)")
    return value


KIND_MESSAGES = {"+": history_reason.CREATED, "~": history_reason.CHANGED}


def history_rows(record: models.Model, limit: int = 50, viewer: Any = None) -> list[dict[str, Any]]:
    """Who changed what and when, newest first, each with the fields it changed (old → new) and its source. With
    `viewer`, a user the viewer may not see (of another municipality, on shared data) is not named."""
    history = getattr(record, "history", None)
    if history is None:
        return []
    entries = list(history.select_related("history_user").order_by("-history_date", "-history_id")[:limit + 1])
    named = visible_users(viewer, [e.history_user for e in entries]) if viewer is not None else None
    rows = []
    for index, entry in enumerate(entries[:limit]):
        previous = entries[index + 1] if index + 1 < len(entries) else None
        changes = []
        if previous is not None and entry.history_type == "~":
            delta = entry.diff_against(previous, foreign_keys_are_objs=True,
                                       excluded_fields=["source_kind", "source_document", "source_page",
                                                        "source_quote"])
            changes = describe_changes(type(record), delta.changes, _currency_for(record))
        rows.append({
            "entry": entry,
            "when": entry.history_date,
            "who": entry.history_user if named is None or entry.history_user_id in named else None,
            "kind": {"+": _("Created"), "~": _("Changed"), "-": _("Deleted")}.get(entry.history_type, ""),
            # In the reader's language; not "Created: Created" when the reason says no more than the kind.
            "reason": "" if history_reason.is_only(entry.history_change_reason, KIND_MESSAGES.get(
                entry.history_type, "")) else history_reason.reason_text(entry.history_change_reason, type(record)),
            "changes": changes,
            "source": _source_of(entry),
        })
    return rows


def visible_users(viewer: Any, users: list[Any]) -> set[int]:
    """The ids of `users` that `viewer` may name in a history: those it may see (udsyn.core.registry.visible_to), so
    history on shared reference data does not name the users of other municipalities; and the installation's own
    (its administrators and the system users that write demo data and command-line work), who belong to no
    municipality: naming them tells nothing of another municipality, and "unknown" would tell nothing at all."""
    ids = {u.pk for u in users if u is not None}
    if not ids:
        return set()
    model = type(next(u for u in users if u is not None))
    seen = set(visible_to(viewer, model._default_manager.filter(pk__in=ids)).values_list("pk", flat=True))
    return seen | {u.pk for u in users if u is not None and getattr(u, "municipality_id", 0) is None
                   and is_installation_admin(u)}


def describe_changes(model: type[models.Model], changes: list, currency: str | None) -> list[dict[str, Any]]:
    """simple_history changes as label, old and new values to show (choice labels, related objects, money)."""
    rows = []
    for change in changes:
        field = _field_or_none(model, change.field)
        money = currency if isinstance(field, models.DecimalField) else None
        rows.append({"label": field.verbose_name if field else change.field, "currency": money,
                     "old": _display(field, change.old), "new": _display(field, change.new)})
    return rows


def _field_or_none(model: type[models.Model], name: str) -> models.Field | None:
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _source_of(entry: Any) -> dict[str, Any]:
    kind = getattr(entry, "source_kind", "") or "manual"
    if kind == "manual":
        return {"kind": _("Entered by hand")}
    document = None
    if getattr(entry, "source_document_id", None):
        # The document model is whatever the record's source_document points to (core names no app).
        documents = type(entry)._meta.get_field("source_document").related_model._default_manager
        document = documents.filter(pk=entry.source_document_id).first()
    labels = {"document": _("Imported from a document"), "sheet": _("Imported from a spreadsheet"),
              "demo": _("Demo data")}
    return {"kind": labels.get(kind, kind), "document": document, "page": getattr(entry, "source_page", None),
            "quote": getattr(entry, "source_quote", "")}


class RecordDetailView(LoginRequiredMixin, TemplateView):
    """Fields, related records and the history of one record.

    fields: field paths to show (default: every visible concrete field and many-to-many);
    relations: (label, attribute of the record returning a manager or queryset) pairs shown as linked lists.
    """

    model: type[models.Model]
    fields: list[str] | None = None
    relations: list[tuple[Any, str]] = []
    template_name = "generic/detail.html"

    def get_object(self) -> models.Model:
        return get_object_or_404(visible_records(self.request, self.model), pk=self.kwargs["pk"])

    def get_template_names(self) -> list[str]:
        return [f"{self.model._meta.app_label}/{model_name(self.model)}_detail.html", self.template_name]

    def field_names(self) -> list[str]:
        if self.fields is not None:
            return self.fields
        meta = self.model._meta
        names = [f.name for f in meta.concrete_fields if f.name not in HIDDEN_FIELDS]
        return names + [f.name for f in meta.many_to_many]

    def field_rows(self, record: models.Model) -> list[dict[str, Any]]:
        rows = []
        for name in self.field_names():
            field = _field_or_none(self.model, name)
            value = resolve(record, name)
            if isinstance(value, models.Manager):
                value = list(value.all())
            money = None
            if isinstance(field, models.DecimalField):
                money = _currency_for(record)
            elif is_count(field) and type(value) is int:
                value = format_decimal(value, locale=babel_locale())
            rows.append({"name": name, "label": verbose(self.model, name), "value": value, "currency": money,
                         "url": record_url(value) if isinstance(value, models.Model) else None})
        return rows

    def relation_blocks(self, record: models.Model) -> list[dict[str, Any]]:
        """The related records the user may see (a shared organisation's page lists only the user's municipality's
        memberships of it)."""
        blocks = []
        for label, attribute in self.relations:
            related = getattr(record, attribute)
            related = related.all() if hasattr(related, "all") else related
            if isinstance(related, QuerySet):
                items = list(visible_to(self.request.user, related)[:100])
            else:
                items = [r for r in related if visible_to(self.request.user, type(r)._default_manager.filter(
                    pk=r.pk)).exists()]
            blocks.append({"label": label, "items": [{"record": r, "url": record_url(r)} for r in items]})
        return blocks

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        record = self.get_object()
        user = self.request.user
        editable = user_can_edit(user, record)
        context.update(
            model=self.model, opts=self.model._meta, record=record, object=record, title=str(record),
            field_rows=self.field_rows(record), relations=self.relation_blocks(record),
            history=history_rows(record, viewer=user), source=_source_of(record) if is_record(record) else None,
            list_url=record_url(self.model, "list"),
            edit_url=record_url(record, "edit") if editable else None,
            delete_url=record_url(record, "delete") if editable else None,
        )
        return context


def currency_field(model: type[models.Model] | models.Model) -> str | None:
    """The field naming the currency of a record's amounts (fee_currency, budget_currency), if any.

    Rule: when a model has a currency field, all its decimal fields are amounts in that currency.
    """
    for field in model._meta.concrete_fields:
        if field.name.endswith("currency") and field.choices:
            return field.name
    return None


def _currency_for(record: models.Model) -> str | None:
    name = currency_field(record)
    return getattr(record, name) if name else None


# ---------------------------------------------------------------------------------------------------------------
# Create, edit, delete
# ---------------------------------------------------------------------------------------------------------------

class RecordFormMixin(LoginRequiredMixin):
    model: type[models.Model]
    form_class: Any
    template_name = "generic/form.html"

    def get_template_names(self) -> list[str]:
        return [f"{self.model._meta.app_label}/{model_name(self.model)}_form.html", self.template_name]

    def form_data(self, form: Any) -> dict[str, Any]:
        """The model fields of a valid form, ready for the services (the hidden version is not a model field)."""
        names = [n for n in form._meta.fields if n in form.cleaned_data]
        return {n: form.cleaned_data[n] for n in names}

    def render_form(self, form: Any, status: int = 200, **extra: Any) -> HttpResponse:
        meta = self.model._meta
        context = {"model": self.model, "opts": meta, "form": form, "record": getattr(self, "object", None),
                   "list_url": record_url(self.model, "list"), **extra}
        return self.render_to_response(context, status=status)

    def add_validation_errors(self, form: Any, error: ValidationError) -> None:
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                for message in errors:
                    form.add_error(field if field in form.fields else None, message)
        else:
            for message in error.messages:
                form.add_error(None, message)

    def get_success_url(self, record: models.Model) -> str:
        return record_url(record) or record_url(self.model, "list") or "/"

    def save_or_show_errors(self, form: Any, message: str) -> HttpResponse:
        """Save a valid form (`self.save`); otherwise show it again, with the user's input, as a 400."""
        if not form.is_valid():
            return self.render_form(form, status=400)
        try:
            record = self.save(form)
        except ValidationError as error:
            self.add_validation_errors(form, error)
            return self.render_form(form, status=400)
        return self.success(record, message % {"record": record})

    def save_reference(self, form: Any) -> models.Model:
        """Reference data (organisations, cities, people) has no owning department: a plain save with history."""
        with transaction.atomic():
            record = form.save(commit=False)
            claim_for_municipality(record, self.request.user)
            record._history_user = self.request.user
            record.save()
            form.save_m2m()
        return record

    def success(self, record: models.Model, message: str) -> HttpResponse:
        messages.success(self.request, message)
        return HttpResponseRedirect(self.get_success_url(record))


class RecordCreateView(RecordFormMixin, TemplateView):
    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated and not user_can_create(request.user, self.model):
            raise PermissionDenied(_("You may not add records here."))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return self.render_form(self.form_class(user=request.user, initial=self.get_initial()))

    def get_initial(self) -> dict[str, Any]:
        initial = {k: v for k, v in self.request.GET.items()}
        if has_department(self.model) and self.request.user.department_id:
            initial.setdefault("department", self.request.user.department_id)
        return initial

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = self.form_class(request.POST, user=request.user)
        return self.save_or_show_errors(form, _("%(record)s was created."))

    def save(self, form: Any) -> models.Model:
        if is_record(self.model):
            return services.record_create(model=self.model, data=self.form_data(form), acting_user=self.request.user)
        return self.save_reference(form)


class RecordUpdateView(RecordFormMixin, TemplateView):
    """Edit with lost-update protection: the form carries the version it was based on; when someone else saved in
    between, the user sees what they changed and keeps everything they typed."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return super().dispatch(request, *args, **kwargs)
        self.object = get_object_or_404(visible_records(request, self.model), pk=kwargs["pk"])
        if not user_can_edit(request.user, self.object):
            raise PermissionDenied(_("You may not change this record."))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return self.render_form(self.form_class(instance=self.object, user=request.user))

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = self.form_class(request.POST, instance=self.object, user=request.user)
        try:
            return self.save_or_show_errors(form, _("Your changes to %(record)s were saved."))
        except services.EditConflict as conflict:
            return self.render_conflict(conflict)

    def save(self, form: Any) -> models.Model:
        if is_record(self.model):
            return services.record_update(record=self.object, data=self.form_data(form),
                                          expected_version=form.cleaned_data.get("version"),
                                          acting_user=self.request.user)
        return self.save_reference(form)

    def render_conflict(self, conflict: services.EditConflict) -> HttpResponse:
        """Show the form again with the user's input, based on the current version, and what changed meanwhile."""
        current = conflict.record
        data = self.request.POST.copy()
        data["version"] = str(current.version)
        self.object = current
        form = self.form_class(data, instance=type(current)._default_manager.get(pk=current.pk),
                               user=self.request.user)
        form.is_valid()  # so the fields show the user's values and any errors
        changes = conflict_changes(current, conflict.expected)
        return self.render_form(form, status=409, conflict=True, conflict_changes=changes["changes"],
                                conflict_users=changes["users"])


def conflict_changes(record: models.Model, since_version: int) -> dict[str, Any]:
    """What changed in `record` after `since_version`, and by whom, from its history."""
    history = record.history.order_by("history_date", "history_id")
    base = history.filter(version__lte=since_version).last()
    latest = history.last()
    later = history.filter(version__gt=since_version)
    users = sorted({person_label(h.history_user) for h in later if h.history_user})
    changes = []
    if base is not None and latest is not None and base.pk != latest.pk:
        delta = latest.diff_against(base, foreign_keys_are_objs=True)
        changes = describe_changes(type(record), delta.changes, _currency_for(record))
    return {"changes": changes, "users": users}


class RecordDeleteView(LoginRequiredMixin, TemplateView):
    model: type[models.Model]
    template_name = "generic/confirm_delete.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return super().dispatch(request, *args, **kwargs)
        self.object = get_object_or_404(visible_records(request, self.model), pk=kwargs["pk"])
        if not user_can_edit(request.user, self.object):
            raise PermissionDenied(_("You may not delete this record."))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(model=self.model, opts=self.model._meta, record=self.object, object=self.object,
                       cancel_url=record_url(self.object) or record_url(self.model, "list"))
        return context

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        name = str(self.object)
        try:
            if is_record(self.model):
                version = request.POST.get("version")
                services.record_delete(record=self.object, acting_user=request.user,
                                       expected_version=int(version) if version and version.isdigit() else None)
            else:
                self.object._history_user = request.user
                self.object.delete()
        except services.EditConflict:
            messages.error(request, _("Someone else changed %(record)s meanwhile. Look at the changes before you "
                                      "delete it.") % {"record": name})
            return HttpResponseRedirect(record_url(self.object) or "/")
        except ProtectedError:
            messages.error(request, _("%(record)s cannot be deleted because other records refer to it.")
                           % {"record": name})
            return HttpResponseRedirect(record_url(self.object) or "/")
        messages.success(request, _("%(record)s was deleted.") % {"record": name})
        return HttpResponseRedirect(record_url(self.model, "list") or "/")


def record_urls(name: str, *, list_view: Any = None, detail_view: Any = None, create_view: Any = None,
                update_view: Any = None, delete_view: Any = None, prefix: str = "") -> list:
    """The five URL patterns of a record type, named `<name>_list`, `<name>_add`, ... ."""
    patterns = []
    for route, view, action in [("", list_view, "list"), ("add/", create_view, "add"),
                                ("<int:pk>/", detail_view, "detail"), ("<int:pk>/edit/", update_view, "edit"),
                                ("<int:pk>/delete/", delete_view, "delete")]:
        if view is not None:
            patterns.append(path(prefix + route, view.as_view(), name=f"{name}_{action}"))
    return patterns

