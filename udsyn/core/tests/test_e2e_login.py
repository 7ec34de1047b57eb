"""End-to-end in a real headless Chromium: logging in and out through the Danish login form."""

import pytest
from playwright.sync_api import expect

from conftest import log_in


@pytest.mark.e2e
def test_log_in_and_out(transactional_db, page, owner):
    log_in(page, owner)
    expect(page.get_by_role("heading", name="Overblik over det internationale arbejde")).to_be_visible()
    expect(page.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name="Medlemskaber")).to_be_visible()
    page.get_by_role("button", name="Log ud").click()
    page.wait_for_url("**/login/")
    page.goto("/memberships/")
    expect(page.get_by_role("button", name="Log ind")).to_be_visible()  # logged out: sent back to the login form


@pytest.mark.e2e
def test_wrong_password_is_explained(transactional_db, page, owner):
    page.goto("/login/")
    page.get_by_label("Brugernavn").fill(owner.username)
    page.get_by_label("Adgangskode").fill("wrong")
    page.get_by_role("button", name="Log ind").click()
    expect(page.get_by_role("alert")).to_contain_text("Brugernavnet eller adgangskoden er forkert")
