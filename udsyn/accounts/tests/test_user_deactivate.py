"""Deactivating a user: they cannot log in any more, their open session and API token stop working, their name stays
in the history; an administrator reactivates them. Both are in the user's history."""

from rest_framework.authtoken.models import Token


def test_a_deactivated_user_is_logged_out_and_cannot_log_in(client, municipality_admin, owner):
    session = client.__class__()
    session.force_login(owner)
    token = Token.objects.create(user=owner)
    assert session.get("/projects/").status_code == 200

    client.force_login(municipality_admin)
    response = client.post(f"/users/{owner.pk}/active/", {"active": "0"}, follow=True)
    assert "owner kan ikke længere logge ind." in response.content.decode()
    owner.refresh_from_db()
    assert not owner.is_active

    assert session.get("/projects/").status_code == 302  # to the login page
    assert client.get("/api/v1/projects/", HTTP_AUTHORIZATION=f"Token {token.key}").status_code in (401, 403)
    stranger = client.__class__()
    assert stranger.post("/login/", {"username": "owner", "password": "pw-owner"}).status_code == 200  # refused

    page = client.get(f"/users/{owner.pk}/").content.decode()
    assert "Deaktiveret: brugeren kan ikke logge ind." in page and "Genaktivér" in page
    history = page.split('id="history-heading"')[1]
    assert "Deaktiveret" in history and "kommuneadmin" in history


def test_reactivating_lets_them_in_again(client, municipality_admin, owner):
    client.force_login(municipality_admin)
    client.post(f"/users/{owner.pk}/active/", {"active": "0"})
    client.post(f"/users/{owner.pk}/active/", {"active": "1"})
    owner.refresh_from_db()
    assert owner.is_active
    reasons = list(owner.history.order_by("history_date").values_list("history_change_reason", flat=True))
    assert ["Deactivated" in (r or "") for r in reasons[-2:]] == [True, False]
    assert "Reactivated" in reasons[-1]
    assert client.__class__().post("/login/", {"username": "owner", "password": "pw-owner"}).status_code == 302


def test_the_list_shows_who_is_deactivated(client, municipality_admin, owner):
    client.force_login(municipality_admin)
    client.post(f"/users/{owner.pk}/active/", {"active": "0"})
    inactive = client.get("/users/", {"is_active": "false"})
    assert [u.username for u in inactive.context["records"]] == ["owner"]
