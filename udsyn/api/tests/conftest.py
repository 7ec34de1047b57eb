"""Fixtures for the API tests: a client logged in as a persona, and the record-type cases."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from .cases import CASES


@pytest.fixture
def api():
    """api(user) → an APIClient authenticated as `user`; api(None) → anonymous."""

    def client_for(user) -> APIClient:
        # Messages are asserted in English; without the header Django would answer in Danish (LANGUAGE_CODE).
        client = APIClient(HTTP_ACCEPT_LANGUAGE="en")
        if user is not None:
            client.force_authenticate(user)
        return client

    return client_for


@pytest.fixture(params=CASES, ids=[case.basename for case in CASES])
def case(request):
    return request.param


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    # The personas are created with passwords; the default hasher is slow on purpose.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
