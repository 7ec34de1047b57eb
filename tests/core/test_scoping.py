"""The one scoping rule (udsyn.core.registry.visible_to) and the roles, with named personas: the owner (editor in the
Technical department), a department colleague, the outsider (editor of the culture department of the same
municipality), and a stranger (coordinator of another municipality)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.apps import apps
from django.db import models

from udsyn.core import registry
from udsyn.core.registry import UnscopedModel, visible_to
from udsyn.core.services import record_create
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Department, Municipality, Region

pytestmark = pytest.mark.django_db


@pytest.fixture
def elsewhere(db):
    municipality = Municipality.objects.create(name="Andeby Kommune", code="998")
    return Department.objects.create(municipality=municipality, name="Andeby Forvaltning", short_name="AF")


@pytest.fixture
def stranger(elsewhere):
    from udsyn.accounts.models import User

    return User.objects.create_user(username="stranger", password="pw-stranger", role="coordinator",
                                    department=elsewhere)


@pytest.fixture
def their_membership(elsewhere, stranger, network):
    return record_create(model=Membership, acting_user=stranger, data={
        "department": elsewhere, "organisation": network, "annual_fee": Decimal("100.00"), "fee_currency": "DKK",
        "purpose": "Andeby's own reasons"})


def test_every_model_of_udsyn_declares_its_scope():
    """A model nobody decided the visibility of cannot be shown: each model of udsyn says which municipality its rows
    belong to (or that they are shared)."""
    undeclared = [model._meta.label for model in apps.get_models()
                  if model.__module__.startswith("udsyn.") and not model.__name__.startswith("Historical")
                  and not registry.has_scope(model)]
    assert undeclared == []


def test_a_model_without_a_scope_is_refused_not_shown(owner):
    from django.contrib.auth.models import Group

    with pytest.raises(UnscopedModel, match="auth.Group has no declared scope"):
        visible_to(owner, Group.objects.all())
    # Registering a scope is what makes it servable.
    assert issubclass(UnscopedModel, Exception) and not registry.has_scope(Group)


def test_each_user_sees_only_their_municipality(owner, colleague, outsider, reader, stranger, membership,
                                                their_membership):
    for user in (owner, colleague, outsider, reader):
        assert list(visible_to(user, Membership.objects.all())) == [membership]
    assert list(visible_to(stranger, Membership.objects.all())) == [their_membership]


def test_installation_admin_sees_across_and_municipality_admin_does_not(installation_admin, municipality_admin,
                                                                        membership, their_membership):
    assert set(visible_to(installation_admin, Membership.objects.all())) == {membership, their_membership}
    assert list(visible_to(municipality_admin, Membership.objects.all())) == [membership]


def test_anonymous_sees_nothing(membership):
    from django.contrib.auth.models import AnonymousUser

    assert not visible_to(AnonymousUser(), Membership.objects.all()).exists()
    assert not visible_to(None, Membership.objects.all()).exists()


def test_a_user_of_no_municipality_sees_nothing_but_shared_data(network, membership):
    from udsyn.accounts.models import User
    from udsyn.organisations.models import Organisation

    nobody = User.objects.create_user(username="nobody", role="reader")
    assert not visible_to(nobody, Membership.objects.all()).exists()
    assert list(visible_to(nobody, Organisation.objects.all())) == [network]


def test_regional_reader_reads_the_region_and_writes_nothing(client, municipality, membership, their_membership,
                                                             elsewhere):
    from udsyn.accounts.models import User
    from udsyn.core.permissions import can_create, can_edit

    region = Region.objects.create(name="KKR Testregion")
    municipality.region = region
    municipality.save()
    regional = User.objects.create_user(username="kkr", password="pw-kkr", role="regional_reader", region=region)
    assert list(visible_to(regional, Membership.objects.all())) == [membership]  # Andeby is not in the region
    Municipality.objects.filter(pk=elsewhere.municipality_id).update(region=region)
    assert set(visible_to(regional, Membership.objects.all())) == {membership, their_membership}
    assert not can_create(regional) and not can_edit(regional, membership)
    client.force_login(regional)
    assert client.get(f"/memberships/{their_membership.pk}/").status_code == 200
    assert client.post(f"/memberships/{membership.pk}/delete/", {"version": "1"}).status_code == 403
    assert client.get("/memberships/add/").status_code == 403
    assert Membership.objects.count() == 2


def test_another_municipality_is_404_in_ui_and_api(client, stranger, membership):
    client.force_login(stranger)
    for url in (f"/memberships/{membership.pk}/", f"/memberships/{membership.pk}/edit/",
                f"/memberships/{membership.pk}/delete/", f"/api/v1/memberships/{membership.pk}/",
                f"/api/v1/memberships/{membership.pk}/history/"):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/memberships/{membership.pk}/delete/", {"version": "1"}).status_code == 404
    response = client.patch(f"/api/v1/memberships/{membership.pk}/", {"purpose": "x"},
                            content_type="application/json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 404
    membership.refresh_from_db()
    assert (membership.version, membership.purpose) == (1, "")


def test_department_roles_still_hold_inside_the_municipality(client, owner, colleague, outsider, membership):
    """The outsider of the culture department sees the technical department's membership but may not change it: a
    403, not a 404 (it is their municipality's)."""
    client.force_login(outsider)
    assert client.get(f"/memberships/{membership.pk}/").status_code == 200
    assert client.get(f"/memberships/{membership.pk}/edit/").status_code == 403
    response = client.patch(f"/api/v1/memberships/{membership.pk}/", {"purpose": "x"},
                            content_type="application/json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 403
    client.force_login(colleague)
    response = client.patch(f"/api/v1/memberships/{membership.pk}/", {"purpose": "Klima"},
                            content_type="application/json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 200


def test_municipality_admin_changes_its_own_municipality_only(client, municipality_admin, membership,
                                                              their_membership):
    client.force_login(municipality_admin)
    response = client.patch(f"/api/v1/memberships/{membership.pk}/", {"purpose": "Own"},
                            content_type="application/json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 200
    response = client.patch(f"/api/v1/memberships/{their_membership.pk}/", {"purpose": "Theirs"},
                            content_type="application/json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 404
    assert client.get("/admin/").status_code == 302  # the admin site is the installation's
    their_membership.refresh_from_db()
    assert their_membership.purpose == "Andeby's own reasons"


def test_forms_and_the_api_offer_and_take_only_visible_rows(client, owner, elsewhere, stranger, department):
    """A related row of another municipality (a contact person) is neither offered nor accepted."""
    from udsyn.organisations.models import Organisation, Person

    theirs = Person.objects.create(name="Andeby Contact", department=elsewhere)
    ours = Person.objects.create(name="Testkøbing Contact", department=department)
    network = Organisation.objects.create(name="STRING", kind="network")
    client.force_login(owner)
    form = client.get("/memberships/add/").content.decode()
    assert "Testkøbing Contact" in form and "Andeby Contact" not in form and "Andeby Forvaltning" not in form
    response = client.post("/api/v1/memberships/", {
        "department": department.pk, "organisation": network.pk, "fee_currency": "DKK", "contact": theirs.pk},
        content_type="application/json")
    assert response.status_code == 400 and "contact" in response.json()
    filters = client.get("/memberships/").content.decode()
    assert "Andeby Forvaltning" not in filters and "Andeby Kommune" not in filters
    assert client.get("/api/v1/memberships/", {"department": elsewhere.pk}).status_code == 400
    assert ours.municipality_id == department.municipality_id and theirs.municipality_id == elsewhere.municipality_id


def test_people_belong_to_a_municipality(client, owner, stranger, department):
    from udsyn.organisations.models import Person

    client.force_login(owner)
    response = client.post("/api/v1/people/", {"name": "Bo Hansen"}, content_type="application/json")
    assert response.status_code == 201
    person = Person.objects.get(name="Bo Hansen")
    assert person.municipality_id == department.municipality_id and person.department is None
    client.force_login(stranger)
    assert client.get(f"/api/v1/people/{person.pk}/").status_code == 404
    assert "Bo Hansen" not in client.get("/organisations/people/").content.decode()


def test_scope_paths_are_lookups_to_a_municipality():
    """Every declared path ends at the municipality model (a typo would silently filter by something else)."""
    municipality = apps.get_model("organisations", "Municipality")
    for model in apps.get_models():
        if not model.__module__.startswith("udsyn.") or model.__name__.startswith("Historical"):
            continue
        path = registry.municipality_path(model)
        if path is None:
            continue
        target = model
        for part in [] if path == "pk" else path.split("__"):
            target = target._meta.get_field(part).related_model
        assert target is municipality, (model, path)
        assert issubclass(target, models.Model)
