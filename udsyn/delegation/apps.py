from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DelegationConfig(AppConfig):
    name = "udsyn.delegation"
    label = "delegation"
    verbose_name = _("delegation desk")

    def ready(self) -> None:
        from udsyn.core import registry
        from udsyn.reports.data.contrib import register_section

        from .models import AgendaItem, BlackoutPeriod, DelegationTheme, DepartmentCapacity, Letter, RequestAttachment

        # The desk and its requests are Records (their department's municipality); their parts follow them.
        for model in (DelegationTheme, DepartmentCapacity, BlackoutPeriod):
            registry.register(model, scope="desk__municipality")
        for model in (RequestAttachment, AgendaItem, Letter):
            registry.register(model, scope="request__department__municipality")

        from .reporting import mapping_section, results_section

        register_section("mapping", mapping_section)
        register_section("results", results_section)
