"""Benchmark of the reports: a register of N records of each type in a temporary SQLite database, then the
dashboard figures, each report in each format, the exports and the open data are timed, each against a baseline
measured in the same run (a plain SELECT COUNT(*) of the same tables, and a plain csv.writer dump of them).

Run with `udsyn bench` or `python benchmarks/bench_reports.py`; both use a fresh temporary database unless
UDSYN_SQLITE_PATH is set already. Options: --records N (default 10000), --formats html,pdf,docx,xlsx,
--reports mapping,results,strategy.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

TABLES = ["memberships_membership", "partners_partner", "projects_project", "visits_visit", "visits_event",
          "organisations_organisation", "organisations_city", "strategies_indicator", "strategies_measurement"]


def timed(function: Callable, repeat: int = 1) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def build_register(n: int, seed: int = 2026) -> None:
    """N records of each register type (and N organisations and cities), bulk-created; no history rows."""
    from udsyn.core.models import ExchangeRate
    from udsyn.memberships.models import Membership
    from udsyn.organisations.models import City, Department, Municipality, Organisation
    from udsyn.partners.models import Partner, RelationKind
    from udsyn.projects.models import Programme, Project, Status
    from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme
    from udsyn.visits.models import Event, Visit

    rng = random.Random(seed)
    batch = 2000
    municipality = Municipality.objects.create(name="Benchmark Kommune", code="000")
    departments = Department.objects.bulk_create(
        Department(municipality=municipality, name=f"Forvaltning {i:02d}", short_name=f"F{i:02d}") for i in range(10))
    ExchangeRate.objects.bulk_create([ExchangeRate(currency="EUR", date=dt.date(2020, 1, 1),
                                                   dkk_per_unit=Decimal("7.45")),
                                      ExchangeRate(currency="SEK", date=dt.date(2020, 1, 1),
                                                   dkk_per_unit=Decimal("0.66"))])
    organisations = Organisation.objects.bulk_create(
        (Organisation(name=f"Netværk {i}", kind="network" if i % 3 else "association", country="BE")
         for i in range(n)), batch_size=batch)
    cities = City.objects.bulk_create(
        (City(name=f"By {i}", country=rng.choice(["DE", "SE", "NO", "CN", "US", "PL"]),
              latitude=Decimal(rng.uniform(-60, 70)).quantize(Decimal("0.00001")),
              longitude=Decimal(rng.uniform(-170, 170)).quantize(Decimal("0.00001"))) for i in range(n)),
        batch_size=batch)
    programmes = Programme.objects.bulk_create(
        Programme(name=f"Program {i}", family=["Interreg", "Horizon", "Erasmus+", "URBACT"][i % 4], is_eu=True)
        for i in range(20))

    def day(start_year: int = 2010, end_year: int = 2026) -> dt.date:
        return dt.date(rng.randint(start_year, end_year), rng.randint(1, 12), rng.randint(1, 28))

    def dep():
        return rng.choice(departments)

    Membership.objects.bulk_create(
        (Membership(department=dep(), organisation=organisations[i], annual_fee=Decimal(rng.randint(1, 2000) * 1000),
                    fee_currency=rng.choice(["DKK", "DKK", "EUR", "SEK"]), start=day(2000, 2020),
                    end=None if i % 5 else day(2021, 2030), source_kind="demo") for i in range(n)), batch_size=batch)
    kinds = [k for k, _label in RelationKind.choices]
    Partner.objects.bulk_create(
        (Partner(department=dep(), city=cities[i], kind=rng.choice(kinds), signed_on=day(1980, 2025),
                 source_kind="demo") for i in range(n)), batch_size=batch)
    statuses = [Status.ACTIVE, Status.COMPLETED, Status.COMPLETED, Status.APPLIED]
    projects = Project.objects.bulk_create(
        (Project(department=dep(), name=f"Projekt {i}", programme=rng.choice(programmes), start=(s := day()),
                 end=s + dt.timedelta(days=rng.randint(300, 1800)), status=rng.choice(statuses),
                 external_funding=Decimal(rng.randint(10, 5000) * 1000), budget_currency=rng.choice(["DKK", "EUR"]),
                 source_kind="demo") for i in range(n)), batch_size=batch)
    Visit.objects.bulk_create(
        (Visit(department=dep(), direction=rng.choice(["incoming", "incoming", "outgoing"]), start=day(),
               city=rng.choice(cities), size=rng.randint(2, 40), status=rng.choice(["held", "held", "confirmed",
                                                                                    "requested", "declined"]),
               theme="Klima, energi; byudvikling", source_kind="demo") for _ in range(n)), batch_size=batch)
    partners = list(Partner.objects.all()[:1000])
    Event.objects.bulk_create(
        (Event(department=dep(), name=f"Arrangement {i}", date=day(), participants=rng.randint(5, 300),
               partner=rng.choice(partners) if i % 2 else None, project=rng.choice(projects) if i % 3 == 0 else None,
               source_kind="demo") for i in range(n)), batch_size=batch)
    strategies = Strategy.objects.bulk_create(Strategy(department=dep(), name=f"Strategi {i}", horizon_year=2030)
                                              for i in range(10))
    themes = Theme.objects.bulk_create(Theme(department=s.department, strategy=s, number=j, name=f"Tema {j}")
                                       for s in strategies for j in range(1, 11))
    goals = Goal.objects.bulk_create(Goal(department=t.department, theme=t, text=f"Mål {k}")
                                     for t in themes for k in range(10))
    indicators = Indicator.objects.bulk_create(
        (Indicator(department=goals[i % len(goals)].department, goal=goals[i % len(goals)], name=f"Indikator {i}",
                   unit="antal", baseline=Decimal(rng.randint(0, 50)), baseline_year=2020,
                   target=Decimal(rng.randint(50, 150)), deadline=dt.date(2030, 12, 31)) for i in range(n)),
        batch_size=batch)
    Measurement.objects.bulk_create(
        (Measurement(department=indicators[i].department, indicator=indicators[i], date=dt.date(2024, 12, 31),
                     value=Decimal(rng.randint(0, 150))) for i in range(n)), batch_size=batch)


def baseline_count() -> float:
    from django.db import connection

    def count():
        with connection.cursor() as cursor:
            for table in TABLES:
                cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608 - fixed table names
                cursor.fetchone()
    return timed(count, repeat=5)[0]


def baseline_csv() -> float:
    from django.db import connection

    def dump():
        out = io.StringIO()
        writer = csv.writer(out)
        with connection.cursor() as cursor:
            for table in TABLES:
                cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 - fixed table names
                writer.writerows(cursor.fetchall())
        return out
    return timed(dump, repeat=3)[0]


def run(records: int, reports: list[str], formats: list[str]) -> list[tuple[str, float, float, float, str]]:
    from django.core.management import call_command

    from udsyn.reports.data import resolve_scope
    from udsyn.reports.service import generate, render, report_data

    call_command("migrate", verbosity=0)
    seconds, _ = timed(lambda: build_register(records))
    print(f"register: {records:,} records of each type built in {seconds:.1f} s", flush=True)
    count, dump = baseline_count(), baseline_csv()
    print(f"baselines: SELECT COUNT(*) of {len(TABLES)} tables {count * 1000:.2f} ms; "
          f"csv.writer dump of the same tables {dump:.3f} s", flush=True)
    results: list[tuple[str, float, float, float, str]] = []

    def measure(name: str, function: Callable, repeat: int = 1, size: Callable[[object], str] = lambda r: "") -> None:
        elapsed, result = timed(function, repeat)
        results.append((name, elapsed, elapsed / count, elapsed / dump, size(result)))
        print(f"{name:<34} {elapsed:9.3f} s  {elapsed / count:10.0f}× count  {elapsed / dump:8.2f}× csv  "
              f"{size(result)}", flush=True)

    from udsyn.dashboard import figures as dashboard
    measure("dashboard figures", dashboard.headline, repeat=3)

    scope = resolve_scope("Benchmark Kommune", since=2014)
    data: dict[str, object] = {}
    for kind in reports:
        measure(f"{kind}: data", lambda kind=kind: data.setdefault(kind, report_data(kind, scope)))
        for fmt in formats:
            measure(f"{kind}: render {fmt}", lambda kind=kind, fmt=fmt: render(data[kind], fmt),
                    size=lambda content: f"{len(content) / 1e6:.1f} MB")
        measure(f"{kind}: data + html (one call)", lambda kind=kind: generate(kind, "html", scope))

    from udsyn.reports import exports

    def export_csv():
        out = io.StringIO()
        for record_type in exports.record_types():
            headers, rows = exports.export_rows(record_type)
            exports.write_csv(headers, rows, out)
        return out.getvalue()

    def export_xlsx():
        out = io.BytesIO()
        exports.write_xlsx(exports.export_tables(), out)
        return out.getvalue()

    measure("exports: csv, every record type", export_csv, size=lambda c: f"{len(c) / 1e6:.1f} MB")
    measure("exports: xlsx, every record type", export_xlsx, size=lambda c: f"{len(c) / 1e6:.1f} MB")

    from udsyn.reports.opendata import calendar_feed, partners_geojson
    measure("open data: geojson", partners_geojson, size=lambda d: f"{len(d['features']):,} features")
    measure("open data: ics", calendar_feed, size=lambda c: f"{len(c) / 1e6:.1f} MB")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--reports", default="mapping,results,strategy")
    parser.add_argument("--formats", default="html,pdf,docx,xlsx")
    args = parser.parse_args(argv)
    temporary = None
    # Never the real database: a temporary SQLite file unless a path to a new file is given.
    os.environ.pop("UDSYN_DATABASE_URL", None)
    if not os.environ.get("UDSYN_SQLITE_PATH"):
        temporary = tempfile.TemporaryDirectory(prefix="udsyn-bench-")
        os.environ["UDSYN_SQLITE_PATH"] = str(Path(temporary.name) / "bench.sqlite3")
    elif Path(os.environ["UDSYN_SQLITE_PATH"]).exists():
        print(f"refusing to fill an existing database: {os.environ['UDSYN_SQLITE_PATH']}", file=sys.stderr)
        return 2
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "udsyn.settings")
    import django

    django.setup()
    try:
        run(args.records, args.reports.split(","), args.formats.split(","))
    finally:
        if temporary is not None:
            temporary.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
