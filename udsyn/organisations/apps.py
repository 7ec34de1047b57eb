from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "udsyn.organisations"
    label = "organisations"
    verbose_name = _("organisations")

    def ready(self) -> None:
        # What of this app the register's one search index finds (udsyn.core.search).
        from udsyn.core import registry, search

        from .models import City, Department, Municipality, Organisation, Person, Region

        # Who sees what (udsyn.core.registry.visible_to): a municipality and its departments and people are its
        # own; organisations, cities and regions are shared by every municipality of the installation.
        registry.register(Municipality, scope="pk")
        registry.register(Department, scope="municipality")
        registry.register(Person, scope="municipality")
        registry.register(Organisation, scope=registry.SHARED)
        registry.register(City, scope=registry.SHARED)
        registry.register(Region, scope=registry.SHARED)

        search.index(Organisation, title=("name", "acronym"), text=("kind", "website"))
        search.index(City, title=("name",), text=("country",))
        search.index(Person, title=("name",), text=("title", "department__name"))
