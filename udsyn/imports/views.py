"""Import pages: upload documents, follow their processing, review what was found.

Everyone logged in may look; editors, coordinators and administrators may import and decide.
The decisions themselves (and their permission checks) live in udsyn.imports.services.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from udsyn.core.generic import record_url
from udsyn.core.permissions import can_create
from udsyn.core.services import EditConflict

from . import records, services
from .forms import BulkAcceptForm, CandidateForm, UploadForm
from .models import ACCEPTABLE_TYPES, Candidate, Document, ImportBatch, Job

SNIPPET = 300  # characters of context either side of the evidence on the review list


# ---------------------------------------------------------------- evidence


def evidence_span(document: Document, candidate: Candidate) -> tuple[int, int] | None:
    """Where the evidence is in the document's text: the pipeline's offsets, else where the quote is."""
    text = document.text
    if candidate.start is not None and candidate.end is not None and 0 <= candidate.start < candidate.end <= len(text):
        return candidate.start, candidate.end
    for needle in (candidate.quote, candidate.name):
        if needle and needle in text:
            start = text.index(needle)
            return start, start + len(needle)
    return None


def highlight(text: str, offset: int, span: tuple[int, int] | None) -> SafeString:
    """`text` (which starts at `offset` of the document) with the span marked."""
    if span is None:
        return escape(text)
    start, end = max(0, span[0] - offset), max(0, span[1] - offset)
    if start >= len(text):
        return escape(text)
    return mark_safe(f"{escape(text[:start])}<mark>{escape(text[start:end])}</mark>{escape(text[end:])}")


def snippet(document: Document, candidate: Candidate) -> SafeString | None:
    span = evidence_span(document, candidate)
    if span is None:
        return None
    begin = max(0, span[0] - SNIPPET)
    end = min(len(document.text), span[1] + SNIPPET)
    marked = highlight(document.text[begin:end], begin, span)
    return mark_safe(("… " if begin else "") + marked + (" …" if end < len(document.text) else ""))


def page_view(document: Document, candidate: Candidate) -> dict[str, Any]:
    """The page the evidence is on, with the evidence marked."""
    span = evidence_span(document, candidate)
    page = candidate.page
    if not page and span is not None and document.page_starts:
        page = sum(1 for start in document.page_starts if start <= span[0]) or 1
    page = page or 1
    text, offset = document.page_text(page)
    inside = span is not None and offset <= span[0] < offset + len(text)
    return {"page": page, "pages": document.pages, "html": highlight(text, offset, span if inside else None),
            "found": inside}


# ---------------------------------------------------------------- upload and batches


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
    batches = ImportBatch.objects.select_related("created_by", "department").annotate(
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
        services.jobs_run_inline(queued)
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
    batch = get_object_or_404(ImportBatch.objects.select_related("created_by", "department"), pk=pk)
    jobs = _jobs(batch)
    return render(request, "imports/batch_detail.html", {
        "title": batch.name, "batch": batch, "jobs": jobs, "polling": any(j.is_active for j in jobs),
        "can_review": _can_review(request),
    })


@login_required
def import_batch_jobs(request: HttpRequest, pk: int) -> HttpResponse:
    """The job table alone, for HTMX polling while jobs wait or run."""
    batch = get_object_or_404(ImportBatch, pk=pk)
    jobs = _jobs(batch)
    return render(request, "imports/_jobs.html", {"batch": batch, "jobs": jobs, "can_review": _can_review(request),
                                                  "polling": any(j.is_active for j in jobs)})


@login_required
@require_POST
def import_job_retry(request: HttpRequest, pk: int) -> HttpResponse:
    """Read a stopped or failed document again."""
    job = get_object_or_404(Job.objects.select_related("batch"), pk=pk)
    try:
        job = services.job_requeue(job=job, acting_user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if settings.IMPORT_INLINE:
            services.jobs_run_inline([job])
    return HttpResponseRedirect(job.batch.get_absolute_url())


# ---------------------------------------------------------------- documents


@login_required
def import_document(request: HttpRequest, pk: int) -> HttpResponse:
    """The review queue of one document: proposals with their evidence, decisions taken, figures found."""
    document = get_object_or_404(Document.objects.select_related("uploaded_by"), pk=pk)
    candidates = list(document.candidates.select_related("department", "decided_by", "matched_type",
                                                         "accepted_type").order_by("start", "pk"))
    for candidate in candidates:
        candidate.snippet = snippet(document, candidate)
        candidate.record_url = record_url(candidate.accepted) if candidate.accepted_id else None
        candidate.matched_url = record_url(candidate.matched) if candidate.matched_id else None
    proposals = [c for c in candidates if c.is_acceptable]
    can_review = _can_review(request)
    return render(request, "imports/document_detail.html", {
        "title": document.name, "document": document,
        "open": [c for c in proposals if c.is_open], "decided": [c for c in proposals if not c.is_open],
        "figures": [c for c in candidates if not c.is_acceptable],
        "jobs": document.jobs.select_related("batch").order_by("-pk"),
        "bulk_form": BulkAcceptForm(user=request.user) if can_review else None, "can_review": can_review,
    })


@login_required
def import_document_file(request: HttpRequest, pk: int) -> FileResponse:
    document = get_object_or_404(Document, pk=pk)
    if not document.file:
        raise Http404(_("The file is no longer stored."))
    try:
        handle = document.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404(_("The file is no longer stored.")) from exc
    return FileResponse(handle, as_attachment=True, filename=document.name,
                        content_type=document.mime_type or "application/octet-stream")


@login_required
@require_POST
def import_bulk_accept(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, pk=pk)
    form = BulkAcceptForm(request.POST, user=request.user)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return HttpResponseRedirect(document.get_absolute_url())
    outcome = services.candidates_bulk_accept(
        candidates=document.candidates.all(), min_confidence=form.cleaned_data["min_confidence"] / 100,
        acting_user=request.user, department=form.cleaned_data.get("department"))
    messages.success(request, ngettext("%(n)s proposal accepted.", "%(n)s proposals accepted.",
                                       len(outcome.accepted)) % {"n": len(outcome.accepted)})
    for candidate, reason in outcome.failed:
        messages.error(request, _("%(candidate)s needs your review: %(reason)s")
                       % {"candidate": candidate.name, "reason": reason})
    return HttpResponseRedirect(document.get_absolute_url())


# ---------------------------------------------------------------- candidates


def _candidate(pk: int) -> Candidate:
    return get_object_or_404(Candidate.objects.select_related("document", "batch", "department"), pk=pk)


def _after_decision(candidate: Candidate) -> HttpResponseRedirect:
    """Back to the document's queue, at the next proposal still open."""
    following = candidate.document.candidates.filter(
        status=Candidate.Status.PROPOSED, record_type__in=ACCEPTABLE_TYPES).order_by("start", "pk").first()
    anchor = f"#candidate-{following.pk}" if following else "#decided"
    return HttpResponseRedirect(candidate.document.get_absolute_url() + anchor)


def _suggestions(candidate: Candidate) -> list[dict[str, Any]]:
    rows = []
    values = records.proposed_values(candidate)
    for record, score in records.similar_records(candidate):
        content_type = ContentType.objects.get_for_model(record)
        fill = records.merge_data(candidate, values, record)
        rows.append({"record": record, "score": round(score), "url": record_url(record),
                     "content_type": content_type.pk, "department": getattr(record, "department", None),
                     "fills": [str(type(record)._meta.get_field(f).verbose_name) for f in fill]})
    return rows


@login_required
def import_candidate(request: HttpRequest, pk: int) -> HttpResponse:
    """One proposal: its evidence on the page, the form to accept it with changes, records to merge it into."""
    candidate = _candidate(pk)
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
                return _after_decision(candidate)
    elif can_review:
        form = CandidateForm(candidate=candidate, user=request.user,
                             department=services.default_department(candidate, request.user))
    return render(request, "imports/candidate_detail.html", {
        "title": str(candidate), "candidate": candidate, "document": candidate.document,
        "evidence": page_view(candidate.document, candidate), "form": form, "can_review": can_review,
        "suggestions": _suggestions(candidate) if candidate.is_acceptable else [],
        "record_url": record_url(candidate.accepted) if candidate.accepted_id else None,
    }, status=400 if form is not None and form.errors else 200)


def _form_errors(form: CandidateForm, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            for message in errors:
                form.add_error(field if field in form.fields else None, message)
    else:
        for message in error.messages:
            form.add_error(None, message)


@login_required
@require_POST
def import_candidate_accept(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate(pk)
    try:
        record = services.candidate_accept(candidate=candidate, acting_user=request.user)
    except ValidationError as error:
        # Something is missing (e.g. the country of an unknown city): the proposal's own page asks for it.
        messages.error(request, " ".join(error.messages))
        return HttpResponseRedirect(candidate.get_absolute_url())
    except services.CandidateClosed as closed:
        messages.error(request, str(closed))
    else:
        messages.success(request, _("%(record)s was added to the register.") % {"record": record})
    return _after_decision(candidate)


def _merge_target(request: HttpRequest) -> Any:
    """The register record chosen to merge into (a membership, partner or project), or 404."""
    try:
        model = ContentType.objects.get_for_id(int(request.POST.get("target_type", ""))).model_class()
        if model not in records.MODELS.values():
            raise Http404(_("The record to merge into was not found."))
        return model._default_manager.get(pk=int(request.POST.get("target_id", "")))
    except (ValueError, ObjectDoesNotExist) as exc:
        raise Http404(_("The record to merge into was not found.")) from exc


@login_required
@require_POST
def import_candidate_merge(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate(pk)
    target = _merge_target(request)
    try:
        record = services.candidate_merge(candidate=candidate, target=target, acting_user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return HttpResponseRedirect(candidate.get_absolute_url())
    except EditConflict as conflict:
        messages.error(request, str(conflict))
        return HttpResponseRedirect(candidate.get_absolute_url())
    except services.CandidateClosed as closed:
        messages.error(request, str(closed))
    else:
        messages.success(request, _("The document's details were merged into %(record)s.") % {"record": record})
    return _after_decision(candidate)


@login_required
@require_POST
def import_candidate_reject(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate(pk)
    try:
        services.candidate_reject(candidate=candidate, acting_user=request.user,
                                  reason=request.POST.get("reason", "").strip()[:500])
    except services.CandidateClosed as closed:
        messages.error(request, str(closed))
    else:
        messages.success(request, _("“%(name)s” was rejected.") % {"name": candidate.name or candidate})
    return _after_decision(candidate)
