"""End-to-end: a department editor registers a membership with a fee and sees it in the dashboard's total."""

import pytest
from playwright.sync_api import expect

from conftest import log_in, save_screenshot
from udsyn.memberships.models import Membership


@pytest.mark.e2e
def test_new_membership_fee_appears_in_the_dashboard_total(transactional_db, page, owner, network, department):
    log_in(page, owner)
    expect(page.get_by_test_id("fee-total")).to_have_text("0\u00a0kr.")

    page.get_by_role("link", name="Medlemskaber").first.click()
    page.get_by_role("link", name="Opret medlemskab").click()
    page.get_by_label("Organisation eller netværk").select_option(label="Eurocities")
    expect(page.get_by_label("Forvaltning")).to_have_value(str(department.pk))  # the editor's own, preselected
    page.get_by_label("Årligt kontingent").fill("1.300.000")
    page.get_by_label("Fra").fill("2024-01-01")
    page.get_by_role("button", name="Gem").click()

    expect(page.get_by_role("status")).to_contain_text("Eurocities er oprettet.")
    membership = Membership.objects.get()
    assert membership.annual_fee == 1300000
    assert page.url.endswith(f"/memberships/{membership.pk}/")

    page.get_by_role("link", name="Overblik").first.click()
    expect(page.get_by_test_id("fee-total")).to_have_text("1.300.000\u00a0kr.")
    save_screenshot(page, "dashboard")
