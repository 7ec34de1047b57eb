from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "udsyn.reports"
    label = "reports"
    verbose_name = _("reports")

    def ready(self) -> None:
        from udsyn.core.registry import Exporter, register_exporter

        from .views import LIST_FORMATS, can_download, download_list

        # Every register list page offers its filtered records as a file, in the open-data columns.
        register_exporter(Exporter(formats=LIST_FORMATS, supports=can_download, download=download_list))
