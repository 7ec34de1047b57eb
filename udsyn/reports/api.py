"""Open data in the API: /api/v1/opendata/partners.geojson and /api/v1/opendata/calendar.ics.

Same content as the logged-in web downloads: what the user sees, internal records left out; ?municipality=ID narrows
to one municipality the user sees (another is a 404). The public, unauthenticated files are at /opendata/<slug>/.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from udsyn.core.limits import id_param
from udsyn.core.registry import visible_to
from udsyn.organisations.models import Municipality
from udsyn.partners.models import Partner
from udsyn.visits.models import Event, Visit

from .opendata import calendar_feed, partners_geojson, shown_to

MUNICIPALITY = OpenApiParameter("municipality", int, description="Only this municipality's records (its id).")


class GeoJSONRenderer(JSONRenderer):
    media_type = "application/geo+json"
    format = "geojson"


class ICalendarRenderer(BaseRenderer):
    media_type = "text/calendar"
    format = "ics"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data.encode(self.charset) if isinstance(data, str) else data


def _municipality(request: Request) -> int | None:
    """?municipality=ID of a municipality the user sees; None when none is named."""
    wanted = id_param(request.query_params.get("municipality"), "municipality")
    if wanted is None:
        return None
    found = visible_to(request.user, Municipality.objects.filter(pk=wanted)).first()
    if found is None:
        raise NotFound(_("No such municipality."))
    return found.pk


class PartnersGeoJSON(APIView):
    """Partner cities with coordinates as a GeoJSON FeatureCollection (RFC 7946), one Point per partner."""

    renderer_classes = [GeoJSONRenderer, JSONRenderer]

    @extend_schema(parameters=[MUNICIPALITY], responses={(200, "application/geo+json"): OpenApiTypes.OBJECT})
    def get(self, request: Request) -> Response:
        return Response(partners_geojson(shown_to(request.user, Partner, _municipality(request))))


class CalendarICS(APIView):
    """Delegation visits and events as an iCalendar feed (RFC 5545)."""

    renderer_classes = [ICalendarRenderer]

    @extend_schema(parameters=[MUNICIPALITY], responses={(200, "text/calendar"): OpenApiTypes.STR})
    def get(self, request: Request) -> Response:
        municipality_id = _municipality(request)
        body = calendar_feed(shown_to(request.user, Visit, municipality_id),
                             shown_to(request.user, Event, municipality_id),
                             name=_("International visits and events"), host=request.get_host().split(":")[0])
        return Response(body, headers={"Content-Disposition": 'inline; filename="udsyn.ics"'})
