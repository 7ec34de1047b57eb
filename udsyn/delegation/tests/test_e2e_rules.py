"""In a real headless Chromium: a coordinator changes a screening rule on the rules page, and the next request's
suggestion and reasons follow the new rule while the one screened before keeps the rules it was screened by."""

import pytest
from playwright.sync_api import expect

from conftest import log_in, save_screenshot
from udsyn.delegation.models import DelegationRequest


@pytest.mark.e2e
def test_a_coordinator_raises_the_largest_group_and_the_next_suggestion_accepts(transactional_db, page, desk, themes,
                                                                                  coordinator, submit):
    assert submit(size="35", themes=[themes[0].pk]).status_code == 302  # the desk receives 2 to 30
    before = DelegationRequest.objects.get()
    assert before.suggestion == "decline"

    log_in(page, coordinator)
    page.goto(f"/delegations/{before.pk}/")
    expect(page.locator(".screening .suggestion")).to_contain_text("Afvis")
    expect(page.locator(".screening li.failed")).to_have_count(1)
    expect(page.locator(".screening li.failed")).to_contain_text(
        "35 deltagere: der modtages grupper på 2 til 30 deltagere.")

    page.goto("/delegations/")
    page.get_by_role("link", name="Regler og offentlig formular").click()
    page.locator("#id_max_size").fill("40")
    save_screenshot(page, "delegation-rules-da")
    page.get_by_role("button", name="Gem reglerne").click()
    expect(page.locator(".messages")).to_be_visible()
    desk.refresh_from_db()
    assert desk.max_size == 40

    assert submit(size="35", address="198.51.100.40", themes=[themes[0].pk]).status_code == 302
    after = DelegationRequest.objects.exclude(pk=before.pk).get()
    page.goto(f"/delegations/{after.pk}/")
    expect(page.locator(".screening .suggestion")).to_contain_text("Godkend")
    expect(page.locator(".screening")).to_contain_text("35 deltagere: inden for 2 til 40 deltagere.")
    expect(page.locator(".screening li.failed")).to_have_count(0)
    page.goto(f"/delegations/{before.pk}/")  # screened by the rules of its day until screened again
    expect(page.locator(".screening")).to_contain_text("35 deltagere: der modtages grupper på 2 til 30 deltagere.")
