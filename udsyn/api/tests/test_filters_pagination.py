"""Lists filter with the app's FilterSet (same parameters as the list pages), paginate and sort."""

from decimal import Decimal

import pytest

from udsyn.core.services import record_create
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def memberships(owner, outsider, department, other_department):
    """Five memberships of TMF and two of KFF, fees 100..700."""
    made = []
    for number in range(1, 8):
        mine = number <= 5
        organisation = Organisation.objects.create(name=f"Network {number}", kind="network",
                                                   country="BE" if number % 2 else "SE")
        made.append(record_create(model=Membership, acting_user=owner if mine else outsider, data={
            "department": department if mine else other_department, "organisation": organisation,
            "annual_fee": Decimal(number * 100), "fee_currency": "EUR" if number == 7 else "DKK",
        }))
    return made


def ids(response) -> set[int]:
    return {row["id"] for row in response.json()["results"]}


def test_filter_by_department(api, reader, memberships, other_department):
    response = api(reader).get("/api/v1/memberships/", {"department": other_department.pk})
    assert response.status_code == 200
    assert ids(response) == {m.pk for m in memberships[5:]}


def test_filters_of_the_list_page_work_in_the_api(api, reader, memberships):
    response = api(reader).get("/api/v1/memberships/", {"country": "se", "fee_currency": "DKK"})
    assert ids(response) == {memberships[1].pk, memberships[3].pk, memberships[5].pk}
    response = api(reader).get("/api/v1/memberships/", {"q": "Network 7"})
    assert ids(response) == {memberships[6].pk}


def test_unknown_department_is_a_bad_request(api, reader, memberships):
    response = api(reader).get("/api/v1/memberships/", {"department": 999999})
    assert response.status_code == 400
    assert "department" in response.json()


def test_limit_offset_pagination(api, reader, memberships):
    client = api(reader)
    first = client.get("/api/v1/memberships/", {"limit": 3, "ordering": "annual_fee"}).json()
    assert first["count"] == 7
    assert [row["annual_fee"] for row in first["results"]] == ["100.00", "200.00", "300.00"]
    assert "offset=3" in first["next"]
    last = client.get("/api/v1/memberships/", {"limit": 3, "offset": 6, "ordering": "annual_fee"}).json()
    assert [row["annual_fee"] for row in last["results"]] == ["700.00"]
    assert last["next"] is None


def test_ordering_descending(api, reader, memberships):
    rows = api(reader).get("/api/v1/memberships/", {"ordering": "-annual_fee", "limit": 2}).json()["results"]
    assert [row["annual_fee"] for row in rows] == ["700.00", "600.00"]
