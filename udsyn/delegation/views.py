"""The desk's pages for staff: the queue, a request with its screening, decision, programme, letters and
follow-up, and the rules. Every request comes from scope.visible_requests (another municipality's is a 404)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q, QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from udsyn.core.forms import country_choices
from udsyn.core.generic import Column, RecordDetailView, RecordListView
from udsyn.core.limits import year_param
from udsyn.core.registry import visible_to
from udsyn.core.services import EditConflict
from udsyn.organisations.models import Department

from . import services
from .filters import DelegationRequestFilterSet
from .forms import (
    AgendaItemForm,
    CancelForm,
    DecisionForm,
    DeskForm,
    FollowUpForm,
    HeldForm,
    HostForm,
    LetterForm,
    StaffRequestForm,
    desk_formsets,
)
from .models import (
    COMING_STATUSES,
    OPEN_STATUSES,
    AgendaItem,
    Channel,
    DelegationRequest,
    Letter,
    Level,
    Outcome,
    RequestAttachment,
    Status,
)
from .scope import (
    is_coordinator,
    may_enter_requests,
    may_handle,
    may_keep_rules,
    visible_desks,
    visible_requests,
)
from .screening import reason_text


def _request_for(user: Any, pk: int) -> DelegationRequest:
    return get_object_or_404(visible_requests(user).select_related("department__municipality", "visit"), pk=pk)


class RequestList(RecordListView):
    model = DelegationRequest
    filterset_class = DelegationRequestFilterSet
    select_related = ("department",)
    columns = [
        Column("organisation_name", link=True),
        Column("country"),
        Column("level"),
        Column("size"),
        Column("preferred_start"),
        Column("received_on", label=_lazy("Received"), order_by="submitted_at"),
        Column("suggestion"),
        Column("status"),
        Column("department", order_by="department__name"),
    ]

    def get_queryset(self) -> QuerySet:
        return visible_requests(self.request.user).select_related(*self.select_related)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        desks = list(visible_desks(self.request.user))
        user = self.request.user
        context.update(title=_("Delegation desk"), desks=desks, add_url=None,
                       keeps_rules=[d for d in desks if may_keep_rules(user, d)],
                       enters_for=[d for d in desks if may_enter_requests(user, d)],
                       may_open_desk=is_coordinator(user) and user.department_id is not None
                       and not any(d.municipality_id == user.municipality_id for d in desks))
        return context


def _names(request: DelegationRequest) -> dict[str, dict]:
    """What the stored reasons' ids and codes are called, for reason_text."""
    rules = request.screening_rules or {}
    theme_names = {t["id"]: t["name"] for t in rules.get("themes", [])}
    departments = dict(Department.objects.filter(municipality_id=request.department.municipality_id)
                       .values_list("pk", "name"))
    return {"themes": theme_names, "departments": departments, "levels": dict(Level.choices),
            "countries": dict(country_choices())}


def request_context(http_request: HttpRequest, record: DelegationRequest, **forms: Any) -> dict[str, Any]:
    """What the request page shows besides its fields: the suggestion, and the forms of the next steps."""
    user = http_request.user
    handles = may_handle(user, record)
    names = _names(record)
    context: dict[str, Any] = {
        "reasons": [{"ok": r.get("ok"), "rule": r["rule"], "text": reason_text(r, names)}
                    for r in record.suggestion_reasons],
        "handles": handles, "is_open": record.status in OPEN_STATUSES,
        "agenda": list(record.agenda.select_related("host")),
        "letters": list(record.letters.all()),
        "attachments": list(record.attachments.all()),
        "themes": [t.label(get_language() or "da") for t in record.themes.all()],  # in the reader's language
        "statuses": Status, "coming_statuses": COMING_STATUSES,
    }
    if handles:
        if record.status in OPEN_STATUSES:
            context["decision_form"] = forms.get("decision_form") or DecisionForm(request=record)
        if record.status in (Status.ACCEPTED, Status.PLANNED, Status.HELD):
            context["agenda_form"] = forms.get("agenda_form") or AgendaItemForm(request=record)
        if record.status in COMING_STATUSES:
            context["cancel_form"] = forms.get("cancel_form") or CancelForm(initial={"version": record.version})
            context["host_form"] = forms.get("host_form") or HostForm(request=record)
            # Marked held from the visit's day on (the service refuses earlier): no form to fill in before.
            if record.visit_id and record.visit.start <= timezone.localdate():
                context["held_form"] = forms.get("held_form") or HeldForm(
                    initial={"version": record.version, "participants": record.size})
        if record.status in (Status.HELD, Status.FOLLOWED_UP):
            context["follow_up_form"] = forms.get("follow_up_form") or FollowUpForm(request=record)
        context["letter_forms"] = {letter.pk: forms.get(f"letter_form_{letter.pk}") or LetterForm(instance=letter)
                                   for letter in context["letters"] if letter.sent_at is None}
    return context


class RequestDetail(RecordDetailView):
    model = DelegationRequest
    fields = ["organisation_name", "organisation_kind", "country", "city_name", "size", "level", "wishes",
              "preferred_start", "preferred_end", "languages", "submitted_at", "channel", "language",
              "department", "host", "visit"]

    def get_object(self) -> DelegationRequest:
        return _request_for(self.request.user, self.kwargs["pk"])

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        record = context["record"]
        context.update(request_context(self.request, record, **kwargs.get("forms", {})),
                       title=f"{record.number} {record.organisation_name}", edit_url=None, delete_url=None)
        # The stored rules and reasons are shown by the screening box; as history lines they would be raw JSON.
        bulky = {str(DelegationRequest._meta.get_field(n).verbose_name) for n in ("screening_rules",
                                                                                  "suggestion_reasons")}
        for row in context["history"]:
            row["changes"] = [c for c in row["changes"] if str(c["label"]) not in bulky]
        # A request's source is how it came: the public form, or the channel and who entered it; so are the history
        # rows written when it came (received, screened: one moment, one writer).
        context["source"] = {"kind": record.source_text()}
        for row in receiving_rows(context["history"]):
            row["source"] = context["source"]
        name_writers(record, context["history"])
        context["next_waiting"] = next_waiting(self.request.user, record)
        return context


def name_writers(record: DelegationRequest, history: list[dict[str, Any]]) -> None:
    """History rows written without a user, named for the reader: those written when a request came on the public
    form are the requester's (by the name they gave, while it is kept), later ones udsyn's own (the deletion of
    personal data after the retention period)."""
    received = {id(row) for row in receiving_rows(history)} if record.channel == Channel.FORM else set()
    for row in history:
        if row["who"] is not None or row["entry"].history_user_id is not None:
            continue  # named, or a user the reader may not see: left unnamed
        if id(row) in received:
            name = row["entry"].contact_name
            row["who_text"] = (_("%(name)s, via the public form") % {"name": name} if name
                               else _("The requester, via the public form"))
        else:
            row["who_text"] = _("udsyn, automatically")


def receiving_rows(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The history rows written when the request came (services._receive): created, then screened."""
    oldest = history[::-1]
    if not oldest or oldest[0]["entry"].history_type != "+":
        return []
    rows = oldest[:1]
    if len(oldest) > 1 and oldest[1]["entry"].status == Status.SCREENED and \
            oldest[0]["entry"].status == Status.REQUESTED:
        rows.append(oldest[1])
    return rows


def next_waiting(user: Any, record: DelegationRequest) -> DelegationRequest | None:
    """The request after this one in the user's queue (newest first) that waits for a decision; the newest waiting
    one when this was the last: a coordinator screens one after the other without going back to the list."""
    waiting = visible_requests(user).filter(status__in=OPEN_STATUSES).exclude(pk=record.pk)
    after = waiting.filter(Q(submitted_at__lt=record.submitted_at) | Q(submitted_at=record.submitted_at,
                                                                       pk__lt=record.pk))
    return after.order_by("-submitted_at", "-pk").first() or waiting.order_by("-submitted_at", "-pk").first()


def _detail(http_request: HttpRequest, record: DelegationRequest, status: int = 400, **forms: Any) -> HttpResponse:
    """The request page again, with a form that has errors (what the user typed stays in it)."""
    view = RequestDetail()
    view.setup(http_request, pk=record.pk)
    return view.render_to_response(view.get_context_data(forms=forms), status=status)


def request_action(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A POST that changes a request: the request from the user's scope, the rule checked, and the domain's
    refusals turned into messages on the request page (nothing typed is lost: forms with errors come back)."""

    @login_required
    @require_POST
    @wraps(view)
    def wrapper(http_request: HttpRequest, pk: int, *args: Any, **kwargs: Any) -> HttpResponse:
        record = _request_for(http_request.user, pk)
        if not may_handle(http_request.user, record):
            raise PermissionDenied(_("You may not change this request."))
        try:
            response = view(http_request, record, *args, **kwargs)
        except EditConflict:
            messages.error(http_request, _("Someone else changed the request meanwhile; look at it again."))
        except ValidationError as error:
            for message in error.messages:
                messages.error(http_request, message)
        else:
            if response is not None:
                return response
        return HttpResponseRedirect(reverse("delegationrequest_detail", args=[record.pk]))

    return wrapper


@request_action
def decide(http_request: HttpRequest, record: DelegationRequest) -> HttpResponse | None:
    form = DecisionForm(http_request.POST, request=record)
    if not form.is_valid():
        return _detail(http_request, record, decision_form=form)
    data = form.cleaned_data
    record = services.delegation_request_decide(
        request=record, outcome=data["outcome"], expected_version=data["version"], acting_user=http_request.user,
        department=data.get("department"), host=data.get("host"), visit_start=data.get("visit_start"),
        visit_end=data.get("visit_end"), decline_reason=data.get("decline_reason") or "", note=data.get("note", ""))
    done = {Outcome.ACCEPT: _("The request was accepted and the visit registered. Send the letter below."),
            Outcome.DECLINE: _("The request was declined. Read the letter below, change it if needed, and send it."),
            Outcome.REFER: _("The request was referred to %(department)s.") % {"department": record.department}}
    messages.success(http_request, done[data["outcome"]])
    return None


@request_action
def cancel(http_request: HttpRequest, record: DelegationRequest) -> HttpResponse | None:
    form = CancelForm(http_request.POST)
    if not form.is_valid():
        return _detail(http_request, record, cancel_form=form)
    data = form.cleaned_data
    services.delegation_request_cancel(request=record, reason=data["reason"], note=data["note"],
                                       letter=data["letter"], expected_version=data["version"],
                                       acting_user=http_request.user)
    done = _("The visit was cancelled. Read the letter below, change it if needed, and send it.") if data["letter"] \
        else _("The visit was cancelled.")
    messages.success(http_request, done)
    return None


@login_required
def enter(http_request: HttpRequest) -> HttpResponse:
    """Staff enter a request that came by e-mail, telephone, letter or in person; it is screened like one from the
    public form. Administrators choose the desk with ?desk=ID."""
    desks = [d for d in visible_desks(http_request.user) if may_enter_requests(http_request.user, d)]
    wanted = http_request.GET.get("desk", "")
    desk = next((d for d in desks if str(d.pk) == wanted), None) or next(
        (d for d in desks if d.municipality_id == http_request.user.municipality_id), None) or (
        desks[0] if desks else None)
    if desk is None:
        raise PermissionDenied(_("Only the municipality's coordinators and the desk department's editors enter "
                                 "requests."))
    form = StaffRequestForm(http_request.POST or None, http_request.FILES or None, desk=desk)
    if http_request.method == "POST" and form.is_valid():
        try:
            record = services.delegation_request_enter(
                desk=desk, data=form.request_data(), themes=form.cleaned_data["themes"],
                attachments=form.cleaned_data["attachments"], acting_user=http_request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(http_request, _("The request was registered as %(number)s and screened by the rules.")
                             % {"number": record.number})
            return HttpResponseRedirect(reverse("delegationrequest_detail", args=[record.pk]))
    return render(http_request, "delegation/request_enter.html", {
        "form": form, "desk": desk, "title": _("Register a request")}, status=400 if form.errors else 200)


@request_action
def screen_again(http_request: HttpRequest, record: DelegationRequest) -> None:
    services.delegation_request_screen(request=record, expected_version=_version(http_request),
                                       acting_user=http_request.user)
    messages.success(http_request, _("The request was screened again by the rules as they are now."))


def _version(http_request: HttpRequest) -> int:
    value = http_request.POST.get("version", "")
    if not (value.isascii() and value.isdigit()) or len(value) > 9:
        raise ValidationError(_("The form is missing the request's version; reload the page."))
    return int(value)


@request_action
def plan(http_request: HttpRequest, record: DelegationRequest) -> None:
    services.delegation_request_plan(request=record, expected_version=_version(http_request),
                                     acting_user=http_request.user)
    messages.success(http_request, _("The programme is marked as planned."))


@request_action
def hold(http_request: HttpRequest, record: DelegationRequest) -> HttpResponse | None:
    form = HeldForm(http_request.POST)
    if not form.is_valid():
        return _detail(http_request, record, held_form=form)
    services.delegation_request_hold(request=record, participants=form.cleaned_data["participants"],
                                     expected_version=form.cleaned_data["version"], acting_user=http_request.user)
    messages.success(http_request, _("The visit is registered as held."))
    return None


@request_action
def set_host(http_request: HttpRequest, record: DelegationRequest) -> HttpResponse | None:
    form = HostForm(http_request.POST, request=record)
    if not form.is_valid():
        return _detail(http_request, record, host_form=form)
    services.delegation_request_host(request=record, host=form.cleaned_data["host"],
                                     expected_version=form.cleaned_data["version"], acting_user=http_request.user)
    messages.success(http_request, _("The host was saved."))
    return None


@request_action
def follow_up(http_request: HttpRequest, record: DelegationRequest) -> HttpResponse | None:
    form = FollowUpForm(http_request.POST, request=record)
    if not form.is_valid():
        return _detail(http_request, record, follow_up_form=form)
    data = form.cleaned_data
    services.delegation_request_follow_up(request=record, note=data["note"], expected_version=data["version"],
                                          acting_user=http_request.user, partner=data["partner"],
                                          project=data["project"], event=data["event"])
    messages.success(http_request, _("The follow-up was saved."))
    return None


@request_action
def agenda_add(http_request: HttpRequest, record: DelegationRequest) -> HttpResponse | None:
    form = AgendaItemForm(http_request.POST, http_request.FILES, request=record)
    if not form.is_valid():
        return _detail(http_request, record, agenda_form=form)
    services.agenda_item_save(request=record, data=form.values(), acting_user=http_request.user)
    messages.success(http_request, _("The item was added to the programme."))
    return None


@login_required
def agenda_edit(http_request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    record = _request_for(http_request.user, pk)
    item = get_object_or_404(AgendaItem, pk=item_pk, request=record)
    if not may_handle(http_request.user, record):
        raise PermissionDenied(_("You may not change this programme."))
    form = AgendaItemForm(http_request.POST or None, http_request.FILES or None, request=record, instance=item)
    if http_request.method == "POST" and form.is_valid():
        try:
            services.agenda_item_save(request=record, item=item, data=form.values(), acting_user=http_request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(http_request, _("The programme item was saved."))
            return HttpResponseRedirect(reverse("delegationrequest_detail", args=[record.pk]) + "#programme")
    return render(http_request, "delegation/agenda_item_form.html",
                  {"form": form, "record": record, "item": item}, status=400 if form.errors else 200)


@request_action
def agenda_delete(http_request: HttpRequest, record: DelegationRequest, item_pk: int) -> None:
    item = get_object_or_404(AgendaItem, pk=item_pk, request=record)
    services.agenda_item_delete(item=item, acting_user=http_request.user)
    messages.success(http_request, _("The item was removed from the programme."))


@request_action
def letter_send(http_request: HttpRequest, record: DelegationRequest, letter_pk: int) -> HttpResponse | None:
    letter = get_object_or_404(Letter, pk=letter_pk, request=record)
    form = LetterForm(http_request.POST, instance=letter)
    if not form.is_valid():
        return _detail(http_request, record, **{f"letter_form_{letter.pk}": form})
    data = form.cleaned_data
    services.letter_send(letter=letter, subject=data["subject"], body=data["body"], recipient=data["recipient"],
                         acting_user=http_request.user)
    messages.success(http_request, _("The letter was sent to %(address)s.") % {"address": data["recipient"]})
    return None


def _file_response(field: Any, name: str) -> FileResponse:
    if not field:
        raise Http404(_("The file is gone (deleted after the retention period, or never sent)."))
    return FileResponse(field.open("rb"), as_attachment=True, filename=name)


@login_required
def attachment(http_request: HttpRequest, pk: int, attachment_pk: int) -> FileResponse:
    record = _request_for(http_request.user, pk)
    item = get_object_or_404(RequestAttachment, pk=attachment_pk, request=record)
    return _file_response(item.file, item.name)


@login_required
def presentation(http_request: HttpRequest, pk: int, item_pk: int) -> FileResponse:
    record = _request_for(http_request.user, pk)
    item = get_object_or_404(AgendaItem, pk=item_pk, request=record)
    return _file_response(item.presentation, item.presentation.name.rsplit("/", 1)[-1] if item.presentation else "")


@login_required
def rules(http_request: HttpRequest, pk: int) -> HttpResponse:
    """The desk's settings and screening rules, with its themes, capacities and closed periods."""
    desk = get_object_or_404(visible_desks(http_request.user), pk=pk)
    if not may_keep_rules(http_request.user, desk):
        raise PermissionDenied(_("Only the municipality's coordinators keep the delegation desk's rules."))
    data = http_request.POST if http_request.method == "POST" else None
    form = DeskForm(data, instance=desk, user=http_request.user)
    lists = desk_formsets(desk, data)
    status = 200
    if data is not None:
        if form.is_valid() and all(f.is_valid() for f in lists):
            try:
                services.desk_rules_save(desk=desk, data={n: form.cleaned_data[n] for n in form._meta.fields},
                                         lists=lists, expected_version=form.cleaned_data["version"],
                                         acting_user=http_request.user)
            except EditConflict:
                form.add_error(None, _("Someone else changed the rules meanwhile. Reload the page to see them."))
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(http_request, _("The rules were saved. New requests are screened by them."))
                return HttpResponseRedirect(reverse("delegation_rules", args=[desk.pk]))
        status = 400
    form_url = http_request.build_absolute_uri(reverse("delegation_form", args=[desk.municipality.slug]))
    embed_url = http_request.build_absolute_uri(reverse("delegation_form_embed", args=[desk.municipality.slug]))
    return render(http_request, "delegation/rules.html", {
        "desk": desk, "form": form, "lists": lists, "form_url": form_url, "embed_url": embed_url,
        "title": _("Rules of the delegation desk"), "is_coordinator": is_coordinator(http_request.user),
    }, status=status)


@login_required
@require_POST
def desk_open(http_request: HttpRequest) -> HttpResponse:
    """A coordinator opens the desk of their municipality, receiving requests in their own department."""
    user = http_request.user
    if not user.department_id or visible_desks(user).filter(municipality_id=user.municipality_id).exists():
        raise PermissionDenied(_("There is a delegation desk already, or you belong to no department."))
    desk = services.desk_open(department=user.department, acting_user=user)
    messages.success(http_request, _("The delegation desk is open. Set its rules and themes here."))
    return HttpResponseRedirect(reverse("delegation_rules", args=[desk.pk]))


PROGRAMME_FORMATS = {
    "pdf": ("application/pdf", "pdf"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "ics": ("text/calendar; charset=utf-8", "ics"),
}


@login_required
def programme_file(http_request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The programme as PDF or Word (?lang=en for the delegation's copy), or an iCalendar file for the hosts."""
    from . import programme

    record = _request_for(http_request.user, pk)
    if fmt not in PROGRAMME_FORMATS:
        raise Http404()
    language = http_request.GET.get("lang", "")
    language = language if language in ("da", "en") else (get_language() or "da")[:2]
    content = programme.programme_of(record, language)
    if fmt == "pdf":
        body: bytes | str = programme.render_pdf(content)
    elif fmt == "docx":
        body = programme.render_docx(content)
    else:
        body = programme.render_ics(record, content, http_request.get_host().split(":")[0])
    mime, suffix = PROGRAMME_FORMATS[fmt]
    response = HttpResponse(body, content_type=mime)
    response["Content-Disposition"] = f'attachment; filename="{record.number}-programme-{language}.{suffix}"'
    return response


@login_required
def statistics_page(http_request: HttpRequest) -> HttpResponse:
    """The desk's statistics with charts and their tables, for the user's municipality (administrators choose)."""
    from udsyn.organisations.models import Municipality

    from .stats import bar_chart, delegation_statistics, years_with_requests

    user = http_request.user
    visible = list(visible_to(user, Municipality.objects.all()))
    choices = visible if len(visible) > 1 else []
    wanted = http_request.GET.get("municipality", "")
    municipality = next((m for m in visible if str(m.pk) == wanted), None) or (
        user.municipality if user.municipality_id else (visible[0] if visible else None))
    if municipality is None:
        raise Http404(_("You belong to no municipality."))
    years = years_with_requests(municipality)
    year_text = http_request.GET.get("year", "")
    year = year_param(year_text, "year")
    year = year if year in years else None
    stats = delegation_statistics(municipality, year)
    sections = [(name, _section_title(name), getattr(stats, name), bar_chart(getattr(stats, name)))
                for name in stats.BREAKDOWNS]
    return render(http_request, "delegation/statistics.html", {
        "title": _("Statistics of the delegation desk"), "stats": stats, "sections": sections, "years": years,
        "year": year, "municipality": municipality, "municipalities": choices})


def _section_title(name: str) -> str:
    return {"by_year": _("Per year"), "by_month": _("Per month"), "by_country": _("Per country"),
            "by_level": _("Per level"), "by_theme": _("Per theme"), "by_department": _("Per department")}[name]
