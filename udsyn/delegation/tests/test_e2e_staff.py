"""In a real headless Chromium: a coordinator registers a request that came by telephone, screens it with the
decision form showing only the chosen outcome's fields (static decision.js), and goes on to the next waiting
request; a host cancels the accepted visit. Screenshots land in test-artifacts/."""

import pytest
from playwright.sync_api import expect

from conftest import log_in, save_screenshot
from udsyn.delegation.models import DelegationRequest, Status

from .conftest import accept, future


@pytest.mark.e2e
def test_a_telephone_request_is_registered_screened_and_its_visit_cancelled(transactional_db, page, desk, themes,
                                                                            coordinator, owner, department, submit):
    assert submit().status_code == 302  # one request from the public form already waits
    log_in(page, coordinator)
    page.goto("/delegations/")
    page.get_by_role("link", name="Registrér en henvendelse").click()
    page.locator("input[name=channel][value=phone]").check()
    page.locator("#id_organisation_name").fill("Tromsø kommune")
    page.get_by_label("Land").select_option("NO")
    page.locator("#id_size").fill("5")
    page.get_by_label("Ledelse").check()
    page.get_by_label("Klimatilpasning").check()
    page.locator("#id_wishes").fill("District heating and the harbour.")
    page.locator("#id_preferred_start").fill(future(50).isoformat())
    page.locator("#id_contact_name").fill("Kari Nordmann")
    save_screenshot(page, "delegation-staff-entry-da")
    page.get_by_role("button", name="Registrér og screen henvendelsen").click()
    expect(page.locator(".messages")).to_contain_text("screenet efter reglerne")
    entered = DelegationRequest.objects.get(channel="phone")
    assert (entered.entered_by, entered.status) == (coordinator, Status.SCREENED)
    expect(page.locator(".fields").first).to_contain_text("Telefon, indtastet af coordinator")

    # Only the chosen outcome's fields show.
    form = page.locator("form.decision-form")
    expect(form.locator("#id_visit_start")).to_be_visible()  # accept is suggested
    expect(form.locator("#id_decline_reason")).to_be_hidden()
    form.locator("input[name=outcome][value=decline]").check()
    expect(form.locator("#id_decline_reason")).to_be_visible()
    for hidden in ("#id_department", "#id_host", "#id_visit_start", "#id_visit_end"):
        expect(form.locator(hidden)).to_be_hidden()
    form.locator("input[name=outcome][value=refer]").check()
    expect(form.locator("#id_department")).to_be_visible()
    expect(form.locator("#id_host")).to_be_hidden()
    save_screenshot(page, "delegation-decision-refer-da")

    # On to the next waiting request without going back to the list.
    page.locator("a[rel=next]").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hamburg Behörde für Umwelt")
    page.get_by_role("button", name="Log ud").click()

    # The host cancels the accepted visit, with a letter to send.
    accept(entered, coordinator, department, future(50))
    log_in(page, owner)
    page.goto(f"/delegations/{entered.pk}/")
    page.locator("details.cancel-visit summary").click()
    page.get_by_label("Vi kan ikke længere tage imod delegationen").check()
    page.locator(".cancel-form").get_by_role("button", name="Aflys besøget").click()
    expect(page.locator("h1 .badge")).to_have_text("Aflyst")
    expect(page.locator("#letters")).to_contain_text("Aflysning af besøget")
    save_screenshot(page, "delegation-cancelled-da")
    entered.refresh_from_db()
    assert (entered.status, entered.visit.status) == (Status.CANCELLED, "cancelled")
