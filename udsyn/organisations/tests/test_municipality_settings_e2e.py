"""A coordinator keeps the municipality's texts and look in the browser; the department page shows its texts."""

from __future__ import annotations

import pytest

from conftest import log_in, save_screenshot
from udsyn.organisations.models import Municipality

from .test_municipality_settings import png_bytes

pytestmark = pytest.mark.e2e


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_coordinator_sets_logo_colour_and_texts(page, coordinator, municipality, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    log_in(page, coordinator)
    page.goto(f"/organisations/municipalities/{municipality.pk}/edit/")
    page.get_by_label("Organisering af det internationale arbejde").fill(
        "Det internationale arbejde ligger i direktionens sekretariat.")
    page.get_by_label("Accentfarve").fill("#7A1F3D")
    page.get_by_label("Logo").set_input_files(str(logo))
    save_screenshot(page, "organisations-municipality-form")
    page.get_by_role("button", name="Gem").click()
    page.wait_for_url(f"**/organisations/municipalities/{municipality.pk}/")
    assert page.locator("img.municipality-logo").evaluate("img => img.naturalWidth") == 40
    assert "direktionens sekretariat" in page.locator("main").inner_text()
    save_screenshot(page, "organisations-municipality")
    municipality = Municipality.objects.get(pk=municipality.pk)
    assert municipality.accent_colour == "#7A1F3D" and municipality.logo
