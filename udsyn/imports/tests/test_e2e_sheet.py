"""End-to-end in a real headless Chromium: a coordinator-style user imports a small spreadsheet, sees the good and
the bad row in the preview, imports, and finds the membership in the list."""

import pytest
from openpyxl import Workbook
from playwright.sync_api import expect

from conftest import log_in, save_screenshot
from udsyn.memberships.models import Membership


@pytest.mark.e2e
def test_import_a_sheet_with_a_good_and_a_bad_row(transactional_db, page, owner, department, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    workbook = Workbook()
    for row in [["Netværk", "Årligt kontingent", "Fra"],
                ["Eurocities", "1.300.000", "01-01-2019"],
                ["ICLEI", "mange penge", "2020-03-01"]]:
        workbook.active.append(row)
    path = tmp_path / "netværk.xlsx"
    workbook.save(path)
    log_in(page, owner)

    page.locator("nav a[href='/imports/']").click()
    page.get_by_role("link", name="Importér medlemskaber eller projekter fra et regneark").click()
    page.locator("input[name=file]").set_input_files(str(path))
    page.get_by_label("Medlemskaber", exact=True).check()
    page.get_by_role("button", name="Vis forhåndsvisning").click()

    rows = page.get_by_test_id("sheet-row")
    expect(rows).to_have_count(2)
    expect(page.locator("#row-2")).to_contain_text("Oprettes")
    expect(page.locator("#row-2")).to_contain_text("Eurocities")
    expect(page.locator("#row-3")).to_contain_text("Fejl")
    expect(page.locator("#row-3")).to_contain_text("Årligt kontingent")  # the column of the bad cell
    expect(page.get_by_label("Årligt kontingent")).to_have_value("annual_fee")  # the recognised column
    save_screenshot(page, "sheet-import-preview")
    assert Membership.objects.count() == 0

    page.get_by_role("button", name="Importér 1 række").click()
    expect(page.get_by_test_id("sheet-counts")).to_contain_text("1 post blev oprettet")
    page.get_by_role("link", name="Gå til medlemskaber").click()
    expect(page.locator("main").get_by_role("link", name="Eurocities")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("ICLEI")
    membership = Membership.objects.get()
    assert (membership.organisation.name, membership.department, membership.source_kind) == (
        "Eurocities", department, "sheet")
