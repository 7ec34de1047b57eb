"""The desk's statistics name each theme in the reader's language, by the English name the desk gave it (the English
page listed "Klimatilpasning" where the public form says "Climate adaptation")."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_themes_are_named_in_the_language_of_the_page(client, submit, themes, coordinator):
    climate, _libraries = themes
    assert submit(themes=[climate.pk]).status_code == 302
    client.force_login(coordinator)
    danish = client.get("/delegations/statistics/").content.decode()
    assert "Klimatilpasning" in danish and "Climate adaptation" not in danish
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = client.get("/delegations/statistics/").content.decode()
    assert "Climate adaptation" in english and "Klimatilpasning" not in english
