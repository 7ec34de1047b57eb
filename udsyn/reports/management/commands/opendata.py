"""`udsyn opendata --format geojson|ics -o FILE` — partner cities as GeoJSON, visits and events as iCalendar."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from udsyn.organisations.models import Municipality
from udsyn.partners.models import Partner
from udsyn.reports.opendata import calendar_feed, of_municipality, partners_geojson
from udsyn.visits.models import Event, Visit


class Command(BaseCommand):
    help = ("Write open data: partner cities as GeoJSON, or delegation visits and events as an iCalendar feed "
            "(records marked internal left out).")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", dest="fmt", choices=["geojson", "ics"], required=True)
        parser.add_argument("-o", "--output", default="-", help="file to write (default: standard output)")
        parser.add_argument("--municipality", help="only this municipality's records (default: all)")

    def handle(self, *args, fmt: str, output: str, municipality: str | None, **options) -> None:
        municipality_id = None
        if municipality:
            found = Municipality.objects.filter(name__iexact=municipality).first()
            if found is None:
                raise CommandError(f"No municipality is called {municipality}")
            municipality_id = found.pk
        if fmt == "geojson":
            content = json.dumps(partners_geojson(of_municipality(Partner, municipality_id)), ensure_ascii=False,
                                 indent=1).encode("utf-8")
        else:
            content = calendar_feed(of_municipality(Visit, municipality_id), of_municipality(Event, municipality_id),
                                    name=municipality or "udsyn").encode("utf-8")
        if output == "-":
            sys.stdout.buffer.write(content)
        else:
            Path(output).write_bytes(content)
            self.stdout.write(f"{output} ({len(content):,} bytes)")
