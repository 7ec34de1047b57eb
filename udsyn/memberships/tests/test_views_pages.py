"""Create, detail with history, and delete of a membership through the pages."""

import pytest

from udsyn.memberships.models import Membership


@pytest.mark.django_db
def test_create_then_detail_shows_fields_and_history(client, owner, network, department):
    client.force_login(owner)
    form = client.get("/memberships/add/").content.decode()
    assert '<label for="id_annual_fee">' in form
    response = client.post("/memberships/add/", {"organisation": network.pk, "department": department.pk,
                                                  "annual_fee": "25.000", "fee_currency": "EUR"})
    membership = Membership.objects.get()
    assert response["Location"] == f"/memberships/{membership.pk}/"
    detail = client.get(response["Location"]).content.decode()
    assert "25.000\u00a0€" in detail
    assert "Eurocities" in detail
    assert "owner" in detail  # the history says who


@pytest.mark.django_db
def test_history_shows_what_changed(client, owner, membership):
    from udsyn.core.services import record_update

    record_update(record=membership, data={"purpose": "Bæredygtig byudvikling"}, expected_version=1,
                  acting_user=owner)
    client.force_login(owner)
    page = client.get(f"/memberships/{membership.pk}/").content.decode()
    assert "<ins>Bæredygtig byudvikling</ins>" in page


@pytest.mark.django_db
def test_delete_after_confirmation(client, owner, membership):
    client.force_login(owner)
    confirm = client.get(f"/memberships/{membership.pk}/delete/")
    assert confirm.status_code == 200
    assert Membership.objects.filter(pk=membership.pk).exists()
    response = client.post(f"/memberships/{membership.pk}/delete/", {"version": membership.version})
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert membership.history.filter(history_type="-").get().history_user == owner
