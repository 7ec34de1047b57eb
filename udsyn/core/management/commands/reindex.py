"""`udsyn reindex`: build the search index again from the register (after bulk loads that send no signals)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from udsyn.core import search


class Command(BaseCommand):
    help = "Build the search index (names and texts of every record, person, organisation, city, document) again."

    def handle(self, *args, **options) -> None:
        count = search.reindex()
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} objects."))
