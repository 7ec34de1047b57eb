"""Writes of the delegation desk. Each runs in one transaction and leaves history (who, when, what).

Staff changes to a request go through udsyn.core.services.record_update (department rules, validation, the
version the user saw, a row lock); the public form, which has no user, writes through `_save_as_public`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Iterable
from typing import Any

from babel.dates import format_date
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from udsyn.core.forms import babel_locale
from udsyn.core.services import record_create, record_update
from udsyn.organisations.models import Department, Organisation
from udsyn.organisations.places import CityNotFound, city_get_or_create
from udsyn.visits.models import Direction, Visit, VisitStatus

from . import screening
from .models import (
    COMING_STATUSES,
    OPEN_STATUSES,
    STAFF_CHANNELS,
    AgendaItem,
    CancelReason,
    Channel,
    DelegationRequest,
    Desk,
    Letter,
    LetterKind,
    Outcome,
    RequestAttachment,
    Rule,
    Status,
)
from .scope import is_coordinator, may_enter_requests, may_handle, may_keep_rules

# Visits that take a department's capacity: planned or held, whether they came through the desk or not.
CAPACITY_VISIT_STATUSES = (VisitStatus.CONFIRMED, VisitStatus.HELD)
PERSONAL_FIELDS = {"contact_name": "", "contact_role": "", "contact_email": "", "contact_phone": "",
                   "client_hash": ""}


class RateLimited(Exception):
    """Too many requests from one address within the hour."""


# -- the rules ----------------------------------------------------------------------------------------------------

def desk_rules(desk: Desk) -> screening.Rules:
    themes = list(desk.themes.all())
    return screening.Rules(
        desk_department=desk.department_id,
        min_lead_days=desk.min_lead_days,
        min_size=desk.min_size,
        max_size=desk.max_size,
        accepted_levels=frozenset(desk.accepted_levels or ()),
        offered_themes=frozenset(t.pk for t in themes if t.offered),
        theme_departments={t.pk: t.department_id for t in themes if t.department_id},
        capacities={c.department_id: screening.Capacity(c.per_week, c.per_month) for c in desk.capacities.all()},
        blackouts=tuple(screening.Blackout(b.start, b.end, b.reason) for b in desk.blackouts.all()),
        decision_countries=frozenset(c.upper() for c in desk.decision_countries or ()),
    )


def rules_snapshot(desk: Desk) -> dict[str, Any]:
    """The rules as they stand, with names, kept on each request screened by them."""
    return {
        "version": desk.version,
        "min_lead_days": desk.min_lead_days, "min_size": desk.min_size, "max_size": desk.max_size,
        "accepted_levels": list(desk.accepted_levels or ()),
        "decision_countries": list(desk.decision_countries or ()),
        "themes": [{"id": t.pk, "name": t.name, "offered": t.offered, "department": t.department_id}
                   for t in desk.themes.all()],
        "capacities": [{"department": c.department_id, "name": c.department.name, "per_week": c.per_week,
                        "per_month": c.per_month} for c in desk.capacities.select_related("department")],
        "blackouts": [{"start": b.start.isoformat(), "end": b.end.isoformat(), "reason": b.reason}
                      for b in desk.blackouts.all()],
        "desk_department": desk.department_id,
    }


def department_load(department_id: int, start: dt.date, end: dt.date) -> screening.Load:
    """Incoming visits the department hosts in the weeks and months around [start, end]."""
    load = screening.Load()
    visits = Visit.objects.filter(department_id=department_id, direction=Direction.INCOMING,
                                  status__in=CAPACITY_VISIT_STATUSES,
                                  start__gte=start.replace(day=1) - dt.timedelta(days=7),
                                  start__lte=end + dt.timedelta(days=38))
    for day in visits.values_list("start", flat=True):
        load.add(department_id, day)
    return load


def application_of(request: DelegationRequest) -> screening.Application:
    return screening.Application(
        received=timezone.localdate(request.submitted_at), size=request.size, level=request.level,
        country=request.country, themes=frozenset(request.themes.values_list("pk", flat=True)),
        preferred_start=request.preferred_start, preferred_end=request.preferred_end)


def suggestion_for(request: DelegationRequest, desk: Desk) -> tuple[screening.Suggestion, dict[str, Any]]:
    rules = desk_rules(desk)
    application = application_of(request)
    days = application.days()
    department = rules.host_department(application.themes)
    suggestion = screening.screen(application, rules, department_load(department, days[0], days[-1]))
    return suggestion, rules_snapshot(desk)


def _screening_fields(suggestion: screening.Suggestion, snapshot: dict[str, Any]) -> dict[str, Any]:
    return {"suggestion": suggestion.outcome, "suggestion_reasons": [r.as_json() for r in suggestion.reasons],
            "suggested_date": suggestion.date,
            "suggested_department": Department.objects.filter(pk=suggestion.department).first(),
            "screening_rules": snapshot}


def _screened_reason(suggestion: screening.Suggestion) -> str:
    failed = ", ".join(str(Rule(r).label) for r in suggestion.failed())
    text = _("Screened by the rules: %(outcome)s") % {"outcome": Outcome(suggestion.outcome).label}
    return f"{text} ({failed})" if failed else text


# -- the public form ----------------------------------------------------------------------------------------------

def client_hash(address: str) -> str:
    """The sender's address, keyed with the secret key: enough to count requests, not to tell who sent them."""
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()


def check_rate(address: str, now: dt.datetime) -> None:
    recent = DelegationRequest.objects.filter(client_hash=client_hash(address),
                                              submitted_at__gte=now - dt.timedelta(hours=1)).count()
    if recent >= settings.DELEGATION_REQUESTS_PER_HOUR:
        raise RateLimited()


def _save_request(request: DelegationRequest, acting_user: Any, reason: str) -> None:
    """Save a request being received: validated, with its history row (no user for the public form)."""
    request.full_clean()
    request._history_user = acting_user
    request._change_reason = reason
    request.save()


def _receive(*, desk: Desk, request: DelegationRequest, themes: Iterable[Any],
             attachments: Iterable[tuple[Any, str]], acting_user: Any, reason: str) -> DelegationRequest:
    """A new request, however it came: stored in the desk's department, its themes and files kept, then screened by
    the desk's rules. Two history rows: received, screened."""
    request.department_id = desk.department_id
    request.status = Status.REQUESTED
    _save_request(request, acting_user, reason)
    request.themes.set([t for t in themes if t.desk_id == desk.pk])
    for upload, mime in attachments:
        upload.seek(0)
        attachment = RequestAttachment(request=request, name=upload.name[:200], size=upload.size, content_type=mime)
        attachment.file.save(upload.name, ContentFile(upload.read()), save=False)
        attachment.save()
    suggestion, snapshot = suggestion_for(request, desk)
    for name, value in _screening_fields(suggestion, snapshot).items():
        setattr(request, name, value)
    request.status = Status.SCREENED
    request.version += 1
    _save_request(request, acting_user, _screened_reason(suggestion))
    return request


def delegation_request_submit(*, desk: Desk, data: dict[str, Any], themes: Iterable[Any],
                              attachments: Iterable[tuple[Any, str]], client_address: str, language: str,
                              now: dt.datetime | None = None) -> DelegationRequest:
    """A request from the public form: stored, screened by the desk's rules, its files kept privately."""
    now = now or timezone.now()
    with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):  # history is read by the staff
        check_rate(client_address, now)
        request = DelegationRequest(**data, channel=Channel.FORM, language=language, submitted_at=now,
                                    consent_at=now, client_hash=client_hash(client_address))
        return _receive(desk=desk, request=request, themes=themes, attachments=attachments, acting_user=None,
                        reason=_("Received on the public request form"))


def delegation_request_enter(*, desk: Desk, data: dict[str, Any], themes: Iterable[Any],
                             attachments: Iterable[tuple[Any, str]], acting_user: Any) -> DelegationRequest:
    """A request that reached the staff by e-mail, telephone, letter or in person, entered on the delegation's
    behalf (`data` names its channel and when it was received); screened like one from the public form."""
    if not may_enter_requests(acting_user, desk):
        raise PermissionDenied(_("Only the municipality's coordinators and the desk department's editors enter "
                                 "requests."))
    if data.get("channel") not in STAFF_CHANNELS:
        raise ValidationError({"channel": _("Choose how the request was received.")})
    with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
        request = DelegationRequest(**data, entered_by=acting_user)
        return _receive(desk=desk, request=request, themes=themes, attachments=attachments, acting_user=acting_user,
                        reason=request.source_text())


def delegation_request_screen(*, request: DelegationRequest, expected_version: int,
                              acting_user: Any) -> DelegationRequest:
    """Screen a request again by the rules as they stand now (a coordinator changed them)."""
    desk = Desk.objects.get(municipality_id=request.department.municipality_id)
    suggestion, snapshot = suggestion_for(request, desk)
    data = _screening_fields(suggestion, snapshot)
    if request.status == Status.REQUESTED:
        data["status"] = Status.SCREENED
    return record_update(record=request, data=data, expected_version=expected_version, acting_user=acting_user,
                         reason=_screened_reason(suggestion))


# -- decisions ----------------------------------------------------------------------------------------------------

def _visit_for(request: DelegationRequest, department: Department, start: dt.date, end: dt.date | None,
               acting_user: Any) -> Visit:
    """The register's visit for an accepted request: counted on the dashboard and in the reports."""
    city = None
    if request.city_name:
        try:
            city = city_get_or_create(request.city_name, request.country)
        except CityNotFound:
            city = None
    organisation = Organisation.objects.filter(name__iexact=request.organisation_name).first()
    if organisation is None:
        organisation = Organisation(name=request.organisation_name, kind=request.organisation_kind,
                                    country=request.country)
        organisation._history_user = acting_user
        organisation.save()
    themes = ", ".join(t.name for t in request.themes.all())
    return record_create(model=Visit, acting_user=acting_user, reason=_("Accepted delegation request %(number)s")
                         % {"number": request.number}, data={
        "department": department, "direction": Direction.INCOMING, "start": start, "end": end, "city": city,
        "organisation": organisation, "size": request.size, "theme": themes[:200] or request.wishes[:200],
        "status": VisitStatus.CONFIRMED,
        "notes": _("From delegation request %(number)s.") % {"number": request.number}})


def delegation_request_decide(*, request: DelegationRequest, outcome: str, expected_version: int, acting_user: Any,
                              department: Department | None = None, host: Any = None,
                              visit_start: dt.date | None = None, visit_end: dt.date | None = None,
                              decline_reason: str = "", note: str = "") -> DelegationRequest:
    """Accept (a visit is registered), decline (a letter is drafted) or refer to a department."""
    if not may_handle(acting_user, request):
        raise PermissionDenied(_("You may not decide on this request."))
    with transaction.atomic():
        request = DelegationRequest.objects.select_for_update().get(pk=request.pk)
        decided = {"decision": outcome, "decision_note": note, "decided_at": timezone.now(),
                   "decided_by": acting_user}
        if outcome == Outcome.ACCEPT:
            data = _accept(request, department or request.department, host, visit_start, visit_end, acting_user)
            reason = _("Accepted")
        elif outcome == Outcome.DECLINE:
            data = _decline(request, decline_reason, acting_user)
            reason = _("Declined: %(reason)s") % {"reason": Rule(data["decline_reason"]).label}
        elif outcome == Outcome.REFER:
            if request.status not in OPEN_STATUSES:
                raise ValidationError(_("Only a request waiting for a decision can be referred."))
            if department is None:
                raise ValidationError({"department": _("Choose the department to refer the request to.")})
            data = {"status": Status.REFERRED, "department": department}
            reason = _("Referred to %(department)s") % {"department": department}
        else:
            raise ValidationError(_("Choose accept, decline or refer."))
        request = record_update(record=request, data={**decided, **data}, expected_version=expected_version,
                                acting_user=acting_user, reason=reason)
        if outcome in (Outcome.ACCEPT, Outcome.DECLINE):
            letter_draft(request=request, kind=LetterKind.ACCEPT if outcome == Outcome.ACCEPT else LetterKind.DECLINE,
                         acting_user=acting_user)
    return request


def _accept(request: DelegationRequest, department: Department, host: Any, start: dt.date | None,
            end: dt.date | None, acting_user: Any) -> dict[str, Any]:
    if request.status not in OPEN_STATUSES:
        raise ValidationError(_("This request has been decided already."))
    start = start or request.suggested_date
    if start is None:
        raise ValidationError({"visit_start": _("Give the date of the visit.")})
    visit = _visit_for(request, department, start, end, acting_user)
    return {"status": Status.ACCEPTED, "department": department, "host": host, "visit": visit,
            "decline_reason": ""}


def _decline(request: DelegationRequest, reason: str, acting_user: Any) -> dict[str, Any]:
    if request.status not in (*OPEN_STATUSES, Status.ACCEPTED, Status.PLANNED):
        raise ValidationError(_("A visit that was held cannot be declined."))
    failed = [r["rule"] for r in request.suggestion_reasons if r.get("ok") is False]
    reason = reason or (failed[0] if failed else Rule.OTHER)
    if request.visit_id:  # declined after all: the planned visit will not take place
        _cancel_visit(request, acting_user, _("The delegation request was declined"))
        _drop_unsent(request, LetterKind.ACCEPT, acting_user)
    return {"status": Status.DECLINED, "decline_reason": reason}


def _drop_unsent(request: DelegationRequest, kind: str, acting_user: Any) -> None:
    """An unsent draft that no longer holds (a welcome for a visit called off) is deleted, so nobody sends it;
    its history keeps it."""
    for letter in request.letters.filter(kind=kind, sent_at__isnull=True):
        letter._history_user = acting_user
        letter.delete()


def _cancel_visit(request: DelegationRequest, acting_user: Any, reason: str) -> None:
    """The register's visit will not take place: cancelled, with its own history row (it frees the capacity)."""
    visit = request.visit
    if visit.status != VisitStatus.CANCELLED:
        record_update(record=visit, data={"status": VisitStatus.CANCELLED}, expected_version=visit.version,
                      acting_user=acting_user, reason=reason)


def delegation_request_cancel(*, request: DelegationRequest, reason: str, expected_version: int, acting_user: Any,
                              note: str = "", letter: bool = True) -> DelegationRequest:
    """An accepted visit will not take place after all: the request and its register visit are cancelled (each
    with history) and, when `letter`, a letter to the delegation is drafted in the request's language."""
    if not may_handle(acting_user, request):
        raise PermissionDenied(_("You may not cancel this visit."))
    if reason not in CancelReason.values:
        raise ValidationError({"reason": _("Choose why the visit is cancelled.")})
    with transaction.atomic():
        request = DelegationRequest.objects.select_for_update(of=("self",)).select_related("visit").get(pk=request.pk)
        if request.status not in COMING_STATUSES:
            raise ValidationError(_("Only an accepted visit that has not taken place can be cancelled."))
        why = _("Visit cancelled: %(reason)s") % {"reason": CancelReason(reason).label}
        if request.visit_id:
            _cancel_visit(request, acting_user, _("%(reason)s (delegation request %(number)s)")
                          % {"reason": why, "number": request.number})
        _drop_unsent(request, LetterKind.ACCEPT, acting_user)
        request = record_update(record=request, data={
            "status": Status.CANCELLED, "cancel_reason": reason, "cancel_note": note, "cancelled_at": timezone.now(),
            "cancelled_by": acting_user}, expected_version=expected_version, acting_user=acting_user, reason=why)
        if letter:
            letter_draft(request=request, kind=LetterKind.CANCEL, acting_user=acting_user)
    return request


def _step(request: DelegationRequest, allowed: tuple[str, ...], data: dict[str, Any], expected_version: int,
          acting_user: Any, reason: str) -> DelegationRequest:
    if request.status not in allowed:
        raise ValidationError(_("This cannot be done while the request is “%(status)s”.")
                              % {"status": request.get_status_display()})
    return record_update(record=request, data=data, expected_version=expected_version, acting_user=acting_user,
                         reason=reason)


def delegation_request_plan(*, request: DelegationRequest, expected_version: int,
                            acting_user: Any) -> DelegationRequest:
    """The programme is agreed: the hosts can print it and put it in their calendars."""
    if not request.agenda.exists():
        raise ValidationError(_("Add the programme's items first."))
    return _step(request, (Status.ACCEPTED,), {"status": Status.PLANNED}, expected_version, acting_user,
                 _("Programme planned"))


def delegation_request_host(*, request: DelegationRequest, host: Any, expected_version: int,
                            acting_user: Any) -> DelegationRequest:
    """Name (or change) the person who receives the delegation, until the visit has taken place."""
    reason = _("Host: %(host)s") % {"host": host} if host else _("No host named")
    return _step(request, COMING_STATUSES, {"host": host}, expected_version, acting_user, reason)


def delegation_request_hold(*, request: DelegationRequest, participants: int, expected_version: int,
                            acting_user: Any) -> DelegationRequest:
    """The visit took place, with this many participants; the register's visit says held."""
    with transaction.atomic():
        visit = request.visit
        if visit is None:
            raise ValidationError(_("The request has no visit."))
        if visit.start > timezone.localdate():
            raise ValidationError(_("The visit is on %(date)s; it can be marked as held from that day.")
                                  % {"date": long_date(visit.start)})
        record_update(record=visit, data={"status": VisitStatus.HELD, "size": participants},
                      expected_version=visit.version, acting_user=acting_user, reason=_("Visit held"))
        return _step(request, (Status.ACCEPTED, Status.PLANNED), {"status": Status.HELD,
                                                                  "participants": participants},
                     expected_version, acting_user, _("Visit held"))


def delegation_request_follow_up(*, request: DelegationRequest, note: str, expected_version: int, acting_user: Any,
                                 partner: Any = None, project: Any = None, event: Any = None) -> DelegationRequest:
    """What the visit led to: a note, and the partner agreement, project or event it brought."""
    return _step(request, (Status.HELD, Status.FOLLOWED_UP),
                 {"status": Status.FOLLOWED_UP, "follow_up": note, "led_to_partner": partner,
                  "led_to_project": project, "led_to_event": event}, expected_version, acting_user,
                 _("Followed up"))


# -- the programme ------------------------------------------------------------------------------------------------

def agenda_item_save(*, request: DelegationRequest, data: dict[str, Any], acting_user: Any,
                     item: AgendaItem | None = None) -> AgendaItem:
    if not may_handle(acting_user, request):
        raise PermissionDenied(_("You may not change this programme."))
    if request.status not in (Status.ACCEPTED, Status.PLANNED, Status.HELD):
        raise ValidationError(_("A programme is planned for an accepted request."))
    with transaction.atomic():
        item = item or AgendaItem(request=request)
        for name, value in data.items():
            setattr(item, name, value)
        item.full_clean()
        item._history_user = acting_user
        item.save()
    return item


def agenda_item_delete(*, item: AgendaItem, acting_user: Any) -> None:
    if not may_handle(acting_user, item.request):
        raise PermissionDenied(_("You may not change this programme."))
    with transaction.atomic():
        item._history_user = acting_user
        if item.presentation:
            item.presentation.delete(save=False)
        item.delete()


# -- letters ------------------------------------------------------------------------------------------------------

def letter_text(request: DelegationRequest, kind: str) -> tuple[str, str]:
    """Subject and text of a letter, in the request's language."""
    desk = Desk.objects.select_related("municipality").get(municipality_id=request.department.municipality_id)
    with translation.override(request.language):
        context = {"request": request, "desk": desk, "municipality": desk.municipality.name, "host": request.host,
                   "received_day": long_date(timezone.localdate(request.submitted_at)),
                   "visit_day": long_date(request.visit.start) if request.visit_id else "",
                   "reason_text": decline_sentence(request) if kind == LetterKind.DECLINE else "",
                   "delegation_cancelled": request.cancel_reason == CancelReason.DELEGATION,
                   "cancel_text": cancel_sentence(request) if kind == LetterKind.CANCEL else ""}
        subject = render_to_string(f"delegation/letters/{kind}_subject.txt", context).strip()
        body = render_to_string(f"delegation/letters/{kind}.txt", context).strip() + "\n"
    return subject, body


def long_date(day: dt.date) -> str:
    """'24. november 2026' or '24 November 2026', in the active language."""
    return format_date(day, format="long", locale=babel_locale())


def decline_sentence(request: DelegationRequest) -> str:
    """Why, in a sentence a delegation can read: from the reason chosen and the rules the request was screened by."""
    rules = request.screening_rules or {}
    reason = request.decline_reason
    if reason == Rule.LEAD_TIME:
        return ngettext("We need at least %(days)s day's notice to prepare a good visit, and the dates you propose "
                        "are too close.", "We need at least %(days)s days' notice to prepare a good visit, and the "
                        "dates you propose are too close.", rules.get("min_lead_days", 0)) % {
            "days": rules.get("min_lead_days", 0)}
    if reason == Rule.SIZE:
        if rules.get("max_size"):
            return _("We can receive groups of %(min)s to %(max)s people.") % {"min": rules.get("min_size", 1),
                                                                                "max": rules["max_size"]}
        return _("We can receive groups of at least %(min)s people.") % {"min": rules.get("min_size", 1)}
    sentences = {
        Rule.LEVEL: _("At present we receive delegations of other kinds than yours."),
        Rule.THEME: _("We do not offer visits on the themes you asked about at present."),
        Rule.BLACKOUT: _("The municipality does not receive delegations in the period you propose."),
        Rule.CAPACITY: _("Our programme of visits is fully booked in the period you propose."),
    }
    return str(sentences.get(reason, ""))


def cancel_sentence(request: DelegationRequest) -> str:
    """Why the municipality cancels, in a sentence a delegation can read (none when the delegation cancelled)."""
    sentences = {
        CancelReason.HOST: _("Unfortunately we are no longer able to receive your delegation on that day."),
        CancelReason.CIRCUMSTANCES: _("Circumstances outside our control prevent the visit from taking place."),
    }
    return str(sentences.get(request.cancel_reason, ""))


def letter_draft(*, request: DelegationRequest, kind: str, acting_user: Any) -> Letter:
    """A letter ready to edit, replacing an unsent draft of the same kind."""
    with transaction.atomic():
        request.letters.filter(kind=kind, sent_at__isnull=True).delete()
        subject, body = letter_text(request, kind)
        letter = Letter(request=request, kind=kind, language=request.language, recipient=request.contact_email,
                        subject=subject, body=body)
        letter._history_user = acting_user
        letter.save()
    return letter


def letter_send(*, letter: Letter, subject: str, body: str, recipient: str, acting_user: Any) -> Letter:
    """Send the edited letter by e-mail (Django's e-mail backend) and keep it as sent."""
    if not may_handle(acting_user, letter.request):
        raise PermissionDenied(_("You may not write to this delegation."))
    with transaction.atomic():
        letter = Letter.objects.select_for_update(of=("self",)).select_related("request__department").get(pk=letter.pk)
        if letter.sent_at is not None:
            raise ValidationError(_("This letter was sent already."))
        if not recipient:
            raise ValidationError({"recipient": _("The letter needs an e-mail address to go to.")})
        desk = Desk.objects.get(municipality_id=letter.request.department.municipality_id)
        sender = desk.email or settings.DEFAULT_FROM_EMAIL
        EmailMessage(subject=subject, body=body, from_email=sender, to=[recipient],
                     reply_to=[desk.email] if desk.email else None).send()
        letter.subject, letter.body, letter.recipient = subject, body, recipient
        letter.sent_at, letter.sent_by = timezone.now(), acting_user
        letter.full_clean()
        letter._history_user = acting_user
        letter._change_reason = _("Sent")
        letter.save()
    return letter


# -- the rules ----------------------------------------------------------------------------------------------------

def desk_open(*, department: Department, acting_user: Any) -> Desk:
    """The municipality's delegation desk, receiving requests in `department`, with lenient first rules."""
    if not is_coordinator(acting_user):
        raise PermissionDenied(_("Only the municipality's coordinators open the delegation desk."))
    return record_create(model=Desk, acting_user=acting_user, reason=_("Delegation desk opened"),
                         data={"municipality": department.municipality, "department": department})


def desk_rules_save(*, desk: Desk, data: dict[str, Any], lists: Iterable[Any], expected_version: int,
                    acting_user: Any) -> Desk:
    """The desk's settings and rules, with its lists (themes, capacities, closed periods: Django formsets)."""
    if not may_keep_rules(acting_user, desk):
        raise PermissionDenied(_("Only the municipality's coordinators keep the delegation desk's rules."))
    with transaction.atomic():
        desk = record_update(record=desk, data=data, expected_version=expected_version, acting_user=acting_user,
                             reason=_("Rules changed"))
        for formset in lists:
            for form in formset.deleted_forms:
                if form.instance.pk:
                    form.instance._history_user = acting_user
                    form.instance.delete()
            for form in formset.forms:
                if form in formset.deleted_forms or not form.has_changed():
                    continue
                item = form.save(commit=False)
                item.desk = desk
                item._history_user = acting_user
                item.full_clean()
                item.save()
    return desk


# -- personal data ------------------------------------------------------------------------------------------------

def personal_data_erase(*, now: dt.datetime | None = None) -> int:
    """Delete the contact's personal data of every request older than its desk's retention period: on the
    request, in its history, its files and its letters. Returns how many requests were cleared."""
    now = now or timezone.now()
    cleared = 0
    for desk in Desk.objects.all():
        due = DelegationRequest.objects.filter(
            department__municipality_id=desk.municipality_id, erased_at__isnull=True,
            submitted_at__lt=now - dt.timedelta(days=desk.retention_days))
        for pk in due.values_list("pk", flat=True):
            _erase(pk, now)
            cleared += 1
    return cleared


def _erase(pk: int, now: dt.datetime) -> None:
    with transaction.atomic():
        request = DelegationRequest.objects.select_for_update().get(pk=pk)
        for attachment in request.attachments.all():
            attachment.file.delete(save=False)
            attachment.delete()
        request.letters.filter(sent_at__isnull=True).delete()
        request.letters.update(recipient="", body="")
        Letter.history.filter(request_id=pk).update(recipient="", body="")
        DelegationRequest.history.filter(id=pk).update(**PERSONAL_FIELDS)
        for name, value in PERSONAL_FIELDS.items():
            setattr(request, name, value)
        request.erased_at = now
        request.version += 1
        request._history_user = None
        request._change_reason = _("Personal data deleted after the retention period")
        request.save()

