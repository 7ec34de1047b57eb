from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportsConfig(AppConfig):
    name = "udsyn.imports"
    label = "imports"
    verbose_name = _("imports")

    def ready(self) -> None:
        # What of this app the register's one search index finds (udsyn.core.search).
        from udsyn.core import registry, search

        from .models import BulkApproval, Candidate, Document, ImportBatch, Job

        # Documents and everything found in them belong to the municipality that imported them.
        registry.register(ImportBatch, scope="municipality")
        registry.register(Document, scope="municipality")
        registry.register(Job, scope="batch__municipality")
        registry.register(Candidate, scope="batch__municipality")
        registry.register(BulkApproval, scope="document__municipality")
        search.index(Document, title=("name",), text=("text",))
