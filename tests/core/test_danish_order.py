"""Lists in Danish alphabetical order: case does not matter, æ ø å come after z, aa is å."""

import pytest
from django.db.models import F

from udsyn.core.collation import danish
from udsyn.organisations.models import Organisation

NAMES = ["CIVITAS", "Capital Forum", "ATELIER", "Build in Wood", "Øresundskomiteen", "Aalborg Universitet",
         "Ærø Energi", "Zürich Forum", "c40 lokalt", "C40", "Åbo Akademi", "élan vital"]
DANISH = ["ATELIER", "Build in Wood", "C40", "c40 lokalt", "Capital Forum", "CIVITAS", "élan vital", "Zürich Forum",
          "Ærø Energi", "Øresundskomiteen", "Åbo Akademi", "Aalborg Universitet"]


@pytest.mark.django_db
def test_the_database_orders_names_the_danish_way():
    Organisation.objects.bulk_create(Organisation(name=name, kind="network") for name in NAMES)
    ordered = Organisation.objects.order_by(danish(F("name")).asc(), "pk").values_list("name", flat=True)
    assert list(ordered) == DANISH


@pytest.mark.django_db
def test_the_organisation_list_is_in_danish_order(client, coordinator):
    Organisation.objects.bulk_create(Organisation(name=name, kind="network") for name in NAMES)
    client.force_login(coordinator)
    shown = [str(o) for o in client.get("/organisations/").context["records"]]
    assert [s for s in shown if s in NAMES] == DANISH
    descending = client.get("/organisations/", {"sort": "-name"}).context["records"]
    assert [str(o) for o in descending if str(o) in NAMES] == DANISH[::-1]
