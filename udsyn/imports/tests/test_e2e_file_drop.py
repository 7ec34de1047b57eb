"""End-to-end in Chromium: the upload fields are drop zones that say, in Danish, what was chosen and what is too large,
and files dropped on them reach the server like files chosen in the dialog."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import log_in, save_screenshot
from udsyn.imports.models import Document

NOTE = "<html><body><h1>Notat</h1><p>Kommunen er medlem af et netværk for kystbyer.</p></body></html>"


@pytest.fixture
def upload_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.IMPORT_INLINE = True
    settings.UPLOAD_MAX_MB = 1
    return settings


def drop(page, selector: str, files: dict[str, str]) -> None:
    """Drop `files` (name -> text) on the element, as a file manager's drag does."""
    page.eval_on_selector(selector, """(zone, files) => {
        const transfer = new DataTransfer();
        for (const [name, text] of Object.entries(files)) {
            transfer.items.add(new File([text], name, {type: "text/html"}));
        }
        zone.dispatchEvent(new DragEvent("drop", {dataTransfer: transfer, bubbles: true, cancelable: true}));
    }""", files)


@pytest.mark.e2e
def test_chosen_files_are_listed_with_their_sizes_and_a_file_over_the_limit_is_flagged(
        transactional_db, page, owner, upload_settings, tmp_path):
    small = tmp_path / "notat.html"
    small.write_text(NOTE, "utf-8")
    large = tmp_path / "bilag.txt"
    large.write_bytes(b"x" * (1024 * 1024 + 512 * 1024))  # 1.5 MB against a limit of 1 MB
    log_in(page, owner)
    page.goto("/imports/")

    zone = page.locator("[data-file-drop]")
    expect(zone).to_contain_text("Vælg filer")
    expect(zone).to_contain_text("eller træk dem hertil")
    expect(zone.locator("li")).to_have_text(["Ingen fil valgt"])

    zone.locator("input[type=file]").set_input_files([str(small), str(large)])

    expect(zone.locator("li")).to_have_text(["notat.html (1 kB)", "bilag.txt (1,5 MB) – større end 1 MB: den afvises"])
    expect(zone.locator("li.too-large")).to_have_count(1)
    save_screenshot(page, "import-file-drop")


@pytest.mark.e2e
def test_files_dropped_on_the_zone_are_uploaded_and_read(transactional_db, page, owner, upload_settings):
    log_in(page, owner)
    page.goto("/imports/")

    drop(page, "[data-file-drop]", {"netvaerk.html": NOTE, "rejse.html": NOTE.replace("netværk", "projekt")})
    expect(page.locator("[data-file-drop] li")).to_have_text(["netvaerk.html (1 kB)", "rejse.html (1 kB)"])
    page.get_by_test_id("import-submit").click()

    expect(page.locator(".job-status.done")).to_have_count(2)
    assert sorted(Document.objects.values_list("name", flat=True)) == ["netvaerk.html", "rejse.html"]


@pytest.mark.e2e
def test_a_one_file_field_keeps_the_first_of_several_dropped_files(transactional_db, page, owner, upload_settings):
    log_in(page, owner)
    page.goto("/imports/sheets/")

    zone = page.locator("[data-file-drop]")
    expect(zone).to_contain_text("Vælg en fil")
    drop(page, "[data-file-drop]", {"medlemskaber.csv": "Navn\nEt netværk\n", "andet.csv": "Navn\n"})

    expect(zone.locator("li")).to_have_text(["medlemskaber.csv (1 kB)"])
    assert page.eval_on_selector("[data-file-drop] input", "input => input.files.length") == 1


@pytest.mark.e2e
def test_without_script_the_browser_s_own_file_input_is_shown(transactional_db, browser, live_server, owner,
                                                               upload_settings):
    context = browser.new_context(base_url=live_server.url, locale="da-DK", java_script_enabled=False)
    page = context.new_page()
    log_in(page, owner)
    page.goto("/imports/")

    expect(page.locator("[data-file-drop] input[type=file]")).to_be_visible()
    expect(page.locator(".file-drop-face")).to_be_hidden()
    context.close()
