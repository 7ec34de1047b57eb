"""`udsyn report mapping|results|strategy --format html|pdf|docx|xlsx -o FILE` — a report from the register."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from udsyn.reports.data import ScopeError, resolve_scope
from udsyn.reports.service import FORMATS, KINDS, LANGUAGES, generate


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"--until wants a date as YYYY-MM-DD, not {value!r}") from error


def _municipality_of(username: str):
    from udsyn.accounts.models import User

    found = User.objects.filter(username=username).select_related("municipality").first()
    if found is None:
        raise CommandError(f"No user is called {username!r}")
    if found.municipality is None:
        raise CommandError(f"{username} belongs to no municipality: name the municipality with --municipality")
    return found.municipality


class Command(BaseCommand):
    help = "Generate a report (mapping of international work, results summary, strategy status) from the register."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("kind", choices=list(KINDS), help="which report")
        parser.add_argument("--format", dest="fmt", choices=list(FORMATS), default="html", help="file format")
        parser.add_argument("-o", "--output", help="file to write (default: the report's own name; - for stdout)")
        parser.add_argument("--municipality", help="name of the municipality (needed when there are several)")
        parser.add_argument("--user", help="the municipality of this user's department (instead of --municipality)")
        parser.add_argument("--since", type=int, help="first year of the period (default: four years back)")
        parser.add_argument("--until", help="reporting date YYYY-MM-DD (default: today)")
        parser.add_argument("--department", action="append", default=[], metavar="NAME",
                            help="a department's name or abbreviation; repeat for several (default: all)")
        parser.add_argument("--language", choices=LANGUAGES, default="da", help="language of the report")

    def handle(self, *args, kind: str, fmt: str, output: str | None, municipality: str | None, since: int | None,
               until: str | None, department: list[str], language: str, user: str | None = None,
               **options) -> None:
        if user and not municipality:
            municipality = _municipality_of(user)
        try:
            scope = resolve_scope(municipality, department, since, _date(until) if until else None)
        except ScopeError as error:
            raise CommandError(str(error)) from error
        report = generate(kind, fmt, scope, language)
        if output == "-":
            sys.stdout.buffer.write(report.content)
            return
        path = Path(output or report.filename)
        path.write_bytes(report.content)
        self.stdout.write(f"{path} ({len(report.content):,} bytes)")
