"""/api/v1/delegation-requests/: the queue and a request for those who may see it, decisions with the version they
were based on, in the OpenAPI document; another municipality's request is a 404."""

import pytest

from udsyn.delegation.models import DelegationRequest, Status

from .conftest import future

pytestmark = pytest.mark.django_db


@pytest.fixture
def received(submit, desk):
    assert submit().status_code == 302
    return DelegationRequest.objects.get()


def test_a_coordinator_lists_and_reads_requests_with_their_suggestion(client, received, coordinator):
    client.force_login(coordinator)
    listed = client.get("/api/v1/delegation-requests/").json()
    assert listed["count"] == 1 and listed["results"][0]["number"] == received.number
    detail = client.get(f"/api/v1/delegation-requests/{received.pk}/")
    data = detail.json()
    assert detail["ETag"] == f'"{received.version}"'
    assert data["suggestion"] == "accept" and {r["rule"] for r in data["suggestion_reasons"]} >= {"lead_time",
                                                                                                  "size"}
    assert data["contact_email"] == "anna.schmidt@example.org"
    assert client.get("/api/v1/delegation-requests/?country=de").json()["count"] == 1
    assert client.get("/api/v1/delegation-requests/?status=declined").json()["count"] == 0


def test_others_do_not_see_the_request(client, received, stranger, outsider, reader):
    assert client.get("/api/v1/delegation-requests/").status_code in (401, 403)
    for user in (stranger, outsider, reader):
        client.force_login(user)
        assert client.get("/api/v1/delegation-requests/").json()["count"] == 0
        assert client.get(f"/api/v1/delegation-requests/{received.pk}/").status_code == 404
        response = client.post(f"/api/v1/delegation-requests/{received.pk}/decision/",
                               {"outcome": "decline", "version": received.version}, content_type="application/json")
        assert response.status_code == 404
    assert DelegationRequest.objects.get().status == Status.SCREENED


def test_a_coordinator_decides_through_the_api(client, received, coordinator, department):
    client.force_login(coordinator)
    url = f"/api/v1/delegation-requests/{received.pk}/decision/"
    missing = client.post(url, {"outcome": "accept"}, content_type="application/json")
    assert missing.status_code == 428
    stale = client.post(url, {"outcome": "accept", "version": received.version + 5, "department": department.pk,
                              "visit_start": future(45).isoformat()}, content_type="application/json")
    assert stale.status_code == 409
    response = client.post(url, {"outcome": "accept", "department": department.pk,
                                 "visit_start": future(45).isoformat()}, content_type="application/json",
                           HTTP_IF_MATCH=f'"{received.version}"')
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["status"] == "accepted" and data["visit"] is not None
    assert response["ETag"] == f'"{data["version"]}"'
    again = client.post(url, {"outcome": "refer", "department": department.pk, "version": data["version"]},
                        content_type="application/json", HTTP_ACCEPT_LANGUAGE="en")
    assert again.status_code == 400 and "waiting for a decision" in again.content.decode()


def test_a_department_of_another_municipality_is_refused(client, received, coordinator, other_municipality):
    client.force_login(coordinator)
    response = client.post(f"/api/v1/delegation-requests/{received.pk}/decision/",
                           {"outcome": "refer", "department": other_municipality[1].pk,
                            "version": received.version}, content_type="application/json")
    assert response.status_code == 400 and "department" in response.json()
    assert DelegationRequest.objects.get().department == received.department


def test_the_openapi_document_describes_the_desk(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"get"} <= paths["/api/v1/delegation-requests/"].keys()
    assert "post" not in paths["/api/v1/delegation-requests/"]  # requests come from the public form
    assert "post" in paths["/api/v1/delegation-requests/{id}/decision/"]
    assert "get" in paths["/api/v1/delegation-requests/statistics/"]
    assert "/api/v1/delegation-requests/{id}/history/" in paths
