"""The map and the graph in a real headless Chromium."""

from __future__ import annotations

import pytest

from conftest import log_in, save_screenshot
from udsyn.organisations.models import City
from udsyn.partners.models import Partner

pytestmark = pytest.mark.e2e


def test_map_shows_one_marker_per_partner_city_with_coordinates(page, register, reader):
    log_in(page, reader)
    page.goto("/reports/map/")
    page.wait_for_selector("#partner-map[data-ready='true']")
    with_coordinates = Partner.objects.filter(city__latitude__isnull=False, city__longitude__isnull=False).count()
    assert with_coordinates == 4 and Partner.objects.count() == 5  # Fredrikstad has no coordinates
    markers = page.locator("path.udsyn-partner-marker")
    assert markers.count() == with_coordinates
    assert page.locator("path.udsyn-kind-twin_city").count() == 1  # Hamburg
    assert page.locator("#partner-map path.leaflet-interactive").count() == with_coordinates  # countries are inert
    assert page.locator(".leaflet-tile").count() == 0  # no tile server
    assert page.locator(".legend li").count() == 5
    page.locator("path.udsyn-kind-twin_city").click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Hamburg" in popup.inner_text() and "Venskabsby" in popup.inner_text()
    assert City.objects.filter(latitude=None).count() == 1
    page.wait_for_timeout(400)  # let the popup finish fading in before the screenshot
    save_screenshot(page, "reports-map")


def test_graph_lights_up_a_departments_links(page, register, reader):
    log_in(page, reader)
    page.goto("/reports/graph/?since=2018&until=2026-06-30")
    graph = page.locator("#network-graph")
    graph.wait_for()
    assert page.locator("#network-graph .node").count() == 1 + 3 + 4 + 3 + 4  # municipality, depts, networks...
    page.locator(f"#network-graph .node[data-id='d{register['tmf'].pk}']").hover()
    assert "focused" in graph.get_attribute("class")
    lit = page.locator("#network-graph .edge.lit").count()
    assert lit == 1 + 3 + 2 + 2  # municipality, three memberships, two ongoing projects, two partner cities
    save_screenshot(page, "reports-graph")


def test_charts_render_with_their_tables(page, register, reader):
    log_in(page, reader)
    page.goto("/reports/charts/?since=2018&until=2026-06-30")
    bars = page.locator("svg.chart rect")
    assert bars.count() == 5  # one segment per funded project with an amount in the period
    per_year: dict[str, float] = {}
    for i in range(bars.count()):
        height = float(bars.nth(i).get_attribute("height"))
        assert height > 0
        per_year[bars.nth(i).get_attribute("x")] = per_year.get(bars.nth(i).get_attribute("x"), 0) + height
    assert round(max(per_year.values())) == 220  # the tallest year's stack fills the plot
    assert page.locator("svg.chart text", has_text="2018").count() == 1
    assert page.locator("svg.chart text", has_text="uden startdato").count() == 1  # Karriereprogram's column
    # Erasmus+, Horizon 2020, two Interreg strands, National finansiering
    assert page.locator("#funding-table tbody tr").count() == 5
    save_screenshot(page, "reports-charts")


def test_reports_page_downloads_a_pdf(page, register, reader, tmp_path):
    from . import readers

    log_in(page, reader)
    page.goto("/reports/")
    page.get_by_label("Resultatopsamling").check()
    page.get_by_label("Fra år").fill("2018")
    page.get_by_label("Til (rapportdato)").fill("2026-06-30")
    page.get_by_label("PDF").check()
    save_screenshot(page, "reports-form")
    with page.expect_download() as download:
        page.get_by_role("button", name="Lav rapporten").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name == "resultatopsamling-testkoebing-kommune-2026-06-30.pdf"
    text = " ".join(readers.pdf_pages(path.read_bytes()))
    assert "Siden 2018 har kommunen deltaget i 2 projekter under Interreg." in text
