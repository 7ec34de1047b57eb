"""`udsyn bench`: the reports, exports and open data on 10,000 records of each type (udsyn.benchmark.reports); with
`--scale N`, the web pages and the API at N records of each type, over HTTP against `udsyn serve`, beside Django
admin and raw SQL in the same run (udsyn.benchmark.run). Both run in a fresh process on a database of their own."""

from __future__ import annotations

import os
import subprocess
import sys

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = ("Benchmark the reports (default), or with --scale N the lists, search, API and dashboard at N records of "
            "each type over HTTP, with baselines in the same run.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--records", type=int, default=10_000, help="reports: records of each type (10000)")
        parser.add_argument("--reports", default="mapping,results,strategy")
        parser.add_argument("--formats", default="html,pdf,docx,xlsx")
        parser.add_argument("--scale", type=int, help="pages over HTTP at this many records of each type")
        parser.add_argument("--postgres", help="with --scale: postgres://... database to fill (created, then "
                                               "dropped unless --keep); default a temporary SQLite file")
        parser.add_argument("--json", help="with --scale: write the results to this file")
        parser.add_argument("--requests", type=int, default=30, help="with --scale: timed requests per page")
        parser.add_argument("--baseline-requests", type=int, default=10)
        parser.add_argument("--threads", type=int, default=4, help="with --scale: the server's threads")
        parser.add_argument("--port", type=int, default=8114, help="with --scale: the server's port (8114)")
        parser.add_argument("--keep", action="store_true", help="with --scale: keep the database")
        parser.add_argument("--reuse", action="store_true", help="with --scale: measure a kept database again")
        parser.add_argument("--no-exports", action="store_true", help="with --scale: leave out the exports")
        parser.add_argument("--no-pages", action="store_true", help="with --scale: time the exports only (beside "
                                                                    "a raw dump of the same table)")
        parser.add_argument("--sqlite", help="with --scale: the SQLite file to fill or --reuse (default a temporary "
                                             "one, kept with --keep)")
        parser.add_argument("--load-only", action="store_true", help="with --scale: load the database and stop")

    def handle(self, *args, **options) -> None:
        # A fresh process: this one is already connected to the configured database, the benchmark must not be.
        env = {k: v for k, v in os.environ.items() if k not in ("UDSYN_SQLITE_PATH", "UDSYN_DATABASE_URL")}
        if options["scale"] is None:
            command = [sys.executable, "-m", "udsyn.benchmark.reports", "--records", str(options["records"]),
                       "--reports", options["reports"], "--formats", options["formats"]]
        else:
            command = [sys.executable, "-m", "udsyn.benchmark.run", "--scale", str(options["scale"]),
                       "--requests", str(options["requests"]), "--baseline-requests",
                       str(options["baseline_requests"]), "--threads", str(options["threads"]),
                       "--port", str(options["port"])]
            for name in ("postgres", "json", "sqlite"):
                if options[name]:
                    command += [f"--{name}", options[name]]
            command += [f"--{name.replace('_', '-')}" for name in ("keep", "reuse", "load_only") if options[name]]
            command += ["--no-exports"] if options["no_exports"] else []
            command += ["--no-pages"] if options["no_pages"] else []
        if subprocess.run(command, env=env, check=False).returncode:
            raise CommandError("The benchmark failed.")
