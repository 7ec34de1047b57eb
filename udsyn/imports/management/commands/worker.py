"""`udsyn worker`: process uploaded documents in the background.

Polls the Job table (no broker): claims a queued job with a conditional UPDATE, runs it,
and sleeps when there is nothing to do. Run several for more throughput; a job whose
worker died is queued again after IMPORT_JOB_TIMEOUT_MINUTES. SIGTERM/SIGINT let the
current job finish, then the worker exits.
"""

from __future__ import annotations

import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection

from udsyn.imports.services import job_process_next, worker_name


class Command(BaseCommand):
    help = "Process queued document imports until stopped (or once with --once)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--once", action="store_true", help="process the queued jobs, then exit")
        parser.add_argument("--sleep", type=float, default=2.0, help="seconds between polls when idle (default 2)")

    def handle(self, *args, **options) -> None:
        self.stopping = False
        previous = {sig: signal.signal(sig, self._stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        name = worker_name()
        self.stdout.write(f"Worker {name} started.")
        try:
            while not self.stopping:
                if not connection.in_atomic_block:  # (a test's transaction must stay open)
                    close_old_connections()  # like a request would: drop a broken or too old connection
                outcome = job_process_next(worker=name)
                if outcome is not None:
                    self._report(outcome)
                    continue
                if options["once"]:
                    break
                self._sleep(options["sleep"])
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        self.stdout.write(f"Worker {name} stopped.")

    def _stop(self, signum, frame) -> None:
        # Finish the job in hand; the loop ends before claiming another.
        self.stopping = True

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while not self.stopping and time.monotonic() < end:
            time.sleep(min(0.2, end - time.monotonic()))

    def _report(self, outcome) -> None:
        job = outcome.job
        if outcome.lost:
            self.stdout.write(f"{job.file_name}: taken over by another worker")
        elif outcome.status == "done":
            self.stdout.write(f"{job.file_name}: done ({outcome.candidates} candidates)")
        else:
            self.stdout.write(f"{job.file_name}: {outcome.status}: {outcome.message}")
