"""Reports page (choose, download), insight pages (map, graph, charts) and the open-data page with its feeds."""

from __future__ import annotations

import io

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from udsyn.partners.models import RelationKind

from . import insight, opendata
from .forms import ReportForm, ScopeForm, default_municipality
from .service import generate

GEOJSON = "application/geo+json"


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
                return _attachment(report.content, report.filename, report.content_type,
                                   inline=data["format"] == "html")
    else:
        form = ReportForm(user=request.user)
    return render(request, "reports/index.html", {"form": form}, status=400 if form.errors else 200)


def _scope_from(request: HttpRequest):
    form = ScopeForm(request.GET, user=request.user)
    scope = form.scope() if form.is_valid() else None
    return form, scope


@login_required
def insight_map(request: HttpRequest) -> HttpResponse:
    municipality = default_municipality(request.user)
    municipality_id = int(request.GET["municipality"]) if request.GET.get("municipality", "").isdigit() else \
        (municipality.pk if municipality else None)
    features = opendata.partners_geojson(municipality_id)
    partners = list(opendata.partners_queryset(municipality_id))
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
    form, scope = _scope_from(request)
    context = {"form": form, "scope": scope}
    if scope:
        context["funding"] = funding = insight.funding_chart(scope)
        segments, labels, width = insight.funding_segments(funding)
        context["funding_svg"] = {"segments": segments, "labels": labels, "width": width}
        context["fees"], context["fee_total"], context["fee_rates"], context["fee_missing"] = insight.fee_bars(scope)
    return render(request, "reports/charts.html", context)


# Open data ---------------------------------------------------------------------------------------------------------

def _municipality_param(request: HttpRequest) -> int | None:
    value = request.GET.get("municipality", "")
    return int(value) if value.isdigit() else None


def _record_types() -> list[str]:
    try:
        from udsyn.core.exports import record_types
    except ImportError:  # the exports module is optional for this page
        return []
    return record_types()


@login_required
def opendata_index(request: HttpRequest) -> HttpResponse:
    return render(request, "reports/opendata.html", {"record_types": _record_types(),
                                                     "formats": ["csv", "json", "xlsx"]})


@login_required
def opendata_partners(request: HttpRequest) -> HttpResponse:
    response = JsonResponse(opendata.partners_geojson(_municipality_param(request)), json_dumps_params={
        "ensure_ascii": False})
    response["Content-Type"] = GEOJSON
    return response


@login_required
def opendata_calendar(request: HttpRequest) -> HttpResponse:
    body = opendata.calendar_feed(_municipality_param(request), name=_("International visits and events"),
                                  host=request.get_host().split(":")[0])
    return _attachment(body.encode("utf-8"), "udsyn.ics", "text/calendar; charset=utf-8", inline=True)


@login_required
def opendata_export(request: HttpRequest, record_type: str, fmt: str) -> HttpResponse:
    from udsyn.core import exports

    if record_type not in _record_types() or fmt not in ("csv", "json", "xlsx"):
        raise Http404(_("No such export."))
    headers, rows = exports.export_rows(record_type)
    if fmt == "csv":
        text = io.StringIO()
        exports.write_csv(headers, rows, text)
        return _attachment(text.getvalue().encode("utf-8-sig"), f"{record_type}.csv", "text/csv; charset=utf-8")
    if fmt == "json":
        text = io.StringIO()
        exports.write_json({record_type: (headers, rows)}, text)
        return _attachment(text.getvalue().encode("utf-8"), f"{record_type}.json", "application/json")
    binary = io.BytesIO()
    exports.write_xlsx({record_type: (headers, rows)}, binary)
    return _attachment(binary.getvalue(), f"{record_type}.xlsx",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

