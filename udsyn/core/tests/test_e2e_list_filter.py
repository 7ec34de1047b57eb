"""End-to-end: filtering a list by department updates the table in place (HTMX) and the address."""

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
    assert f"department={other_department.pk}" in page.url  # the filtered view can be bookmarked

    page.reload()
    expect(table.get_by_role("link", name="STRING")).to_be_visible()
    expect(table.get_by_role("link", name="Eurocities")).to_have_count(0)
