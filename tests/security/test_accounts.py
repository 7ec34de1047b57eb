"""Accounts: wrong passwords lock a username out from an address (web login and API token alike), the user is told
so in Danish, and an administrator lifts the lock; the token endpoint is rate limited."""

from __future__ import annotations

from io import StringIO

import pytest
from axes.models import AccessAttempt
from django.contrib import admin
from django.core.management import call_command
from rest_framework.test import APIClient

LOCKED = "For mange forkerte adgangskoder: kontoen er låst i 30 minutter fra denne adresse."


def log_in(client, password: str):
    return client.post("/login/", {"username": "owner", "password": password})


@pytest.mark.django_db
def test_the_login_page_locks_out_after_five_wrong_passwords_and_says_so(client, owner):
    for attempt in range(1, 5):
        response = log_in(client, f"wrong-{attempt}")
        assert response.status_code == 200 and "Brugernavnet eller adgangskoden er forkert" in \
            response.content.decode(), attempt
    response = log_in(client, "wrong-5")
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    # Locked: the right password is refused too, and the page says why.
    response = log_in(client, "pw-owner")
    assert response.status_code == 429 and LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_an_administrator_lifts_the_lock(client, owner):
    for attempt in range(5):
        log_in(client, f"wrong-{attempt}")
    assert AccessAttempt.objects.filter(username="owner").exists()
    assert admin.site.is_registered(AccessAttempt)  # the admin's "Access attempts": delete one to lift it
    call_command("axes_reset_username", "owner", stdout=StringIO())
    response = log_in(client, "pw-owner")
    assert response.status_code == 302 and client.session["_auth_user_id"] == str(owner.pk)


@pytest.mark.django_db
def test_a_success_before_the_limit_starts_the_count_again(client, owner):
    for attempt in range(4):
        log_in(client, f"wrong-{attempt}")
    assert log_in(client, "pw-owner").status_code == 302
    client.logout()
    for attempt in range(4):
        assert log_in(client, f"wrong-again-{attempt}").status_code == 200


@pytest.mark.django_db
def test_the_token_endpoint_locks_out_too(owner):
    api = APIClient()
    for attempt in range(4):
        response = api.post("/api/v1/auth/token/", {"username": "owner", "password": f"wrong-{attempt}"})
        assert response.status_code == 400
    response = api.post("/api/v1/auth/token/", {"username": "owner", "password": "wrong-5"})
    assert response.status_code == 429 and response.json()["detail"].startswith(LOCKED)
    response = api.post("/api/v1/auth/token/", {"username": "owner", "password": "pw-owner"})
    assert response.status_code == 429
    call_command("axes_reset_username", "owner", stdout=StringIO())
    response = api.post("/api/v1/auth/token/", {"username": "owner", "password": "pw-owner"})
    assert response.status_code == 200 and response.json()["token"]


@pytest.mark.django_db
def test_one_address_asks_for_tokens_at_most_twenty_times_a_minute(owner):
    api = APIClient()
    for number in range(20):
        assert api.post("/api/v1/auth/token/", {"username": f"guess{number}", "password": "x"}).status_code == 400
    response = api.post("/api/v1/auth/token/", {"username": "owner", "password": "pw-owner"})
    assert response.status_code == 429 and "Retry-After" in response
