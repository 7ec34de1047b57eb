"""Forms of the delegation desk: the public request form, and the staff's decision, programme, letter, follow-up
and rules forms."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from udsyn.core.forms import CountryField, DateInput, RecordForm, country_choices
from udsyn.organisations.models import Department, Person
from udsyn.partners.models import Partner
from udsyn.projects.models import Project
from udsyn.strategies.models import Theme
from udsyn.visits.models import Event

from .files import ATTACHMENT_TYPES, PRESENTATION_TYPES, AttachmentsField, checked_file
from .models import (
    STAFF_CHANNELS,
    AgendaItem,
    BlackoutPeriod,
    CancelReason,
    DelegationRequest,
    DelegationTheme,
    DepartmentCapacity,
    Desk,
    Letter,
    Level,
    Outcome,
    Rule,
    Status,
)

HONEYPOT = "homepage"


class ThemeChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: DelegationTheme) -> str:
        return obj.label(get_language() or "da")


class RequestForm(forms.ModelForm):
    """What a request tells the desk, however it came: the delegation, the visit wanted and the contact."""

    attachments = AttachmentsField(
        label=_("Files"), allowed=ATTACHMENT_TYPES,
        help_text=_("Optional: a letter of introduction or a draft programme (PDF, Word, PNG or JPEG)."))

    class Meta:
        model = DelegationRequest
        fields = ["organisation_name", "organisation_kind", "country", "city_name", "size", "level", "themes",
                  "wishes", "preferred_start", "preferred_end", "languages", "contact_name", "contact_role",
                  "contact_email", "contact_phone"]
        labels = {"organisation_name": _("Organisation"), "city_name": _("City"),
                  "size": _("Number of participants"), "wishes": _("What do you hope to learn?"),
                  "preferred_start": _("Earliest date"), "preferred_end": _("Latest date"),
                  "languages": _("Languages the delegation speaks"), "contact_name": _("Name"),
                  "contact_role": _("Title"), "contact_email": _("E-mail"), "contact_phone": _("Telephone")}
        help_texts = {
            "level": _("Who the delegation mainly consists of."),
            "preferred_end": _("Give a period if you can come on several days: it helps us find a date."),
            "wishes": _("The questions you would like to discuss and what you would like to see."),
            "languages": _("For example English, German."),
        }
        widgets = {"level": forms.RadioSelect, "wishes": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, desk: Desk, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.desk = desk
        offered = desk.themes.filter(offered=True)
        self.fields["themes"] = ThemeChoice(
            queryset=offered, required=False, widget=forms.CheckboxSelectMultiple,
            label=_("Themes"), help_text=_("What the visit should be about; choose one or more."))
        language = get_language() or "da"  # in the order of the names the reader sees, not of the Danish ones
        self.fields["themes"].choices = sorted(((t.pk, t.label(language)) for t in offered), key=lambda c: c[1])
        self.fields["country"] = CountryField(label=_("Country"))
        self.fields["country"].choices = [("", _("Choose a country")), *country_choices()[1:]]
        self.fields["level"].choices = Level.choices  # a radio button for each level, none for "no level"
        self.fields["size"].min_value = 1
        self.fields["size"].widget.attrs.update({"min": 1, "max": 999})
        for name in ("preferred_start", "preferred_end"):
            self.fields[name].widget = DateInput()
        self.fields["contact_name"].required = True

    def request_data(self) -> dict[str, Any]:
        """The request's own fields (themes and files go separately to the services)."""
        return {name: self.cleaned_data[name] for name in self._meta.fields if name != "themes"}


class PublicRequestForm(RequestForm):
    """What a foreign delegation tells the desk. The contact's details are asked for with consent and deleted after
    the desk's retention period; `homepage` is a field people never see (robots fill it in)."""

    consent = forms.BooleanField(label=_("I agree"), error_messages={
        "required": _("We can only handle the request when you agree to how we keep the contact details.")})
    homepage = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args: Any, desk: Desk, **kwargs: Any):
        super().__init__(*args, desk=desk, **kwargs)
        self.fields["contact_email"].required = True
        self.fields["consent"].help_text = consent_text(desk)
        # The visitor's browser may fill in their own details (never on the staff's form: those are someone else's).
        for name, autocomplete in (("contact_name", "name"), ("contact_role", "organization-title"),
                                   ("contact_email", "email"), ("contact_phone", "tel"),
                                   ("organisation_name", "organization")):
            self.fields[name].widget.attrs["autocomplete"] = autocomplete
        honeypot = self.fields[HONEYPOT].widget
        honeypot.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def clean_preferred_start(self) -> dt.date:
        start = self.cleaned_data["preferred_start"]
        if start < timezone.localdate():
            raise forms.ValidationError(_("The date has passed; choose a date in the future."))
        return start

    def is_robot(self) -> bool:
        return bool(self.data.get(HONEYPOT, "").strip())


class StaffRequestForm(RequestForm):
    """A request that reached the staff by e-mail, telephone, letter or in person, entered on the delegation's
    behalf: how and when it came, and the language to answer in."""

    channel = forms.ChoiceField(label=_("Received by"), widget=forms.RadioSelect,
                                choices=[(c.value, c.label) for c in STAFF_CHANNELS])
    received = forms.DateField(label=_("Received on"), widget=DateInput(),
                               help_text=_("The lead time is counted from this day."))
    language = forms.ChoiceField(label=_("Language of correspondence"), choices=settings.LANGUAGES,
                                 widget=forms.RadioSelect, help_text=_("Letters to the delegation are written in it."))

    def __init__(self, *args: Any, desk: Desk, **kwargs: Any):
        kwargs.setdefault("initial", {}).update(received=timezone.localdate(), language="en")
        super().__init__(*args, desk=desk, **kwargs)
        self.fields["contact_email"].help_text = _("Needed to send the delegation letters from udsyn.")
        self.fields["wishes"].label = _("What they hope to learn")
        self.fields["wishes"].help_text = _("What the delegation would like to discuss and see, in their words.")
        self.fields["preferred_end"].help_text = _("A period, if they can come on several days.")
        self.fields["level"].help_text = _("Who the delegation mainly consists of.")

    def clean_received(self) -> dt.date:
        day = self.cleaned_data["received"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The request cannot have been received in the future."))
        return day

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        received, start = data.get("received"), data.get("preferred_start")
        if received and start and start < received:
            self.add_error("preferred_start", _("The visit cannot be wanted before the request was received."))
        return data

    def request_data(self) -> dict[str, Any]:
        """The request's fields with its channel, language and the moment it was received (now when today)."""
        day = self.cleaned_data["received"]
        received = timezone.now() if day == timezone.localdate() else dt.datetime.combine(
            day, dt.time(12), tzinfo=timezone.get_current_timezone())
        return {**super().request_data(), "channel": self.cleaned_data["channel"],
                "language": self.cleaned_data["language"], "submitted_at": received}


def consent_text(desk: Desk) -> str:
    days = desk.retention_days
    return ngettext(
        "%(municipality)s keeps the contact details you give (name, title, e-mail, telephone) and the files you "
        "send in order to handle this request, and deletes them %(days)s day after the request. The rest of the "
        "request is kept without them, for the municipality's statistics.",
        "%(municipality)s keeps the contact details you give (name, title, e-mail, telephone) and the files you "
        "send in order to handle this request, and deletes them %(days)s days after the request. The rest of the "
        "request is kept without them, for the municipality's statistics.", days) % {
        "municipality": desk.municipality.name, "days": days}


# -- staff forms --------------------------------------------------------------------------------------------------

class VersionedForm(forms.Form):
    """A form changing a request: it carries the version the user saw."""

    version = forms.IntegerField(widget=forms.HiddenInput)


def municipality_departments(request: DelegationRequest):
    return Department.objects.filter(municipality_id=request.department.municipality_id)


def suggested_outcome(request: DelegationRequest) -> str:
    """The decision the form starts with: the screening's suggestion, except that a request referred already is
    the host department's to accept (or decline)."""
    if request.suggestion == Outcome.DECLINE:
        return Outcome.DECLINE
    if request.suggestion == Outcome.REFER and request.status != Status.REFERRED:
        return Outcome.REFER
    return Outcome.ACCEPT


DECISION_FIELDS = {"department": (Outcome.ACCEPT, Outcome.REFER), "host": (Outcome.ACCEPT,),
                   "visit_start": (Outcome.ACCEPT,), "visit_end": (Outcome.ACCEPT,),
                   "decline_reason": (Outcome.DECLINE,)}


class DecisionForm(VersionedForm):
    outcome = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect,
                                choices=[(Outcome.ACCEPT, _("Accept")), (Outcome.DECLINE, _("Decline")),
                                         (Outcome.REFER, _("Refer to a department"))])
    department = forms.ModelChoiceField(label=_("Host department"), queryset=Department.objects.none(),
                                        required=False, help_text=_("For accepting and referring."))
    host = forms.ModelChoiceField(label=_("Host"), queryset=Person.objects.none(), required=False,
                                  help_text=_("The person who receives the delegation (for accepting)."))
    visit_start = forms.DateField(label=_("Date of the visit"), required=False, widget=DateInput())
    visit_end = forms.DateField(label=_("Last day"), required=False, widget=DateInput(),
                                help_text=_("Only for a visit of several days."))
    decline_reason = forms.ChoiceField(label=_("Reason for declining"), required=False,
                                       choices=[("", _("The rule that failed")), *Rule.choices])
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, request: DelegationRequest, **kwargs: Any):
        initial = {"version": request.version, "department": request.suggested_department_id or
                   request.department_id, "visit_start": request.suggested_date,
                   "outcome": suggested_outcome(request)}
        super().__init__(*args, initial={**initial, **kwargs.pop("initial", {})}, **kwargs)
        self.fields["department"].queryset = municipality_departments(request)
        self.fields["host"].queryset = Person.objects.filter(
            department__municipality_id=request.department.municipality_id).select_related("department")
        # Which outcome each field is for: static/delegation/decision.js shows only those of the chosen outcome.
        for name, outcomes in DECISION_FIELDS.items():
            self.fields[name].widget.attrs["data-outcomes"] = " ".join(outcomes)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        outcome = data.get("outcome")
        if outcome == Outcome.REFER and not data.get("department"):
            self.add_error("department", _("Choose the department to refer the request to."))
        if outcome == Outcome.ACCEPT and not data.get("visit_start"):
            self.add_error("visit_start", _("Give the date of the visit."))
        start, end = data.get("visit_start"), data.get("visit_end")
        if start and end and end < start:
            self.add_error("visit_end", _("The end date cannot be before the start date."))
        return data


def next_slot(request: DelegationRequest) -> dict[str, Any]:
    """Where the next programme item most likely goes: right after the last one, for an hour; the visit's first day
    when there is none yet."""
    last = request.agenda.order_by("-ends_at").first()
    if last is None:
        return {"day": request.visit.start} if request.visit_id else {}
    ends = timezone.localtime(last.ends_at)
    until = min(ends + dt.timedelta(hours=1), ends.replace(hour=23, minute=59))
    return {"day": ends.date(), "start": ends.time(), "end": until.time()}


class HostForm(VersionedForm):
    host = forms.ModelChoiceField(label=_("Host"), queryset=Person.objects.none(), required=False,
                                  help_text=_("The person who receives the delegation."))

    def __init__(self, *args: Any, request: DelegationRequest, **kwargs: Any):
        kwargs.setdefault("auto_id", "host-form-%s")  # the programme item form beside it has a host field too
        super().__init__(*args, initial={"version": request.version, "host": request.host_id}, **kwargs)
        self.fields["host"].queryset = Person.objects.filter(
            department__municipality_id=request.department.municipality_id).select_related("department")


class AgendaItemForm(forms.ModelForm):
    """A programme item: a day, a start and an end time, where, who and what."""

    day = forms.DateField(label=_("Day"), widget=DateInput())
    start = forms.TimeField(label=_("From"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    end = forms.TimeField(label=_("Until"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))

    class Meta:
        model = AgendaItem
        fields = ["topic", "place", "host", "notes", "presentation"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 2})}

    field_order = ["day", "start", "end", "topic", "place", "host", "notes", "presentation"]

    def __init__(self, *args: Any, request: DelegationRequest, **kwargs: Any):
        instance = kwargs.get("instance")
        initial = kwargs.setdefault("initial", {})
        if instance is not None and instance.pk:
            starts, ends = timezone.localtime(instance.starts_at), timezone.localtime(instance.ends_at)
            initial.update(day=starts.date(), start=starts.time(), end=ends.time())
        else:
            initial.update(next_slot(request), host=request.host_id)
        super().__init__(*args, **kwargs)
        self.fields["host"].queryset = Person.objects.filter(
            department__municipality_id=request.department.municipality_id)
        self.fields["presentation"].help_text = _("PDF, PowerPoint (PPTX) or Word (DOCX).")

    def when(self) -> list[forms.BoundField]:
        return [self["day"], self["start"], self["end"]]

    def details(self) -> list[forms.BoundField]:
        return [self[name] for name in self.fields if name not in ("day", "start", "end")]

    def clean_presentation(self) -> Any:
        upload = self.cleaned_data.get("presentation")
        if upload and hasattr(upload, "content_type"):  # a new file, not the one already stored
            checked_file(upload, PRESENTATION_TYPES)
        return upload

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        day, start, end = data.get("day"), data.get("start"), data.get("end")
        if day and start and end:
            if end <= start:
                self.add_error("end", _("The item must end after it starts."))
            zone = timezone.get_current_timezone()
            data["starts_at"] = dt.datetime.combine(day, start, tzinfo=zone)
            data["ends_at"] = dt.datetime.combine(day, end, tzinfo=zone)
        return data

    def values(self) -> dict[str, Any]:
        names = ["topic", "place", "host", "notes", "starts_at", "ends_at"]
        values = {n: self.cleaned_data[n] for n in names}
        if self.cleaned_data.get("presentation") is False:  # "clear" ticked
            values["presentation"] = None
        elif self.cleaned_data.get("presentation"):
            values["presentation"] = self.cleaned_data["presentation"]
        return values


class LetterForm(forms.ModelForm):
    class Meta:
        model = Letter
        fields = ["recipient", "subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 14})}

    def __init__(self, *args: Any, **kwargs: Any):
        instance = kwargs.get("instance")
        if instance is not None:  # a page may hold several unsent letters: each its own ids
            kwargs.setdefault("auto_id", f"letter-{instance.pk}-%s")
        super().__init__(*args, **kwargs)
        self.fields["body"].required = True


class CancelForm(VersionedForm):
    reason = forms.ChoiceField(label=_("Why is the visit cancelled?"), choices=CancelReason.choices,
                               widget=forms.RadioSelect)
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
                           help_text=_("For the register; the delegation does not see it."))
    letter = forms.BooleanField(label=_("Write a letter to the delegation"), required=False, initial=True,
                                help_text=_("A draft in the request's language, to read and send below."))


class HeldForm(VersionedForm):
    participants = forms.IntegerField(label=_("Participants who came"), min_value=0, max_value=9999)


class FollowUpForm(VersionedForm):
    note = forms.CharField(label=_("Follow-up"), widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=_("What came of the visit, and what was agreed."))
    partner = forms.ModelChoiceField(label=_("Led to partner agreement"), queryset=Partner.objects.none(),
                                     required=False)
    project = forms.ModelChoiceField(label=_("Led to project"), queryset=Project.objects.none(), required=False)
    event = forms.ModelChoiceField(label=_("Led to event"), queryset=Event.objects.none(), required=False)

    def __init__(self, *args: Any, request: DelegationRequest, **kwargs: Any):
        initial = {"version": request.version, "note": request.follow_up, "partner": request.led_to_partner_id,
                   "project": request.led_to_project_id, "event": request.led_to_event_id}
        super().__init__(*args, initial=initial, **kwargs)
        same = {"department__municipality_id": request.department.municipality_id}
        self.fields["partner"].queryset = Partner.objects.filter(**same).select_related("city", "institution")
        self.fields["project"].queryset = Project.objects.filter(**same)
        self.fields["event"].queryset = Event.objects.filter(**same)


# -- the rules ----------------------------------------------------------------------------------------------------

class DeskForm(RecordForm):
    accepted_levels = forms.MultipleChoiceField(
        label=_("Accepted levels"), choices=Level.choices, required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("Delegations of the levels not ticked are suggested declined. Tick none to receive all."))
    decision_countries = forms.MultipleChoiceField(
        label=_("Countries that need a management decision"), required=False,
        help_text=_("Hold Ctrl (⌘ on a Mac) to choose several."))

    class Meta:
        model = Desk
        fields = ["department", "is_open", "email", "website", "min_lead_days", "min_size", "max_size",
                  "accepted_levels", "decision_countries", "retention_days"]
        labels = {"department": _("Department that receives the requests")}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        countries = self.fields["decision_countries"]
        countries.choices = country_choices()[1:]
        # the list shows five of 250 countries: say which are chosen, so nobody has to scroll to find them
        names = dict(countries.choices)
        chosen = [str(names.get(code, code)) for code in (self.initial.get("decision_countries") or [])]
        now = _("Chosen now: %(countries)s.") % {"countries": ", ".join(chosen)} if chosen else _("None chosen now.")
        countries.help_text = f"{countries.help_text} {now}"
        self.fields["retention_days"].min_value = 30
        self.fields["retention_days"].widget.attrs["min"] = 30

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        low, high = data.get("min_size"), data.get("max_size")
        if low is not None and high is not None and high < low:
            self.add_error("max_size", _("The largest group cannot be smaller than the smallest."))
        return data


class DeskListForm(forms.ModelForm):
    """A row of one of the desk's lists; departments and strategy themes limited to the municipality's."""

    def __init__(self, *args: Any, desk: Desk, **kwargs: Any):
        super().__init__(*args, **kwargs)
        same = {"department__municipality_id": desk.municipality_id}
        if "department" in self.fields:
            self.fields["department"].queryset = Department.objects.filter(municipality_id=desk.municipality_id)
        if "strategy_theme" in self.fields:
            self.fields["strategy_theme"].queryset = Theme.objects.filter(**same).select_related("strategy")
        for field in self.fields.values():
            if isinstance(field, forms.DateField):
                field.widget = DateInput()


def desk_formsets(desk: Desk, data: Any = None) -> list[forms.BaseInlineFormSet]:
    """The desk's three lists as inline formsets, each with two empty rows to add to."""
    specs = [(DelegationTheme, ["name", "name_en", "strategy_theme", "department", "offered"], "themes"),
             (DepartmentCapacity, ["department", "per_week", "per_month"], "capacities"),
             (BlackoutPeriod, ["start", "end", "reason"], "blackouts")]
    formsets = []
    for model, fields, prefix in specs:
        factory = forms.inlineformset_factory(Desk, model, form=DeskListForm, fields=fields, extra=2,
                                              can_delete=True)
        formsets.append(factory(data, instance=desk, prefix=prefix, form_kwargs={"desk": desk}))
    return formsets
