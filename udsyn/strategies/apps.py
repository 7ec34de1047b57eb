from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StrategiesConfig(AppConfig):
    name = "udsyn.strategies"
    label = "strategies"
    verbose_name = _("strategies")

    def ready(self) -> None:
        # What of this app the register's one search index finds (udsyn.core.search).
        from udsyn.core import search

        from .models import Goal, Indicator, Strategy, Theme

        search.index(Strategy, title=("name",), text=("description",))
        search.index(Theme, title=("name",), text=("strategy__name",))
        search.index(Goal, title=("text",), text=("theme__name",))
        search.index(Indicator, title=("name",), text=("unit", "method", "goal__text"))
