from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "udsyn.projects"
    label = "projects"
    verbose_name = _("projects")

    def ready(self) -> None:
        # What of this app the register's one search index finds (udsyn.core.search).
        from udsyn.core import registry, search

        from .models import Programme, Project

        # The managed list of funding programmes is shared by every municipality (projects are Records: their own).
        registry.register(Programme, scope=registry.SHARED)

        search.index(Project, title=("name", "acronym"),
                     text=("description", "programme__name", "lead_organisation__name", "partners__name"))
