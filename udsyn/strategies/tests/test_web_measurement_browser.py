"""End-to-end: on an indicator's page an editor adds a measurement; the status changes without leaving the page."""

import pytest
from playwright.sync_api import expect

from conftest import log_in, save_screenshot
from udsyn.strategies.models import Measurement


@pytest.mark.e2e
def test_adding_a_measurement_in_place_changes_the_status(transactional_db, page, owner, measured):
    log_in(page, owner)
    page.goto(f"/strategies/{measured.goal.theme.strategy_id}/")
    save_screenshot(page, "strategy-tree")
    page.get_by_role("link", name="Internationale konferencer", exact=True).click()
    status = page.locator("#measurements .indicator-status")
    expect(status).to_contain_text("På sporet")
    url = page.url

    form = page.locator("form.measurement-form")
    form.locator("[name=date]").fill("2025-12-31")
    form.locator("[name=value]").fill("6")
    form.locator("[name=source]").fill("VisitAalborg")
    form.locator("button[type=submit]").click()

    expect(status).to_contain_text("Bagud")  # 6 is behind the 12.5 the line expects at the end of 2025
    expect(page.locator("#measurements table")).to_contain_text("31.12.2025")
    expect(form.locator("[name=value]")).to_have_value("")  # a fresh form for the next measurement
    assert page.url == url  # swapped in place by htmx, no page load
    assert Measurement.objects.filter(indicator=measured).count() == 2
    save_screenshot(page, "indicator-measurements")
