"""Ordinary bad input is a 400 with a message, never a server error: filter values out of range, huge paging
numbers, ids that are no ids, and a JSON body nested 100,000 levels deep; on the API and on the web lists."""

from __future__ import annotations

import importlib

import django_filters
import pytest
from django.apps import apps
from django.urls import reverse

from udsyn.core.filters import BoundedFilterSet

YEAR_FILTERS = [("memberships", "active_in"), ("projects", "active_in"), ("visits", "year"), ("events", "year")]
WEB_LIST = {"memberships": "/memberships/", "projects": "/projects/", "visits": "/visits/", "events": "/visits/events/"}
HUGE = "9223372036854775808"
NOT_IDS = ["%C2%B2", "1" * 25, "-1", "1.5"]


@pytest.fixture
def api(client, admin_user, membership):
    client.raise_request_exception = False  # a 500 is an answer to assert on, not an exception in the test
    client.force_login(admin_user)
    return client


def message(response) -> str:
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(("route", "name"), YEAR_FILTERS)
@pytest.mark.parametrize("value", ["0", "10000", "-1e16", "1899", "2101", "2020.5", "NaN", "Infinity"])
def test_a_year_out_of_range_is_a_400_on_the_api_and_the_list(api, route, name, value):
    response = api.get(f"/api/v1/{route}/", {name: value})
    assert response.status_code == 400, (route, value, response.status_code)
    assert name in response.json(), response.json()
    page = api.get(reverse(f"{route[:-1]}_list"), {name: value})
    assert page.status_code == 400, (route, value, page.status_code)
    assert 'class="error"' in message(page)
    download = api.get(reverse(f"{route[:-1]}_list"), {name: value, "export": "csv"})
    assert download.status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize(("route", "name"), YEAR_FILTERS)
def test_a_year_in_range_still_filters(api, route, name, membership):
    assert api.get(f"/api/v1/{route}/", {name: "2026"}).status_code == 200
    assert api.get(reverse(f"{route[:-1]}_list"), {name: "2026"}).status_code == 200


@pytest.mark.django_db
def test_the_message_names_the_range_in_danish_and_english(api):
    response = api.get("/api/v1/visits/", {"year": "0"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.json()["year"] == ["Give a year from 1900 to 2100."]
    page = api.get("/visits/", {"year": "10000"}, HTTP_ACCEPT_LANGUAGE="da")
    assert "Angiv et år fra 1900 til 2100." in message(page)


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{"limit": HUGE}, {"offset": HUGE}, {"limit": "0"}, {"limit": "-5"},
                                    {"limit": "1001"}, {"limit": "ti"}])
@pytest.mark.parametrize("route", ["memberships", "organisations", "delegation-requests"])
def test_paging_out_of_range_is_a_400_that_names_the_parameter(api, route, params):
    response = api.get(f"/api/v1/{route}/", params)
    assert response.status_code == 400, response.content
    assert set(response.json()) == set(params)


@pytest.mark.django_db
def test_paging_in_range_still_pages(api, membership):
    response = api.get("/api/v1/memberships/", {"limit": "1000", "offset": "0"})
    assert response.status_code == 200 and response.json()["results"][0]["id"] == membership.pk


@pytest.mark.django_db
@pytest.mark.parametrize("value", NOT_IDS)
def test_an_id_that_is_no_id_is_a_400(api, value):
    query = f"?municipality={value}"
    for url in ("/api/v1/memberships/", "/api/v1/projects/", "/api/v1/opendata/partners.geojson",
                "/api/v1/opendata/calendar.ics"):
        response = api.get(url + query)
        assert response.status_code == 400, (url, value, response.status_code)
    for url in ("/memberships/", "/projects/", reverse("insight_map"), reverse("dashboard")):
        response = api.get(url + query)
        assert response.status_code == 400, (url, value, response.status_code)
    response = api.get(f"/api/v1/memberships/?department={value}")
    assert response.status_code == 400


@pytest.mark.django_db
def test_a_json_body_nested_100000_levels_deep_is_a_400(api):
    for body in ("[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000,
                 '{"purpose": ' + "[" * 40 + "]" * 40 + "}"):
        response = api.post("/api/v1/memberships/", data=body, content_type="application/json",
                            HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 400, response.status_code
        assert "nests deeper than 32 levels" in response.json()["detail"]


def test_every_filterset_of_the_application_bounds_its_numbers():
    for config in apps.get_app_configs():
        if config.name.startswith("udsyn."):
            for module in ("filters", "views", "api"):
                try:
                    importlib.import_module(f"{config.name}.{module}")
                except ModuleNotFoundError:
                    pass
    pending, found = [django_filters.FilterSet], []
    while pending:
        for subclass in pending.pop().__subclasses__():
            pending.append(subclass)
            if subclass.__module__.startswith("udsyn."):
                found.append(subclass)
    assert len(found) > 10
    unbounded = [f"{c.__module__}.{c.__name__}" for c in found if not issubclass(c, BoundedFilterSet)]
    assert not unbounded


@pytest.mark.django_db
def test_a_nul_byte_in_a_search_or_a_filter_is_no_server_error(api):
    # PostgreSQL refuses text holding NUL: the search reads it as a space, the filters refuse it (400).
    for url in ("/api/v1/search/?q=klima%00net", "/search/?q=klima%00net"):
        assert api.get(url).status_code == 200, url
    for url in ("/memberships/?q=a%00b", "/api/v1/memberships/?q=a%00b", "/api/v1/organisations/?q=a%00b"):
        assert api.get(url).status_code == 400, url
    response = api.post("/api/v1/memberships/", data={"purpose": "a\x00b"}, content_type="application/json")
    assert response.status_code == 400
