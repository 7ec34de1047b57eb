"""REST API for delegation visits and events."""

from udsyn.core.api import RecordSerializer, RecordViewSet, record_fields

from .filters import EventFilterSet, VisitFilterSet
from .models import Event, Visit


class VisitSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = Visit
        fields = record_fields("direction", "start", "end", "city", "organisation", "size", "theme", "status",
                               "notes")


class VisitViewSet(RecordViewSet):
    """Delegation visits, incoming and outgoing."""

    queryset = Visit.objects.select_related("city", "organisation", "department")
    serializer_class = VisitSerializer
    filterset_class = VisitFilterSet
    ordering_fields = ["start", "end", "status", "size", "updated_at"]


class EventSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = Event
        fields = record_fields("name", "kind", "date", "participants", "partner", "project", "description")


class EventViewSet(RecordViewSet):
    """Events and activities with participant counts."""

    queryset = Event.objects.select_related("partner__city", "partner__institution", "project", "department")
    serializer_class = EventSerializer
    filterset_class = EventFilterSet
    ordering_fields = ["date", "name", "participants", "updated_at"]
