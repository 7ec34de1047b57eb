from django.utils.translation import gettext_lazy as _

from udsyn.core.generic import (
    Column,
    RecordCreateView,
    RecordDeleteView,
    RecordDetailView,
    RecordListView,
    RecordUpdateView,
)

from .filters import ProjectFilterSet
from .forms import ProjectForm
from .models import Project


class ProjectList(RecordListView):
    model = Project
    filterset_class = ProjectFilterSet
    columns = [
        Column("name", link=True),
        Column("programme", order_by="programme__name"),
        Column("role"),
        Column("status"),
        Column("department", order_by="department__name"),
        Column("external_funding", money="budget_currency"),
        Column("start"),
        Column("end"),
    ]


class ProjectDetail(RecordDetailView):
    model = Project
    fields = ["name", "acronym", "programme", "role", "lead_organisation", "partners", "status", "department",
              "start", "end", "total_budget", "municipality_share", "external_funding", "budget_currency",
              "description"]
    relations = [(_("Events"), "events")]


class ProjectCreate(RecordCreateView):
    model = Project
    form_class = ProjectForm


class ProjectUpdate(RecordUpdateView):
    model = Project
    form_class = ProjectForm


class ProjectDelete(RecordDeleteView):
    model = Project
