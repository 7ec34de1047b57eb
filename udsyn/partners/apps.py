from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "udsyn.partners"
    label = "partners"
    verbose_name = _("partners")

    def ready(self) -> None:
        # What of this app the register's one search index finds (udsyn.core.search).
        from udsyn.core import search

        from .models import Partner

        search.index(Partner, title=("city__name", "institution__name"), text=("kind", "themes", "activities"))
