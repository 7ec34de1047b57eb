"""The list of strategies: filter by department, indicator count and the status of the indicators."""

import pytest

from udsyn.strategies.models import Strategy


@pytest.mark.django_db
def test_list_filters_by_department_and_shows_status(client, reader, measured, make, outsider, department):
    make(Strategy, user=outsider, name="Kulturstrategi")
    client.force_login(reader)
    response = client.get("/strategies/", {"department": department.pk})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Erhvervsstrategi 2030" in page
    assert "Kulturstrategi" not in page
    # the status of its one indicator, in words
    assert "På sporet: 1 · I risiko: 0 · Bagud: 0 · Ikke data nok: 0" in page
    everything = client.get("/strategies/").content.decode()
    assert "Kulturstrategi" in everything


@pytest.mark.django_db
def test_search_and_htmx_table(client, reader, strategy, make, outsider):
    make(Strategy, user=outsider, name="Kulturstrategi")
    client.force_login(reader)
    table = client.get("/strategies/", {"q": "kultur"}, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in table
    assert "Kulturstrategi" in table and "Erhvervsstrategi" not in table
