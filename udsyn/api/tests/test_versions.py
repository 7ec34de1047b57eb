"""Lost-update protection over HTTP: an update names its version (If-Match or `version`), else 428."""

import pytest

from udsyn.memberships.models import Membership

pytestmark = pytest.mark.django_db


def detail(membership) -> str:
    return f"/api/v1/memberships/{membership.pk}/"


def test_update_without_version_is_precondition_required(api, owner, membership):
    response = api(owner).patch(detail(membership), {"purpose": "Climate"}, format="json")
    assert response.status_code == 428
    assert "If-Match" in response.json()["detail"]
    assert Membership.objects.get(pk=membership.pk).purpose == ""


def test_version_in_the_body_is_accepted(api, owner, membership):
    response = api(owner).patch(detail(membership), {"purpose": "Climate", "version": 1}, format="json")
    assert response.status_code == 200
    assert response.json()["version"] == 2


def test_weak_etag_in_if_match_is_accepted(api, owner, membership):
    response = api(owner).patch(detail(membership), {"purpose": "Climate"}, format="json", HTTP_IF_MATCH='W/"1"')
    assert response.status_code == 200


def test_etag_of_retrieve_can_be_sent_back(api, owner, membership):
    client = api(owner)
    etag = client.get(detail(membership))["ETag"]
    assert client.patch(detail(membership), {"purpose": "Climate"}, format="json",
                        HTTP_IF_MATCH=etag).status_code == 200
    assert client.get(detail(membership))["ETag"] == '"2"'


@pytest.mark.parametrize("bad", ["*", "abc", '"0"'])
def test_unusable_if_match_is_a_bad_request(api, owner, membership, bad):
    response = api(owner).patch(detail(membership), {"purpose": "Climate"}, format="json", HTTP_IF_MATCH=bad)
    assert response.status_code == 400
    assert "version" in response.json()


def test_header_and_body_must_agree(api, owner, membership):
    response = api(owner).patch(detail(membership), {"purpose": "Climate", "version": 2}, format="json",
                                HTTP_IF_MATCH='"1"')
    assert response.status_code == 400


def test_put_replaces_the_record(api, owner, membership, department, network):
    payload = {"department": department.pk, "organisation": network.pk, "annual_fee": "1300000.00",
               "fee_currency": "DKK", "fee_year": 2020, "purpose": "EU office", "version": 1}
    response = api(owner).put(detail(membership), payload, format="json")
    assert response.status_code == 200, response.json()
    stored = Membership.objects.get(pk=membership.pk)
    assert (str(stored.annual_fee), stored.fee_year, stored.version) == ("1300000.00", 2020, 2)


def test_conflict_answer_carries_the_current_record(api, owner, colleague, membership):
    api(owner).patch(detail(membership), {"purpose": "Climate"}, format="json", HTTP_IF_MATCH='"1"')
    response = api(colleague).patch(detail(membership), {"purpose": "Culture"}, format="json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "edit_conflict"
    assert (body["your_version"], body["current_version"]) == (1, 2)
    assert body["current"]["purpose"] == "Climate"
    assert response["ETag"] == '"2"'


def test_delete_with_stale_version_is_a_conflict(api, owner, membership):
    client = api(owner)
    client.patch(detail(membership), {"purpose": "Climate"}, format="json", HTTP_IF_MATCH='"1"')
    assert client.delete(detail(membership), HTTP_IF_MATCH='"1"').status_code == 409
    assert Membership.objects.filter(pk=membership.pk).exists()
    assert client.delete(detail(membership), HTTP_IF_MATCH='"2"').status_code == 204

