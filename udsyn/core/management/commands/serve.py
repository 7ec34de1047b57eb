"""`udsyn serve [--host 127.0.0.1] [--port 8000]`: the web application on waitress.

Static files come from WhiteNoise (in MIDDLEWARE, WHITENOISE_USE_FINDERS=True), so
the app serves its CSS and JavaScript with DEBUG off and without collectstatic.
"""

from __future__ import annotations

import gc
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from django.db.migrations.executor import MigrationExecutor


def wsgi_application():
    from django.core.wsgi import get_wsgi_application
    from django.urls import get_resolver

    application = get_wsgi_application()
    get_resolver().url_patterns  # noqa: B018 - every view module imported now, before the freeze below
    # The objects of a started application (modules, classes, functions, URL patterns: about 100,000) live as long as
    # the process. Frozen, the garbage collector no longer walks them: a full collection, which the requests' many
    # short-lived objects trigger every few dozen requests, took 50-150 ms of one request with them in it.
    gc.collect()
    gc.freeze()
    return application


def create_server(host: str = "127.0.0.1", port: int = 8000, threads: int = 8):
    """A waitress server for the Django application, bound but not yet running (port 0: any free port)."""
    from waitress import create_server as waitress_server

    # WhiteNoise warns at start-up when STATIC_ROOT is missing; with finders it is not needed, so make it.
    if settings.STATIC_ROOT:
        Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)
    return waitress_server(wsgi_application(), host=host, port=port, threads=threads, ident="udsyn")


def refresh_sqlite_statistics() -> None:
    """On SQLite, fresh table statistics (ANALYZE: a few seconds at 100,000 records of each type). Without them
    SQLite's planner sorts a municipality's whole list for its first page instead of reading the name's index up to
    it (0.4 s instead of 1 ms at 100,000 projects); with statistics from a sample (analysis_limit) it still takes a
    filter on a five-valued status for a selective one and sorts. PostgreSQL's autovacuum keeps its own."""
    connection = connections["default"]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    connection.close()


def unapplied_migrations() -> int:
    connection = connections["default"]
    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


class Command(BaseCommand):
    help = "Serve the udsyn web application (waitress; static files through WhiteNoise)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
        parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
        parser.add_argument("--threads", type=int, default=8, help="worker threads (default 8)")

    def handle(self, *args, host: str, port: int, threads: int, **options) -> None:
        pending = unapplied_migrations()
        if pending:
            self.stderr.write(self.style.WARNING(
                f"The database needs {pending} migration(s): run `udsyn migrate` first."))
        refresh_sqlite_statistics()
        try:
            server = create_server(host, port, threads)
        except OSError as error:
            raise CommandError(f"Cannot listen on {host}:{port}: {error.strerror or error}") from error
        if host not in settings.ALLOWED_HOSTS and "*" not in settings.ALLOWED_HOSTS:
            self.stderr.write(self.style.WARNING(
                f"Requests to other names than {', '.join(settings.ALLOWED_HOSTS)} are refused: set "
                "UDSYN_ALLOWED_HOSTS to the name people use to reach this machine."))
        shown = f"[{host}]" if ":" in host else host
        self.stdout.write(self.style.SUCCESS(f"udsyn is running at http://{shown}:{server.effective_port}/"))
        self.stdout.write("Press Ctrl+C to stop.")
        self.stdout.flush()
        try:
            server.run()
        except KeyboardInterrupt:
            self.stdout.write("Stopped.")
        finally:
            server.close()
