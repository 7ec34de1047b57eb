"""Reports page (choose, download), insight pages (map, graph, charts) and the open-data page with its feeds."""

from __future__ import annotations

import io

from django.contrib.auth.decorators import login_required
from django.db import models
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext as _

from udsyn.core.limits import id_param
from udsyn.core.registry import in_municipalities, visible_to
from udsyn.organisations.models import Municipality
from udsyn.partners.models import Partner, RelationKind
from udsyn.projects.models import Project
from udsyn.visits.models import Event, Visit

from . import exports, insight, listfiles, opendata
from .data import rules
from .forms import ReportForm, ScopeForm, default_municipality
from .service import generate

GEOJSON = "application/geo+json"
# A generated HTML report opened in the browser: its own inline styles, embedded logo and fonts; nothing else.
REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"


def _attachment(content: bytes, filename: str, content_type: str, inline: bool = False) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'{"inline" if inline else "attachment"}; filename="{filename}"'
    return response


@login_required
def reports_index(request: HttpRequest) -> HttpResponse:
    """GET with a chosen report generates it: the file comes back as a download (HTML opens in the browser)."""
    if "kind" in request.GET:
        form = ReportForm(request.GET, user=request.user)
        if form.is_valid():
            try:
                scope = form.scope(form.cleaned_data["departments"])
            except Exception as error:  # ScopeError reaches the user as a form error
                form.add_error(None, error)
            else:
                data = form.cleaned_data
                report = generate(data["kind"], data["format"], scope, data["language"])
                response = _attachment(report.content, report.filename, report.content_type,
                                       inline=data["format"] == "html")
                if data["format"] == "html":  # a document with its styles inside and no script at all
                    response["Content-Security-Policy"] = REPORT_POLICY
                return response
    else:
        form = ReportForm(user=request.user)
    return render(request, "reports/index.html", {"form": form}, status=400 if form.errors else 200)


def _scope_from(request: HttpRequest, since: int | None = None):
    form = ScopeForm(request.GET, user=request.user, since=since)
    scope = form.scope() if form.is_valid() else None
    return form, scope


def visible_municipality(request: HttpRequest) -> Municipality | None:
    """The municipality named by ?municipality=ID when the user sees it (404 otherwise); None when none is named."""
    wanted = id_param(request.GET.get("municipality"), "municipality")
    if wanted is None:
        return None
    return get_object_or_404(visible_to(request.user, Municipality.objects.all()), pk=wanted)


@login_required
def insight_map(request: HttpRequest) -> HttpResponse:
    municipality = visible_municipality(request) or default_municipality(request.user)
    municipality_id = municipality.pk if municipality else None
    shown = visible_to(request.user, Partner.objects.all())
    if municipality_id is not None:
        shown = in_municipalities(shown, [municipality_id])
    features = opendata.partners_geojson(shown)
    partners = list(opendata.partners_queryset(shown))
    kinds = [{"kind": kind, "label": label, "colour": insight.KIND_COLOURS[kind]}
             for kind, label in RelationKind.choices]
    return render(request, "reports/map.html", {
        "features": features, "partners": partners, "kinds": kinds, "colours": insight.KIND_COLOURS,
        "without_coordinates": sum(1 for p in partners if p.city.latitude is None or p.city.longitude is None),
        "municipality_id": municipality_id,
    })


@login_required
def insight_graph(request: HttpRequest) -> HttpResponse:
    form, scope = _scope_from(request)
    graph = insight.network_graph(scope) if scope else None
    return render(request, "reports/graph.html", {"form": form, "graph": graph, "scope": scope})


@login_required
def insight_charts(request: HttpRequest) -> HttpResponse:
    # From the first funded project on, as the dashboard counts external funding: not an empty chart.
    municipality = default_municipality(request.user)
    projects = visible_to(request.user, Project.objects.all())
    if municipality:
        projects = in_municipalities(projects, [municipality.pk])
    form, scope = _scope_from(request, since=rules.first_funded_year(projects))
    context = {"form": form, "scope": scope}
    if scope:
        context["funding"] = funding = insight.funding_chart(scope)
        segments, labels, width = insight.funding_segments(funding)
        context["funding_svg"] = {"segments": segments, "labels": labels, "width": width}
        context["fees"], context["fee_total"], context["fee_rates"], context["fee_missing"] = insight.fee_bars(scope)
    return render(request, "reports/charts.html", context)


# Open data ---------------------------------------------------------------------------------------------------------
# Logged in (/reports/opendata/...): what the user sees, of one municipality with ?municipality=ID, internal records
# left out. Public (/opendata/<municipality>/...): only what the municipality publishes (udsyn.reports.opendata).

def _record_types() -> list[str]:
    return exports.record_types()


def _municipality_id(request: HttpRequest) -> int | None:
    municipality = visible_municipality(request)
    return municipality.pk if municipality else None


def _geojson(partners: QuerySet) -> HttpResponse:
    response = JsonResponse(opendata.partners_geojson(partners), json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = GEOJSON
    return response


def _calendar(request: HttpRequest, visits: QuerySet, events: QuerySet) -> HttpResponse:
    body = opendata.calendar_feed(visits, events, name=_("International visits and events"),
                                  host=request.get_host().split(":")[0])
    return _attachment(body.encode("utf-8"), "udsyn.ics", "text/calendar; charset=utf-8", inline=True)


@login_required
def opendata_index(request: HttpRequest) -> HttpResponse:
    # Each record type by its name in the reader's language; the file keeps its stable English name.
    types = [(key, exports.record_type_for(key).model._meta.verbose_name_plural) for key in _record_types()]
    municipalities = [(m, opendata.published_keys(m))
                      for m in visible_to(request.user, Municipality.objects.all())]
    return render(request, "reports/opendata.html", {"record_types": types, "formats": ["csv", "json", "xlsx"],
                                                     "municipalities": municipalities})


@login_required
def opendata_partners(request: HttpRequest) -> HttpResponse:
    return _geojson(opendata.shown_to(request.user, Partner, _municipality_id(request)))


@login_required
def opendata_calendar(request: HttpRequest) -> HttpResponse:
    municipality_id = _municipality_id(request)
    return _calendar(request, opendata.shown_to(request.user, Visit, municipality_id),
                     opendata.shown_to(request.user, Event, municipality_id))


LIST_FORMATS = ("csv", "xlsx")


def can_download(model: type[models.Model]) -> bool:
    try:
        exports.record_type_for(model)
    except ValueError:
        return False
    return True


def download_list(model: type[models.Model], queryset: QuerySet, fmt: str) -> HttpResponse:
    """A register list as the user filtered and sorted it, in the open-data columns headed and filled in the reader's
    language (listfiles), so it reads like the page (core's list pages call this)."""
    headers, rows = listfiles.readable(model, exports.export_rows(model, queryset)[1])
    name = f"{slugify(str(model._meta.verbose_name_plural))}-{timezone.localdate():%Y-%m-%d}"
    return _table_file(capfirst(str(model._meta.verbose_name_plural))[:31], headers, rows, fmt, name)


def _table_file(key: str, headers: list[str], rows: list, fmt: str, name: str) -> HttpResponse:
    if fmt == "csv":
        text = io.StringIO()
        exports.write_csv(headers, rows, text)
        return _attachment(text.getvalue().encode("utf-8-sig"), f"{name}.csv", "text/csv; charset=utf-8")
    if fmt == "json":
        text = io.StringIO()
        exports.write_json({key: (headers, rows)}, text)
        return _attachment(text.getvalue().encode("utf-8"), f"{name}.json", "application/json")
    binary = io.BytesIO()
    exports.write_xlsx({key: (headers, rows)}, binary)
    return _attachment(binary.getvalue(), f"{name}.xlsx",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@login_required
def opendata_export(request: HttpRequest, record_type: str, fmt: str) -> HttpResponse:
    if record_type not in _record_types() or fmt not in ("csv", "json", "xlsx"):
        raise Http404(_("No such export."))
    model = exports.record_type_for(record_type).model
    headers, rows = exports.export_rows(record_type, opendata.shown_to(request.user, model, _municipality_id(request)))
    return _table_file(record_type, headers, rows, fmt, record_type)


# Public open data: no login, only what the municipality publishes ---------------------------------------------------

def _publisher(slug: str) -> Municipality:
    return get_object_or_404(Municipality, slug=slug)


def _published_or_404(municipality: Municipality, *keys: str) -> None:
    if not set(keys) & set(opendata.published_keys(municipality)):
        raise Http404(_("%(municipality)s does not publish this as open data; log in to see it.")
                      % {"municipality": municipality})


def public_index(request: HttpRequest, slug: str) -> HttpResponse:
    """What a municipality publishes, with a link to each file."""
    municipality = _publisher(slug)
    keys = opendata.published_keys(municipality)
    types = [(key, opendata.publishable_model(key)._meta.verbose_name_plural) for key in keys]
    return render(request, "reports/opendata_public.html", {
        "municipality": municipality, "record_types": types, "formats": ["csv", "json", "xlsx"],
        "partners": "partners" in keys, "calendar": bool({"visits", "events"} & set(keys)),
        "title": _("Open data of %(municipality)s") % {"municipality": municipality}})


def public_partners(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = _publisher(slug)
    _published_or_404(municipality, "partners")
    return _geojson(opendata.published("partners", municipality))


def public_calendar(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = _publisher(slug)
    _published_or_404(municipality, "visits", "events")
    return _calendar(request, opendata.published("visits", municipality), opendata.published("events", municipality))


def public_export(request: HttpRequest, slug: str, record_type: str, fmt: str) -> HttpResponse:
    municipality = _publisher(slug)
    if record_type not in opendata.PUBLISHABLE or fmt not in ("csv", "json", "xlsx"):
        raise Http404(_("No such export."))
    _published_or_404(municipality, record_type)
    headers, rows = exports.export_rows(record_type, opendata.published(record_type, municipality),
                                        left_out=opendata.PUBLIC_LEFT_OUT)
    return _table_file(record_type, headers, rows, fmt, f"{municipality.slug}-{record_type}")

