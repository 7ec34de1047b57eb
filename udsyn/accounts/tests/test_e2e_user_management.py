"""End-to-end in a real headless Chromium: a municipality administrator opens Brugere from the header, invites a
colleague as reader, makes them coordinator, deactivates them, and reads all three in the user's history."""

import pytest
from playwright.sync_api import expect

from conftest import log_in, save_screenshot
from udsyn.accounts.models import User


@pytest.mark.e2e
def test_invite_change_role_and_deactivate(transactional_db, page, municipality_admin, department):
    log_in(page, municipality_admin)
    page.get_by_role("link", name="Brugere").click()
    expect(page.get_by_role("heading", name="Brugere")).to_be_visible()
    page.get_by_role("link", name="Opret bruger").click()

    page.get_by_label("Brugernavn").fill("bjarne")
    page.get_by_label("Fornavn").fill("Bjarne")
    page.get_by_label("Efternavn").fill("Holm")
    page.get_by_label("E-mail-adresse").fill("bjarne@example.org")
    page.get_by_label("Rolle").select_option(label="Læser")
    page.get_by_label("Forvaltning").select_option(label="Teknik- og Miljøforvaltningen")
    page.get_by_role("button", name="Gem").click()
    expect(page.get_by_role("status")).to_contain_text("bjarne er inviteret")

    page.get_by_role("link", name="Skift rolle").click()
    page.get_by_label("Rolle").select_option(label="Koordinator")
    page.get_by_role("button", name="Gem").click()
    page.get_by_role("button", name="Deaktivér").click()
    expect(page.get_by_role("status")).to_contain_text("bjarne kan ikke længere logge ind")

    history = page.locator("section.history")
    expect(history).to_contain_text("Inviteret via e-mail til bjarne@example.org")
    expect(history).to_contain_text("Læser → Koordinator")
    expect(history).to_contain_text("Deaktiveret")
    expect(history.locator("tbody tr")).to_have_count(3)
    save_screenshot(page, "user-management-detail")
    user = User.objects.get(username="bjarne")
    assert user.role == "coordinator" and not user.is_active

    page.get_by_role("link", name="Brugere").first.click()
    expect(page.locator("table.records")).to_contain_text("Koordinator")
    save_screenshot(page, "user-management-list")
