"""End-to-end in Chromium: the headline figures stay inside their boxes on a laptop screen, in English too, where
a large amount reads 'DKK 42.3 million' (its no-break spaces ran it out of its box)."""

import datetime as dt
from decimal import Decimal

import pytest

from conftest import log_in, save_screenshot
from udsyn.core.services import record_create
from udsyn.projects.models import Project

OVERFLOWING = "els => els.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.trim())"


@pytest.mark.e2e
@pytest.mark.parametrize("language, amount", [("en", "DKK 42.3 million"), ("da", "42,3 mio. kr.")])
def test_large_amounts_fit_their_boxes(transactional_db, page, coordinator, department, language, amount):
    record_create(model=Project, acting_user=coordinator, data={
        "department": department, "name": "Skybrudsveje", "status": "active", "start": dt.date(2024, 1, 1),
        "external_funding": Decimal("42280000")})
    log_in(page, coordinator)
    if language == "en":
        page.get_by_role("button", name="English").click()
    funding = page.get_by_test_id("funding-total")
    assert " ".join(funding.inner_text().split()) == amount  # wrapped or not, the amount reads the same
    assert page.locator(".figure .big").evaluate_all(OVERFLOWING) == []
    assert funding.evaluate("e => e.getBoundingClientRect().right") <= \
        funding.evaluate("e => e.closest('.figure').getBoundingClientRect().right")
    save_screenshot(page, f"dashboard-figures-{language}")
