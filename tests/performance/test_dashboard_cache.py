"""The dashboard's figures are computed again only when the register changed: looked at again, it costs a few
queries; after any change (a history row is written) it shows the new figures."""

from decimal import Decimal

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from udsyn.core.services import record_create, record_delete
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Organisation


def figures(client):
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/")
    assert response.status_code == 200
    return response.context["memberships"]["count"], len(captured)


def test_figures_follow_every_change_and_cost_little_when_nothing_changed(client, coordinator, department, owner):
    cache.clear()
    client.force_login(coordinator)
    network = Organisation.objects.create(name="Eurocities", kind="network")
    first = record_create(model=Membership, acting_user=owner, data={
        "department": department, "organisation": network, "annual_fee": Decimal("1000.00")})
    count, computed = figures(client)
    assert count == 1
    again, remembered = figures(client)
    assert again == 1 and remembered < computed and remembered <= 8
    record_create(model=Membership, acting_user=owner, data={
        "department": department, "organisation": Organisation.objects.create(name="ICLEI"),
        "annual_fee": Decimal("2000.00")})
    assert figures(client)[0] == 2
    record_delete(record=first, acting_user=owner, expected_version=first.version)
    assert figures(client)[0] == 1
