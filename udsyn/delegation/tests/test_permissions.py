"""Who sees which requests: the public only the form and its own receipt; a coordinator the municipality's
requests; a department its own queue; nobody another municipality's (404, as everywhere in the register)."""

import pytest

from udsyn.delegation.models import DelegationRequest, RequestAttachment

from .conftest import pdf_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def received(submit, desk):
    assert submit(attachments=[pdf_file()]).status_code == 302
    return DelegationRequest.objects.get()


def _pages(request):
    attachment = RequestAttachment.objects.get(request=request)
    return [f"/delegations/{request.pk}/", f"/delegations/{request.pk}/files/{attachment.pk}/"]


def test_the_public_sees_no_staff_page(client, received, desk):
    for url in ["/delegations/", *_pages(received), f"/delegations/desk/{desk.pk}/rules/"]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/login/"), url
    assert client.post(f"/delegations/{received.pk}/decide/", {"outcome": "accept"}).status_code == 302
    assert DelegationRequest.objects.get().decision == ""


def test_a_coordinator_sees_the_municipality_requests_and_the_files(client, received, coordinator):
    client.force_login(coordinator)
    assert received.organisation_name in client.get("/delegations/").content.decode()
    page = client.get(f"/delegations/{received.pk}/")
    assert page.status_code == 200 and "anna.schmidt@example.org" in page.content.decode()
    download = client.get(_pages(received)[1])
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"%PDF")


def test_the_department_that_owns_a_request_has_it_in_its_queue(client, received, owner):
    client.force_login(owner)  # an editor of the desk's department
    assert received.organisation_name in client.get("/delegations/").content.decode()
    assert client.get(f"/delegations/{received.pk}/").status_code == 200


def test_other_departments_and_readers_do_not_see_the_request(client, received, outsider, reader):
    for user in (outsider, reader):
        client.force_login(user)
        assert received.organisation_name not in client.get("/delegations/").content.decode()
        for url in _pages(received):
            assert client.get(url).status_code == 404, (user, url)
        assert client.post(f"/delegations/{received.pk}/decide/", {"outcome": "accept"}).status_code == 404


def test_another_municipality_gets_404_everywhere(client, received, stranger, desk):
    client.force_login(stranger)
    assert received.organisation_name not in client.get("/delegations/").content.decode()
    for url in [*_pages(received), f"/delegations/desk/{desk.pk}/rules/"]:
        assert client.get(url).status_code == 404, url
    response = client.post(f"/delegations/{received.pk}/decide/",
                           {"outcome": "decline", "version": received.version})
    assert response.status_code == 404
    assert DelegationRequest.objects.get().decision == ""


def test_only_coordinators_keep_the_rules(client, desk, owner, coordinator):
    client.force_login(owner)
    assert client.get(f"/delegations/desk/{desk.pk}/rules/").status_code == 403
    client.force_login(coordinator)
    assert client.get(f"/delegations/desk/{desk.pk}/rules/").status_code == 200


def test_a_coordinator_opens_the_desk_of_the_municipality(client, coordinator, department):
    from udsyn.delegation.models import Desk

    client.force_login(coordinator)
    assert "Åbn delegationsmodtagelsen" in client.get("/delegations/").content.decode()
    response = client.post("/delegations/desk/open/")
    desk = Desk.objects.get()
    assert response["Location"] == f"/delegations/desk/{desk.pk}/rules/"
    assert (desk.municipality, desk.department) == (department.municipality, department)
    assert client.post("/delegations/desk/open/").status_code == 403  # one desk per municipality
    assert client.get(f"/delegation/{department.municipality.slug}/").status_code == 200


def test_an_editor_cannot_open_a_desk(client, owner):
    client.force_login(owner)
    assert "Åbn delegationsmodtagelsen" not in client.get("/delegations/").content.decode()
    assert client.post("/delegations/desk/open/").status_code == 403
