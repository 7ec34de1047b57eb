"""GET /api/v1/<records>/{id}/history/: who changed what, when."""

import pytest

pytestmark = pytest.mark.django_db


def test_history_lists_changes_newest_first(api, owner, colleague, reader, membership):
    api(colleague).patch(f"/api/v1/memberships/{membership.pk}/", {"purpose": "Climate", "fee_year": 2027},
                         format="json", HTTP_IF_MATCH='"1"')
    response = api(reader).get(f"/api/v1/memberships/{membership.pk}/history/")
    assert response.status_code == 200
    changed, created = response.json()
    assert changed["change_type"] == "changed"
    assert changed["user"]["username"] == "colleague"
    assert changed["version"] == 2
    assert sorted(changed["changed_fields"]) == ["fee_year", "purpose"]
    assert created["change_type"] == "created"
    assert created["user"]["username"] == "owner"
    assert "annual_fee" in created["changed_fields"]
    assert changed["when"] >= created["when"]


def test_history_of_reference_data_names_the_user(api, admin_user, reader):
    client = api(admin_user)
    rate = client.post("/api/v1/exchange-rates/", {"currency": "EUR", "date": "2020-01-02",
                                                   "dkk_per_unit": "7.4725"}, format="json").json()
    client.patch(f"/api/v1/exchange-rates/{rate['id']}/", {"note": "Nationalbanken"}, format="json")
    entries = api(reader).get(f"/api/v1/exchange-rates/{rate['id']}/history/").json()
    assert [(e["change_type"], e["user"]["username"]) for e in entries] == [
        ("changed", "admin"), ("created", "admin")]
    assert entries[0]["changed_fields"] == ["note"]


def test_history_of_unknown_record_is_404(api, reader, db):
    assert api(reader).get("/api/v1/memberships/999999/history/").status_code == 404


def test_history_of_shared_data_does_not_name_another_municipalitys_user(api, owner, db):
    from udsyn.accounts.models import User
    from udsyn.organisations.models import Department, Municipality

    elsewhere = Department.objects.create(municipality=Municipality.objects.create(name="Andeby Kommune"), name="Forv")
    stranger = User.objects.create_user(username="stranger-editor", role="editor", department=elsewhere)
    made = api(stranger).post("/api/v1/organisations/", {"name": "Hanse Network", "kind": "network"}, format="json")
    assert made.status_code == 201
    entries = api(owner).get(f"/api/v1/organisations/{made.json()['id']}/history/").json()
    assert [(e["change_type"], e["user"]) for e in entries] == [("created", None)]
    assert "stranger-editor" not in str(entries)
    own = api(stranger).get(f"/api/v1/organisations/{made.json()['id']}/history/").json()
    assert own[0]["user"]["username"] == "stranger-editor"
