"""Reference data: departments read only; exchange rates, programmes, cities and organisations are shared by every
municipality and changed by installation administrators only (editors may add a city or an organisation)."""

import pytest

from udsyn.core.models import ExchangeRate
from udsyn.organisations.models import Organisation, Person
from udsyn.projects.models import Programme

pytestmark = pytest.mark.django_db

RATE = {"currency": "EUR", "date": "2021-01-04", "dkk_per_unit": "7.4393"}


def test_departments_and_municipalities_are_read_only(api, admin_user, department):
    client = api(admin_user)
    listed = client.get("/api/v1/departments/").json()["results"]
    assert [row["short_name"] for row in listed] == ["TMF"]
    assert client.post("/api/v1/departments/", {"name": "New"}, format="json").status_code == 405
    assert client.delete(f"/api/v1/municipalities/{department.municipality_id}/").status_code == 405


def test_editor_may_not_create_exchange_rates(api, owner):
    assert api(owner).post("/api/v1/exchange-rates/", RATE, format="json").status_code == 403
    assert not ExchangeRate.objects.exists()


def test_installation_admin_creates_and_changes_exchange_rates(api, installation_admin, coordinator,
                                                               municipality_admin, owner):
    for user in (coordinator, municipality_admin, owner):
        assert api(user).post("/api/v1/exchange-rates/", RATE, format="json").status_code == 403
    response = api(installation_admin).post("/api/v1/exchange-rates/", RATE, format="json")
    assert response.status_code == 201
    url = f"/api/v1/exchange-rates/{response.json()['id']}/"
    for user in (owner, coordinator, municipality_admin):
        assert api(user).patch(url, {"dkk_per_unit": "8"}, format="json").status_code == 403
        assert api(user).delete(url).status_code == 403
    assert api(installation_admin).patch(url, {"dkk_per_unit": "7.4400"}, format="json").status_code == 200
    assert str(ExchangeRate.objects.get().dkk_per_unit) == "7.440000"


def test_duplicate_exchange_rate_is_a_bad_request(api, installation_admin):
    api(installation_admin).post("/api/v1/exchange-rates/", RATE, format="json")
    assert api(installation_admin).post("/api/v1/exchange-rates/", RATE, format="json").status_code == 400
    assert ExchangeRate.objects.count() == 1


def test_programmes_are_a_managed_list(api, owner, coordinator, installation_admin):
    programme = {"name": "Horizon Europe", "family": "Horizon", "is_eu": True}
    assert api(owner).post("/api/v1/programmes/", programme, format="json").status_code == 403
    assert api(coordinator).post("/api/v1/programmes/", programme, format="json").status_code == 403
    assert api(installation_admin).post("/api/v1/programmes/", programme, format="json").status_code == 201
    assert Programme.objects.get().name == "Horizon Europe"


def test_editor_adds_an_organisation_but_only_installation_admins_change_it(api, owner, coordinator, reader,
                                                                           municipality_admin, installation_admin):
    response = api(owner).post("/api/v1/organisations/", {"name": "STRING", "kind": "network"}, format="json")
    assert response.status_code == 201
    url = f"/api/v1/organisations/{response.json()['id']}/"
    assert api(reader).post("/api/v1/organisations/", {"name": "C40"}, format="json").status_code == 403
    for user in (owner, coordinator, municipality_admin):
        assert api(user).patch(url, {"country": "DK"}, format="json").status_code == 403
    assert api(installation_admin).patch(url, {"country": "DK"}, format="json").status_code == 200
    assert Organisation.objects.get().country == "DK"


def test_organisation_in_use_cannot_be_deleted(api, admin_user, membership, network):
    response = api(admin_user).delete(f"/api/v1/organisations/{network.pk}/")
    assert response.status_code == 409
    assert response.json()["code"] == "in_use"
    assert Organisation.objects.filter(pk=network.pk).exists()


def test_people_follow_their_department(api, owner, outsider, department, other_department):
    response = api(owner).post("/api/v1/people/", {"name": "Anna Jensen", "department": department.pk},
                               format="json")
    assert response.status_code == 201
    url = f"/api/v1/people/{response.json()['id']}/"
    assert api(outsider).patch(url, {"title": "Mayor"}, format="json").status_code == 403
    assert api(owner).patch(url, {"title": "Chief adviser"}, format="json").status_code == 200
    refused = api(owner).post("/api/v1/people/", {"name": "Bo Hansen", "department": other_department.pk},
                              format="json")
    assert refused.status_code == 403
    assert list(Person.objects.values_list("name", "title")) == [("Anna Jensen", "Chief adviser")]
