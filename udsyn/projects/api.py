"""REST API for projects and the managed list of funding programmes."""

from udsyn.core.api import (
    RecordSerializer,
    RecordViewSet,
    ReferenceSerializer,
    ReferenceViewSet,
    record_fields,
)

from .filters import ProjectFilterSet
from .models import Programme, Project


class ProgrammeSerializer(ReferenceSerializer):
    class Meta:
        model = Programme
        fields = ("id", "display", "name", "family", "is_eu")


class ProgrammeViewSet(ReferenceViewSet):
    """Funding programmes: a managed list shared by every municipality, changed by installation administrators only."""

    queryset = Programme.objects.all()
    serializer_class = ProgrammeSerializer
    filterset_fields = ["family", "is_eu"]
    ordering_fields = ["name", "family"]


class ProjectSerializer(RecordSerializer):
    """Amounts are decimal strings in `budget_currency`, e.g. "4971000.00"."""

    class Meta(RecordSerializer.Meta):
        model = Project
        fields = record_fields(
            "name", "acronym", "programme", "role", "lead_organisation", "partners", "status", "start", "end",
            "total_budget", "municipality_share", "external_funding", "budget_currency", "description",
        )


class ProjectViewSet(RecordViewSet):
    """International projects: programme, role, period and budget (decimal strings in budget_currency)."""

    queryset = Project.objects.select_related("programme", "lead_organisation", "department").prefetch_related(
        "partners"
    )
    serializer_class = ProjectSerializer
    filterset_class = ProjectFilterSet
    ordering_fields = ["name", "start", "end", "status", "total_budget", "external_funding", "updated_at"]
