"""Open data written by hand to its standard: GeoJSON (RFC 7946) of partner cities and an iCalendar feed
(RFC 5545) of delegation visits and events; the tables of udsyn.reports.exports as CSV, JSON and XLSX.

Which records go out is decided here, for three audiences:
- the public (no login): only the record types a municipality chose to publish (Municipality.published_types), of
  that municipality, never a record marked internal (`published`);
- a logged-in user: what udsyn.core.registry.visible_to lets them see, of one municipality when they name one,
  internal records left out (`shown_to`);
- the operator on the command line: every municipality's or one's, internal records left out (`of_municipality`).
People's names, notes and value assessments are never in the public files (PUBLIC_LEFT_OUT).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from django.apps import apps
from django.db import models
from django.db.models import QuerySet
from django.utils.translation import ngettext

from udsyn.core import ical
from udsyn.core.registry import in_municipalities, visible_to
from udsyn.organisations.models import PUBLISHABLE_TYPES, Municipality
from udsyn.partners.models import Partner
from udsyn.visits.models import Event, Visit, VisitStatus

PRODUCT_ID = "-//udsyn//Open data//DA"


# Which records may go out ------------------------------------------------------------------------------------------

# The register record types a municipality may publish (keys of udsyn.reports.exports.RECORD_TYPES). People, the
# delegation desk's requests and the shared reference data are never a municipality's to publish.
PUBLISHABLE = PUBLISHABLE_TYPES
# Columns of the exports that never go out to the public: people, internal notes and judgements.
PUBLIC_LEFT_OUT = frozenset({"Representatives", "Contact", "Notes", "Value assessment", "Value reviewed"})


def publishable_model(key: str) -> type[models.Model]:
    return apps.get_model(PUBLISHABLE[key])


def published_keys(municipality: Municipality) -> list[str]:
    """The record types `municipality` publishes, in the order of PUBLISHABLE."""
    chosen = set(municipality.published_types or ())
    return [key for key in PUBLISHABLE if key in chosen]


def published(key: str, municipality: Municipality) -> QuerySet:
    """What the public sees of a record type: none unless the municipality publishes it; never an internal record."""
    model = publishable_model(key)
    if key not in published_keys(municipality):
        return model._default_manager.none()
    return in_municipalities(model._default_manager.all(), [municipality.pk]).filter(internal=False)


def shown_to(user: Any, model: type[models.Model], municipality_id: int | None = None) -> QuerySet:
    """Open data a logged-in user downloads: what visible_to lets them see (of one municipality when named), without
    internal records."""
    rows = visible_to(user, model._default_manager.all())
    if municipality_id is not None:
        rows = in_municipalities(rows, [municipality_id])
    return _without_internal(rows)


def of_municipality(model: type[models.Model], municipality_id: int | None = None) -> QuerySet:
    """Open data the operator writes on the command line: one municipality's or every one's, without internal
    records."""
    rows = model._default_manager.all()
    if municipality_id is not None:
        rows = in_municipalities(rows, [municipality_id])
    return _without_internal(rows)


def _without_internal(rows: QuerySet) -> QuerySet:
    return rows.filter(internal=False) if any(f.name == "internal" for f in rows.model._meta.fields) else rows


# GeoJSON -----------------------------------------------------------------------------------------------------------

def partners_queryset(partners: QuerySet | None = None) -> QuerySet:
    """`partners` (default: every partner) with what their features show, in the order of their cities."""
    partners = Partner.objects.all() if partners is None else partners
    return partners.select_related("city", "institution", "department__municipality").order_by("city__name", "pk")


def partner_feature(partner: Partner) -> dict[str, Any] | None:
    """A Point feature, or None when the city has no coordinates (GeoJSON wants longitude first)."""
    city = partner.city
    if city.latitude is None or city.longitude is None:
        return None
    return {
        "type": "Feature",
        "id": partner.pk,
        "geometry": {"type": "Point", "coordinates": [float(city.longitude), float(city.latitude)]},
        "properties": {
            "city": city.name, "country": city.country, "institution": partner.institution.name
            if partner.institution_id else "", "kind": partner.kind, "kind_label": str(partner.get_kind_display()),
            "signed_on": partner.signed_on.isoformat() if partner.signed_on else None,
            "ended_on": partner.ended_on.isoformat() if partner.ended_on else None,
            "active": partner.ended_on is None, "themes": partner.theme_list,
            "department": partner.department.name, "municipality": partner.department.municipality.name,
        },
    }


def partners_geojson(partners: QuerySet | None = None) -> dict[str, Any]:
    features = [f for f in map(partner_feature, partners_queryset(partners)) if f is not None]
    return {"type": "FeatureCollection", "features": features}


# iCalendar ---------------------------------------------------------------------------------------------------------

def _day(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _event_lines(uid: str, stamp: dt.datetime, start: dt.date, end: dt.date | None, summary: str,
                 description: str = "", location: str = "", status: str = "", categories: str = "") -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ical.utc(stamp)}", f"DTSTART;VALUE=DATE:{_day(start)}",
             # all-day events: DTEND is the day after the last day (exclusive)
             f"DTEND;VALUE=DATE:{_day((end or start) + dt.timedelta(days=1))}",
             f"SUMMARY:{ical.escape_text(summary)}"]
    if description:
        lines.append(f"DESCRIPTION:{ical.escape_text(description)}")
    if location:
        lines.append(f"LOCATION:{ical.escape_text(location)}")
    if status:
        lines.append(f"STATUS:{status}")
    if categories:
        lines.append(f"CATEGORIES:{ical.escape_text(categories)}")
    lines.append("END:VEVENT")
    return lines


def _participants(count: int) -> str:
    return ngettext("%(count)s participant", "%(count)s participants", count) % {"count": count}


VISIT_STATUS = {VisitStatus.REQUESTED: "TENTATIVE", VisitStatus.CONFIRMED: "CONFIRMED", VisitStatus.HELD: "CONFIRMED",
                VisitStatus.CANCELLED: "CANCELLED"}


def visit_lines(visit: Visit, host: str) -> list[str]:
    where = visit.city or visit.organisation
    summary = f"{visit.get_direction_display()}: {where}" if where else str(visit.get_direction_display())
    about = [visit.theme, str(visit.department)]
    if visit.size:
        about.append(_participants(visit.size))
    return _event_lines(f"visit-{visit.pk}@{host}", visit.updated_at, visit.start, visit.end, summary,
                        " · ".join(a for a in about if a), str(visit.city or ""), VISIT_STATUS.get(visit.status, ""),
                        str(Visit._meta.verbose_name))


def event_lines(event: Event, host: str) -> list[str]:
    about = [event.get_kind_display(), str(event.department)]
    if event.participants:
        about.append(_participants(event.participants))
    location = str(event.partner.city) if event.partner_id else ""
    return _event_lines(f"event-{event.pk}@{host}", event.updated_at, event.date, None, event.name,
                        " · ".join(a for a in about if a), location, "CONFIRMED", str(event.get_kind_display()))


def calendar(visits: Iterable[Visit], events: Iterable[Event], name: str, host: str = "udsyn") -> str:
    def lines() -> Iterator[str]:
        for visit in visits:
            yield from visit_lines(visit, host)
        for event in events:
            yield from event_lines(event, host)

    return ical.calendar(lines(), name=name, product=PRODUCT_ID)


def calendar_querysets(visits: QuerySet | None = None, events: QuerySet | None = None) -> tuple[QuerySet, QuerySet]:
    """`visits` (declined ones left out: they will not take place) and `events` (default: all of each), oldest
    first."""
    visits = (Visit.objects.all() if visits is None else visits).exclude(status=VisitStatus.DECLINED) \
        .select_related("city", "organisation", "department")
    events = (Event.objects.all() if events is None else events).select_related("partner__city", "department")
    return visits.order_by("start", "pk"), events.order_by("date", "pk")


def calendar_feed(visits: QuerySet | None = None, events: QuerySet | None = None, name: str = "udsyn",
                  host: str = "udsyn") -> str:
    visits, events = calendar_querysets(visits, events)
    return calendar(visits.iterator(chunk_size=2000), events.iterator(chunk_size=2000), name, host)

