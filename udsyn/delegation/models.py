"""The delegation desk: a municipality's rules for foreign delegations' visit requests, the requests themselves,
their programmes and the letters sent about them.

A request is a register record owned by the department handling it: the desk's own department when it arrives,
the host department after a referral or an acceptance. An accepted request gets the register's `Visit`, so the
dashboard and the reports count it like any other visit.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from udsyn.core.models import Record, check_period
from udsyn.organisations.models import OrganisationKind


@deconstructible
class PrivateFiles(FileSystemStorage):
    """Files the public sends and the hosts' presentations: outside MEDIA_ROOT, without a URL; only views that
    check who asks serve them."""

    def __init__(self) -> None:
        super().__init__(base_url=None)

    # Read from the settings on each use (not cached), so the folder follows PRIVATE_FILES_ROOT.
    @property
    def base_location(self) -> str:
        return str(settings.PRIVATE_FILES_ROOT)

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    @property
    def base_url(self) -> None:
        return None

    def url(self, name: str | None) -> str:
        raise ValueError("Private files have no public address; a view serves them.")


private_files = PrivateFiles()


class Level(models.TextChoices):
    POLITICAL = "political", _("Political")
    MANAGEMENT = "management", _("Management")
    PROFESSIONAL = "professional", _("Professional")
    STUDENTS = "students", _("Students")


class Status(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    SCREENED = "screened", _("Screened")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    REFERRED = "referred", _("Referred")
    PLANNED = "planned", _("Programme planned")
    HELD = "held", _("Held")
    FOLLOWED_UP = "followed_up", _("Followed up")
    CANCELLED = "cancelled", _("Cancelled")


# The statuses of a request the municipality said yes to (a visit cancelled after it was accepted counts here too:
# the acceptance stands, the visit was not held).
ACCEPTED_STATUSES = (Status.ACCEPTED, Status.PLANNED, Status.HELD, Status.FOLLOWED_UP, Status.CANCELLED)
# Accepted, and the visit is still to come: it can be planned, held or cancelled.
COMING_STATUSES = (Status.ACCEPTED, Status.PLANNED)
# Still waiting for a decision.
OPEN_STATUSES = (Status.REQUESTED, Status.SCREENED, Status.REFERRED)


class Outcome(models.TextChoices):
    ACCEPT = "accept", _("Accept")
    DECLINE = "decline", _("Decline")
    REFER = "refer", _("Refer to a department")
    DECISION = "decision", _("Needs a management decision")


class Rule(models.TextChoices):
    """The screening rules; also the reasons a request is declined for."""

    LEAD_TIME = "lead_time", _("Lead time")
    SIZE = "size", _("Group size")
    LEVEL = "level", _("Level")
    THEME = "theme", _("Themes")
    BLACKOUT = "blackout", _("Closed periods")
    CAPACITY = "capacity", _("Capacity")
    COUNTRY = "country", _("Country")
    OTHER = "other", _("Other reason")


class Channel(models.TextChoices):
    FORM = "form", _("Public request form")
    EMAIL = "email", _("E-mail")
    PHONE = "phone", _("Telephone")
    LETTER = "letter", _("Letter")
    IN_PERSON = "in_person", _("In person")
    OTHER = "other", _("Other")


# The ways a request reaches the staff, who then enter it on the delegation's behalf.
STAFF_CHANNELS = (Channel.EMAIL, Channel.PHONE, Channel.LETTER, Channel.IN_PERSON)


class CancelReason(models.TextChoices):
    """Why an accepted visit did not take place."""

    DELEGATION = "delegation", _("The delegation cancelled")
    HOST = "host", _("We can no longer receive the delegation")
    CIRCUMSTANCES = "circumstances", _("Circumstances outside our control")
    OTHER = "other", _("Other reason")


class Desk(Record):
    """A municipality's delegation desk: where requests arrive (the owning department), and the screening rules a
    coordinator keeps. Changing a rule changes the next suggestion; each request keeps the rules it was screened
    by."""

    municipality = models.OneToOneField("organisations.Municipality", on_delete=models.CASCADE,
                                        related_name="delegation_desk", verbose_name=_("municipality"))
    is_open = models.BooleanField(_("the public form takes requests"), default=True)
    email = models.EmailField(_("the desk's e-mail address"), blank=True,
                              help_text=_("Letters to delegations are sent from and answered to this address."))
    website = models.URLField(_("the municipality's website"), blank=True,
                              help_text=_("Pages of this site may show the request form in a frame."))
    retention_days = models.PositiveIntegerField(
        _("keep contact details for (days)"), default=365,
        help_text=_("After this many days from the request, the contact's name, e-mail, telephone and the files "
                    "sent are deleted. The statistics keep their counts."))
    min_lead_days = models.PositiveIntegerField(_("minimum lead time (days)"), default=28,
                                                help_text=_("Days from the request to the earliest visit date."))
    min_size = models.PositiveIntegerField(_("smallest group"), default=1)
    max_size = models.PositiveIntegerField(_("largest group"), null=True, blank=True,
                                           help_text=_("Leave empty for no upper limit."))
    accepted_levels = models.JSONField(_("accepted levels"), default=list, blank=True,
                                       help_text=_("Delegations of other levels are suggested declined."))
    decision_countries = models.JSONField(
        _("countries that need a management decision"), default=list, blank=True,
        help_text=_("Requests from these countries are never accepted by the rules alone."))

    class Meta:
        verbose_name = _("delegation desk")
        verbose_name_plural = _("delegation desks")

    def __str__(self) -> str:
        return str(_("Delegation desk of %(municipality)s") % {"municipality": self.municipality})


class DelegationTheme(models.Model):
    """A theme delegations may ask for, from the municipality's own list; usually one of its strategy's themes,
    and hosted by a department."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="themes", verbose_name=_("desk"))
    name = models.CharField(_("name (Danish)"), max_length=160)
    name_en = models.CharField(_("name (English)"), max_length=160, blank=True)
    strategy_theme = models.ForeignKey("strategies.Theme", null=True, blank=True, on_delete=models.SET_NULL,
                                       related_name="+", verbose_name=_("strategy theme"))
    department = models.ForeignKey("organisations.Department", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("host department"),
                                   help_text=_("Requests for this theme are referred to this department."))
    offered = models.BooleanField(_("offered"), default=True,
                                  help_text=_("Only offered themes are on the public form."))
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        unique_together = [("desk", "name")]
        verbose_name = _("delegation theme")
        verbose_name_plural = _("delegation themes")

    def __str__(self) -> str:
        return self.name

    def label(self, language: str) -> str:
        return self.name_en if language.startswith("en") and self.name_en else self.name


class DepartmentCapacity(models.Model):
    """How many visits a department can host; empty means no limit."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="capacities", verbose_name=_("desk"))
    department = models.ForeignKey("organisations.Department", on_delete=models.CASCADE, related_name="+",
                                   verbose_name=_("department"))
    per_week = models.PositiveIntegerField(_("visits per week"), null=True, blank=True)
    per_month = models.PositiveIntegerField(_("visits per month"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["department__name"]
        unique_together = [("desk", "department")]
        verbose_name = _("capacity")
        verbose_name_plural = _("capacities")

    def __str__(self) -> str:
        return str(self.department)


class BlackoutPeriod(models.Model):
    """Days no delegation is received: holidays, elections."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="blackouts", verbose_name=_("desk"))
    start = models.DateField(_("from"))
    end = models.DateField(_("until"))
    reason = models.CharField(_("reason"), max_length=160)
    history = HistoricalRecords()

    class Meta:
        ordering = ["start"]
        verbose_name = _("closed period")
        verbose_name_plural = _("closed periods")

    def __str__(self) -> str:
        return f"{self.reason} ({self.start:%Y-%m-%d} – {self.end:%Y-%m-%d})"

    def clean(self) -> None:
        super().clean()
        check_period(self.start, self.end)


def new_reference() -> str:
    """The secret part of a receipt's address: only the person who sent the request knows it."""
    return secrets.token_urlsafe(16)


class DelegationRequest(Record):
    """A foreign delegation's request to visit. The contact's personal data (name, e-mail, telephone, the files
    sent) is deleted after the desk's retention period; everything the statistics count stays."""

    reference = models.CharField(max_length=32, unique=True, default=new_reference, editable=False)
    channel = models.CharField(_("received by"), max_length=12, choices=Channel.choices, default=Channel.FORM)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("entered by"),
                                   help_text=_("The staff member who entered a request received by e-mail, "
                                               "telephone, letter or in person; empty for the public form."))
    language = models.CharField(_("language of correspondence"), max_length=2, choices=settings.LANGUAGES,
                                default="da")
    submitted_at = models.DateTimeField(_("received"))
    # Who is coming
    organisation_name = models.CharField(_("organisation"), max_length=200)
    organisation_kind = models.CharField(_("kind of organisation"), max_length=20, choices=OrganisationKind.choices,
                                         default=OrganisationKind.OTHER)
    country = models.CharField(_("country"), max_length=2, help_text=_("ISO 3166 code, e.g. DE"))
    city_name = models.CharField(_("city"), max_length=120, blank=True)
    size = models.PositiveIntegerField(_("number of participants"))
    level = models.CharField(_("level"), max_length=12, choices=Level.choices)
    # What they want
    themes = models.ManyToManyField(DelegationTheme, blank=True, related_name="requests", verbose_name=_("themes"))
    wishes = models.TextField(_("what they hope to learn"))
    preferred_start = models.DateField(_("preferred from"))
    preferred_end = models.DateField(_("preferred until"), null=True, blank=True)
    languages = models.CharField(_("languages"), max_length=120, blank=True)
    # The contact: personal data, deleted after the retention period
    contact_name = models.CharField(_("contact person"), max_length=160, blank=True)
    contact_role = models.CharField(_("contact's title"), max_length=160, blank=True)
    contact_email = models.EmailField(_("contact's e-mail"), blank=True)
    contact_phone = models.CharField(_("contact's telephone"), max_length=40, blank=True)
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    client_hash = models.CharField(max_length=64, blank=True, editable=False,
                                   help_text="Keyed hash of the sender's address, for the rate limit.")
    erased_at = models.DateTimeField(_("personal data deleted"), null=True, blank=True)
    # Screening and decision
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.REQUESTED)
    suggestion = models.CharField(_("suggested outcome"), max_length=8, choices=Outcome.choices, blank=True)
    suggestion_reasons = models.JSONField(_("reasons"), default=list, blank=True)
    suggested_date = models.DateField(_("earliest possible date"), null=True, blank=True)
    suggested_department = models.ForeignKey("organisations.Department", null=True, blank=True,
                                             on_delete=models.SET_NULL, related_name="+",
                                             verbose_name=_("suggested host department"))
    screening_rules = models.JSONField(_("rules used"), default=dict, blank=True)
    decision = models.CharField(_("decision"), max_length=8, choices=Outcome.choices, blank=True)
    decline_reason = models.CharField(_("reason for declining"), max_length=10, choices=Rule.choices, blank=True)
    decision_note = models.TextField(_("note on the decision"), blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("decided by"))
    # A visit cancelled after it was accepted
    cancel_reason = models.CharField(_("reason for cancelling"), max_length=14, choices=CancelReason.choices,
                                     blank=True)
    cancel_note = models.TextField(_("note on the cancellation"), blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    cancelled_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+", verbose_name=_("cancelled by"))
    # Hosting and what came of it
    host = models.ForeignKey("organisations.Person", null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+", verbose_name=_("host"))
    visit = models.OneToOneField("visits.Visit", null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="delegation_request", verbose_name=_("visit"))
    participants = models.PositiveIntegerField(_("participants who came"), null=True, blank=True)
    follow_up = models.TextField(_("follow-up"), blank=True)
    led_to_partner = models.ForeignKey("partners.Partner", null=True, blank=True, on_delete=models.SET_NULL,
                                       related_name="+", verbose_name=_("led to partner agreement"))
    led_to_project = models.ForeignKey("projects.Project", null=True, blank=True, on_delete=models.SET_NULL,
                                       related_name="+", verbose_name=_("led to project"))
    led_to_event = models.ForeignKey("visits.Event", null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+", verbose_name=_("led to event"))

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("delegation request")
        verbose_name_plural = _("delegation requests")
        indexes = [models.Index(fields=["client_hash", "submitted_at"])]

    def __str__(self) -> str:
        return f"{self.organisation_name} ({self.preferred_start:%d.%m.%Y})"

    def source_text(self) -> str:
        """Where the request came from: the public form, or the channel and the staff member who entered it."""
        if self.channel == Channel.FORM:
            return gettext("Sent by the delegation on the public request form")
        who = (self.entered_by.get_full_name() or self.entered_by.get_username()) if self.entered_by_id else "?"
        return gettext("%(channel)s, entered by %(user)s") % {"channel": self.get_channel_display(), "user": who}

    @property
    def received_on(self) -> dt.date:
        """The day the request came (the queue shows the day, not the minute)."""
        return timezone.localdate(self.submitted_at)

    @property
    def number(self) -> str:
        """The number a delegation quotes: D-2026-0042 (year received, then the record's id)."""
        return f"D-{self.submitted_at:%Y}-{self.pk:04d}"

    def clean(self) -> None:
        super().clean()
        try:
            check_period(self.preferred_start, self.preferred_end)
        except ValidationError as error:  # the shared rule names the field "end"; ours is preferred_end
            raise ValidationError({"preferred_end": error.messages}) from error


class RequestAttachment(models.Model):
    """A file the delegation sent with its request (programme wishes, a letter of introduction)."""

    request = models.ForeignKey(DelegationRequest, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="delegation/requests/%Y/%m/", storage=private_files)
    name = models.CharField(_("file name"), max_length=200)
    size = models.PositiveIntegerField(_("size in bytes"))
    content_type = models.CharField(max_length=100)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.name


class AgendaItem(models.Model):
    """One point of a visit's programme."""

    request = models.ForeignKey(DelegationRequest, on_delete=models.CASCADE, related_name="agenda",
                                verbose_name=_("delegation request"))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(_("place"), max_length=200)
    topic = models.CharField(_("topic"), max_length=250)
    host = models.ForeignKey("organisations.Person", null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+", verbose_name=_("host"))
    notes = models.TextField(_("notes"), blank=True)
    presentation = models.FileField(_("presentation"), upload_to="delegation/presentations/%Y/%m/",
                                    storage=private_files, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("programme item")
        verbose_name_plural = _("programme items")

    def __str__(self) -> str:
        return f"{self.starts_at:%H:%M} {self.topic}"

    def clean(self) -> None:
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The item must end after it starts.")})


class LetterKind(models.TextChoices):
    DECLINE = "decline", _("Declining the request")
    ACCEPT = "accept", _("Accepting the request")
    CANCEL = "cancel", _("Cancelling the visit")


class Letter(models.Model):
    """A letter to the delegation's contact, written in the request's language, edited and then sent by e-mail."""

    request = models.ForeignKey(DelegationRequest, on_delete=models.CASCADE, related_name="letters",
                                verbose_name=_("delegation request"))
    kind = models.CharField(_("kind"), max_length=8, choices=LetterKind.choices)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    recipient = models.EmailField(_("to"), blank=True)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("text"), blank=True)  # emptied with the personal data after the retention period
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+", verbose_name=_("sent by"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("letter")
        verbose_name_plural = _("letters")

    def __str__(self) -> str:
        return self.subject
