"""Import memberships or projects from a spreadsheet in the browser (the web side of `udsyn import-sheet`).

1. The user uploads an XLSX or CSV file and says what the rows are and which department owns them. The file is kept
   in MEDIA_ROOT/sheets/<uuid> beside a small JSON note (uploader, department, chosen columns), and the service runs
   as a dry run: the page shows the columns it recognised (changeable) and what each row would become.
2. "Import N rows" runs the service for real with exactly the columns previewed, then shows the outcome with links
   to the records and deletes the file.

Everything a row does goes through udsyn.imports.sheets.import_sheet (permissions, validation, history, one savepoint
per row), so a bad row never keeps the good ones out.
"""

from __future__ import annotations

import csv
import json
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from udsyn.core.generic import record_url, verbose
from udsyn.core.permissions import can_create, can_edit_department
from udsyn.imports import sheets
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Department
from udsyn.projects.models import Project

from .forms import SheetMappingForm, SheetUploadForm

MODELS = {"memberships": Membership, "projects": Project}
KEEP_SECONDS = 24 * 3600  # a preview nobody confirmed: its file is removed on a later upload


# ---------------------------------------------------------------- the file kept between the two steps


@dataclass
class StoredSheet:
    token: str
    user: int
    filename: str
    record_type: str
    department: int
    sheet: str = ""
    mapping: dict[str, str] = field(default_factory=dict)  # the columns of the last preview

    @property
    def path(self) -> Path:
        return folder() / self.token

    def save_note(self) -> None:
        (folder() / f"{self.token}.json").write_text(json.dumps(asdict(self)), encoding="utf-8")

    def delete(self) -> None:
        for path in (self.path, folder() / f"{self.token}.json"):
            path.unlink(missing_ok=True)


def folder() -> Path:
    return Path(settings.MEDIA_ROOT) / "sheets"


def store(upload: Any, user: Any, data: dict[str, Any]) -> StoredSheet:
    folder().mkdir(parents=True, exist_ok=True)
    sweep()
    stored = StoredSheet(token=str(uuid.uuid4()), user=user.pk, filename=Path(upload.name).name,
                         record_type=data["record_type"], department=data["department"].pk,
                         sheet=data.get("sheet") or "")
    with stored.path.open("wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    stored.save_note()
    return stored


def sweep() -> None:
    """Remove files of previews that were never confirmed."""
    cutoff = time.time() - KEEP_SECONDS
    for path in folder().iterdir():
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink(missing_ok=True)
        except FileNotFoundError:  # another request swept it first
            continue


def load(token: uuid.UUID, user: Any) -> StoredSheet | None:
    """The stored sheet of this user, None when it is gone (imported already, or removed)."""
    note = folder() / f"{token}.json"  # a UUID from the URL converter: never a path of its own
    if not note.is_file():
        return None
    stored = StoredSheet(**json.loads(note.read_text(encoding="utf-8")))
    if stored.user != user.pk:  # someone else's upload: as if it did not exist
        raise Http404(_("The spreadsheet was not found."))
    return stored if stored.path.is_file() else None


# ---------------------------------------------------------------- helpers


def require_editor(request: HttpRequest) -> None:
    if not can_create(request.user):
        raise PermissionDenied(_("Only editors, coordinators and administrators may import spreadsheets."))


def owning_department(stored: StoredSheet, user: Any) -> Department:
    department = Department.objects.filter(pk=stored.department).first()
    if department is None or not can_edit_department(user, department):
        raise PermissionDenied(_("You may not import records for this department."))
    return department


def field_choices(record_type: str) -> list[tuple[str, str]]:
    """The fields a column can fill, by their names on the record pages."""
    model = MODELS[record_type]
    extra = {"municipality": _("municipality (of the department)"),
             "organisation_acronym": _("acronym of the organisation"),
             "organisation_kind": _("kind of organisation"), "country": _("country of the organisation")}
    labels = [(target, str(extra.get(target) or verbose(model, target)).capitalize())
              for target in sheets.targets(record_type)]
    return [(sheets.IGNORE, _("– not imported –")), *labels]


UNREADABLE = (sheets.SheetError, UnicodeError, csv.Error)


def unreadable_message(error: Exception, filename: str) -> str:
    if isinstance(error, sheets.SheetError):
        return str(error)
    return _("“%(name)s” could not be read as a spreadsheet. Save it as an Excel file (.xlsx) or as CSV and try "
             "again.") % {"name": filename}


def run(stored: StoredSheet, user: Any, department: Department, mapping: dict[str, str] | None,
        dry_run: bool) -> sheets.ImportReport:
    with stored.path.open("rb") as source:
        return sheets.import_sheet(source, filename=stored.filename, record_type=stored.record_type,
                                   department=department, acting_user=user, mapping=mapping, dry_run=dry_run,
                                   sheet=stored.sheet or None)


def rows_for_page(report: sheets.ImportReport) -> list[dict[str, Any]]:
    model = MODELS[report.record_type]
    return [{"row": row, "url": record_url(model(pk=row.record_id)) if row.record_id else None}
            for row in report.rows]


# ---------------------------------------------------------------- pages


@login_required
def sheet_upload(request: HttpRequest) -> HttpResponse:
    """Step 1: choose the file; a valid upload goes straight to its preview."""
    require_editor(request)
    form = SheetUploadForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        stored = store(form.cleaned_data["file"], request.user, form.cleaned_data)
        try:
            table = sheets.read_table(stored.path, filename=stored.filename, sheet=stored.sheet or None,
                                      record_type=stored.record_type)
        except UNREADABLE as error:
            stored.delete()
            form.add_error(None, unreadable_message(error, stored.filename))
        else:
            headers = [h for h in table.headers if h]
            default = sheets.default_mapping(headers, stored.record_type)
            mapping = {h: default.get(h, sheets.IGNORE) for h in headers}
            return preview(request, stored, owning_department(stored, request.user), headers, mapping)
    return render(request, "imports/sheet_upload.html", {
        "title": _("Import spreadsheet"), "form": form, "limit_mb": settings.UPLOAD_MAX_MB,
    }, status=400 if form.errors else 200)


def preview(request: HttpRequest, stored: StoredSheet, department: Department, headers: list[str],
            mapping: dict[str, str], form: SheetMappingForm | None = None) -> HttpResponse:
    """The dry run: the columns as understood and what each row would become."""
    report, problem = None, None
    if form is None or form.is_valid():
        form = SheetMappingForm(headers=headers, choices=field_choices(stored.record_type), initial=mapping)
        try:
            report = run(stored, request.user, department, mapping, dry_run=True)
        except UNREADABLE as error:
            problem = unreadable_message(error, stored.filename)
        stored.mapping = mapping
        stored.save_note()
    return render(request, "imports/sheet_preview.html", {
        "title": _("Import spreadsheet"), "stored": stored, "department": department, "form": form,
        "report": report, "problem": problem, "rows": rows_for_page(report) if report else [],
        "to_create": report.count(sheets.Outcome.WOULD_CREATE) if report else 0,
    }, status=400 if problem or form.errors else 200)


@login_required
@require_POST
def sheet_confirm(request: HttpRequest, token: uuid.UUID) -> HttpResponse:
    """Step 2: preview again with other columns, or import with the columns previewed."""
    require_editor(request)
    stored = load(token, request.user)
    if stored is None:
        messages.error(request, _("The spreadsheet is no longer here (it was imported or removed). Upload it again."))
        return HttpResponseRedirect(reverse("import_sheet"))
    department = owning_department(stored, request.user)
    headers = list(stored.mapping)
    form = SheetMappingForm(request.POST, headers=headers, choices=field_choices(stored.record_type))
    if not form.is_valid():
        return preview(request, stored, department, headers, stored.mapping, form)
    mapping = form.mapping()
    if request.POST.get("action") != "import":
        return preview(request, stored, department, headers, mapping)
    if mapping != stored.mapping:  # never import with columns the user has not seen previewed
        messages.warning(request, _("You changed the columns: check the preview below, then import."))
        return preview(request, stored, department, headers, mapping)
    try:
        report = run(stored, request.user, department, mapping, dry_run=False)
    except UNREADABLE as error:
        messages.error(request, unreadable_message(error, stored.filename))
        return HttpResponseRedirect(reverse("import_sheet"))
    stored.delete()
    return render(request, "imports/sheet_result.html", {
        "title": _("Import spreadsheet"), "stored": stored, "department": department, "report": report,
        "rows": rows_for_page(report), "created": report.count(sheets.Outcome.CREATED),
        "list_url": record_url(MODELS[stored.record_type], "list"),
    })
