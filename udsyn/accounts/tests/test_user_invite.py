"""A municipality administrator invites a user with a role: the user gets an e-mail with a link, chooses a
password there and logs in; or is created with a password the administrator gives. History says who and when."""

import re

from django.core import mail

from udsyn.accounts.models import User


def logs_in(client, username: str, password: str) -> bool:
    """Through the login page, as a person does (the lockout needs the request)."""
    response = client.post("/login/", {"username": username, "password": password})
    return response.status_code == 302


def test_an_invited_user_chooses_a_password_from_the_link_and_logs_in(client, municipality_admin, department):
    client.force_login(municipality_admin)
    response = client.post("/users/add/", {
        "username": "bjarne", "first_name": "Bjarne", "last_name": "Holm", "email": "bjarne@example.org",
        "role": "coordinator", "department": department.pk})
    user = User.objects.get(username="bjarne")
    assert response.status_code == 302 and response["Location"] == f"/users/{user.pk}/"
    assert user.role == "coordinator" and user.municipality_id == department.municipality_id
    assert not user.has_usable_password()

    [letter] = mail.outbox
    assert letter.to == ["bjarne@example.org"] and letter.subject == "Dit login til udsyn"
    assert "Dit brugernavn er bjarne" in letter.body and "None" not in letter.body
    link = re.search(r"http://testserver(/password/\S+/)", letter.body).group(1)

    client.logout()
    form = client.get(link, follow=True)
    assert form.status_code == 200 and "Vælg din adgangskode" in form.content.decode()
    done = client.post(form.redirect_chain[-1][0], {"new_password1": "Grøn-havn-2030", "new_password2":
                                                     "Grøn-havn-2030"})
    assert done.status_code == 302 and done["Location"] == "/password/done/"
    assert logs_in(client, "bjarne", "Grøn-havn-2030")
    assert client.get(link, follow=True).context["validlink"] is False  # the link works once

    history = list(user.history.order_by("history_date"))
    assert [(h.history_type, h.history_user) for h in history] == [("+", municipality_admin), ("~", user)]
    detail = client.get(f"/users/{user.pk}/")  # the coordinator cannot read the Users pages
    assert detail.status_code == 403


def test_the_invitation_shows_in_the_users_history(client, municipality_admin, department):
    client.force_login(municipality_admin)
    client.post("/users/add/", {"username": "bjarne", "email": "bjarne@example.org", "role": "reader"})
    user = User.objects.get(username="bjarne")
    page = client.get(f"/users/{user.pk}/").content.decode()
    assert "Inviteret via e-mail til bjarne@example.org" in page and "kommuneadmin" in page
    assert "Inviteret: brugeren har endnu ikke valgt en adgangskode." in page


def test_a_user_created_with_a_password_logs_in_at_once(client, municipality_admin, department):
    client.force_login(municipality_admin)
    response = client.post("/users/add/", {"username": "sofie", "role": "editor", "department": department.pk,
                                           "password1": "Grøn-havn-2030", "password2": "Grøn-havn-2030"})
    assert response.status_code == 302 and not mail.outbox
    client.logout()
    assert logs_in(client, "sofie", "Grøn-havn-2030")


def test_the_form_says_what_is_missing(client, municipality_admin, department):
    client.force_login(municipality_admin)
    no_mail = client.post("/users/add/", {"username": "x1", "role": "reader"})
    assert no_mail.status_code == 400
    assert "Angiv en e-mailadresse" in no_mail.content.decode()
    weak = client.post("/users/add/", {"username": "x2", "role": "reader", "password1": "1234",
                                       "password2": "1234"})
    assert weak.status_code == 400 and "for kort" in weak.content.decode()
    editor = client.post("/users/add/", {"username": "x3", "role": "editor", "email": "x3@example.org"})
    assert "En redaktør i forvaltning skal have en forvaltning." in editor.content.decode()
    installation = client.post("/users/add/", {"username": "x4", "role": "installation_admin",
                                               "email": "x4@example.org"})
    assert installation.status_code == 400
    assert not User.objects.filter(username__startswith="x").exists()


def test_english_on_request(client, municipality_admin, department):
    client.force_login(municipality_admin)
    client.post("/i18n/setlang/", {"language": "en", "next": "/users/"})
    client.post("/users/add/", {"username": "bjarne", "email": "bjarne@example.org", "role": "reader"})
    assert mail.outbox[0].subject == "Your login to udsyn"
    page = client.get(f"/users/{User.objects.get(username='bjarne').pk}/").content.decode()
    assert "Invited by e-mail to bjarne@example.org" in page and "Change role" in page
