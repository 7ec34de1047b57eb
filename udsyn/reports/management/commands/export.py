"""`udsyn export --format csv|json|xlsx [--type memberships|...|all] -o PATH`."""

from __future__ import annotations

import io
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, no_translations

from udsyn.core.registry import in_municipalities
from udsyn.organisations.models import Municipality
from udsyn.reports import exports


def parse_types(values: list[str] | None) -> list[str]:
    """'--type memberships,projects --type visits' → keys; 'all' or nothing → every type."""
    keys = [k.strip().replace("-", "_") for v in values or ["all"] for k in v.split(",") if k.strip()]
    if not keys or "all" in keys:
        return exports.record_types()
    unknown = [k for k in keys if k not in exports.RECORD_TYPES]
    if unknown:
        raise CommandError(f"Unknown record type {', '.join(unknown)}. Choose from: all, "
                           f"{', '.join(exports.record_types())}")
    return list(dict.fromkeys(keys))


def _counting(rows, counter: list[int]):
    """The rows, passed on one by one, counted as they go (the export streams: nothing is kept to count later)."""
    for row in rows:
        counter[0] += 1
        yield row


class Command(BaseCommand):
    help = ("Export record types as CSV (one file per type), JSON (one object keyed by type) or XLSX "
            "(one sheet per type).")

    def add_arguments(self, parser) -> None:
        parser.add_argument("--format", required=True, choices=["csv", "json", "xlsx"])
        parser.add_argument("--type", action="append", dest="types", metavar="TYPE",
                            help=f"all (default) or one or more of: {', '.join(exports.record_types())}")
        parser.add_argument("--municipality", help="only this municipality's records (its name or address name); "
                                                   "shared reference data is exported whole")
        parser.add_argument("-o", "--output", help="file or (CSV of several types) directory; '-' or left "
                                                   "out: standard output (CSV of one type, JSON)")

    @no_translations  # the command line speaks English throughout; the web app speaks Danish
    def handle(self, *args, format: str, types: list[str] | None, output: str | None, municipality: str | None = None,
               **options) -> None:
        keys = parse_types(types)
        counted = [0]
        narrow = None
        if municipality:
            found = (Municipality.objects.filter(name__iexact=municipality.strip()).first()
                     or Municipality.objects.filter(slug=municipality.strip()).first())
            if found is None:
                raise CommandError(f"No municipality is called {municipality}")
            narrow = lambda queryset: in_municipalities(queryset, [found.pk])  # noqa: E731 - one line reads best
        streams = exports.export_tables(keys, stream=True, narrow=narrow)
        tables = {key: (headers, _counting(rows, counted)) for key, (headers, rows) in streams.items()}
        to_stdout = output in (None, "-")
        if format == "xlsx":
            if to_stdout:
                raise CommandError("XLSX needs a file: give -o PATH.xlsx")
            made = {key: self.made_rows(key, narrow, counted) for key in keys}
            # Where the database writes a sheet's rows, its rows here only lend a sample (and are not counted).
            exports.write_xlsx({key: streams[key] if made[key] else tables[key] for key in keys}, output, made=made)
            written = [Path(output)]
        elif format == "json":
            if to_stdout:
                self.emit(lambda out: exports.write_json(tables, out))
                return
            with open(output, "w", encoding="utf-8") as out:
                exports.write_json(tables, out)
            written = [Path(output)]
        elif len(keys) == 1 and (to_stdout or not Path(output).is_dir()):
            if to_stdout:
                self.emit(lambda out: self.write_csv(keys[0], tables, narrow, out, counted))
                return
            with open(output, "w", encoding="utf-8-sig", newline="") as out:
                self.write_csv(keys[0], tables, narrow, out, counted)
            written = [Path(output)]
        else:
            if to_stdout:
                raise CommandError("Several record types as CSV need a directory: give -o DIRECTORY")
            directory = Path(output)
            directory.mkdir(parents=True, exist_ok=True)
            written = []
            for key in keys:  # TYPE.csv, UTF-8 with a byte-order mark so Excel reads æøå (as write_csv_files)
                written.append(directory / f"{key}.csv")
                with written[-1].open("w", encoding="utf-8-sig", newline="") as out:
                    self.write_csv(key, tables, narrow, out, counted)
        total = counted[0]
        for path in written:
            self.stderr.write(f"wrote {path}")
        self.stderr.write(self.style.SUCCESS(f"Exported {total} rows of {len(keys)} record type(s)."))

    @staticmethod
    def made_rows(key: str, narrow, counted: list[int]):
        """A sheet's rows written by the database (exports.xlsx_rows, PostgreSQL), counted; None elsewhere."""
        model = exports.record_type_for(key).model
        made = exports.xlsx_rows(key, narrow(model._default_manager.all()) if narrow else None)
        if made is None:
            return None

        def rows(columns):
            for row in made(columns):
                counted[0] += 1
                yield row

        return rows

    @staticmethod
    def write_csv(key: str, tables: dict, narrow, out, counted: list[int]) -> None:
        """One record type as CSV: made by PostgreSQL's COPY where it can (exports.copy_csv: the same cells, at the
        speed of a raw dump), else row by row from the database (exports.write_csv)."""
        model = exports.record_type_for(key).model
        copied = exports.copy_csv(key, out, narrow(model._default_manager.all()) if narrow else None)
        if copied is None:
            exports.write_csv(*tables[key], out)
        else:
            counted[0] += copied

    def emit(self, write) -> None:
        """Write to standard output through Django's wrapper (which tests capture), without added newlines."""
        buffer = io.StringIO()
        write(buffer)
        self.stdout.write(buffer.getvalue(), ending="")
