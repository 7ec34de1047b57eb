"""End-to-end: two colleagues edit the same membership at once; the second is told and loses nothing."""

import pytest
from playwright.sync_api import expect

from conftest import log_in
from udsyn.memberships.models import Membership


@pytest.mark.e2e
def test_second_editor_sees_the_conflict_and_keeps_their_text(transactional_db, browser, live_server, page,
                                                               owner, colleague, membership):
    other = browser.new_context(base_url=live_server.url, locale="da-DK", viewport={"width": 1366, "height": 768})
    second = other.new_page()
    try:
        log_in(page, owner)
        log_in(second, colleague)
        page.goto(f"/memberships/{membership.pk}/edit/")
        second.goto(f"/memberships/{membership.pk}/edit/")

        page.get_by_label("Formål").fill("Klimasamarbejde med andre storbyer")
        page.get_by_role("button", name="Gem").click()
        expect(page.get_by_role("status")).to_contain_text("er gemt")

        second.get_by_label("Formål").fill("Kultur og byudvikling")
        second.get_by_role("button", name="Gem").click()
        alert = second.get_by_role("alert")
        expect(alert).to_contain_text("Nogen andre har ændret posten, mens du redigerede den")
        expect(alert).to_contain_text("Klimasamarbejde med andre storbyer")  # what the other person wrote
        expect(second.get_by_label("Formål")).to_have_value("Kultur og byudvikling")  # nothing lost
        assert Membership.objects.get(pk=membership.pk).purpose == "Klimasamarbejde med andre storbyer"

        second.get_by_role("button", name="Gem").click()  # saving again, knowingly, goes through
        expect(second.get_by_role("status")).to_contain_text("er gemt")
        assert Membership.objects.get(pk=membership.pk).purpose == "Kultur og byudvikling"
    finally:
        other.close()
