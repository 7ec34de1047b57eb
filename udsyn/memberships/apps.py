from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembershipsConfig(AppConfig):
    name = "udsyn.memberships"
    label = "memberships"
    verbose_name = _("memberships")

    def ready(self) -> None:
        # What of this app the register's one search index finds (udsyn.core.search).
        from udsyn.core import search

        from .models import Membership

        search.index(Membership, title=("organisation__name", "organisation__acronym"),
                     text=("purpose", "value_assessment", "co_financing_note", "representatives__name",
                           "contact__name"))
