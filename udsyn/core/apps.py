from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate


def fill_empty_search_index(sender, using="default", **kwargs) -> None:
    """A register migrated from before the search index existed gets its index filled once."""
    from django.db import connections

    from udsyn.core import search
    from udsyn.core.models import SearchEntry

    if SearchEntry._meta.db_table not in connections[using].introspection.table_names():
        return  # a migration to an earlier state: the index comes with core's migration 0002
    if SearchEntry.objects.using(using).exists():
        return
    if any(spec.model._default_manager.using(using).exists() for spec in search.specs()):
        search.reindex()


def register_scopes() -> None:
    """Who sees core's own models (udsyn.core.registry.visible_to)."""
    from udsyn.core import registry
    from udsyn.core.models import ExchangeRate, SavedFilter, SearchEntry

    registry.register(ExchangeRate, scope=registry.SHARED)
    registry.register(SavedFilter, scope=lambda user, queryset: queryset.filter(user_id=user.pk))
    # The index is read only through udsyn.core.search, which passes every hit through visible_to by its own model.
    registry.register(SearchEntry, scope=lambda user, queryset: queryset.none())


class CoreConfig(AppConfig):
    name = "udsyn.core"
    label = "core"

    def ready(self) -> None:
        from udsyn.core.collation import register_sqlite_collation

        connection_created.connect(register_sqlite_collation, dispatch_uid="udsyn.core.collation")
        register_scopes()
        post_migrate.connect(fill_empty_search_index, sender=self, dispatch_uid="udsyn.core.search.fill")
