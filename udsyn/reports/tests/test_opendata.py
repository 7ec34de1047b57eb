"""Open data: GeoJSON of partner cities and an iCalendar feed, from the command line, the web and the API."""

from __future__ import annotations

import datetime as dt
import json
import re

from django.core.management import call_command
from django.urls import reverse
from rest_framework.authtoken.models import Token

from udsyn.core.ical import escape_text, fold
from udsyn.partners.models import Partner
from udsyn.visits.models import Event, Visit

LONG_NAME = "Dansk-kinesisk konference om klimatilpasning, skybrud og grøn omstilling; Beijing, København og Århus"


def _check_geojson(document: dict) -> None:
    assert document["type"] == "FeatureCollection"
    partners = Partner.objects.filter(city__latitude__isnull=False, city__longitude__isnull=False)
    assert len(document["features"]) == partners.count() == 4
    by_id = {f["id"]: f for f in document["features"]}
    for partner in partners.select_related("city"):
        feature = by_id[partner.pk]
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        longitude, latitude = feature["geometry"]["coordinates"]  # RFC 7946: longitude first
        assert (longitude, latitude) == (float(partner.city.longitude), float(partner.city.latitude))
        assert -180 <= longitude <= 180 and -90 <= latitude <= 90
        assert feature["properties"]["city"] == partner.city.name and feature["properties"]["kind"] == partner.kind


def unfold(content: str) -> list[str]:
    return re.sub(r"\r\n[ \t]", "", content).split("\r\n")[:-1]


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _check_calendar(content: str) -> list[dict[str, str]]:
    assert content.endswith("\r\n") and "\n" not in content.replace("\r\n", "")  # CRLF line ends only
    for line in content.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75  # folded per RFC 5545 3.1
    lines = unfold(content)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR" and "VERSION:2.0" in lines
    assert any(line.startswith("PRODID:") for line in lines)
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name.split(";")[0]] = value
    for event in events:
        assert {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} <= set(event)
        assert re.fullmatch(r"\d{8}T\d{6}Z", event["DTSTAMP"]) and re.fullmatch(r"\d{8}", event["DTSTART"])
        assert event["DTEND"] > event["DTSTART"]  # all-day: the end is exclusive
    assert len({e["UID"] for e in events}) == len(events)
    return events


def test_folding_keeps_utf8_characters_whole():
    line = "SUMMARY:" + "æøå" * 40
    folded = fold(line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert re.sub(r"\r\n ", "", folded) == line
    assert escape_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"


def test_geojson_and_ics_from_the_command_line(register, tmp_path):
    Event.objects.create(department=register["tmf"], name=LONG_NAME + "\nmed to linjer", date=dt.date(2026, 9, 1),
                         participants=40)
    call_command("opendata", "--format", "geojson", "-o", str(tmp_path / "partners.geojson"))
    _check_geojson(json.loads((tmp_path / "partners.geojson").read_text(encoding="utf-8")))
    call_command("opendata", "--format", "ics", "-o", str(tmp_path / "calendar.ics"))
    content = (tmp_path / "calendar.ics").read_bytes().decode("utf-8")
    events = _check_calendar(content)
    assert len(events) == Visit.objects.exclude(status="declined").count() + Event.objects.count()
    long = next(e for e in events if e["SUMMARY"].startswith("Dansk-kinesisk"))
    assert unescape(long["SUMMARY"]) == LONG_NAME + "\nmed to linjer"  # escaped, folded and read back intact
    cancelled_or_held = {e["UID"]: e.get("STATUS") for e in events}
    assert all(status in ("CONFIRMED", "TENTATIVE", "CANCELLED") for status in cancelled_or_held.values())


def test_web_downloads(client, register, reader):
    client.force_login(reader)
    response = client.get(reverse("opendata_partners"))
    assert response["Content-Type"] == "application/geo+json"
    _check_geojson(json.loads(response.content))
    response = client.get(reverse("opendata_calendar"))
    assert response["Content-Type"].startswith("text/calendar")
    _check_calendar(response.content.decode("utf-8"))
    page = client.get(reverse("opendata_index")).content.decode()
    assert reverse("opendata_partners") in page and reverse("opendata_calendar") in page


def test_api_with_a_token(client, register, reader):
    token = Token.objects.create(user=reader)
    assert client.get("/api/v1/opendata/partners.geojson").status_code in (401, 403)
    headers = {"HTTP_AUTHORIZATION": f"Token {token.key}"}
    response = client.get("/api/v1/opendata/partners.geojson", **headers)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/geo+json")
    _check_geojson(json.loads(response.content))
    response = client.get("/api/v1/opendata/calendar.ics", **headers)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    _check_calendar(response.content.decode("utf-8"))
    other = client.get("/api/v1/opendata/partners.geojson", {"municipality": 999999}, **headers)
    assert other.status_code == 404  # a municipality the reader does not see


def test_every_record_type_downloads_as_csv_json_and_xlsx(client, register, reader):
    import csv
    import io

    from udsyn.memberships.models import Membership
    from udsyn.reports.exports import record_types

    from . import readers

    client.force_login(reader)
    page = client.get(reverse("opendata_index")).content.decode()
    for record_type in record_types():
        for fmt in ("csv", "json", "xlsx"):
            assert reverse("opendata_export", args=[record_type, fmt]) in page
    rows = list(csv.reader(io.StringIO(client.get("/reports/opendata/memberships.csv").content.decode("utf-8-sig"))))
    assert len(rows) - 1 == Membership.objects.count()
    document = json.loads(client.get("/reports/opendata/memberships.json").content)
    assert len(document["memberships"]) == Membership.objects.count()
    workbook = readers.xlsx_workbook(client.get("/reports/opendata/memberships.xlsx").content)
    assert workbook.active.max_row - 1 == Membership.objects.count()
    assert client.get("/reports/opendata/nothing.csv").status_code == 404
