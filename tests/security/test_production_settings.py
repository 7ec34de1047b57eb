"""Production settings come from the environment: with UDSYN_HTTPS=1 and a real secret key, Django's deployment
check finds nothing to warn about, HTTPS is enforced (HSTS, redirect, Secure cookies) and every page carries the
Content-Security-Policy."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

UDSYN = Path(sys.executable).parent / "udsyn"
SHOW = ("import json; from django.conf import settings as s; print(json.dumps({k: getattr(s, k) for k in ["
        "'SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SESSION_COOKIE_SECURE', "
        "'CSRF_COOKIE_SECURE', 'SECURE_PROXY_SSL_HEADER']}, default=list))")


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process; a deployment never has it.
    base = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return subprocess.run([str(UDSYN), *args], capture_output=True, text=True, timeout=600,
                          env={**base, "UDSYN_SECRET_KEY": secrets.token_urlsafe(64), **env})


def test_check_deploy_is_clean_with_https_and_a_real_secret_key():
    result = run("check", "--deploy", "--fail-level", "WARNING", UDSYN_HTTPS="1")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout + result.stderr


def test_without_https_the_check_names_what_is_missing():
    result = run("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in result.stderr


def test_https_turns_on_hsts_redirect_and_secure_cookies_behind_a_proxy():
    output = run("shell", "--no-imports", "-c", SHOW, UDSYN_HTTPS="1", UDSYN_PROXY_SSL_HEADER="X-Forwarded-Proto")
    shown = json.loads(output.stdout.strip().splitlines()[-1])
    assert shown == {"SECURE_SSL_REDIRECT": True, "SECURE_HSTS_SECONDS": 31_536_000,
                     "SECURE_HSTS_INCLUDE_SUBDOMAINS": True, "SESSION_COOKIE_SECURE": True,
                     "CSRF_COOKIE_SECURE": True, "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"]}


@pytest.mark.django_db
def test_every_page_carries_the_policy(client, reader):
    for path in ("/login/", "/api/v1/openapi.json"):
        policy = client.get(path)["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "style-src 'self'" in policy and "'unsafe-inline'" not in policy
    client.force_login(reader)
    assert "object-src 'none'" in client.get("/")["Content-Security-Policy"]
