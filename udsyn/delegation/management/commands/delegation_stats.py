"""`udsyn delegation-stats --municipality NAME [--year Y] [--json]`: the delegation desk's statistics."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from udsyn.delegation.stats import delegation_statistics
from udsyn.organisations.models import Municipality


class Command(BaseCommand):
    help = ("Statistics of the delegation desk: requests, acceptance rate, median lead time, visits held and "
            "participants, per year, month, country, level, theme and department; declined by reason.")

    def add_arguments(self, parser) -> None:
        parser.add_argument("--municipality", required=True, help="the municipality's name (or its address name)")
        parser.add_argument("--year", type=int, help="only requests received in this year")
        parser.add_argument("--json", action="store_true", help="print JSON (for scripts) instead of a table")

    def handle(self, *args, municipality: str, year: int | None = None, json: bool = False, **options) -> None:
        found = (Municipality.objects.filter(name__iexact=municipality).first()
                 or Municipality.objects.filter(slug=municipality).first())
        if found is None:
            names = ", ".join(Municipality.objects.values_list("name", flat=True)) or "none"
            raise CommandError(f"No municipality called {municipality!r} (known: {names}).")
        with translation.override("en"):  # the command line speaks English (countries, months, levels too)
            stats = delegation_statistics(found, year)
        if json:
            self.stdout.write(_dumps(stats.as_json()))
            return
        self.write_table(stats)

    def write_table(self, stats) -> None:
        totals = stats.totals
        rate = f"{totals.acceptance_rate:.0%}" if totals.acceptance_rate is not None else "-"
        self.stdout.write(f"{stats.municipality}" + (f", {stats.year}" if stats.year else ", all years"))
        self.stdout.write(f"  requests {totals.requests}, accepted {totals.accepted}, declined {totals.declined}, "
                          f"acceptance rate {rate}")
        lead = f"{stats.median_lead_days:g} days" if stats.median_lead_days is not None else "-"
        self.stdout.write(f"  median lead time {lead}; visits held {totals.held}, participants "
                          f"{totals.participants}")
        for name in stats.BREAKDOWNS:
            rows = getattr(stats, name)
            if not rows:
                continue
            self.stdout.write(f"\n{name.replace('_', ' ')}:")
            for row in rows:
                self.stdout.write(f"  {row.label[:40]:<40} {row.requests:>6} {row.accepted:>6} {row.declined:>6} "
                                  f"{row.held:>6} {row.participants:>7}")
        if stats.declined_by_reason:
            self.stdout.write("\ndeclined by reason:")
            for reason in stats.declined_by_reason:
                self.stdout.write(f"  {reason.label:<40} {reason.count:>6}")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
