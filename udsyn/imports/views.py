"""Import pages: upload documents, follow their processing, look at one proposal (review_views: the queue).

Everyone logged in may look; editors, coordinators and administrators may import and decide.
The decisions themselves (and their permission checks) live in udsyn.imports.services.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from udsyn.core.generic import record_url
from udsyn.core.permissions import can_create
from udsyn.core.registry import visible_to

from . import records, services
from .bulk import open_proposals
from .evidence import page_view
from .forms import CandidateForm, UploadForm
from .models import ACCEPTABLE_TYPES, Candidate, ImportBatch, Job
from .review_views import visible_candidates, visible_documents

# ---------------------------------------------------------------- upload and batches


def visible_batches(request: HttpRequest):
    return visible_to(request.user, ImportBatch.objects.all())


def _can_review(request: HttpRequest) -> bool:
    return can_create(request.user)


@login_required
def import_list(request: HttpRequest) -> HttpResponse:
    """The batches imported so far, and the upload form."""
    can_review = _can_review(request)
    form = None
    if request.method == "POST":
        if not can_review:
            raise PermissionDenied(_("Only editors, coordinators and administrators may import documents."))
        form = UploadForm(request.POST, request.FILES, user=request.user)
        if form.is_valid():
            batch = _receive(request, form)
            return HttpResponseRedirect(batch.get_absolute_url())
    elif can_review:
        form = UploadForm(user=request.user)
    batches = visible_batches(request).select_related("created_by", "department").annotate(
        files=Count("jobs", distinct=True),
        open=Count("candidates", filter=Q(candidates__status=Candidate.Status.PROPOSED,
                                          candidates__record_type__in=ACCEPTABLE_TYPES), distinct=True),
    ).order_by("-created_at", "-pk")
    page = Paginator(batches, 25).get_page(request.GET.get("page"))
    return render(request, "imports/import_list.html", {
        "title": _("Import documents"), "form": form, "page_obj": page, "batches": page.object_list,
        "can_review": can_review, "limit_mb": settings.UPLOAD_MAX_MB,
    }, status=400 if form is not None and form.errors else 200)


def _receive(request: HttpRequest, form: UploadForm) -> ImportBatch:
    """Store each file and queue it; a refused file gets its message, the others go on."""
    files = form.cleaned_data["files"]
    name = form.cleaned_data["name"] or (files[0].name if len(files) == 1
                                         else f"{files[0].name} (+{len(files) - 1})")
    batch = services.batch_create(name=name, acting_user=request.user,
                                  department=form.cleaned_data.get("department"))
    queued = []
    for upload in files:
        try:
            services.check_size(upload.name, upload.size)  # before reading a huge file into memory
            outcome = services.document_ingest(batch=batch, name=upload.name, data=upload.read(),
                                               acting_user=request.user)
        except services.IngestRefused as refused:
            services.batch_refuse(batch=batch, name=upload.name, reason=str(refused))
            messages.error(request, str(refused))
            continue
        if outcome.queued:
            queued.append(outcome.job)
    if queued and settings.IMPORT_INLINE:
        services.jobs_start_inline(queued)
    received = len(files) - len(batch.refused)
    if received:
        messages.success(request, ngettext("%(n)s file received.", "%(n)s files received.", received)
                         % {"n": received})
    return batch


def _jobs(batch: ImportBatch) -> list[Job]:
    return list(batch.jobs.select_related("document").annotate(
        found=Count("document__candidates", filter=Q(document__candidates__record_type__in=ACCEPTABLE_TYPES)),
        open=Count("document__candidates", filter=Q(document__candidates__record_type__in=ACCEPTABLE_TYPES,
                                                    document__candidates__status=Candidate.Status.PROPOSED)),
    ))


@login_required
def import_batch(request: HttpRequest, pk: int) -> HttpResponse:
    batch = get_object_or_404(visible_batches(request).select_related("created_by", "department"), pk=pk)
    jobs = _jobs(batch)
    return render(request, "imports/batch_detail.html", {
        "title": batch.name, "batch": batch, "jobs": jobs, "polling": any(j.is_active for j in jobs),
        "can_review": _can_review(request),
    })


@login_required
def import_batch_jobs(request: HttpRequest, pk: int) -> HttpResponse:
    """The job table alone, for HTMX polling while jobs wait or run."""
    batch = get_object_or_404(visible_batches(request), pk=pk)
    jobs = _jobs(batch)
    return render(request, "imports/_jobs.html", {"batch": batch, "jobs": jobs, "can_review": _can_review(request),
                                                  "polling": any(j.is_active for j in jobs)})


@login_required
@require_POST
def import_job_retry(request: HttpRequest, pk: int) -> HttpResponse:
    """Read a stopped or failed document again."""
    job = get_object_or_404(visible_to(request.user, Job.objects.select_related("batch")), pk=pk)
    try:
        job = services.job_requeue(job=job, acting_user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if settings.IMPORT_INLINE:
            services.jobs_start_inline([job])
    return HttpResponseRedirect(job.batch.get_absolute_url())


# ---------------------------------------------------------------- documents


@login_required
def import_document_file(request: HttpRequest, pk: int) -> FileResponse:
    document = get_object_or_404(visible_documents(request), pk=pk)
    if not document.file:
        raise Http404(_("The file is no longer stored."))
    try:
        handle = document.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404(_("The file is no longer stored.")) from exc
    return FileResponse(handle, as_attachment=True, filename=document.name,
                        content_type=document.mime_type or "application/octet-stream")


# ---------------------------------------------------------------- candidates


def _after_decision(candidate: Candidate) -> HttpResponseRedirect:
    """Back to the document's queue, at the next proposal still open."""
    following = open_proposals(candidate.document).order_by("start", "pk").first()
    anchor = f"#candidate-{following.pk}" if following else ""
    return HttpResponseRedirect(candidate.document.get_absolute_url() + anchor)


def _suggestions(request: HttpRequest, candidate: Candidate) -> list[dict[str, Any]]:
    rows = []
    values = records.proposed_values(candidate)
    existing = records.existing_rows(candidate.record_type, candidate.batch.municipality_id)
    for record, score in records.similar_records(candidate, existing=existing):
        content_type = ContentType.objects.get_for_model(record)
        fill = records.merge_data(candidate, values, record)
        rows.append({"record": record, "score": round(score), "url": record_url(record),
                     "content_type": content_type.pk, "department": getattr(record, "department", None),
                     "fills": [str(type(record)._meta.get_field(f).verbose_name) for f in fill]})
    return rows


@login_required
def import_candidate(request: HttpRequest, pk: int) -> HttpResponse:
    """One proposal: its evidence on the page, the form to accept it with changes, records to merge it into."""
    candidate = get_object_or_404(visible_candidates(request), pk=pk)
    can_review = _can_review(request) and candidate.is_open and candidate.is_acceptable
    form = None
    if request.method == "POST":
        if not can_review:
            raise PermissionDenied(_("You may not decide on this proposal."))
        form = CandidateForm(request.POST, candidate=candidate, user=request.user)
        if form.is_valid():
            try:
                record = services.candidate_edit(candidate=candidate, values=form.values(), acting_user=request.user,
                                                 department=form.cleaned_data["department"])
            except ValidationError as error:
                _form_errors(form, error)
            except services.CandidateClosed as closed:
                messages.error(request, str(closed))
                return _after_decision(candidate)
            else:
                messages.success(request, _("%(record)s was added to the register.") % {"record": record})
                _say_if_renamed(request, form.cleaned_data["name"], record)
                return _after_decision(candidate)
    elif can_review:
        form = CandidateForm(candidate=candidate, user=request.user,
                             department=services.default_department(candidate, request.user))
    return render(request, "imports/candidate_detail.html", {
        "title": str(candidate), "candidate": candidate, "document": candidate.document,
        "evidence": page_view(candidate.document, candidate), "form": form, "can_review": can_review,
        "suggestions": _suggestions(request, candidate) if candidate.is_acceptable else [],
        "record_url": record_url(candidate.accepted) if candidate.accepted_id else None,
    }, status=400 if form is not None and form.errors else 200)


def _say_if_renamed(request: HttpRequest, typed: str, record: Any) -> None:
    """A city the register knows under another name is that city: say so rather than rename it silently."""
    city = getattr(record, "city", None)
    if city is not None and typed.strip() and typed.strip().casefold() != city.name.casefold():
        messages.info(request, _("“%(typed)s” is the city the register calls %(city)s.")
                      % {"typed": typed.strip(), "city": city.name})


def _form_errors(form: CandidateForm, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            for message in errors:
                form.add_error(field if field in form.fields else None, message)
    else:
        for message in error.messages:
            form.add_error(None, message)
