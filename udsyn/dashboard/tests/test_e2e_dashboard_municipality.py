"""End-to-end: an administrator switches the dashboard to another municipality and to all municipalities."""

import re

import pytest
from playwright.sync_api import expect

from conftest import log_in, save_screenshot
from udsyn.accounts.models import User
from udsyn.dashboard.tests.test_web_dashboard_municipality import add_records
from udsyn.organisations.models import Department, Municipality


@pytest.mark.e2e
def test_administrator_switches_municipality(transactional_db, page, admin_user, owner, department):
    aalborg = Municipality.objects.create(name="Aalborg Kommune")
    aalborg_department = Department.objects.create(municipality=aalborg, name="Borgmesterens Forvaltning")
    editor = User.objects.create_user(username="aalborg", password="pw", role="editor",
                                      department=aalborg_department)
    add_records(owner, department, memberships=2, fee="7000", partners=2, projects=1, visits=1)
    add_records(editor, aalborg_department, memberships=3, fee="100", partners=1, projects=4, visits=1)

    log_in(page, admin_user)
    memberships = page.locator("section[aria-labelledby=fig-memberships] .big")
    expect(page.get_by_test_id("dashboard-scope")).to_contain_text("Testkøbing Kommune")
    expect(memberships).to_have_text("2")

    page.get_by_label("Kommune").select_option(label="Aalborg Kommune")
    page.get_by_role("button", name="Vis").click()
    page.wait_for_url(re.compile(f"municipality={aalborg.pk}"))
    expect(page.get_by_test_id("dashboard-scope")).to_contain_text("Aalborg Kommune")
    expect(memberships).to_have_text("3")
    expect(page.locator("section[aria-labelledby=fig-projects] .big")).to_have_text("4")
    save_screenshot(page, "dashboard-municipality")

    page.get_by_label("Kommune").select_option(label="Alle kommuner")
    page.get_by_role("button", name="Vis").click()
    expect(memberships).to_have_text("5")
