"""What every page carries: an icon, a capitalised tab title, and the way to the administration for administrators."""

from __future__ import annotations

import re

import pytest


@pytest.mark.django_db
def test_favicon_is_answered_on_the_address_browsers_ask_for(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    icon = client.get(response["Location"])
    assert icon.status_code == 200
    assert b"<svg" in b"".join(icon.streaming_content)


@pytest.mark.django_db
def test_pages_name_the_icon_and_start_their_tab_title_with_a_capital(client, coordinator):
    client.force_login(coordinator)
    html = client.get("/memberships/").content.decode()
    assert re.search(r'<link rel="icon" href="[^"]*favicon\.svg"', html)
    assert "<title>Medlemskaber · udsyn</title>" in html


@pytest.mark.django_db
def test_only_administrators_get_the_link_to_the_administration(client, admin_user, coordinator):
    client.force_login(admin_user)
    assert 'href="/admin/"' in client.get("/").content.decode()
    client.force_login(coordinator)
    assert 'href="/admin/"' not in client.get("/").content.decode()
