"""`udsyn import-sheet FILE --type memberships|projects --department NAME [--map ...] [--dry-run]`."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, no_translations

from udsyn.accounts.models import User
from udsyn.accounts.services import system_user
from udsyn.imports import sheets

LABELS = {
    sheets.Outcome.CREATED: "created",
    sheets.Outcome.WOULD_CREATE: "would create",
    sheets.Outcome.DUPLICATE: "duplicate",
    sheets.Outcome.ERROR: "error",
}
SYSTEM_USERNAME = "cli"


def command_line_user() -> User:
    """The inactive user history names for imports run from the command line without --user."""
    return system_user(username=SYSTEM_USERNAME, first_name="Kommandolinjen")


class Command(BaseCommand):
    help = "Import memberships or projects from an XLSX or CSV list (one row per record, a header row first)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file")
        parser.add_argument("--type", required=True, choices=sheets.RECORD_TYPES, dest="record_type")
        parser.add_argument("--department", required=True,
                            help="owner of the rows that name no department (name or abbreviation)")
        parser.add_argument("--municipality", help="needed only when two municipalities have that department")
        parser.add_argument("--map", dest="mapping", metavar="'Column=field,...'",
                            help="name the field of columns that are not recognised, e.g. 'Beløb=annual_fee'")
        parser.add_argument("--dry-run", action="store_true", help="report what would happen; change nothing")
        parser.add_argument("--user", help="the user the history names (and whose permissions apply)")
        parser.add_argument("--sheet", help="the sheet of an XLSX file (default: the first)")

    @no_translations  # the command line speaks English throughout; the web app speaks Danish
    def handle(self, *args, file: str, record_type: str, department: str, municipality: str | None,
               mapping: str | None, dry_run: bool, user: str | None, sheet: str | None, **options) -> None:
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        try:
            owner = sheets.find_department(department, municipality)
        except ValueError as error:
            raise CommandError(str(error)) from error
        acting_user = self.acting_user(user)
        try:
            report = sheets.import_sheet(path, record_type=record_type, department=owner, acting_user=acting_user,
                                         mapping=sheets.parse_mapping(mapping), dry_run=dry_run, sheet=sheet)
        except sheets.SheetError as error:
            raise CommandError(str(error)) from error
        self.print_report(report)
        if report.has_errors:
            raise CommandError(f"{report.count(sheets.Outcome.ERROR)} row(s) had errors and were not imported"
                               + ("." if dry_run else "; the other rows were imported."))

    def acting_user(self, username: str | None) -> User:
        if not username:
            return command_line_user()
        try:
            return User.objects.get(username=username)
        except User.DoesNotExist:
            raise CommandError(f"No user called {username!r}.") from None

    def print_report(self, report: sheets.ImportReport) -> None:
        where = f"sheet {report.sheet!r}, " if report.sheet else ""
        self.stdout.write(f"{where}header in row {report.header_row}; columns: "
                          + ", ".join(f"{h} → {t}" for h, t in report.mapping.items()))
        if report.ignored_columns:
            self.stdout.write("ignored columns: " + ", ".join(report.ignored_columns))
        for row in report.rows:
            line = f"row {row.row}: {LABELS[row.outcome]}"
            if row.summary:
                line += f" {row.summary}"
            if row.outcome == sheets.Outcome.DUPLICATE:
                line += " (already in the register)"
            if row.notes and row.outcome in (sheets.Outcome.CREATED, sheets.Outcome.WOULD_CREATE):
                line += f" [{', '.join(row.notes)}]"
            if row.errors:
                line += " — " + "; ".join(str(e) for e in row.errors)
            self.stdout.write(line)
        counts = ", ".join(f"{n} {LABELS[sheets.Outcome(k)]}" for k, n in report.counts.items() if n)
        prefix = "Dry run, nothing was changed: " if report.dry_run else ""
        self.stdout.write(self.style.SUCCESS(f"{prefix}{counts or 'no rows'}."))
