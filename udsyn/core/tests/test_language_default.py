import pytest


@pytest.mark.django_db
def test_pages_speak_danish_even_to_an_english_browser(client):
    page = client.get("/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert "Brugernavn" in page


@pytest.mark.django_db
def test_the_language_switch_gives_english(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/login/"})
    page = client.get("/login/", HTTP_ACCEPT_LANGUAGE="da").content.decode()
    assert "Username" in page
    assert "Brugernavn" not in page
