"""Organisations and cities are shared reference data: every municipality reads them, anyone who registers records
adds one, and installation administrators change them."""

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
@pytest.mark.parametrize("persona", ["owner", "coordinator", "municipality_admin"])
def test_only_installation_admins_change_reference_data(client, request, persona, network, installation_admin):
    user = request.getfixturevalue(persona)
    client.force_login(user)
    assert client.get(f"/organisations/{network.pk}/").status_code == 200
    assert f"/organisations/{network.pk}/edit/" not in client.get(f"/organisations/{network.pk}/").content.decode()
    assert client.post(f"/organisations/{network.pk}/edit/", {"name": "X", "kind": "other"}).status_code == 403
    assert client.post(f"/organisations/{network.pk}/delete/").status_code == 403
    city = City.objects.create(name="Harbin", country="CN")
    assert client.post(f"/organisations/cities/{city.pk}/edit/", {"name": "X", "country": "CN"}).status_code == 403
    # Adding a new one is open to whoever registers records (a membership of a network not yet known).
    assert client.post("/organisations/add/", {"name": "Y", "kind": "other"}).status_code == 302
    assert set(Organisation.objects.values_list("name", flat=True)) == {"Eurocities", "Y"}
    client.force_login(installation_admin)
    assert client.post(f"/organisations/{network.pk}/edit/", {"name": "Eurocities", "kind": "network",
                                                               "country": "DK"}).status_code == 302
    assert Organisation.objects.get(pk=network.pk).country == "DK"


@pytest.mark.django_db
def test_reader_adds_no_reference_data(client, reader):
    client.force_login(reader)
    assert client.post("/organisations/add/", {"name": "Y", "kind": "other"}).status_code == 403
    assert not Organisation.objects.exists()


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
def test_organisation_in_use_is_not_deleted(client, installation_admin, membership, network):
    client.force_login(installation_admin)
    response = client.post(f"/organisations/{network.pk}/delete/")
    assert response.status_code == 302
    assert Organisation.objects.filter(pk=network.pk).exists()


@pytest.mark.django_db
def test_country_is_shown_by_name(client, reader, network):
    client.force_login(reader)
    assert "Belgien (BE)" in client.get("/organisations/").content.decode()
