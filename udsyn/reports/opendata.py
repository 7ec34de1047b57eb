"""Open data written by hand to its standard: GeoJSON (RFC 7946) of partner cities and an iCalendar feed
(RFC 5545) of delegation visits and events.

Only what the register already shows every logged-in reader goes out; notes and people are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import ngettext

from udsyn.partners.models import Partner
from udsyn.visits.models import Event, Visit, VisitStatus

PRODUCT_ID = "-//udsyn//Open data//DA"


# GeoJSON -----------------------------------------------------------------------------------------------------------

def partners_queryset(municipality_id: int | None = None) -> QuerySet:
    partners = Partner.objects.select_related("city", "institution", "department__municipality")
    if municipality_id:
        partners = partners.filter(department__municipality_id=municipality_id)
    return partners.order_by("city__name", "pk")


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


def partners_geojson(municipality_id: int | None = None) -> dict[str, Any]:
    features = [f for f in map(partner_feature, partners_queryset(municipality_id)) if f is not None]
    return {"type": "FeatureCollection", "features": features}


# iCalendar ---------------------------------------------------------------------------------------------------------

def escape_text(value: str) -> str:
    """RFC 5545 3.3.11: backslash, semicolon and comma escaped; line breaks as \\n."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """RFC 5545 3.1: lines of at most 75 octets, continued after CRLF + one space; never split a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts, current, size, limit = [], [], 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, 74  # continuation lines start with a space
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _day(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _event_lines(uid: str, stamp: dt.datetime, start: dt.date, end: dt.date | None, summary: str,
                 description: str = "", location: str = "", status: str = "", categories: str = "") -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{_utc(stamp)}", f"DTSTART;VALUE=DATE:{_day(start)}",
             # all-day events: DTEND is the day after the last day (exclusive)
             f"DTEND;VALUE=DATE:{_day((end or start) + dt.timedelta(days=1))}",
             f"SUMMARY:{escape_text(summary)}"]
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    if status:
        lines.append(f"STATUS:{status}")
    if categories:
        lines.append(f"CATEGORIES:{escape_text(categories)}")
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
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT_ID}", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{escape_text(name)}"]
    for visit in visits:
        lines += visit_lines(visit, host)
    for event in events:
        lines += event_lines(event, host)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def calendar_querysets(municipality_id: int | None = None) -> tuple[QuerySet, QuerySet]:
    """Visits (declined ones left out: they will not take place) and events, oldest first."""
    visits = Visit.objects.exclude(status=VisitStatus.DECLINED).select_related("city", "organisation", "department")
    events = Event.objects.select_related("partner__city", "department")
    if municipality_id:
        visits = visits.filter(department__municipality_id=municipality_id)
        events = events.filter(department__municipality_id=municipality_id)
    return visits.order_by("start", "pk"), events.order_by("date", "pk")


def calendar_feed(municipality_id: int | None = None, name: str = "udsyn", host: str = "udsyn") -> str:
    visits, events = calendar_querysets(municipality_id)
    return calendar(visits.iterator(chunk_size=2000), events.iterator(chunk_size=2000), name, host)

