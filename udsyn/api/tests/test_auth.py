"""Token authentication; nobody reads the register without logging in."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


def test_anonymous_is_refused(membership):
    response = APIClient().get("/api/v1/memberships/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_token_gives_access(membership, reader):
    token = Token.objects.create(user=reader)
    client = APIClient(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = client.get("/api/v1/memberships/")
    assert response.status_code == 200
    assert response.json()["count"] == 1


def test_wrong_token_is_refused(membership):
    client = APIClient(HTTP_AUTHORIZATION="Token " + "0" * 40)
    assert client.get("/api/v1/memberships/").status_code == 401


def test_token_writes_are_recorded_for_its_user(owner, department, network):
    token = Token.objects.create(user=owner)
    client = APIClient(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = client.post("/api/v1/memberships/", {"department": department.pk, "organisation": network.pk},
                           format="json")
    assert response.status_code == 201
    history = client.get(f"/api/v1/memberships/{response.json()['id']}/history/").json()
    assert history[0]["user"]["username"] == "owner"


def test_token_endpoint_returns_the_users_token(owner):
    response = APIClient().post("/api/v1/auth/token/", {"username": "owner", "password": "pw-owner"})
    assert response.status_code == 200
    assert response.json()["token"] == Token.objects.get(user=owner).key


def test_token_endpoint_refuses_a_wrong_password(owner):
    response = APIClient().post("/api/v1/auth/token/", {"username": "owner", "password": "wrong"})
    assert response.status_code == 400
    assert not Token.objects.exists()
