import pytest


@pytest.mark.django_db
def test_danish_by_default_and_english_after_the_switch(client, reader):
    client.force_login(reader)
    danish = client.get("/memberships/").content.decode()
    assert '<html lang="da">' in danish and "Medlemskaber" in danish
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/memberships/"})
    assert response.status_code == 302 and response["Location"] == "/memberships/"
    english = client.get("/memberships/").content.decode()
    assert '<html lang="en">' in english
    assert "Memberships" in english and "Medlemskaber" not in english


@pytest.mark.django_db
def test_login_page_is_danish(client):
    page = client.get("/login/").content.decode()
    for text in ('<label for="id_username">Brugernavn</label>', '<label for="id_password">Adgangskode</label>',
                 "Log ind", 'href="#main"'):
        assert text in page
