"""The header's search box: one search over every type, grouped, as a page, an HTMX partial and in the API."""

from decimal import Decimal

import pytest

from udsyn.core.services import record_create
from udsyn.memberships.models import Membership
from udsyn.organisations.models import City, Organisation
from udsyn.partners.models import Partner
from udsyn.projects.models import Project


@pytest.fixture
def register(department, owner):
    hamburg = City.objects.create(name="Hamburg", country="DE")
    goteborg = City.objects.create(name="Göteborg", country="SE")
    network = Organisation.objects.create(name="Hanse Cities Network", acronym="HCN", kind="network")
    return {
        "hamburg": hamburg, "goteborg": goteborg,
        "partner": record_create(model=Partner, acting_user=owner, data={
            "department": department, "city": hamburg, "kind": "twin_city"}),
        "project": record_create(model=Project, acting_user=owner, data={
            "department": department, "name": "Grøn havn", "description": "Udveksling med Hamburg om landstrøm."}),
        "membership": record_create(model=Membership, acting_user=owner, data={
            "department": department, "organisation": network, "annual_fee": Decimal("1000.00"),
            "purpose": "Kontingenter betales årligt."}),
    }


def test_the_box_is_in_every_page_header(client, reader, register):
    client.force_login(reader)
    page = client.get("/projects/").content.decode()
    assert 'role="search"' in page and 'id="site-search-q"' in page and "search/search.js" in page


def test_hamburg_finds_the_city_the_partner_and_the_project_grouped_by_type(client, reader, register):
    client.force_login(reader)
    response = client.get("/search/", {"q": "Hamburg"})
    assert response.status_code == 200
    groups = {g.kind: [h.record for h in g.hits] for g in response.context["groups"]}
    assert groups == {"organisations.city": [register["hamburg"]], "partners.partner": [register["partner"]],
                      "projects.project": [register["project"]]}
    page = response.content.decode().split('class="search-page-results"')[1]
    assert page.index("Byer") < page.index("Partnerbyer") < page.index("Projekter")  # headings, in Danish
    assert f'href="/projects/{register["project"].pk}/"' in page


def test_accents_and_stems_from_the_header(client, reader, register):
    client.force_login(reader)
    partial = client.get("/search/", {"q": "Goteborg"}, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in partial and "Göteborg" in partial
    found = client.get("/search/", {"q": "kontingent"}).context["groups"]
    assert [g.kind for g in found] == ["memberships.membership"]


def test_a_city_is_found_under_its_danish_name_too(client, reader, register, department, owner):
    network = Organisation.objects.create(name="STRING", kind="network")
    string = record_create(model=Membership, acting_user=owner, data={
        "department": department, "organisation": network, "purpose": "Samarbejde fra Hamborg til Oslo."})
    client.force_login(reader)

    groups = {g.kind: [h.record for h in g.hits] for g in client.get("/search/", {"q": "Hamburg"}).context["groups"]}
    assert groups["memberships.membership"] == [string] and groups["organisations.city"] == [register["hamburg"]]
    body = client.get("/api/v1/search/", {"q": "Hamborg"}).json()
    assert {g["type"]: [r["id"] for r in g["results"]] for g in body["groups"]} == {
        "organisations.city": [register["hamburg"].pk], "partners.partner": [register["partner"].pk],
        "projects.project": [register["project"].pk], "memberships.membership": [string.pk]}


def test_nothing_found_says_so(client, reader, register):
    client.force_login(reader)
    page = client.get("/search/", {"q": "Timbuktu"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Intet i registret matcher" in page


def test_the_api_gives_the_same_groups(client, reader, register):
    client.force_login(reader)
    body = client.get("/api/v1/search/", {"q": "hamburg", "per_type": 3}).json()
    assert [(g["type"], [r["id"] for r in g["results"]]) for g in body["groups"]] == [
        ("organisations.city", [register["hamburg"].pk]), ("partners.partner", [register["partner"].pk]),
        ("projects.project", [register["project"].pk])]
    assert body["groups"][2]["results"][0]["url"] == f"/projects/{register['project'].pk}/"
    assert client.get("/api/v1/search/", {"q": ""}).status_code == 400
    assert client.get("/api/v1/search/", {"q": "x", "per_type": 500}).status_code == 400


def test_search_needs_a_login(client, register):
    assert client.get("/search/", {"q": "Hamburg"}).status_code == 302
    assert client.get("/api/v1/search/", {"q": "Hamburg"}).status_code in (401, 403)


def test_more_matches_link_to_the_list_searched_the_same_way(client, reader, department, owner):
    for i in range(4):
        record_create(model=Project, acting_user=owner, data={"department": department, "name": f"Havn {i}"})
    client.force_login(reader)
    groups = client.get("/search/", {"q": "havn"}).context["groups"]
    assert len(groups[0].hits) == 4 and groups[0].more_url is None
    record_create(model=Project, acting_user=owner, data={"department": department, "name": "Havn 5"})
    record_create(model=Project, acting_user=owner, data={"department": department, "name": "Havn 6"})
    groups = client.get("/search/", {"q": "havn"}).context["groups"]
    assert len(groups[0].hits) == 5 and groups[0].more_url == "/projects/?q=havn"
