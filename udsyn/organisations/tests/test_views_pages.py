"""Organisations and cities are shared reference data: coordinators keep them, editors and readers read them."""

import pytest

from udsyn.organisations.models import City, Organisation


@pytest.mark.django_db
def test_coordinator_adds_an_organisation_with_a_country_from_the_list(client, coordinator):
    client.force_login(coordinator)
    form = client.get("/organisations/add/").content.decode()
    assert '<option value="BE">Belgien</option>' in form
    response = client.post("/organisations/add/", {"name": "Eurocities", "kind": "network", "country": "BE"})
    assert response.status_code == 302
    organisation = Organisation.objects.get()
    assert organisation.country == "BE"
    assert organisation.history.get().history_user == coordinator


@pytest.mark.django_db
def test_editor_reads_but_does_not_change_reference_data(client, owner, network):
    client.force_login(owner)
    assert client.get(f"/organisations/{network.pk}/").status_code == 200
    assert f"/organisations/{network.pk}/edit/" not in client.get(f"/organisations/{network.pk}/").content.decode()
    assert client.post(f"/organisations/{network.pk}/edit/", {"name": "X", "kind": "other"}).status_code == 403
    assert client.post("/organisations/add/", {"name": "Y", "kind": "other"}).status_code == 403
    assert Organisation.objects.get().name == "Eurocities"


@pytest.mark.django_db
def test_organisation_page_lists_its_memberships(client, reader, membership, network):
    client.force_login(reader)
    page = client.get(f"/organisations/{network.pk}/").content.decode()
    assert f'href="/memberships/{membership.pk}/"' in page


@pytest.mark.django_db
def test_cities_list_filters_by_country(client, reader):
    City.objects.create(name="Harbin", country="CN")
    City.objects.create(name="Gdynia", country="PL")
    client.force_login(reader)
    page = client.get("/organisations/cities/", {"country": "PL"}).content.decode()
    assert "Gdynia" in page and "Harbin" not in page


@pytest.mark.django_db
def test_organisation_in_use_is_not_deleted(client, coordinator, membership, network):
    client.force_login(coordinator)
    response = client.post(f"/organisations/{network.pk}/delete/")
    assert response.status_code == 302
    assert Organisation.objects.filter(pk=network.pk).exists()


@pytest.mark.django_db
def test_country_is_shown_by_name(client, reader, network):
    client.force_login(reader)
    assert "Belgien (BE)" in client.get("/organisations/").content.decode()
