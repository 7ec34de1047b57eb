"""Money goes over the wire as exact decimal strings with the currency code beside them."""

import io
from decimal import Decimal

import pytest

from udsyn.core.api import DecimalJSONParser
from udsyn.memberships.models import Membership
from udsyn.projects.models import Project


@pytest.mark.django_db
def test_fee_is_a_string_with_its_currency(api, reader, membership):
    body = api(reader).get(f"/api/v1/memberships/{membership.pk}/").json()
    assert body["annual_fee"] == "500000.00"
    assert body["fee_currency"] == "DKK"


@pytest.mark.django_db
def test_amounts_posted_as_strings_are_stored_exactly(api, owner, department):
    response = api(owner).post("/api/v1/projects/", {
        "department": department.pk, "name": "Tshwane Strategic Sector Cooperation",
        "total_budget": "9876543210123.45", "municipality_share": "0.10", "budget_currency": "EUR",
    }, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["total_budget"] == "9876543210123.45"
    assert response.json()["budget_currency"] == "EUR"
    stored = Project.objects.get()
    assert stored.total_budget == Decimal("9876543210123.45")
    assert stored.municipality_share == Decimal("0.10")


@pytest.mark.django_db
def test_amounts_posted_as_json_numbers_are_stored_exactly(api, owner, department, network):
    raw = (b'{"department": %d, "organisation": %d, "annual_fee": 1234567890.07, "fee_currency": "SEK"}'
           % (department.pk, network.pk))
    response = api(owner).post("/api/v1/memberships/", raw, content_type="application/json")
    assert response.status_code == 201, response.json()
    assert response.json()["annual_fee"] == "1234567890.07"
    assert Membership.objects.get().annual_fee == Decimal("1234567890.07")


def test_json_numbers_are_parsed_as_decimals_not_floats():
    # 17 significant digits: a float would turn this into 12345678901234.566 or .568.
    data = DecimalJSONParser().parse(io.BytesIO(b'{"amount": 12345678901234.567, "count": 3}'))
    assert data == {"amount": Decimal("12345678901234.567"), "count": 3}
    assert isinstance(data["count"], int)


@pytest.mark.django_db
def test_exchange_rate_keeps_all_its_decimals(api, installation_admin, reader):
    api(installation_admin).post("/api/v1/exchange-rates/", {"currency": "EUR", "date": "2020-01-02",
                                                      "dkk_per_unit": "7.472500"}, format="json")
    row = api(reader).get("/api/v1/exchange-rates/").json()["results"][0]
    assert (row["currency"], row["dkk_per_unit"]) == ("EUR", "7.472500")
