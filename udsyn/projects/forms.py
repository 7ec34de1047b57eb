from udsyn.core.forms import RecordForm

from .models import Project


class ProjectForm(RecordForm):
    class Meta:
        model = Project
        fields = ["name", "acronym", "programme", "role", "lead_organisation", "partners", "status", "department",
                  "start", "end", "total_budget", "municipality_share", "external_funding", "budget_currency",
                  "description", "internal"]
