"""`udsyn report_pages -o DIR` — every report's pages as PNG images to look at (PDF, and DOCX laid out by
LibreOffice), in Danish and English."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from udsyn.reports.data import ScopeError, resolve_scope
from udsyn.reports.preview import LibreOfficeMissing, render_pages
from udsyn.reports.service import KINDS, LANGUAGES

from .report import _date


class Command(BaseCommand):
    help = "Render each report's pages (PDF and DOCX, Danish and English) to PNG images for a visual check."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("-o", "--output", default="report-pages", help="folder for the PNG files")
        parser.add_argument("--municipality", help="name of the municipality (needed when there are several)")
        parser.add_argument("--since", type=int, help="first year of the period (default: four years back)")
        parser.add_argument("--until", help="reporting date YYYY-MM-DD (default: today)")
        parser.add_argument("--kind", action="append", choices=list(KINDS), help="a report (default: all)")
        parser.add_argument("--language", action="append", choices=LANGUAGES, help="a language (default: both)")
        parser.add_argument("--format", dest="formats", action="append", choices=["pdf", "docx"],
                            help="pdf and/or docx (default: both; docx needs LibreOffice)")
        parser.add_argument("--dpi", type=int, default=80)

    def handle(self, *args, output: str, municipality: str | None, since: int | None, until: str | None,
               kind: list[str] | None, language: list[str] | None, formats: list[str] | None, dpi: int,
               **options) -> None:
        try:
            scope = resolve_scope(municipality, (), since, _date(until) if until else None)
        except ScopeError as error:
            raise CommandError(str(error)) from error
        try:
            pages = render_pages(scope, Path(output), kinds=kind or list(KINDS), languages=language or LANGUAGES,
                                 formats=formats or ["pdf", "docx"], dpi=dpi)
        except LibreOfficeMissing as error:
            raise CommandError(f"{error} (or pass --format pdf)") from error
        self.stdout.write(f"{len(pages)} pages written to {output}/")
