from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The search box in the header and its results page, and /api/v1/search/: every type at once, on the register's
    one search index (udsyn.core.search)."""

    name = "udsyn.search"
    label = "search"
    verbose_name = _("search")
