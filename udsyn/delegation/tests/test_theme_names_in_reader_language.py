"""Staff pages name a delegation theme in the reader's language, by the English name the desk gave it (the English
statistics and request pages listed "Klimatilpasning" where the public form says "Climate adaptation")."""

import pytest

from udsyn.delegation.models import DelegationRequest

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


def test_the_request_page_names_its_themes_in_the_language_of_the_page(client, submit, themes, coordinator):
    climate, _libraries = themes
    assert submit(themes=[climate.pk]).status_code == 302
    request = DelegationRequest.objects.get()
    client.force_login(coordinator)
    assert "<dd>Klimatilpasning</dd>" in client.get(f"/delegations/{request.pk}/").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert "<dd>Climate adaptation</dd>" in client.get(f"/delegations/{request.pk}/").content.decode()
