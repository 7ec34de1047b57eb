"""The Content-Security-Policy allows no inline script or style, and the site needs none: walking the main pages,
the administration, the login page and the public delegation form in Chromium records no violation."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.pages import demo_pages, log_in_as
from udsyn.demo.loader import load_demo

from .test_e2e_xss import CSP_LISTENER

pytestmark = pytest.mark.e2e


def violations(page, path: str) -> list[str]:
    response = page.goto(path)
    assert response is not None and response.status < 400, (path, response and response.status)
    policy = response.headers.get("content-security-policy", "")
    assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    if not path.startswith("/api/"):  # DRF's browsable pages carry inline styles of their own (never script)
        assert "style-src 'self';" in policy, path
    page.wait_for_load_state("load")
    return page.evaluate("window.__csp || []")


def test_no_page_needs_inline_script_or_style(transactional_db, page):
    from udsyn.organisations.models import Municipality

    load_demo()
    page.add_init_script(CSP_LISTENER)
    found: dict[str, list[str]] = {}
    public = reverse("delegation_form", args=[Municipality.objects.order_by("pk").first().slug])
    for path in ("/login/", public):
        found[path] = violations(page, path)
    log_in_as(page, "admin", "admin")
    pages = [path for _name, path in demo_pages()] + [
        reverse("insight_graph"), reverse("delegationrequest_list"), reverse("search") + "?q=klima",
        "/admin/", "/admin/memberships/membership/", "/admin/axes/accessattempt/", "/api/v1/memberships/"]
    for path in pages:
        found[path] = violations(page, path)
        if path == reverse("insight_map"):
            page.wait_for_selector("#partner-map[data-ready='true']")
            found[path] += page.evaluate("window.__csp || []")
    assert {path: v for path, v in found.items() if v} == {}
