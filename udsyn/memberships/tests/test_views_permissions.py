"""Who may edit a membership through the web pages: checked on the server, and buttons hidden accordingly."""

from decimal import Decimal

import pytest

from udsyn.memberships.models import Membership


def edit_data(membership, **changes):
    data = {"organisation": membership.organisation_id, "department": membership.department_id,
            "annual_fee": "500.000", "fee_currency": "DKK", "fee_year": "2026", "purpose": "",
            "version": membership.version}
    data.update(changes)
    return data


@pytest.mark.django_db
def test_owner_edits_own_departments_membership(client, owner, membership):
    client.force_login(owner)
    page = client.get(f"/memberships/{membership.pk}/")
    assert f'href="/memberships/{membership.pk}/edit/"' in page.content.decode()
    response = client.post(f"/memberships/{membership.pk}/edit/", edit_data(membership, annual_fee="1.300.000"))
    assert response.status_code == 302
    stored = Membership.objects.get(pk=membership.pk)
    assert stored.annual_fee == Decimal("1300000.00")
    assert stored.version == 2
    assert stored.history.first().history_user == owner


@pytest.mark.django_db
def test_outsider_gets_403_and_the_record_is_unchanged(client, outsider, membership):
    client.force_login(outsider)
    assert client.get(f"/memberships/{membership.pk}/edit/").status_code == 403
    response = client.post(f"/memberships/{membership.pk}/edit/", edit_data(membership, annual_fee="1"))
    assert response.status_code == 403
    assert client.post(f"/memberships/{membership.pk}/delete/").status_code == 403
    stored = Membership.objects.get(pk=membership.pk)
    assert stored.annual_fee == Decimal("500000.00")
    assert stored.version == 1
    page = client.get(f"/memberships/{membership.pk}/").content.decode()
    assert f"/memberships/{membership.pk}/edit/" not in page


@pytest.mark.django_db
def test_reader_sees_no_buttons_and_gets_403_on_post(client, reader, membership):
    client.force_login(reader)
    detail = client.get(f"/memberships/{membership.pk}/").content.decode()
    assert f"/memberships/{membership.pk}/edit/" not in detail
    assert f"/memberships/{membership.pk}/delete/" not in detail
    assert "/memberships/add/" not in client.get("/memberships/").content.decode()
    assert client.post(f"/memberships/{membership.pk}/edit/", edit_data(membership, purpose="x")).status_code == 403
    assert client.post("/memberships/add/", edit_data(membership)).status_code == 403
    assert client.post(f"/memberships/{membership.pk}/delete/").status_code == 403
    assert Membership.objects.get(pk=membership.pk).purpose == ""
    assert Membership.objects.count() == 1


@pytest.mark.django_db
def test_coordinator_edits_any_department(client, coordinator, other_department, network, outsider):
    from udsyn.core.services import record_create

    theirs = record_create(model=Membership, acting_user=outsider,
                           data={"department": other_department, "organisation": network})
    client.force_login(coordinator)
    response = client.post(f"/memberships/{theirs.pk}/edit/",
                           edit_data(theirs, purpose="Klimasamarbejde", department=other_department.pk))
    assert response.status_code == 302
    assert Membership.objects.get(pk=theirs.pk).purpose == "Klimasamarbejde"


@pytest.mark.django_db
def test_editor_cannot_move_a_record_to_another_department(client, owner, membership, other_department):
    client.force_login(owner)
    form = client.get(f"/memberships/{membership.pk}/edit/").content.decode()
    assert other_department.name not in form  # not even offered
    response = client.post(f"/memberships/{membership.pk}/edit/",
                           edit_data(membership, department=other_department.pk))
    assert response.status_code == 400
    assert Membership.objects.get(pk=membership.pk).department_id == membership.department_id


@pytest.mark.django_db
def test_pages_require_login(client, membership):
    for url in ["/", "/memberships/", f"/memberships/{membership.pk}/", f"/memberships/{membership.pk}/edit/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/login/")
