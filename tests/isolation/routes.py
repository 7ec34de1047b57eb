"""Every route of the site, from the URL resolver, with its path parameters filled with municipality A's ids.

A parameter is filled from what the route serves:
- a class-based register page (udsyn.core.generic) serves its `model`; `parent` is its parent's model;
- a DRF viewset serves its queryset's model (the router's routes are in the resolver too; `format` is json);
- the Django admin's views serve their ModelAdmin's model;
- everything else is named in OBJECT_PARAMS (a model: A's row of it) or LITERAL_PARAMS (values that are no object).
A route with a parameter none of these fill is reported as unfilled, and the battery fails on it: a new route is
either filled automatically or named here.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver, reverse

# Path parameters that are no object of A: the values to try.
LITERAL_PARAMS: dict[str, dict[str, list[str]]] = {
    "opendata_export": {"record_type": "EXPORT_TYPES", "fmt": ["csv", "json", "xlsx"]},
    "public_opendata_export": {"record_type": "PUBLISHABLE", "fmt": ["csv", "json"]},
    "delegation_programme": {"fmt": ["pdf", "docx", "ics"]},
    "password_set": {"uidb64": ["MQ"], "token": ["not-a-token-of-anyone"]},
}

# Routes served by functions: which model each object parameter names. (Class-based pages and the API say it
# themselves.)
OBJECT_PARAMS: dict[str, dict[str, str]] = {
    "saved_filter_delete": {"pk": "core.SavedFilter"},
    "municipality_logo": {"pk": "organisations.Municipality"},
    "import_batch": {"pk": "imports.ImportBatch"},
    "import_batch_jobs": {"pk": "imports.ImportBatch"},
    "import_job_retry": {"pk": "imports.Job"},
    "import_document": {"pk": "imports.Document"},
    "import_document_file": {"pk": "imports.Document"},
    "import_bulk_accept": {"pk": "imports.Document"},
    "import_bulk_undo": {"pk": "imports.BulkApproval"},
    "import_candidate": {"pk": "imports.Candidate"},
    "import_candidate_accept": {"pk": "imports.Candidate"},
    "import_candidate_merge": {"pk": "imports.Candidate"},
    "import_candidate_reject": {"pk": "imports.Candidate"},
    "import_sheet_confirm": {"token": "SHEET"},
    "delegation_rules": {"pk": "delegation.Desk"},
    "delegation_decide": {"pk": "delegation.DelegationRequest"},
    "delegation_screen": {"pk": "delegation.DelegationRequest"},
    "delegation_cancel": {"pk": "delegation.DelegationRequest"},
    "delegation_plan": {"pk": "delegation.DelegationRequest"},
    "delegation_host": {"pk": "delegation.DelegationRequest"},
    "delegation_held": {"pk": "delegation.DelegationRequest"},
    "delegation_follow_up": {"pk": "delegation.DelegationRequest"},
    "delegation_agenda_add": {"pk": "delegation.DelegationRequest"},
    "delegation_agenda_edit": {"pk": "delegation.DelegationRequest", "item_pk": "delegation.AgendaItem"},
    "delegation_agenda_delete": {"pk": "delegation.DelegationRequest", "item_pk": "delegation.AgendaItem"},
    "delegation_presentation": {"pk": "delegation.DelegationRequest", "item_pk": "delegation.AgendaItem"},
    "delegation_programme": {"pk": "delegation.DelegationRequest"},
    "delegation_letter_send": {"pk": "delegation.DelegationRequest", "letter_pk": "delegation.Letter"},
    "delegation_attachment": {"pk": "delegation.DelegationRequest", "attachment_pk": "delegation.RequestAttachment"},
    # Public pages of a municipality, by its address name: A's.
    "delegation_form": {"slug": "SLUG"},
    "delegation_form_embed": {"slug": "SLUG"},
    "public_opendata": {"slug": "SLUG"},
    "public_opendata_partners": {"slug": "SLUG"},
    "public_opendata_calendar": {"slug": "SLUG"},
    "public_opendata_export": {"slug": "SLUG"},
}

# Routes public by design, each with the reason. The battery still asks them (as B and anonymously) and still
# requires that no marker of A's private rows shows; only the 404/403 rule does not apply to them.
PUBLIC_BY_DESIGN: dict[str, str] = {
    "delegation_form": "the public request form of a municipality's delegation desk is for every visitor",
    "delegation_form_embed": "the same form, for a frame on the municipality's own website",
    "delegation_receipt": "a capability address: whoever holds the request's secret reference (its sender) sees what "
                          "was sent; the battery fills a reference A never issued",
    "public_opendata": "what a municipality publishes as open data is for everyone; A publishes nothing here",
    "public_opendata_partners": "public open data (A publishes nothing: a 404)",
    "public_opendata_calendar": "public open data (A publishes nothing: a 404)",
    "public_opendata_export": "public open data (A publishes nothing: a 404)",
    "password_set": "an invited user, not logged in yet, chooses a password at the link of their invitation; a "
                    "made-up token shows only that the link cannot be used",
}

# Routes with parameters the battery fills with values that are no object of A, each with the reason.
NO_OBJECT: dict[str, str] = {
    "delegation_receipt": "the reference is a secret of the request's sender, not an id; a made-up one is tried",
}


@dataclass
class Route:
    pattern: str  # as written in the URL conf, for messages
    name: str | None
    namespace: str | None
    callback: Callable
    params: list[str]
    admin: bool = False
    urls: list[str] = field(default_factory=list)  # filled with A's ids
    models: dict[str, type[models.Model]] = field(default_factory=dict)  # parameter → the model it names
    unfilled: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # parameters that name a file of A's (a spreadsheet preview)

    @property
    def full_name(self) -> str | None:
        if self.name is None:
            return None
        return f"{self.namespace}:{self.name}" if self.namespace else self.name

    @property
    def serves_an_object(self) -> bool:
        return bool(self.models) or bool(self.files)

    @property
    def serves_shared_data(self) -> bool:
        """Reference data every municipality reads (B may read it; only installation administrators change it)."""
        from udsyn.core.registry import SHARED, scope_of

        return any(scope_of(model) == SHARED for model in self.models.values())

    @property
    def is_api(self) -> bool:
        return self.namespace == "api"

    @property
    def viewset(self) -> Any:
        return getattr(self.callback, "cls", None)


def _params(pattern: Any) -> list[str]:
    """The parameters of a pattern: its converters' names, a regex's named groups, and "_<n>" for unnamed ones (the
    admin's history pages have those)."""
    converters = getattr(pattern, "converters", None)
    if converters is not None and hasattr(pattern, "_route"):
        return list(converters)
    named = list(pattern.regex.groupindex)
    return named + [f"_{n}" for n in range(pattern.regex.groups - len(named))]


def walk(patterns: list | None = None, prefix: str = "", namespace: str | None = None,
         params: tuple[str, ...] = ()) -> Iterator[Route]:
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            yield from walk(entry.url_patterns, f"{prefix}{entry.pattern}", entry.namespace or namespace,
                            (*params, *_params(entry.pattern)))
        elif isinstance(entry, URLPattern):
            yield Route(f"{prefix}{entry.pattern}", entry.name, namespace, entry.callback,
                        [*params, *_params(entry.pattern)], namespace == "admin")


def _served_model(route: Route, param: str) -> type[models.Model] | None:
    """The model a parameter names, as the route's own view says it."""
    from django.apps import apps

    named = OBJECT_PARAMS.get(route.name or "", {}).get(param)
    if named and "." in named:
        return apps.get_model(named)
    view_class = getattr(route.callback, "view_class", None)
    if view_class is not None and param == "pk" and getattr(view_class, "model", None) is not None:
        return view_class.model
    if view_class is not None and param == "parent" and getattr(view_class, "model", None) is not None:
        return view_class().parent_model
    if route.viewset is not None and param == "pk":
        queryset = getattr(route.viewset, "queryset", None)
        return queryset.model if queryset is not None else None
    model_admin = getattr(route.callback, "model_admin", None)
    if model_admin is not None and param in ("object_id", "id"):
        return model_admin.model
    return None


def _values(route: Route, param: str, world: Any) -> list[str] | None:
    """What to put in `param`: A's object's id, literal values, or None when nothing fills it."""
    from udsyn.reports import exports, opendata

    literal = LITERAL_PARAMS.get(route.name or "", {}).get(param)
    if literal == "EXPORT_TYPES":
        return exports.record_types()
    if literal == "PUBLISHABLE":
        return list(opendata.PUBLISHABLE)
    if literal is not None:
        return list(literal)
    named = OBJECT_PARAMS.get(route.name or "", {}).get(param)
    if named == "SLUG":
        return [world.a.slug]
    if named == "SHEET":
        route.files.append(param)
        return [world.sheet_token]
    if param == "format" and route.is_api:
        return ["json"]
    if route.name in NO_OBJECT and param == "reference":
        return ["NOT-A-REFERENCE-OF-ANYONE"]
    if route.name in NO_OBJECT and param == "slug":
        return [world.a.slug]
    if route.admin:
        return _admin_values(route, param, world)
    model = _served_model(route, param)
    if model is None:
        return None
    obj = world.first(model)
    if obj is None:
        return None
    route.models[param] = model
    return [str(obj.pk)]


def _admin_values(route: Route, param: str, world: Any) -> list[str] | None:
    """The admin site is the installation administrators' alone: every one of its addresses must turn B's users
    away, whatever it names; A's row where the model has one."""
    from django.contrib.contenttypes.models import ContentType

    if param.startswith("_"):  # the admin's history of an object: (object id, history id)
        return _admin_values(route, "object_id", world) if param == "_0" else ["1"]
    if param in ("object_id", "id"):
        model = _served_model(route, param)
        obj = world.first(model) if model is not None else None
        if obj is not None:
            route.models[param] = model
        return [str(obj.pk) if obj is not None else "1"]
    return {"app_label": ["organisations"], "content_type_id": [str(ContentType.objects.get(
        app_label="organisations", model="municipality").pk)], "url": ["nowhere/"]}.get(param)


def fill(route: Route, world: Any) -> Route:
    """route.urls: every address of the route with A's ids (several when a parameter takes several literal values);
    route.unfilled: the parameters nothing filled."""
    choices = {}
    for param in route.params:
        values = _values(route, param, world)
        if values is None:
            route.unfilled.append(param)
        else:
            choices[param] = values
    if route.unfilled:
        return route
    for combination in itertools.product(*choices.values()):
        kwargs = dict(zip(choices, combination, strict=True))
        route.urls.append(_address(route, kwargs))
    return route


def _address(route: Route, kwargs: dict[str, str]) -> str:
    if route.full_name is None:  # an unnamed route (favicon, the admin's catch-all): its pattern is its address
        text = route.pattern.lstrip("^").rstrip("$")
        for name, value in kwargs.items():
            text = text.replace(f"(?P<{name}>.*)", value)
        return "/" + text
    if any(name.startswith("_") for name in kwargs):
        return reverse(route.full_name, args=list(kwargs.values()))
    return reverse(route.full_name, kwargs=kwargs)


def all_routes(world: Any) -> list[Route]:
    return [fill(route, world) for route in walk()]
