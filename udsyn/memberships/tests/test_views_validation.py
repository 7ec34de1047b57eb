import pytest

from udsyn.memberships.models import Membership


@pytest.mark.django_db
def test_end_before_start_is_explained_in_danish(client, owner, network, department):
    client.force_login(owner)
    response = client.post("/memberships/add/", {
        "organisation": network.pk, "department": department.pk, "fee_currency": "DKK",
        "start": "2024-05-01", "end": "2023-01-01",
    }, HTTP_ACCEPT_LANGUAGE="da")
    assert response.status_code == 400
    assert "Slutdatoen kan ikke ligge før startdatoen." in response.content.decode()
    assert Membership.objects.count() == 0


@pytest.mark.django_db
def test_danish_amount_is_understood_and_a_bad_one_explained(client, owner, network, department):
    client.force_login(owner)
    data = {"organisation": network.pk, "department": department.pk, "fee_currency": "DKK"}
    bad = client.post("/memberships/add/", {**data, "annual_fee": "mange penge"}, HTTP_ACCEPT_LANGUAGE="da")
    assert bad.status_code == 400
    assert "Indtast et beløb" in bad.content.decode()
    good = client.post("/memberships/add/", {**data, "annual_fee": "1.300.000,50"})
    assert good.status_code == 302
    assert str(Membership.objects.get().annual_fee) == "1300000.50"
