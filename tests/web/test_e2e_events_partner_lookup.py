"""End-to-end: on the events list a reader types part of a partner city's name in the partner filter's search box,
picks the match, and the table shows that partner's events only (HTMX, no page load); the address keeps the filter."""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from conftest import log_in
from udsyn.organisations.models import City
from udsyn.partners.models import Partner
from udsyn.visits.models import Event


@pytest.mark.e2e
def test_search_and_pick_a_partner(transactional_db, page, reader, department):
    bergen, kiel = (Partner.objects.create(department=department, kind="twin_city",
                                           city=City.objects.create(name=name, country=country))
                    for name, country in (("Bergen", "NO"), ("Kiel", "DE")))
    Event.objects.create(department=department, name="Fjorddag", date=dt.date(2025, 5, 1), partner=bergen)
    Event.objects.create(department=department, name="Kieler Woche", date=dt.date(2025, 6, 1), partner=kiel)
    log_in(page, reader)
    page.goto("/visits/events/")
    table = page.locator("#record-table")
    expect(table).to_contain_text("Kieler Woche")
    select = page.locator("#id_partner")
    expect(select.locator("option")).to_have_count(1)  # "Alle": no partner is written into the page

    page.get_by_role("searchbox", name="Søg efter et valg").first.fill("berg")
    expect(select.locator("option", has_text="Bergen (NO)")).to_have_count(1)
    expect(select.locator("option", has_text="Kiel")).to_have_count(0)
    select.select_option(label="Bergen (NO)")

    page.wait_for_url(re.compile(f"partner={bergen.pk}"))
    expect(table).to_contain_text("Fjorddag")
    expect(table).not_to_contain_text("Kieler Woche")
    page.reload()  # the bookmarked address shows what it filters by
    expect(page.locator("#id_partner option:checked")).to_have_text("Bergen (NO)")
    expect(table).not_to_contain_text("Kieler Woche")
