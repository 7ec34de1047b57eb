"""`udsyn bench --scale N`: the pages people use, timed over HTTP against `udsyn serve`, next to baselines measured in
the same run on the same data (Django admin's changelist and search; raw SQL of the same rows).

Runs in a process of its own (the `bench` command starts it), on a database of its own: a temporary SQLite file,
or the PostgreSQL database given with --postgres (created when missing, dropped afterwards unless --keep). Steps:
load N records of each type (udsyn.benchmark.loader), start `udsyn serve`, log in as a coordinator, then for each
page: warm-up requests, then --requests sequential requests, median and p95, and the number of SQL queries the
server made for it (the server counts them when UDSYN_BENCH_QUERIES=1). Last, the CSV and XLSX exports of the
projects, timed with their peak memory, next to a raw dump of the same table.
"""

from __future__ import annotations

import argparse
import csv
import http.client
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

PORT = 8114


@dataclass
class Result:
    page: str
    records: int
    database: str
    median_ms: float
    p95_ms: float
    queries: int | None
    baseline: str | None = None
    baseline_median_ms: float | None = None
    baseline_p95_ms: float | None = None


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def summary(times: list[float]) -> tuple[float, float]:
    return round(statistics.median(times) * 1000, 1), round(percentile(times, 0.95) * 1000, 1)


class Server:
    """`udsyn serve` on the benchmark database, in its own process."""

    def __init__(self, port: int, threads: int) -> None:
        try:  # another server there would answer in its place
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            raise RuntimeError(f"port {port} is taken: give another with --port")
        except OSError:
            pass
        env = {**os.environ, "UDSYN_BENCH_QUERIES": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "udsyn.cli", "serve", "--port", str(port), "--threads", str(threads)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.port = port
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return
            except OSError as error:
                if self.process.poll() is not None:
                    stderr = self.process.stderr.read().decode()[-2000:]
                    raise RuntimeError(f"udsyn serve stopped: {stderr}") from error
                time.sleep(0.2)
        raise RuntimeError("udsyn serve did not start within 60 s")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


class Browser:
    """Sequential GETs on one kept-alive connection, logged in by a session cookie."""

    def __init__(self, port: int, cookie: str) -> None:
        self.port, self.cookie = port, cookie
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)

    def get(self, path: str, cookie: str | None = None) -> tuple[float, int | None]:
        start = time.perf_counter()
        self.connection.request("GET", path, headers={"Cookie": cookie or self.cookie,
                                                      "Accept": "text/html,application/json"})
        response = self.connection.getresponse()
        body = response.read()
        elapsed = time.perf_counter() - start
        if response.status != 200:
            raise RuntimeError(f"GET {path}: HTTP {response.status}: {body[:300]!r}")
        queries = response.getheader("X-Udsyn-Queries")
        return elapsed, int(queries) if queries else None

    def measure(self, path: str, requests: int, warmup: int = 3, cookie: str | None = None) \
            -> tuple[float, float, int | None]:
        # A fresh connection for each page: the server closes one left idle (while a slow baseline ran).
        self.connection.close()
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        for _ in range(warmup):
            self.get(path, cookie)
        runs = [self.get(path, cookie) for _ in range(requests)]
        median, p95 = summary([t for t, _q in runs])
        return median, p95, runs[-1][1]


def raw_sql(sql: str, params: list[Any], requests: int) -> tuple[float, float]:
    """The same rows fetched with one hand-written query (no ORM, no template)."""
    from django.db import connection

    times = []
    with connection.cursor() as cursor:
        for _ in range(requests + 2):
            start = time.perf_counter()
            cursor.execute(sql, params)
            cursor.fetchall()
            times.append(time.perf_counter() - start)
    return summary(times[2:])


def log_in() -> tuple[str, str, int, int]:
    """(cookie of a coordinator of the first benchmark municipality, who sees that municipality's records through
    udsyn.core.registry.visible_to; cookie of a superuser for Django admin's pages; municipality; department)."""
    from django.test import Client

    from udsyn.accounts.models import User
    from udsyn.organisations.models import Department

    department = Department.objects.filter(municipality__name__endswith="(benchmark)").order_by("pk").first()
    coordinator, _ = User.objects.update_or_create(username="benchmark", defaults={
        "role": "coordinator", "department": department, "is_staff": False, "is_superuser": False})
    admin, _ = User.objects.update_or_create(username="benchmark-admin", defaults={
        "role": "coordinator", "department": department, "is_staff": True, "is_superuser": True})
    cookies = []
    for user in (coordinator, admin):
        client = Client()
        client.force_login(user, backend="udsyn.accounts.backends.UserBackend")  # as a login with a password
        cookies.append(f"sessionid={client.cookies['sessionid'].value}")
    return cookies[0], cookies[1], department.municipality_id, department.pk


def pages(rare: str, common: str, municipality: int, department: int, records: int) -> list[dict[str, Any]]:
    """Each page people use, with the admin page and the raw SQL that fetch the same rows."""
    name_like = "SELECT * FROM projects_project WHERE name ILIKE %s OR acronym ILIKE %s OR description ILIKE %s " \
                "ORDER BY name LIMIT 50"
    like = "LIKE" if _vendor() == "sqlite" else "ILIKE"
    name_like = name_like.replace("ILIKE", like)
    page1 = ("SELECT * FROM projects_project ORDER BY name LIMIT 50", [])
    return [
        {"page": "projects list, page 1", "path": "/projects/",
         "admin": "/admin/projects/project/", "sql": page1},
        {"page": "projects list, search for a rare word", "path": f"/projects/?q={rare}",
         "admin": f"/admin/projects/project/?q={rare}", "sql": (name_like, [f"%{rare}%"] * 3)},
        {"page": "projects list, search for a common word", "path": f"/projects/?q={common}",
         "admin": f"/admin/projects/project/?q={common}", "sql": (name_like, [f"%{common}%"] * 3)},
        {"page": "projects list, filtered (municipality, status)",
         "path": f"/projects/?municipality={municipality}&status=active",
         "admin": f"/admin/projects/project/?status__exact=active&department__id__exact={department}",
         "sql": ("SELECT p.* FROM projects_project p JOIN organisations_department d ON d.id = p.department_id "
                 "WHERE d.municipality_id = %s AND p.status = 'active' ORDER BY p.name LIMIT 50", [municipality])},
        {"page": f"projects list, page {deep_page(records)}", "path": deep_page_path(deep_page(records)),
         "admin": f"/admin/projects/project/?p={max(0, min(249, records // 100 - 1))}",
         "sql": ("SELECT * FROM projects_project ORDER BY name LIMIT 50 OFFSET 24950", [])},
        {"page": "projects API, page 1", "path": "/api/v1/projects/", "admin": "/admin/projects/project/",
         "sql": page1},
        {"page": "projects API, search for a common word", "path": f"/api/v1/projects/?q={common}",
         "admin": f"/admin/projects/project/?q={common}", "sql": (name_like, [f"%{common}%"] * 3)},
        {"page": "visits list, page 1", "path": "/visits/", "admin": "/admin/visits/visit/",
         "sql": ("SELECT * FROM visits_visit ORDER BY start DESC LIMIT 50", [])},
        {"page": "memberships list, search", "path": f"/memberships/?q={common}",
         "admin": f"/admin/memberships/membership/?q={common}",
         "sql": ("SELECT m.* FROM memberships_membership m JOIN organisations_organisation o ON o.id = "
                 f"m.organisation_id WHERE m.purpose {like} %s OR o.name {like} %s ORDER BY o.name LIMIT 50",
                 [f"%{common}%"] * 2)},
        {"page": "partners list, search", "path": "/partners/?q=Hamburg",
         "admin": "/admin/partners/partner/?q=Hamburg",
         "sql": ("SELECT p.* FROM partners_partner p JOIN organisations_city c ON c.id = p.city_id "
                 f"WHERE c.name {like} %s OR p.activities {like} %s ORDER BY c.name LIMIT 50", ["%Hamburg%"] * 2)},
        {"page": "dashboard", "path": "/", "admin": f"/admin/projects/project/?q={common}", "sql": None},
        {"page": "header search", "path": "/search/?q=Hamburg", "admin": "/admin/partners/partner/?q=Hamburg",
         "sql": None, "optional": True},
    ]


def deep_page(records: int) -> int:
    """Page 500, or the last full page when the list the coordinator sees (a fifth of the records) is shorter."""
    return min(500, records // 5 // 50 - 1)


def deep_page_path(number: int) -> str:
    """The projects list's page `number` as people reach it beyond the pages reached by number: by the Next link of
    the page before, which holds the keyset cursor of that page's last row (udsyn.core.pagination)."""
    from django.test import RequestFactory

    from udsyn.accounts.models import User
    from udsyn.core.pagination import KeysetPaginator, encode_cursor
    from udsyn.projects.views import ProjectList

    request = RequestFactory().get("/projects/")
    request.user = User.objects.get(username="benchmark")
    view = ProjectList()
    view.setup(request)
    paginator = KeysetPaginator(view.filtered()[1], view.paginate_by)
    before = paginator.annotated()[(number - 1) * paginator.per_page - 1]  # the last row of the page before
    return "/projects/?cursor=" + encode_cursor(paginator.keys, paginator.values_of(before), page=number)


def _vendor() -> str:
    from django.db import connection

    return connection.vendor


def measure_pages(browser: Browser, records: int, requests: int, baseline_requests: int,
                  report: Callable[[Result], None]) -> list[Result]:
    from udsyn.benchmark.loader import COMMON_WORD, RARE_WORD

    _cookie, admin_cookie, municipality, department = log_in_cached()
    database = _vendor()
    results: list[Result] = []
    admin_cache: dict[str, tuple[float, float]] = {}
    for page in pages(RARE_WORD, COMMON_WORD, municipality, department, records):
        try:
            median, p95, queries = browser.measure(page["path"], requests)
        except RuntimeError as error:
            if page.get("optional"):
                print(f"{page['page']}: skipped ({error})", flush=True)
                continue
            raise
        if page["admin"] not in admin_cache:
            admin_median, admin_p95, _q = browser.measure(page["admin"], baseline_requests, warmup=1,
                                                          cookie=admin_cookie)
            admin_cache[page["admin"]] = (admin_median, admin_p95)
        admin = admin_cache[page["admin"]]
        rows = [Result(page["page"], records, database, median, p95, queries, "Django admin " + page["admin"],
                       *admin)]
        if page["sql"]:
            rows.append(Result(page["page"], records, database, median, p95, queries, "raw SQL of the same rows",
                               *raw_sql(*page["sql"], baseline_requests)))
        for row in rows:
            report(row)
        results.extend(rows)
    return results


_login: tuple[str, str, int, int] | None = None


def log_in_cached() -> tuple[str, str, int, int]:
    global _login
    if _login is None:
        _login = log_in()
    return _login


# `udsyn export` in a process of its own, which prints how long the export itself took (without the start-up of
# Python and Django) and its peak resident memory, as JSON on its last line of stderr. The peak is the kernel's
# VmHWM of the process: ru_maxrss is not, since Linux carries the high-water mark of the forking process across
# exec (after a load of 100,000 records in the benchmark's own process a 90 MB export reported 522 MB).
PEAK_KB = """
def peak_kb():
    import resource
    try:
        with open("/proc/self/status") as status:
            return int(next(line for line in status if line.startswith("VmHWM:")).split()[1])
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
EXPORT_TIMED = PEAK_KB + """
import json, sys, time
from django.core.management import call_command
import django
django.setup()
start = time.perf_counter()
call_command("export", *sys.argv[1:])
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "peak_kb": peak_kb()}), file=sys.stderr)
"""


def raw_dump(path: Path) -> float:
    """The projects table as CSV the quickest way there is: COPY on PostgreSQL, csv.writer over a cursor on SQLite."""
    from django.db import connection

    start = time.perf_counter()
    with open(path, "w", newline="") as raw, connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy("COPY projects_project TO STDOUT WITH CSV HEADER") as copy:
                for chunk in copy:
                    raw.write(bytes(chunk).decode())
        else:
            cursor.execute("SELECT * FROM projects_project")
            writer = csv.writer(raw)
            while rows := cursor.fetchmany(5000):
                writer.writerows(rows)
    return time.perf_counter() - start


def measure_exports(records: int, formats: tuple[str, ...] = ("csv", "xlsx")) -> list[dict[str, Any]]:
    """`udsyn export` of the projects (time of the export itself, peak RSS of its process) beside a raw dump."""
    out = []
    with tempfile.TemporaryDirectory(prefix="udsyn-bench-export-") as directory:
        raw_seconds = raw_dump(Path(directory) / "raw.csv")
        for fmt in formats:
            path = Path(directory) / f"projects.{fmt}"
            command = [sys.executable, "-c", EXPORT_TIMED, "--format", fmt, "--type", "projects", "-o", str(path)]
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            measured = json.loads(done.stderr.strip().splitlines()[-1])
            seconds, peak_mb = measured["seconds"], measured["peak_kb"] / 1024
            row = {"export": f"projects as {fmt}", "records": records, "seconds": round(seconds, 2),
                   "peak_rss_mb": round(peak_mb, 1), "raw_dump_seconds": round(raw_seconds, 2),
                   "ratio": round(seconds / raw_seconds, 1), "bytes": path.stat().st_size}
            print(f"export {fmt}: {seconds:.2f} s, peak RSS {peak_mb:.0f} MB; raw dump {raw_seconds:.2f} s "
                  f"({row['ratio']}×)", flush=True)
            out.append(row)
    return out


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    return f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GB RAM, {platform.system()} {platform.release()}, " \
           f"Python {platform.python_version()}"


def run(args: argparse.Namespace) -> dict[str, Any]:
    import django
    from django.core.management import call_command
    from django.db import connection

    django.setup()
    print(f"machine: {machine()}", flush=True)
    call_command("migrate", verbosity=0)  # a kept database gets the migrations that came since
    if not args.reuse:
        from udsyn.benchmark.loader import build_register

        start = time.perf_counter()
        register = build_register(args.scale)
        print(f"loaded {args.scale:,} records of each type in {time.perf_counter() - start:.0f} s: "
              + ", ".join(f"{k} {v:,}" for k, v in register.loaded.items()), flush=True)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
            print(f"database size: {cursor.fetchone()[0]}", flush=True)
    if args.load_only:
        return {"machine": machine(), "results": [], "exports": []}
    if not args.pages:
        return {"machine": machine(), "results": [], "exports": measure_exports(args.scale)}
    cookie, _admin, _m, _d = log_in_cached()
    connection.close()  # the server opens its own connections; this process keeps only the raw-SQL one
    server = Server(args.port, args.threads)
    header = f"{'page':<48} {'median':>8} {'p95':>8} {'queries':>7}   baseline: median / p95 (ratio of p95s)"
    print(header, flush=True)

    def report(row: Result) -> None:
        ratio = row.baseline_p95_ms / row.p95_ms if row.p95_ms else 0
        print(f"{row.page:<48} {row.median_ms:7.1f} {row.p95_ms:8.1f} {row.queries or '':>7}   {row.baseline}: "
              f"{row.baseline_median_ms:.1f} / {row.baseline_p95_ms:.1f} ({ratio:.1f}×)", flush=True)

    try:
        results = measure_pages(Browser(server.port, cookie), args.scale, args.requests, args.baseline_requests,
                                report)
    finally:
        server.stop()
    exports = measure_exports(args.scale) if args.exports else []
    return {"machine": machine(), "results": [asdict(r) for r in results], "exports": exports}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, required=True, help="records of each type")
    parser.add_argument("--postgres", help="postgres://... of a database for the benchmark (default: temporary "
                                           "SQLite)")
    parser.add_argument("--json", help="write the results to this file")
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--baseline-requests", type=int, default=10)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=PORT)
    parser.add_argument("--reuse", action="store_true", help="measure a database loaded by an earlier --keep run")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--no-exports", dest="exports", action="store_false")
    parser.add_argument("--no-pages", dest="pages", action="store_false", help="time the exports only")
    parser.add_argument("--sqlite", help="SQLite file of the benchmark (default a temporary one; kept with --keep)")
    parser.add_argument("--load-only", action="store_true", help="load the database and stop (with --keep)")
    args = parser.parse_args(argv)
    if args.sqlite:
        os.environ["UDSYN_SQLITE_PATH"] = str(Path(args.sqlite).resolve())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "udsyn.settings")
    temporary = None
    if args.postgres:
        os.environ["UDSYN_DATABASE_URL"] = args.postgres
        if not args.reuse:
            _create_database(args.postgres)
    else:
        os.environ.pop("UDSYN_DATABASE_URL", None)
        if not os.environ.get("UDSYN_SQLITE_PATH"):
            # A directory of its own, removed afterwards unless --keep (then its path is printed to --reuse it).
            temporary = tempfile.mkdtemp(prefix="udsyn-bench-")
            os.environ["UDSYN_SQLITE_PATH"] = str(Path(temporary) / "bench.sqlite3")
            if args.keep:
                print(f"database: {os.environ['UDSYN_SQLITE_PATH']} (kept; measure it again with --sqlite PATH "
                      f"--reuse)", flush=True)
        elif Path(os.environ["UDSYN_SQLITE_PATH"]).exists() and not args.reuse:
            print(f"refusing to fill an existing database: {os.environ['UDSYN_SQLITE_PATH']}", file=sys.stderr)
            return 2
    os.environ.setdefault("UDSYN_DATA_DIR", tempfile.mkdtemp(prefix="udsyn-bench-data-"))
    try:
        outcome = run(args)
        if args.json:
            Path(args.json).write_text(json.dumps(outcome["results"], indent=1) + "\n")
            Path(args.json).with_suffix(".exports.json").write_text(json.dumps(
                {"machine": outcome["machine"], "exports": outcome["exports"]}, indent=1) + "\n")
    finally:
        if args.postgres and not args.keep:
            from django.db import connections

            connections.close_all()
            _drop_database(args.postgres)
        if temporary is not None and not args.keep:
            shutil.rmtree(temporary, ignore_errors=True)
    return 0


def _admin_connection(url: str):
    import psycopg
    from dj_database_url import parse

    config = parse(url)
    conninfo = {"host": config["HOST"] or None, "port": config["PORT"] or None, "user": config["USER"] or None,
                "password": config["PASSWORD"] or None, "dbname": "postgres"}
    return psycopg.connect(**{k: v for k, v in conninfo.items() if v}, autocommit=True), config["NAME"]


def _create_database(url: str) -> None:
    connection, name = _admin_connection(url)
    with connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def _drop_database(url: str) -> None:
    connection, name = _admin_connection(url)
    with connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')


if __name__ == "__main__":
    sys.exit(main())
