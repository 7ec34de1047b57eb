"""The model's own rules (full_clean in the services) come back as 400 with messages per field."""

import pytest

from udsyn.memberships.models import Membership
from udsyn.projects.models import Project

pytestmark = pytest.mark.django_db


def test_end_before_start_is_refused_with_a_message_on_end(api, owner, membership):
    response = api(owner).patch(f"/api/v1/memberships/{membership.pk}/", {"start": "2020-01-01", "end": "2019-12-31"},
                                format="json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 400
    assert response.json()["end"] == ["The end date cannot be before the start date."]
    assert Membership.objects.get(pk=membership.pk).version == 1


def test_share_above_budget_is_refused_on_create(api, owner, department):
    response = api(owner).post("/api/v1/projects/", {
        "department": department.pk, "name": "Circular PP", "total_budget": "100.00",
        "municipality_share": "200.00",
    }, format="json")
    assert response.status_code == 400
    assert "municipality_share" in response.json()
    assert not Project.objects.exists()


def test_unknown_currency_is_refused(api, owner, department, network):
    response = api(owner).post("/api/v1/memberships/", {
        "department": department.pk, "organisation": network.pk, "annual_fee": "10.00", "fee_currency": "XYZ",
    }, format="json")
    assert response.status_code == 400
    assert "fee_currency" in response.json()
