"""The review queue of one document: filter and page its proposals, decide them one by one (HTMX, keyboard) or
many at once (a preview of what will happen, then the decision, which can be undone).

Every page reads documents and candidates through udsyn.core.registry.visible_to, the one place that decides what a
user may see. The decisions and their permission checks live in udsyn.imports.services and udsyn.imports.bulk.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from udsyn.core.generic import record_url
from udsyn.core.permissions import can_create, can_edit_department
from udsyn.core.registry import visible_to
from udsyn.core.services import EditConflict

from . import bulk, records, services
from .evidence import snippet
from .filters import ALL, OPEN, CandidateFilterSet
from .forms import BulkAcceptForm
from .models import ACCEPTABLE_TYPES, BulkApproval, Candidate, Document

QUEUE_PAGE_SIZE = 25


def visible_documents(request: HttpRequest) -> QuerySet:
    return visible_to(request.user, Document.objects.all())


def visible_candidates(request: HttpRequest) -> QuerySet:
    return visible_to(request.user, Candidate.objects.select_related("document", "batch", "department"))


def _counts(document: Document) -> dict[str, int]:
    proposals = document.candidates.filter(record_type__in=ACCEPTABLE_TYPES)
    return {"left": bulk.open_proposals(document).count(), "total": proposals.count()}


# ---------------------------------------------------------------- the queue


class Cards:
    """Dress candidates for their cards: evidence in context, links, and the record each may already be."""

    def __init__(self, request: HttpRequest, document: Document):
        self.user = request.user
        self.document = document
        self.rows: dict[str, list] = {}
        self.may_decide = can_create(request.user)

    def dress(self, candidate: Candidate) -> Candidate:
        candidate.snippet = snippet(self.document, candidate)
        candidate.record_url = record_url(candidate.accepted) if candidate.accepted_id else None
        candidate.may_decide = self.may_decide and candidate.is_open and candidate.is_acceptable
        candidate.match = self.match(candidate) if candidate.may_decide else None
        return candidate

    def match(self, candidate: Candidate) -> dict[str, Any] | None:
        """The register record the proposal most likely is, now (an earlier decision may have just made it)."""
        if candidate.record_type not in self.rows:  # the document's municipality's records, never another's
            self.rows[candidate.record_type] = records.existing_rows(candidate.record_type,
                                                                     self.document.municipality_id)
        found = records.best_match(candidate, self.rows[candidate.record_type])
        if found is None or not found.likely:
            return None
        return {"record": found.record, "score": round(found.score), "url": record_url(found.record),
                "content_type": ContentType.objects.get_for_model(found.record).pk,
                "mergeable": can_edit_department(self.user, found.record.department)}


def _next_url(document: Document, status: str, page: Any, query: str) -> tuple[str, bool]:
    """Where the next open proposals are once every open one on `page` is decided, and whether that is a page
    further on (the decided ones stay listed) rather than this page read again (they leave the list)."""
    base = f"{document.get_absolute_url()}?{query}{'&' if query else ''}page="
    if status == OPEN:
        return base + str(page.number), False
    if status == ALL and page.has_next():
        return base + str(page.next_page_number()), True
    return "", False


def _queue(request: HttpRequest, document: Document) -> dict[str, Any]:
    filterset = CandidateFilterSet(
        request.GET, request=request,
        queryset=document.candidates.select_related("department", "decided_by", "accepted_type"))
    page = Paginator(filterset.qs, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    cards = Cards(request, document)
    query = request.GET.copy()
    query.pop("page", None)
    status = filterset.form.cleaned_data.get("status") if filterset.is_valid() else ""
    next_url, further = _next_url(document, status, page, query.urlencode())
    return {"filterset": filterset, "page_obj": page, "candidates": [cards.dress(c) for c in page.object_list],
            "query": query.urlencode(), "queue_url": request.get_full_path(), "document": document,
            "counts": _counts(document), "next_url": next_url, "next_is_further": further}


@login_required
def import_document(request: HttpRequest, pk: int) -> HttpResponse:
    """The review queue of one document: its proposals, filtered and paged, with the evidence of each."""
    document = get_object_or_404(visible_documents(request).select_related("uploaded_by"), pk=pk)
    context = _queue(request, document)
    if request.headers.get("HX-Request") and not request.headers.get("HX-History-Restore-Request"):
        return render(request, "imports/_queue.html", context)
    can_review = can_create(request.user)
    context.update(
        title=document.name, can_review=can_review,
        jobs=document.jobs.select_related("batch").order_by("-pk"),
        bulk_form=BulkAcceptForm(user=request.user) if can_review else None,
        approvals=document.bulk_approvals.select_related("decided_by", "undone_by", "department")[:10],
    )
    return render(request, "imports/document_detail.html", context)


# ---------------------------------------------------------------- one decision


def _candidate(request: HttpRequest, pk: int) -> Candidate:
    return get_object_or_404(visible_candidates(request), pk=pk)


def _back(request: HttpRequest, candidate: Candidate) -> HttpResponseRedirect:
    """Without script: back to the queue as it was filtered, at the next proposal still open."""
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = candidate.document.get_absolute_url()
    following = bulk.open_proposals(candidate.document).order_by("start", "pk").first()
    return HttpResponseRedirect(back.split("#")[0] + (f"#candidate-{following.pk}" if following else ""))


def _answer(request: HttpRequest, candidate: Candidate, error: str = "") -> HttpResponse:
    """HTMX: the candidate's card as it is now, the queue's count beside it, and an event for the next card."""
    candidate.refresh_from_db()
    document = candidate.document
    response = render(request, "imports/_decided.html", {
        "candidate": Cards(request, document).dress(candidate), "error": error, "document": document,
        "counts": _counts(document), "queue_url": request.POST.get("next", document.get_absolute_url())})
    response["HX-Trigger-After-Settle"] = f'{{"udsyn:decided": {{"id": {candidate.pk}}}}}'
    return response


def _decided(request: HttpRequest, candidate: Candidate, message: str = "", error: str = "") -> HttpResponse:
    if request.headers.get("HX-Request"):
        return _answer(request, candidate, error)
    if error:
        messages.error(request, error)
        return HttpResponseRedirect(candidate.get_absolute_url())
    if message:
        messages.success(request, message)
    return _back(request, candidate)


def _existing_twin(request: HttpRequest, candidate: Candidate) -> str:
    """Accepting would add a record the register already has: say so, so the reviewer merges instead."""
    match = Cards(request, candidate.document).match(candidate)
    if match is None:
        return ""
    return _("%(record)s is already in the register: merge into it, or add the proposal as a new record if it "
             "is something else.") % {"record": match["record"]}


@login_required
@require_POST
def import_candidate_accept(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate(request, pk)
    if not request.POST.get("as_new"):
        twin = _existing_twin(request, candidate) if candidate.is_open else ""
        if twin:
            return _decided(request, candidate, error=twin)
    try:
        record = services.candidate_accept(candidate=candidate, acting_user=request.user)
    except ValidationError as error:
        # Something is missing (e.g. the country of an unknown city): the proposal's own page asks for it.
        return _decided(request, candidate, error=" ".join(error.messages))
    except services.CandidateClosed as closed:
        return _decided(request, candidate, error=str(closed))
    return _decided(request, candidate, _("%(record)s was added to the register.") % {"record": record})


def _merge_target(request: HttpRequest) -> Any:
    """The register record chosen to merge into (a membership, partner or project the user sees), or 404."""
    try:
        model = ContentType.objects.get_for_id(int(request.POST.get("target_type", ""))).model_class()
        if model not in records.MODELS.values():
            raise Http404(_("The record to merge into was not found."))
        return visible_to(request.user, model._default_manager.all()).get(pk=int(request.POST.get("target_id", "")))
    except (ValueError, OverflowError, ObjectDoesNotExist) as exc:
        raise Http404(_("The record to merge into was not found.")) from exc


@login_required
@require_POST
def import_candidate_merge(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate(request, pk)
    target = _merge_target(request)
    try:
        record = services.candidate_merge(candidate=candidate, target=target, acting_user=request.user)
    except (ValidationError, EditConflict, services.CandidateClosed) as error:
        return _decided(request, candidate, error=services.error_text(error))
    return _decided(request, candidate, _("The document's details were merged into %(record)s.") % {"record": record})


@login_required
@require_POST
def import_candidate_reject(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate(request, pk)
    try:
        services.candidate_reject(candidate=candidate, acting_user=request.user,
                                  reason=request.POST.get("reason", "").strip()[:500])
    except services.CandidateClosed as closed:
        return _decided(request, candidate, error=str(closed))
    return _decided(request, candidate, _("“%(name)s” was rejected.") % {"name": candidate.name or candidate})


# ---------------------------------------------------------------- many at once


@login_required
@require_POST
def import_bulk_accept(request: HttpRequest, pk: int) -> HttpResponse:
    """First a preview of what accepting many at once would do; then, confirmed, the same decisions."""
    document = get_object_or_404(visible_documents(request), pk=pk)
    form = BulkAcceptForm(request.POST, user=request.user)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return HttpResponseRedirect(document.get_absolute_url())
    apply = request.POST.get("action") == "apply"
    result = bulk.bulk_accept(document=document, min_confidence=form.cleaned_data["min_confidence"] / 100,
                              department=form.cleaned_data.get("department"), acting_user=request.user,
                              apply=apply, expected=request.POST.get("fingerprint", "") if apply else None)
    if result.applied:
        messages.success(request, _("Created %(created)s, merged %(merged)s, left %(skipped)s for you to decide.")
                         % {"created": len(result.created), "merged": len(result.merged),
                            "skipped": len(result.skipped)})
        return HttpResponseRedirect(document.get_absolute_url() + "#bulk-approvals")
    if apply:
        messages.error(request, _("The queue changed since the preview, so nothing was done. This is what would "
                                  "happen now."))
    return render(request, "imports/bulk_preview.html", {
        "title": _("Accept many at once"), "document": document, "result": result, "form": form,
        "min_confidence": form.cleaned_data["min_confidence"], "department": form.cleaned_data.get("department")})


@login_required
@require_POST
def import_bulk_undo(request: HttpRequest, pk: int) -> HttpResponse:
    approval = get_object_or_404(BulkApproval.objects.filter(document__in=visible_documents(request)), pk=pk)
    try:
        outcome = bulk.bulk_undo(approval=approval, acting_user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Undone: %(removed)s removed, %(restored)s restored; the proposals are back in "
                                    "the queue.") % {"removed": outcome.removed, "restored": outcome.restored})
        if outcome.kept:
            messages.error(request, ngettext(
                "Kept because someone changed it since: %(records)s.",
                "Kept because someone changed them since: %(records)s.", len(outcome.kept))
                % {"records": ", ".join(outcome.kept)})
    return HttpResponseRedirect(approval.document.get_absolute_url())
