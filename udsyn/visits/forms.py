from django.utils.translation import gettext_lazy as _

from udsyn.core.forms import RecordForm

from .models import Event, Visit


class VisitForm(RecordForm):
    class Meta:
        model = Visit
        fields = ["direction", "status", "start", "end", "city", "organisation", "size", "theme", "department",
                  "notes", "internal"]
        help_texts = {
            "direction": _("Incoming: a delegation visits us. Outgoing: we visit them."),
            "city": _("The city the delegation comes from, or the city we travel to."),
            "end": _("Leave empty for a visit of one day."),
        }


class EventForm(RecordForm):
    class Meta:
        model = Event
        fields = ["name", "kind", "date", "participants", "partner", "project", "department", "description",
                  "internal"]
        help_texts = {
            "participants": _("How many took part, as counted or estimated."),
            "partner": _("The partner city the event was held with, if any."),
            "project": _("The project the event belongs to, if any."),
        }
