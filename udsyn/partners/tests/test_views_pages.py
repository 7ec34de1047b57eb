import pytest

from udsyn.organisations.models import City
from udsyn.partners.models import Partner


@pytest.fixture
def harbin(db):
    return City.objects.create(name="Harbin", country="CN")


@pytest.mark.django_db
def test_owner_registers_a_partner_city_and_sees_it_listed(client, owner, department, harbin):
    client.force_login(owner)
    response = client.post("/partners/add/", {"city": harbin.pk, "kind": "twin_city", "department": department.pk,
                                               "signed_on": "1984-05-01", "themes": "kultur, uddannelse"})
    assert response.status_code == 302
    partner = Partner.objects.get()
    assert partner.history.get().history_user == owner
    listing = client.get("/partners/", {"country": "cn"}).content.decode()
    assert f'href="/partners/{partner.pk}/"' in listing and "Venskabsby" in listing


@pytest.mark.django_db
def test_renewal_before_signing_is_refused_in_danish(client, owner, department, harbin):
    client.force_login(owner)
    response = client.post("/partners/add/", {"city": harbin.pk, "kind": "twin_city", "department": department.pk,
                                               "signed_on": "1984-05-01", "renewed_on": "1980-01-01"})
    assert response.status_code == 400
    assert "Denne dato kan ikke ligge før aftalen blev indgået." in response.content.decode()
    assert not Partner.objects.exists()


@pytest.mark.django_db
def test_reader_cannot_add_partners(client, reader, department, harbin):
    client.force_login(reader)
    assert client.get("/partners/add/").status_code == 403
    assert client.post("/partners/add/", {"city": harbin.pk, "kind": "twin_city",
                                          "department": department.pk}).status_code == 403
    assert not Partner.objects.exists()
