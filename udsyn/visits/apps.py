from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VisitsConfig(AppConfig):
    name = "udsyn.visits"
    label = "visits"
    verbose_name = _("visits")

    def ready(self) -> None:
        # What of this app the register's one search index finds (udsyn.core.search).
        from udsyn.core import search

        from .models import Event, Visit

        search.index(Visit, title=("city__name", "organisation__name", "theme"), text=("direction", "notes"))
        search.index(Event, title=("name",), text=("kind", "description"))
