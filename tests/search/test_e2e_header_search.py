"""The header search in a real Chromium: '/' focuses the box, results appear as one types, arrow keys walk them,
Enter opens one, Escape closes the list."""

import re

import pytest

from conftest import log_in, save_screenshot
from udsyn.core.services import record_create
from udsyn.organisations.models import City
from udsyn.partners.models import Partner


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_search_from_the_header_by_keyboard(page, owner, department):
    goteborg = City.objects.create(name="Göteborg", country="SE")
    partner = record_create(model=Partner, acting_user=owner, data={
        "department": department, "city": goteborg, "kind": "twin_city", "themes": "havne, klima"})
    log_in(page, owner)
    page.keyboard.press("/")
    page.keyboard.type("Goteborg")
    results = page.locator("#site-search-results")
    results.locator("a.search-hit").first.wait_for()
    assert page.locator("#site-search-q").get_attribute("aria-expanded") == "true"
    assert results.locator(".search-group-label").all_inner_texts() == ["BYER", "PARTNERBYER"]
    save_screenshot(page, "header-search")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == str(partner)
    page.keyboard.press("Escape")
    assert results.is_hidden()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/partners/{partner.pk}/$"))
