"""A municipality administrator changes a user's role and department; the user's history says who changed what,
when, in the reader's language. No one changes their own role, nor an installation administrator's."""

from udsyn.accounts.models import User


def test_the_role_changes_and_the_history_says_who_and_what(client, municipality_admin, reader, department):
    client.force_login(municipality_admin)
    form = client.get(f"/users/{reader.pk}/edit/")
    assert form.status_code == 200
    response = client.post(f"/users/{reader.pk}/edit/", {"first_name": "Rita", "last_name": "", "email": "",
                                                          "role": "coordinator", "department": department.pk})
    assert response.status_code == 302
    reader.refresh_from_db()
    assert reader.role == "coordinator"
    [change, _created] = reader.history.order_by("-history_date")
    assert change.history_user == municipality_admin and change.role == "coordinator"

    page = client.get(f"/users/{reader.pk}/").content.decode()
    history = page.split('id="history-heading"')[1]
    assert "kommuneadmin" in history and "Rolle" in history
    assert "<del>Læser</del> → <ins>Koordinator</ins>" in history
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = client.get(f"/users/{reader.pk}/").content.decode().split('id="history-heading"')[1]
    assert "<del>Reader</del> → <ins>Coordinator</ins>" in english


def test_a_login_is_no_change_in_the_history(client, reader):
    before = reader.history.count()
    assert client.post("/login/", {"username": "reader", "password": "pw-reader"}).status_code == 302
    reader.refresh_from_db()
    assert reader.last_login is not None and reader.history.count() == before


def test_the_password_hash_is_not_kept_in_the_history(reader):
    assert "password" not in {f.name for f in reader.history.model._meta.fields}


def test_no_one_changes_their_own_role(client, municipality_admin, department):
    client.force_login(municipality_admin)
    assert client.get(f"/users/{municipality_admin.pk}/edit/").status_code == 403
    assert client.post(f"/users/{municipality_admin.pk}/edit/", {"role": "reader"}).status_code == 403
    assert client.post(f"/users/{municipality_admin.pk}/active/", {"active": "0"}).status_code == 403
    page = client.get(f"/users/{municipality_admin.pk}/").content.decode()
    assert "Skift rolle" not in page and "Deaktivér" not in page
    municipality_admin.refresh_from_db()
    assert municipality_admin.role == "administrator" and municipality_admin.is_active


def test_an_installation_administrator_in_the_municipality_is_not_the_municipalitys_to_change(
        client, municipality_admin, admin_user):
    client.force_login(municipality_admin)  # admin_user: a superuser with a department of the municipality
    assert client.get(f"/users/{admin_user.pk}/").status_code == 200
    assert client.post(f"/users/{admin_user.pk}/edit/", {"role": "reader"}).status_code == 403
    assert client.post(f"/users/{admin_user.pk}/active/", {"active": "0"}).status_code == 403
    assert User.objects.get(pk=admin_user.pk).is_active
