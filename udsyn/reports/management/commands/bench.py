"""`udsyn bench` — time the dashboard, the reports in every format, the exports and the open data on a register of
10,000 records of each type in a temporary SQLite database (see udsyn.reports.bench)."""

from __future__ import annotations

import os
import subprocess
import sys

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = "Benchmark the reports, exports and open data on a temporary register of 10,000 records of each type."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--records", type=int, default=10_000, help="records of each type (default 10000)")
        parser.add_argument("--reports", default="mapping,results,strategy")
        parser.add_argument("--formats", default="html,pdf,docx,xlsx")

    def handle(self, *args, records: int, reports: str, formats: str, **options) -> None:
        # A fresh process: this one is already connected to the configured database, the benchmark must not be.
        env = {k: v for k, v in os.environ.items() if k not in ("UDSYN_SQLITE_PATH", "UDSYN_DATABASE_URL")}
        command = [sys.executable, "-m", "udsyn.reports.bench", "--records", str(records), "--reports", reports,
                   "--formats", formats]
        if subprocess.run(command, env=env, check=False).returncode:
            raise CommandError("The benchmark failed.")
