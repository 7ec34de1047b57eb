"""Deciding many proposals of a document at once, without ever adding a record the register already has.

    result = bulk_accept(document=doc, min_confidence=0.85, acting_user=user)             # preview: nothing kept
    result = bulk_accept(document=doc, min_confidence=0.85, acting_user=user, apply=True,
                         expected=result.fingerprint)                                      # do what was shown
    bulk_undo(approval=result.approval, acting_user=user)                                  # and take it back

Each open proposal at or above the confidence is, in the order of the document:
- merged into the record it names when that record belongs to the same department (and, for a partner, is the
  same city or institution): a record already in the register, or one this approval created a moment before;
- left for a person when it only looks like a record, or names one of another department;
- created otherwise — unless creating fails (a city without a country): then it is left with the reason.

The preview runs the very same decisions inside a transaction that is rolled back, so it shows exactly what
will happen (create N, merge M, leave K with reasons). Applying compares the outcome with the preview's
fingerprint and keeps nothing when the queue changed meanwhile.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from udsyn.core import history
from udsyn.core.permissions import can_edit_department
from udsyn.core.services import EditConflict, record_delete, record_update

from . import records, services
from .models import ACCEPTABLE_TYPES, BulkApproval, Candidate, Document, RecordType

CREATE, MERGE, SKIP = "create", "merge", "skip"


@dataclass
class Step:
    """What happens to one proposal: created as `record`, merged into `record`, or skipped for `reason`."""

    candidate: Candidate
    action: str
    record: models.Model | None = None
    reason: str = ""
    into_new: bool = False  # merged into a record this approval creates from an earlier proposal


@dataclass
class BulkResult:
    steps: list[Step] = field(default_factory=list)
    below: int = 0  # open proposals under the confidence, left in the queue untouched
    approval: BulkApproval | None = None
    applied: bool = False
    fingerprint: str = ""

    def of(self, action: str) -> list[Step]:
        return [s for s in self.steps if s.action == action]

    @property
    def created(self) -> list[Step]:
        return self.of(CREATE)

    @property
    def merged(self) -> list[Step]:
        return self.of(MERGE)

    @property
    def skipped(self) -> list[Step]:
        return self.of(SKIP)


def open_proposals(document: Document) -> models.QuerySet:
    return document.candidates.filter(status=Candidate.Status.PROPOSED, record_type__in=ACCEPTABLE_TYPES)


def bulk_accept(*, document: Document, min_confidence: float, acting_user: Any, department: Any = None,
                apply: bool = False, expected: str | None = None) -> BulkResult:
    """Decide every open proposal of `document` at or above `min_confidence` (see the module's rules).

    Without `apply` nothing is kept (a preview). With `apply`, the decisions are kept only when their
    fingerprint equals `expected` (when given); otherwise the result comes back unapplied, to show again.
    """
    services.check_reviewer(acting_user)
    proposals = open_proposals(document)
    result = BulkResult(below=proposals.filter(confidence__lt=min_confidence).count())
    with transaction.atomic():
        approval = BulkApproval.objects.create(document=document, min_confidence=min_confidence,
                                               department=department, decided_by=acting_user)
        touched: dict[tuple[int, int], dict[str, Any]] = {}
        _decide_all(result, proposals.filter(confidence__gte=min_confidence).order_by("start", "pk"),
                    approval, acting_user, department, touched)
        result.fingerprint = _fingerprint(result.steps)
        if not apply or (expected is not None and expected != result.fingerprint):
            transaction.set_rollback(True)
            return result
        _keep(approval, result, touched)
    result.approval, result.applied = approval, True
    return result


def _decide_all(result: BulkResult, chosen: models.QuerySet, approval: BulkApproval, acting_user: Any,
                department: Any, touched: dict) -> None:
    rows: dict[str, list] = {}
    created: set[tuple[int, int]] = set()
    for candidate in chosen.select_related("document", "batch", "department"):
        owner = department or services.default_department(candidate, acting_user)
        if owner is None:
            result.steps.append(Step(candidate, SKIP, reason=_("No department to own the record.")))
            continue
        if candidate.record_type not in rows:
            rows[candidate.record_type] = records.existing_rows(candidate.record_type, owner.municipality_id)
        # The document did not say whose it is: a record it names belongs to its own department.
        named_owner = department is None and candidate.department_id is None
        step = _decide(candidate, owner, rows[candidate.record_type], acting_user, touched, named_owner)
        if step.record is not None:
            key = _key(step.record)
            if step.action == CREATE:
                created.add(key)
                rows[candidate.record_type].append(records.row_of(step.record))
            step.into_new = step.action == MERGE and key in created
            Candidate.objects.filter(pk=candidate.pk).update(bulk_approval=approval)
        result.steps.append(step)


def _decide(candidate: Candidate, owner: Any, rows: list, acting_user: Any, touched: dict,
            owner_from_match: bool) -> Step:
    found = records.best_match(candidate, rows, department_id=owner.pk)
    if found and found.likely and owner_from_match and can_edit_department(acting_user, found.record.department):
        owner = found.record.department
    try:
        if found is None:
            with transaction.atomic():
                record = services.candidate_accept(candidate=candidate, acting_user=acting_user, department=owner)
            touched[_key(record)] = {"created": True, "filled": {}}
            return Step(candidate, CREATE, record)
        record, score, likely = found
        if not likely:
            return Step(candidate, SKIP, record, _("Maybe the same as %(record)s (%(score)s %% alike): decide "
                                                   "yourself.") % {"record": record, "score": round(score)})
        different = _why_different(candidate, record, owner)
        if different:
            return Step(candidate, SKIP, record, different)
        with transaction.atomic():
            fresh = type(record).objects.get(pk=record.pk)
            before = {f: getattr(fresh, f) for f in records.merge_data(candidate, records.proposed_values(candidate),
                                                                       fresh)}
            record = services.candidate_merge(candidate=candidate, target=fresh, acting_user=acting_user)
        entry = touched.setdefault(_key(record), {"created": False, "filled": {}})
        for name, value in before.items():
            entry["filled"].setdefault(name, value)
        return Step(candidate, MERGE, record)
    except (ValidationError, PermissionDenied, services.CandidateClosed, EditConflict) as exc:
        return Step(candidate, SKIP, reason=services.error_text(exc))


def _why_different(candidate: Candidate, record: models.Model, owner: Any) -> str:
    """Why a record with the candidate's name may still be another thing (for a person to decide), or ''."""
    if getattr(record, "department_id", None) != owner.pk:
        return _("%(record)s is registered for %(department)s, not %(owner)s: decide yourself.") % {
            "record": record, "department": record.department, "owner": owner}
    if candidate.record_type == RecordType.PARTNER:
        institution = (records.proposed_values(candidate).get("institution") or "").strip()
        if (record.institution.name if record.institution_id else "") != institution and (
                record.institution_id or institution):
            return _("%(record)s is another partner in the same city: decide yourself.") % {"record": record}
    return ""


def _key(record: models.Model) -> tuple[int, int]:
    return ContentType.objects.get_for_model(record).pk, record.pk


def _fingerprint(steps: list[Step]) -> str:
    """The decisions, independent of the ids a rolled-back preview gave the records it created."""
    creators: dict[tuple[int, int], int] = {}
    lines = []
    for step in steps:
        target = ""
        if step.record is not None:
            key = _key(step.record)
            if step.action == CREATE:
                creators[key] = step.candidate.pk
            target = f"new:{creators[key]}" if key in creators else f"{key[0]}:{key[1]}"
        lines.append(f"{step.candidate.pk}:{step.action}:{target}")
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:32]


def _keep(approval: BulkApproval, result: BulkResult, touched: dict) -> None:
    """Note on the approval what it did, with each record's version now, so an undo can tell later edits."""
    kept = []
    for (type_id, pk), entry in touched.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        version = model.objects.filter(pk=pk).values_list("version", flat=True).first()
        kept.append({"type": type_id, "id": pk, "version": version, **entry})
    approval.records = kept
    approval.created, approval.merged, approval.skipped = (len(result.created), len(result.merged),
                                                           len(result.skipped))
    approval.save()


# ---------------------------------------------------------------- undo


@dataclass
class UndoResult:
    removed: int = 0
    restored: int = 0
    kept: list[str] = field(default_factory=list)  # records changed since, left as they are


def bulk_undo(*, approval: BulkApproval, acting_user: Any) -> UndoResult:
    """Delete the records the approval created and empty the fields it filled, unless someone changed a record
    since (that record stays, with its proposals decided); the other proposals go back to the queue."""
    services.check_reviewer(acting_user)
    result = UndoResult()
    with transaction.atomic():
        approval = BulkApproval.objects.select_for_update().get(pk=approval.pk)
        if approval.undone_at is not None:
            raise ValidationError(_("This bulk approval was already undone."))
        reason = history.reason(gettext_noop("Bulk approval of %(document)s undone"), document=approval.document)
        kept_keys = set()
        for entry in approval.records:
            model = ContentType.objects.get_for_id(entry["type"]).model_class()
            record = model.objects.filter(pk=entry["id"]).first()
            if record is None:
                continue
            if record.version != entry["version"]:
                kept_keys.add((entry["type"], entry["id"]))
                result.kept.append(str(record))
            elif entry["created"]:
                record_delete(record=record, acting_user=acting_user, expected_version=entry["version"])
                result.removed += 1
            else:
                record_update(record=record, data=entry["filled"], expected_version=entry["version"],
                              acting_user=acting_user, reason=reason)
                result.restored += 1
        for candidate in approval.candidates.select_for_update():
            if (candidate.accepted_type_id, candidate.accepted_id) not in kept_keys:
                services.candidate_reopen(candidate=candidate, acting_user=acting_user, reason=reason)
        approval.undone_at, approval.undone_by = timezone.now(), acting_user
        approval.save(update_fields=["undone_at", "undone_by"])
    return result
