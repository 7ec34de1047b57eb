"""Writes of the import area: ingest a file, run its job, decide on its candidates.

Each service runs in one transaction and leaves history. Register records are only ever
written through udsyn.core.services (record_create / record_update), which check the
acting user's permissions and validate the record.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import os
import socket
import threading
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, connections, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from udsyn.core import history
from udsyn.core.models import SourceKind
from udsyn.core.permissions import can_create, can_edit_department, is_installation_admin
from udsyn.core.services import record_create, record_update

from . import records
from .models import ACCEPTABLE_TYPES, Candidate, Document, ImportBatch, Job, RecordType

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3


def job_timeout() -> timedelta:
    """How long a job may run before its worker is presumed dead and the job is queued again."""
    return timedelta(minutes=getattr(settings, "IMPORT_JOB_TIMEOUT_MINUTES", 15))


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class IngestRefused(Exception):
    """The file cannot become a document (too large, empty). `str()` is a message for the user."""


class CandidateClosed(Exception):
    """Someone already decided on this candidate."""


def check_reviewer(acting_user: Any) -> None:
    """Refuse anyone who may not import documents or decide on what they propose."""
    if acting_user is None or not can_create(acting_user):
        raise PermissionDenied(_("Only editors, coordinators and administrators may import and review documents."))


# ---------------------------------------------------------------- batches and documents


def batch_create(*, name: str, acting_user: Any, department: Any = None, municipality: Any = None) -> ImportBatch:
    """A new batch of `municipality` (default: the department's, else the acting user's). `acting_user` None is the
    command line run by the operator of the installation."""
    if acting_user is not None:
        check_reviewer(acting_user)
    if department is None and acting_user is not None:
        department = acting_user.department
    if department is not None:
        municipality_id = department.municipality_id
    elif municipality is not None:
        municipality_id = getattr(municipality, "pk", municipality)
    else:
        municipality_id = getattr(acting_user, "municipality_id", None)
    if acting_user is not None and not is_installation_admin(acting_user) \
            and municipality_id != acting_user.municipality_id:
        raise PermissionDenied(_("You may import documents only for your own municipality."))
    return ImportBatch.objects.create(name=name[:200], created_by=acting_user, department=department,
                                      municipality_id=municipality_id)


@dataclass
class IngestOutcome:
    """`created`: a new document, queued; `duplicate`: these bytes were imported before, nothing new;
    `retried`: known document whose earlier processing failed, queued again."""

    CREATED = "created"
    DUPLICATE = "duplicate"
    RETRIED = "retried"

    kind: str
    document: Document
    job: Job

    @property
    def queued(self) -> bool:
        return self.job.status == Job.Status.QUEUED


def size_limit() -> int:
    return settings.UPLOAD_MAX_MB * 1024 * 1024


def check_size(name: str, size: int) -> None:
    """Refuse a file over the upload limit or with no content, with a message that names it."""
    if size > size_limit():
        raise IngestRefused(_("“%(name)s” is %(size).1f MB; files may be at most %(limit)s MB.")
                            % {"name": name, "size": size / 1024 / 1024, "limit": settings.UPLOAD_MAX_MB})
    if size == 0:
        raise IngestRefused(_("“%(name)s” is empty (0 bytes); there is nothing to import.") % {"name": name})


def batch_refuse(*, batch: ImportBatch, name: str, reason: str) -> None:
    """Note on the batch a file that never became a document, so the batch page can say why."""
    batch.refused = [*batch.refused, {"name": name, "reason": reason}]
    ImportBatch.objects.filter(pk=batch.pk).update(refused=batch.refused)
    batch_refresh(batch.pk)


def document_ingest(*, batch: ImportBatch, name: str, data: bytes, acting_user: Any) -> IngestOutcome:
    """Store the file once per municipality (by SHA-256) and queue a job for it, unless the batch's municipality
    imported it before (another municipality's upload of the same bytes is never looked at: it is theirs).

    Raises IngestRefused for a file over settings.UPLOAD_MAX_MB or an empty one.
    """
    name = os.path.basename(name)[:255] or "document"
    check_size(name, len(data))
    digest = hashlib.sha256(data).hexdigest()
    same = Document.objects.filter(sha256=digest, municipality_id=batch.municipality_id)
    with transaction.atomic():
        document = same.select_for_update().first()
        if document is None:
            try:
                with transaction.atomic():
                    document = Document(name=name, sha256=digest, size=len(data), uploaded_by=acting_user,
                                        municipality_id=batch.municipality_id,
                                        mime_type=mimetypes.guess_type(name)[0] or "")
                    document.file.save(name, ContentFile(data), save=False)
                    document.save()
            except IntegrityError:  # the same bytes arrived in a parallel upload a moment ago
                document = same.get()
            else:
                job = Job.objects.create(batch=batch, document=document, file_name=name)
                return IngestOutcome(IngestOutcome.CREATED, document, job)
        # Only the batches of the same municipality: a duplicate's message names no other municipality's batch.
        earlier = document.jobs.filter(batch__municipality_id=batch.municipality_id).exclude(
            status__in=(Job.Status.FAILED, Job.Status.DUPLICATE)).order_by("pk").first()
        if earlier is None:
            # Every earlier attempt failed (or none ran): process it again rather than call it a duplicate.
            job = Job.objects.create(batch=batch, document=document, file_name=name)
            return IngestOutcome(IngestOutcome.RETRIED, document, job)
        job = Job.objects.create(
            batch=batch, document=document, file_name=name, status=Job.Status.DUPLICATE, finished_at=timezone.now(),
            message=history.reason(gettext_noop("Already imported on %(date)s in “%(batch)s” as “%(name)s”."),
                                   date=timezone.localtime(earlier.created_at).date(), batch=earlier.batch,
                                   name=document.name),
        )
        batch_refresh(batch.pk)
        return IngestOutcome(IngestOutcome.DUPLICATE, document, job)


# ---------------------------------------------------------------- jobs


def job_claim(*, worker: str, job: Job | None = None) -> Job | None:
    """Take the oldest queued job that no other worker is taking (or `job`) for `worker`. Only one claimant can
    win a job: the UPDATE is conditional on the row still being queued, so it changes one row for the winner and
    none for anyone else."""
    if job is not None:
        pks = [job.pk]
    else:
        # PostgreSQL: SELECT ... FOR UPDATE SKIP LOCKED hands each polling worker a different queued job, so
        # workers do not queue up behind one row; SQLite (no row locks) ignores it, the conditional UPDATE decides.
        with transaction.atomic():
            pks = list(Job.objects.select_for_update(skip_locked=True).filter(status=Job.Status.QUEUED)
                       .order_by("created_at", "pk").values_list("pk", flat=True)[:1])
            if pks and Job.objects.filter(pk=pks[0], status=Job.Status.QUEUED).update(
                    status=Job.Status.RUNNING, claimed_at=timezone.now(), claimed_by=worker[:120],
                    attempts=F("attempts") + 1):
                return Job.objects.select_related("document", "batch").get(pk=pks[0])
        return None
    for pk in pks:
        won = Job.objects.filter(pk=pk, status=Job.Status.QUEUED).update(
            status=Job.Status.RUNNING, claimed_at=timezone.now(), claimed_by=worker[:120],
            attempts=F("attempts") + 1,
        )
        if won:
            return Job.objects.select_related("document", "batch").get(pk=pk)
    return None


def jobs_requeue_stale(*, now: Any = None) -> int:
    """Queue again the jobs whose worker died (running longer than job_timeout()); give up, visibly,
    after MAX_ATTEMPTS. Returns how many jobs were queued again."""
    cutoff = (now or timezone.now()) - job_timeout()
    stale = Job.objects.filter(status=Job.Status.RUNNING, claimed_at__lt=cutoff)
    Job.objects.filter(pk__in=stale.filter(attempts__gte=MAX_ATTEMPTS).values("pk"), status=Job.Status.RUNNING).update(
        status=Job.Status.FAILED, finished_at=timezone.now(),
        message=history.reason(gettext_noop(
            "Processing stopped without an answer %(n)s times; the document is kept but was not read."),
            n=MAX_ATTEMPTS),
    )
    return Job.objects.filter(pk__in=stale.values("pk"), status=Job.Status.RUNNING).update(
        status=Job.Status.QUEUED, claimed_by="", claimed_at=None,
        message=history.reason(gettext_noop("Queued again: the worker processing it stopped responding.")),
    )


def job_requeue(*, job: Job, acting_user: Any) -> Job:
    """Queue a failed or stopped job again (e.g. after the pipeline was improved); its document is kept."""
    check_reviewer(acting_user)
    with transaction.atomic():
        again = Job.objects.filter(pk=job.pk, status__in=(Job.Status.FAILED, Job.Status.STOPPED)).update(
            status=Job.Status.QUEUED, claimed_by="", claimed_at=None, finished_at=None,
            message=history.reason(gettext_noop("Queued again by %(user)s."), user=acting_user))
        if not again:
            raise ValidationError(_("Only a failed or stopped job can be queued again."))
        batch_refresh(job.batch_id)
    job.refresh_from_db()
    return job


@dataclass
class JobOutcome:
    job: Job
    status: str
    message: str = ""
    candidates: int = 0
    lost: bool = False  # another worker took the job over meanwhile; nothing was written


def _stop_message(exc: Exception) -> str:
    """A human message for a document the pipeline cannot read, stored to be shown in the reader's language (the
    worker that writes it serves no one's language)."""
    from udsyn.extraction import errors

    messages = {
        errors.EmptyDocument: gettext_noop("The document contains no text (it may be empty or a scan without text)."),
        errors.CorruptDocument: gettext_noop("The document is damaged and cannot be opened."),
        errors.EncryptedDocument: gettext_noop(
            "The document is password-protected; remove the password and upload it again."),
        errors.UnsupportedType: gettext_noop(
            "This kind of file is not supported; use PDF, DOCX, HTML, text, XLSX or CSV."),
        errors.TooLarge: gettext_noop("The document is too large to process."),
    }
    for kind, message in messages.items():
        if isinstance(exc, kind):
            return history.reason(message)
    return getattr(exc, "user_message", "") or str(exc)


def _extract(data: bytes, name: str, progress: Any = None) -> Any:
    from udsyn.extraction import extract_bytes

    return extract_bytes(data, name, progress=progress)


def job_progress(job: Job, worker: str, step: str, *, pages: int | None = None, found: int | None = None) -> None:
    """Note how far the running job has come (committed at once, so the batch page sees it while the job runs)."""
    progress = {"step": step, **({"pages": pages} if pages is not None else {}),
                **({"candidates": found} if found is not None else {})}
    Job.objects.filter(pk=job.pk, status=Job.Status.RUNNING, claimed_by=worker[:120]).update(progress=progress)
    job.progress = progress


def _finish(job: Job, worker: str, status: str, message: str) -> bool:
    done = Job.objects.filter(pk=job.pk, status=Job.Status.RUNNING, claimed_by=worker[:120]).update(
        status=status, message=message, finished_at=timezone.now())
    if done:
        job.status, job.message = status, message
        batch_refresh(job.batch_id)
    return bool(done)


def job_run(*, job: Job, worker: str) -> JobOutcome:
    """Read the claimed job's document, save its text and candidates, and finish the job.

    done: candidates saved; stopped: the document cannot be read (the message says why);
    failed: an unexpected error (logged; the document is kept and can be imported again).
    """
    from udsyn.extraction.errors import ExtractionError

    document = job.document

    def heard(step: str, facts: dict) -> None:
        job_progress(job, worker, step, pages=facts.get("pages"), found=facts.get("records"))

    try:
        job_progress(job, worker, "reading")
        with document.file.open("rb") as handle:
            data = handle.read()
        result = _extract(data, document.name, progress=heard)
    except ExtractionError as exc:
        message = _stop_message(exc)
        lost = not _finish(job, worker, Job.Status.STOPPED, message)
        return JobOutcome(job, Job.Status.STOPPED, history.reason_text(message), lost=lost)
    except Exception as exc:
        logger.exception("Import job %s (%s) failed", job.pk, document.name)
        message = history.reason(gettext_noop("Unexpected error while reading the document: %(error)s"),
                                 error=str(exc) or type(exc).__name__)
        lost = not _finish(job, worker, Job.Status.FAILED, message)
        return JobOutcome(job, Job.Status.FAILED, history.reason_text(message), lost=lost)
    try:
        with transaction.atomic():
            if not Job.objects.filter(pk=job.pk, status=Job.Status.RUNNING, claimed_by=worker[:120]).update(
                    status=Job.Status.DONE, finished_at=timezone.now(), message=""):
                return JobOutcome(job, job.status, lost=True)
            _document_save_text(document, result)
            count = _candidates_save(job, document, result.records)
    except Exception as exc:
        logger.exception("Saving the results of import job %s failed", job.pk)
        message = history.reason(gettext_noop("Unexpected error while saving what was found: %(error)s"), error=exc)
        lost = not _finish(job, worker, Job.Status.FAILED, message)
        return JobOutcome(job, Job.Status.FAILED, history.reason_text(message), lost=lost)
    job.status = Job.Status.DONE
    batch_refresh(job.batch_id)
    return JobOutcome(job, Job.Status.DONE, candidates=count)


def job_process_next(*, worker: str) -> JobOutcome | None:
    """One step of a worker: requeue dead workers' jobs, take the next job, run it."""
    jobs_requeue_stale()
    job = job_claim(worker=worker)
    return job_run(job=job, worker=worker) if job else None


def jobs_start_inline(jobs: list[Job]) -> None:
    """Read `jobs` in this web process (no worker runs): on a thread of its own once the upload's transaction has
    committed, so the request answers at once (settings.IMPORT_INLINE_THREAD), else here and now."""
    if not jobs:
        return
    if not settings.IMPORT_INLINE_THREAD:
        jobs_run_inline(jobs)
        return
    pks = [job.pk for job in jobs]

    def run() -> None:
        try:
            jobs_run_inline(list(Job.objects.filter(pk__in=pks).select_related("document", "batch")))
        except Exception:  # a thread has nobody to tell: log it; the job shows as running until requeued
            logger.exception("Reading uploaded documents %s in the web process failed", pks)
        finally:
            connections.close_all()

    transaction.on_commit(lambda: threading.Thread(target=run, name="udsyn-import", daemon=True).start())


def jobs_run_inline(jobs: list[Job]) -> list[JobOutcome]:
    """Process `jobs` in this process now (command line; web without a worker)."""
    worker = worker_name() + ":inline"
    outcomes = []
    for job in jobs:
        claimed = job_claim(worker=worker, job=job)
        if claimed:
            outcomes.append(job_run(job=claimed, worker=worker))
    return outcomes


def _document_save_text(document: Document, result: Any) -> None:
    stats = getattr(result, "stats", None) or {}
    document.text = result.text
    document.pages = result.pages
    document.page_starts = list(getattr(result, "page_starts", []) or [])
    document.mime_type = (getattr(result, "mime", "") or document.mime_type)[:120]
    share = stats.get("ocr_share", stats.get("ocr_changed_share"))
    document.ocr_share = float(share) if isinstance(share, int | float) else None
    document.extracted_at = timezone.now()
    document.save(update_fields=["text", "pages", "page_starts", "mime_type", "ocr_share", "extracted_at"])


def _candidate_from(record: Any, job: Job, document: Document, municipality_id: int | None) -> Candidate:
    data = record.to_dict() if hasattr(record, "to_dict") else dict(record)
    fields = data.get("fields") or {}
    value = records.to_decimal(data.get("value"))
    if value is not None and abs(value) >= Decimal("1e16"):
        fields = {**fields, "value": data.get("value")}
        value = None
    kind = data.get("type") if data.get("type") in RecordType.values else RecordType.OTHER
    confidence = data.get("confidence")
    return Candidate(
        batch_id=job.batch_id, document=document, record_type=kind, name=(data.get("name") or "")[:300],
        value=value, currency=(data.get("currency") or "")[:3], fields=fields,
        page=data.get("page"), start=data.get("start"), end=data.get("end"), quote=data.get("quote") or "",
        confidence=min(1.0, max(0.0, float(confidence))) if confidence is not None else 0.5,
        department=records.department_for(fields.get("department"), municipality_id),
    )


def _candidate_key(candidate: Candidate) -> tuple:
    return (candidate.record_type, candidate.name.casefold(), candidate.value, candidate.start)


def _candidates_save(job: Job, document: Document, found: list) -> int:
    batch = job.batch
    municipality_id = batch.municipality_id
    seen = {_candidate_key(c) for c in document.candidates.all()}
    new = []
    for record in found:
        candidate = _candidate_from(record, job, document, municipality_id)
        if _candidate_key(candidate) not in seen:  # never the same candidate twice for one document
            seen.add(_candidate_key(candidate))
            new.append(candidate)
    records.link_candidates(new, municipality_id)
    Candidate.objects.bulk_create(new)
    return len(new)


def batch_refresh(batch_id: int) -> None:
    """The batch's status: processing while any job waits or runs, then review until no candidate awaits
    a decision, then finished."""
    jobs = Job.objects.filter(batch_id=batch_id)
    if jobs.filter(status__in=Job.ACTIVE).exists():
        status = ImportBatch.Status.PROCESSING
    elif Candidate.objects.filter(batch_id=batch_id, status=Candidate.Status.PROPOSED,
                                  record_type__in=ACCEPTABLE_TYPES).exists():
        status = ImportBatch.Status.REVIEW
    else:
        status = ImportBatch.Status.FINISHED
    ImportBatch.objects.filter(pk=batch_id).update(status=status)


# ---------------------------------------------------------------- decisions


def _open_candidate(candidate: Candidate) -> Candidate:
    current = Candidate.objects.select_for_update(of=("self",)).select_related("document", "batch").get(pk=candidate.pk)
    if current.status != Candidate.Status.PROPOSED:
        raise CandidateClosed(_("This candidate was already decided on (%(status)s by %(user)s).") % {
            "status": current.get_status_display().lower(), "user": current.decided_by or "?"})
    return current


def default_department(candidate: Candidate, acting_user: Any) -> Any:
    """The department named in the document when the reviewer may use it, else the reviewer's own,
    else the batch's."""
    for department in (candidate.department, getattr(acting_user, "department", None), candidate.batch.department):
        if department is not None and can_edit_department(acting_user, department):
            return department
    return getattr(acting_user, "department", None) or candidate.department


def _source(candidate: Candidate) -> dict[str, Any]:
    return {"source_kind": SourceKind.DOCUMENT, "source_document": candidate.document,
            "source_page": candidate.page, "source_quote": candidate.quote[:2000]}


def _decide(candidate: Candidate, status: str, acting_user: Any, record: models.Model | None, reason: str) -> None:
    candidate.status = status
    candidate.decided_by = acting_user
    candidate.decided_at = timezone.now()
    if record is not None:
        candidate.accepted_type = ContentType.objects.get_for_model(record)
        candidate.accepted_id = record.pk
    candidate._history_user = acting_user
    candidate._change_reason = reason
    candidate.save()
    batch_refresh(candidate.batch_id)


def candidate_accept(*, candidate: Candidate, acting_user: Any, department: Any = None,
                     values: dict[str, Any] | None = None) -> models.Model:
    """Create the register record the candidate proposes, with the document as its source.

    `values` (from the review form) replace what the pipeline proposed; `department` defaults to
    default_department(). Money and count candidates are evidence and cannot be accepted.
    """
    check_reviewer(acting_user)
    with transaction.atomic():
        current = _open_candidate(candidate)
        if not current.is_acceptable:
            raise ValidationError(_("Amounts and numbers are evidence shown with the document; they do not "
                                    "become records of their own."))
        department = department or default_department(current, acting_user)
        if department is None or not can_edit_department(acting_user, department):
            raise PermissionDenied(_("You may not add records owned by %(department)s.")
                                   % {"department": department or _("no department")})
        if current.batch.municipality_id not in (None, department.municipality_id):
            raise PermissionDenied(_("A document's records belong to the municipality that imported it."))
        proposed = records.proposed_values(current)
        changed = {k: v for k, v in (values or {}).items() if proposed.get(k) != v}
        proposed.update(values or {}, name_as_written="name" in changed)
        data = records.record_data(current, proposed, acting_user=acting_user)
        data.update(department=department, **_source(current))
        reason = history.reason(gettext_noop("Accepted from %(document)s, page %(page)s"), fields=list(changed),
                                document=current.document, page=current.page or "?")
        record = record_create(model=records.MODELS[current.record_type], data=data, acting_user=acting_user,
                               reason=reason)
        _decide(current, Candidate.Status.ACCEPTED, acting_user, record, reason)
    candidate.refresh_from_db()
    return record


def candidate_edit(*, candidate: Candidate, values: dict[str, Any], acting_user: Any,
                   department: Any = None) -> models.Model:
    """Accept the candidate with the values the reviewer changed."""
    return candidate_accept(candidate=candidate, acting_user=acting_user, department=department, values=values)


def candidate_merge(*, candidate: Candidate, target: models.Model, acting_user: Any) -> models.Model:
    """Merge the candidate into an existing record: fill the record's empty fields only, and note
    the document, page and quote in the record's history."""
    check_reviewer(acting_user)
    with transaction.atomic():
        current = _open_candidate(candidate)
        model = records.MODELS.get(current.record_type)
        if model is None or not isinstance(target, model):
            raise ValidationError(_("A %(kind)s candidate can only be merged into a %(model)s.") % {
                "kind": current.get_record_type_display().lower(),
                "model": model._meta.verbose_name if model else "?"})
        fresh = model.objects.select_for_update().get(pk=target.pk)
        if current.batch.municipality_id not in (None, fresh.department.municipality_id):
            raise PermissionDenied(_("A document's records belong to the municipality that imported it."))
        data = records.merge_data(current, records.proposed_values(current), fresh)
        reason = history.reason(gettext_noop("Merged from %(document)s, page %(page)s: “%(quote)s”"),
                                document=current.document, page=current.page or "?", quote=current.quote[:300])
        record = record_update(record=fresh, data=data, expected_version=fresh.version, acting_user=acting_user,
                               reason=reason)
        _decide(current, Candidate.Status.MERGED, acting_user, record, reason)
    candidate.refresh_from_db()
    return record


def candidate_reject(*, candidate: Candidate, acting_user: Any, reason: str = "") -> Candidate:
    check_reviewer(acting_user)
    with transaction.atomic():
        current = _open_candidate(candidate)
        _decide(current, Candidate.Status.REJECTED, acting_user, None,
                reason or history.reason(gettext_noop("Rejected")))
    candidate.refresh_from_db()
    return candidate


def candidate_reopen(*, candidate: Candidate, acting_user: Any, reason: str) -> Candidate:
    """Put a decided candidate back in the queue (its decision was undone); its history keeps both."""
    check_reviewer(acting_user)
    with transaction.atomic():
        current = Candidate.objects.select_for_update().get(pk=candidate.pk)
        current.status = Candidate.Status.PROPOSED
        current.decided_by = current.decided_at = current.accepted_type = current.accepted_id = None
        current.bulk_approval = None
        current._history_user = acting_user
        current._change_reason = reason
        current.save()
        batch_refresh(current.batch_id)
    candidate.refresh_from_db()
    return candidate


def error_text(exc: Exception) -> str:
    """The message of a refused decision, for the person who asked."""
    if isinstance(exc, ValidationError):
        return " ".join(exc.messages)
    return str(exc)
