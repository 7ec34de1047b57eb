"""The reports page makes the chosen report for download; insight and open-data pages need a login."""

from __future__ import annotations

import pytest
from django.urls import reverse

from . import readers

PAGES = ["reports_index", "insight_map", "insight_graph", "insight_charts", "opendata_index", "opendata_partners",
         "opendata_calendar"]


@pytest.mark.parametrize("name", PAGES)
def test_pages_need_a_login(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.parametrize("name", PAGES)
def test_pages_open_for_a_reader(client, register, reader, name):
    client.force_login(reader)
    assert client.get(reverse(name)).status_code == 200


def test_form_downloads_the_chosen_report_for_the_chosen_departments(client, register, reader):
    client.force_login(reader)
    response = client.get(reverse("reports_index"), {
        "kind": "mapping", "municipality": register["municipality"].pk, "since": 2018, "until": "2026-06-30",
        "departments": [register["kff"].pk], "format": "docx", "language": "da"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="kortlaegning')
    text = readers.docx_text(response.content)
    assert "Kultur- og Fritidsforvaltningen" in text and "Teknik- og Miljøforvaltningen" not in text
    assert "Green Building A-Z" not in text  # a TMF project


def test_form_explains_what_is_wrong(client, register, reader):
    client.force_login(reader)
    response = client.get(reverse("reports_index"), {
        "kind": "results", "municipality": register["municipality"].pk, "since": 2030, "until": "2026-06-30",
        "format": "pdf", "language": "da"})
    assert response.status_code == 400
    assert "Det første år må ikke ligge efter rapportdatoen." in response.content.decode() or \
        "The first year must not come after the reporting date." in response.content.decode()


def test_charts_show_their_figures_in_tables(client, register, reader):
    client.force_login(reader)
    response = client.get(reverse("insight_charts"), {"since": 2018, "until": "2026-06-30"})
    html = response.content.decode()
    assert 'id="funding-table"' in html and 'id="fees-table"' in html
    assert "Interreg North Sea" in html and "<rect" in html
    text = readers.html_text(response.content)
    assert "1.800.000 kr. + 20.000 € (1.949.200 kr. i alt)" in text  # TMF's fees, the rate-converted total


def test_graph_draws_departments_networks_projects_and_cities(client, register, reader):
    client.force_login(reader)
    html = client.get(reverse("insight_graph"), {"since": 2018, "until": "2026-06-30"}).content.decode()
    for node in ("Eurocities", "Green Building A-Z", "Beijing", "TMF", "SOF", "Testkøbing Kommune"):
        assert f">{node}</text>" in html
    assert html.count('class="edge membership"') == 5 and html.count('class="edge partner"') == 5
