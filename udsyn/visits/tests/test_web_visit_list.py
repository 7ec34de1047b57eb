"""The list of delegation visits: filters by department, upcoming first, country by name."""

import datetime as dt

import pytest

from udsyn.visits.models import Visit


@pytest.fixture
def visits(make, harbin, kiel, today):
    return {
        "harbin": make(Visit, direction="incoming", start=today + dt.timedelta(days=20), city=harbin,
                       theme="Vinterby", size=12),
        "kiel": make(Visit, by_outsider=True, direction="outgoing", start=today + dt.timedelta(days=5), city=kiel,
                     theme="Havnekultur", status="confirmed"),
        "old": make(Visit, direction="incoming", start=dt.date(2019, 3, 4), city=kiel, theme="Klimatilpasning",
                    status="held"),
    }


@pytest.mark.django_db
def test_list_filters_by_department(client, reader, visits, department, other_department):
    client.force_login(reader)
    response = client.get("/visits/", {"department": department.pk})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Vinterby" in page and "Klimatilpasning" in page
    assert "Havnekultur" not in page
    assert "Havnekultur" in client.get("/visits/", {"department": other_department.pk}).content.decode()


@pytest.mark.django_db
def test_upcoming_shows_future_visits_soonest_first(client, reader, visits):
    client.force_login(reader)
    page = client.get("/visits/", {"upcoming": "on"}).content.decode()
    assert "Klimatilpasning" not in page  # held in 2019
    assert page.index("Havnekultur") < page.index("Vinterby")  # in 5 days before in 20 days
    everything = client.get("/visits/").content.decode()
    assert "Klimatilpasning" in everything


@pytest.mark.django_db
def test_country_is_picked_by_name_and_filters(client, reader, visits):
    client.force_login(reader)
    page = client.get("/visits/").content.decode()
    assert '<option value="CN">Kina</option>' in page  # only countries with visits, named in Danish
    assert '<option value="FR">' not in page
    filtered = client.get("/visits/", {"country": "CN"}).content.decode()
    assert "Vinterby" in filtered and "Havnekultur" not in filtered


@pytest.mark.django_db
def test_direction_status_year_and_search(client, reader, visits):
    client.force_login(reader)
    outgoing = client.get("/visits/", {"direction": "outgoing"}).content.decode()
    assert "Havnekultur" in outgoing and "Vinterby" not in outgoing
    held = client.get("/visits/", {"status": "held", "year": "2019"}).content.decode()
    assert "Klimatilpasning" in held and "Vinterby" not in held
    searched = client.get("/visits/", {"q": "vinter"}, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in searched  # htmx gets only the table
    assert "Vinterby" in searched and "Havnekultur" not in searched
