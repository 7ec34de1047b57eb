"""`udsyn import PATH...`: put documents into the review queue from the command line."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from udsyn.accounts.models import User
from udsyn.imports.models import Job
from udsyn.imports.services import IngestRefused, batch_create, batch_refuse, document_ingest, jobs_run_inline
from udsyn.organisations.models import Department, Municipality


def _files(paths: list[str]) -> list[Path]:
    found = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.is_file():
            found.append(path)
        else:
            raise CommandError(f"No such file or folder: {name}")
    return found


class Command(BaseCommand):
    help = ("Import documents (PDF, DOCX, HTML, text, XLSX, CSV; folders are searched) into one batch: "
            "the records found wait in the review queue of the web application.")

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--department", help="department that owns the accepted records by default")
        parser.add_argument("--municipality", help="the municipality whose documents these are (default: the "
                                                   "department's or the user's, or the only one there is)")
        parser.add_argument("--user", help="username recorded as the importer (default: none)")
        parser.add_argument("--name", help="name of the import batch (default: the first file's name)")

    def handle(self, *args, **options) -> None:
        files = _files(options["paths"])
        if not files:
            raise CommandError("No files to import.")
        user = self._user(options["user"])
        municipality = self._municipality(options["municipality"])
        department = self._department(options["department"], user, municipality)
        if municipality is None and department is None and getattr(user, "municipality_id", None) is None:
            municipality = self._only_municipality()
        name = options["name"] or (files[0].name if len(files) == 1 else f"{files[0].name} (+{len(files) - 1})")
        batch = batch_create(name=name, acting_user=user, department=department, municipality=municipality)
        counts = {"done": 0, "duplicate": 0, "stopped": 0, "failed": 0}
        with tqdm(files, unit="file", disable=None, leave=False) as progress:
            for path in progress:
                progress.set_postfix_str(path.name[:40])
                line, status = self._import_one(batch, path, user)
                counts[status] += 1
                with tqdm.external_write_mode(file=self.stdout):  # print above the bar, not through it
                    self.stdout.write(line)
        summary = ", ".join(f"{n} {label}" for label, n in counts.items() if n)
        self.stdout.write(self.style.SUCCESS(f"Batch {batch.pk} “{batch}”: {summary}. Review the candidates at "
                                             f"{batch.get_absolute_url()}"))

    def _import_one(self, batch, path: Path, user) -> tuple[str, str]:
        try:
            outcome = document_ingest(batch=batch, name=path.name, data=path.read_bytes(), acting_user=user)
        except IngestRefused as exc:
            batch_refuse(batch=batch, name=path.name, reason=str(exc))
            return f"{path}: stopped: {exc}", "stopped"
        if not outcome.queued:
            return f"{path}: duplicate ({outcome.job.message_text})", "duplicate"
        result = jobs_run_inline([outcome.job])
        job = result[0].job if result else Job.objects.get(pk=outcome.job.pk)
        if job.status == Job.Status.DONE:
            return f"{path}: done ({result[0].candidates} candidates)", "done"
        if job.status == Job.Status.STOPPED:
            return f"{path}: stopped: {job.message_text}", "stopped"
        if job.status == Job.Status.FAILED:
            return f"{path}: failed: {job.message_text}", "failed"
        return f"{path}: {job.get_status_display()} (taken by a worker)", "done"

    def _user(self, username: str | None):
        if not username:
            return None
        try:
            return User.objects.get(username=username)
        except User.DoesNotExist as exc:
            raise CommandError(f"No user called {username!r}.") from exc

    def _municipality(self, name: str | None) -> Municipality | None:
        if not name:
            return None
        found = (Municipality.objects.filter(name__iexact=name.strip()).first()
                 or Municipality.objects.filter(slug=name.strip()).first())
        if found is None:
            known = ", ".join(Municipality.objects.values_list("name", flat=True)) or "none yet"
            raise CommandError(f"No municipality is called {name!r} (known: {known}).")
        return found

    def _only_municipality(self) -> Municipality | None:
        """The documents of an installation of one municipality are that municipality's; of several, say which."""
        municipalities = list(Municipality.objects.all()[:2])
        if len(municipalities) > 1:
            raise CommandError("Which municipality's documents are these? Give --municipality, --department or "
                               "--user.")
        return municipalities[0] if municipalities else None

    def _department(self, name: str | None, user, municipality: Municipality | None = None):
        if not name:
            return user.department if user else None
        departments = Department.objects.all()
        if municipality is not None:
            departments = departments.filter(municipality=municipality)
        found = departments.filter(name__iexact=name) | departments.filter(short_name__iexact=name)
        if found.count() != 1:
            known = ", ".join(departments.values_list("name", flat=True)) or "none yet"
            raise CommandError(f"No single department called {name!r} (known: {known}).")
        return found.get()
