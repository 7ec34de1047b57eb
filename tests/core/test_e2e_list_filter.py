"""End-to-end: filtering a list by department updates the table in place (HTMX) and the address."""

import re

import pytest
from playwright.sync_api import expect

from conftest import log_in
from udsyn.core.services import record_create
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Organisation


@pytest.mark.e2e
def test_filter_memberships_by_department(transactional_db, page, reader, membership, other_department, outsider):
    strings = Organisation.objects.create(name="STRING", kind="network", country="DK")
    record_create(model=Membership, acting_user=outsider,
                  data={"department": other_department, "organisation": strings})
    log_in(page, reader)
    page.goto("/memberships/")
    table = page.locator("#record-table")
    expect(table.get_by_role("link", name="Eurocities")).to_be_visible()
    expect(table.get_by_role("link", name="STRING")).to_be_visible()
    expect(page.get_by_role("link", name="Opret medlemskab")).to_have_count(0)  # a reader cannot add

    page.get_by_label("Forvaltning").select_option(label=other_department.name)
    expect(table.get_by_role("link", name="Eurocities")).to_have_count(0)
    expect(table.get_by_role("link", name="STRING")).to_be_visible()
    expect(table).to_contain_text("1 post")
    page.wait_for_url(re.compile(f"department={other_department.pk}"))  # the filtered view can be bookmarked

    page.reload()
    expect(table.get_by_role("link", name="STRING")).to_be_visible()
    expect(table.get_by_role("link", name="Eurocities")).to_have_count(0)


@pytest.mark.e2e
def test_sorting_survives_a_filter_change(transactional_db, page, reader, membership, other_department, outsider):
    strings = Organisation.objects.create(name="STRING", kind="network", country="DK")
    record_create(model=Membership, acting_user=outsider,
                  data={"department": other_department, "organisation": strings})
    log_in(page, reader)
    page.goto("/memberships/")
    table = page.locator("#record-table")
    header = table.get_by_role("link", name="Organisation eller netværk")
    header.click()  # ascending
    expect(table.locator("th[aria-sort=ascending]")).to_have_count(1)
    table.get_by_role("link", name="Organisation eller netværk").click()  # descending
    expect(table.locator("th[aria-sort=descending]")).to_have_count(1)
    expect(table.locator("tbody tr").first).to_contain_text("STRING")

    page.get_by_label("Type").select_option(label="Bynetværk")
    page.wait_for_url(re.compile(r"kind=network"))
    expect(table.locator("th[aria-sort=descending]")).to_have_count(1)
    expect(table.locator("tbody tr").first).to_contain_text("STRING")
    assert "sort=-organisation__name" in page.url and "kind=network" in page.url
