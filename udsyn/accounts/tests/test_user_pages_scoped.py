"""The Users pages are a municipality administrator's, for the users of their own municipality: another
municipality's user is a 404, and the other roles are turned away."""

import pytest

from udsyn.accounts.models import User
from udsyn.organisations.models import Department, Municipality


@pytest.fixture
def elsewhere(db):
    other = Municipality.objects.create(name="Andenby Kommune", code="998")
    department = Department.objects.create(municipality=other, name="Borgmesterens Forvaltning")
    return User.objects.create_user(username="andenby-redaktor", password="x", role="editor", department=department,
                                    first_name="Anders")


def test_the_list_shows_the_municipalitys_users_and_no_one_elses(client, municipality_admin, owner, reader, elsewhere):
    client.force_login(municipality_admin)
    page = client.get("/users/")
    assert page.status_code == 200
    assert {u.username for u in page.context["records"]} == {"kommuneadmin", "owner", "reader"}
    html = page.content.decode()
    assert "Brugere" in html and "Redaktør i forvaltning" in html and "andenby-redaktor" not in html
    assert 'href="/users/add/"' in html


def test_another_municipalitys_user_is_not_found(client, municipality_admin, elsewhere):
    client.force_login(municipality_admin)
    assert client.get(f"/users/{elsewhere.pk}/").status_code == 404
    assert client.get(f"/users/{elsewhere.pk}/edit/").status_code == 404
    response = client.post(f"/users/{elsewhere.pk}/edit/", {"role": "reader", "first_name": "Hacked"})
    assert response.status_code == 404
    assert client.post(f"/users/{elsewhere.pk}/active/", {"active": "0"}).status_code == 404
    elsewhere.refresh_from_db()
    assert elsewhere.is_active and elsewhere.role == "editor" and elsewhere.first_name == "Anders"


@pytest.mark.parametrize("persona", ["coordinator", "owner", "reader"])
def test_other_roles_may_not_manage_users(client, request, persona, municipality_admin):
    client.force_login(request.getfixturevalue(persona))
    assert client.get("/users/").status_code == 403
    assert client.get("/users/add/").status_code == 403
    assert client.get(f"/users/{municipality_admin.pk}/").status_code == 403
    assert client.post(f"/users/{municipality_admin.pk}/active/", {"active": "0"}).status_code == 403
    assert 'href="/users/"' not in client.get("/").content.decode()  # no link in the header either


def test_the_header_links_administrators_to_their_users(client, municipality_admin):
    client.force_login(municipality_admin)
    assert 'href="/users/"' in client.get("/").content.decode()


def test_a_department_of_another_municipality_cannot_be_chosen(client, municipality_admin, elsewhere):
    client.force_login(municipality_admin)
    response = client.post("/users/add/", {"username": "ny", "email": "ny@example.org", "role": "editor",
                                           "department": elsewhere.department_id})
    assert response.status_code == 400 and not User.objects.filter(username="ny").exists()
