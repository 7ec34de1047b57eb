"""The one search index: Danish stemming, folded accents, partial names, kept up to date by signals, and used by
every list's `q` filter and the API (on SQLite here; the suite's PostgreSQL pass runs the same tests there)."""

from decimal import Decimal

import pytest

from udsyn.core import search
from udsyn.core.models import SearchEntry
from udsyn.core.services import record_create, record_update
from udsyn.memberships.models import Membership
from udsyn.organisations.models import City, Organisation
from udsyn.partners.models import Partner
from udsyn.projects.models import Project


def found(model, text):
    return set(model.objects.filter(pk__in=search.matching_ids(model, text)))


@pytest.fixture
def goteborg(db):
    return City.objects.create(name="Göteborg", country="SE")


@pytest.fixture
def kontingent_membership(department, owner):
    network = Organisation.objects.create(name="Union of the Baltic Cities", acronym="UBC", kind="network")
    return record_create(model=Membership, acting_user=owner, data={
        "department": department, "organisation": network, "annual_fee": Decimal("25000.00"),
        "purpose": "Kommunen betaler kontingenter for tre år ad gangen.",
    })


def test_folding_and_stems():
    assert search.fold("Göteborg Køge Ærø Århus") == "goteborg koge aero arhus"
    assert search.stem("kontingenter") == search.stem("kontingent")
    assert "kontingent" in search.terms("Kontingenterne").split()


def test_accents_are_folded_both_ways(goteborg):
    assert found(City, "Goteborg") == {goteborg}
    assert found(City, "göteborg") == {goteborg}
    koge = City.objects.create(name="Køge", country="DK")
    assert found(City, "Koge") == {koge}


def test_danish_stemming_finds_other_forms(kontingent_membership):
    assert found(Membership, "kontingent") == {kontingent_membership}
    assert found(Membership, "Kontingentet") == {kontingent_membership}
    assert found(Membership, "ubc") == {kontingent_membership}  # the organisation's acronym
    assert found(Membership, "kontingent -ubc") == set()
    assert found(Membership, "hamburg") == set()


def test_a_city_is_found_by_its_danish_and_its_international_name(department, owner):
    gothenburg = City.objects.create(name="Gothenburg", country="SE")  # as GeoNames names it
    hamburg = City.objects.create(name="Hamburg", country="DE")
    project = record_create(model=Project, acting_user=owner, data={
        "department": department, "name": "Grønne havne", "description": "Udveksling med Hamborg og Göteborg."})

    for spelling in ("Göteborg", "Gøteborg", "goteborg", "Gothenburg"):
        assert found(City, spelling) == {gothenburg}, spelling
        assert found(Project, spelling) == {project}, spelling
    assert found(City, "Hamborg") == {hamburg}
    assert found(Project, "Hamburg") == {project}
    assert found(Project, "hamburg havne") == {project}  # with other words
    assert found(Project, "Hamburg -Göteborg") == set()  # a city left out is left out in every spelling it has
    assert search.spellings("Den Haag") == ["den haag", "haag", "the hague"]  # a name of two words is one name


def test_part_of_a_name_finds_it(network):
    assert found(Organisation, "Eurocit") == {network}


def test_words_without_letters_find_nothing(network):
    assert found(Organisation, '"" - ,') == set()


def test_a_search_of_only_punctuation_lists_nothing_and_does_not_fail(client, owner, network, kontingent_membership):
    # Found by schemathesis: q=">" made the list's query empty, and SQLite's path compiled it anyway (a 500).
    client.force_login(owner)
    for path in ("/api/v1/organisations/", "/api/v1/memberships/", "/api/v1/cities/"):
        answer = client.get(path, {"q": ">"})
        assert answer.status_code == 200 and answer.json()["results"] == [], path
    page = client.get("/memberships/", {"q": "( >"})
    assert page.status_code == 200 and list(page.context["records"]) == []


@pytest.mark.parametrize("text", ["\u00af\U000857ac\x81\u00aa", "}\U0006870acO\u00d4\u00fd\U000bd6e4w{$"])
def test_a_search_of_odd_characters_on_a_filtered_list_is_no_server_error(client, owner, network, text):
    # Found by schemathesis on PostgreSQL: a search that matches nothing made an empty query, and counting it
    # (EXPLAIN of its SQL) failed.
    client.force_login(owner)
    for path, filters in (("/api/v1/cities/", {"country": "IE"}), ("/api/v1/organisations/", {"kind": "network"}),
                          ("/api/v1/partners/", {"offset": 17}), ("/api/v1/projects/", {})):
        answer = client.get(path, {"q": text, **filters})
        assert answer.status_code == 200 and isinstance(answer.json()["results"], list), path


def test_renaming_an_organisation_reindexes_its_memberships(membership, network):
    assert found(Membership, "Eurocities") == {membership}
    network.name = "Energy Cities"
    network.save()
    assert found(Membership, "Eurocities") == set()
    assert found(Membership, "Energy") == {membership}


def test_changing_links_and_deleting_keep_the_index_in_step(department, owner, network):
    project = record_create(model=Project, acting_user=owner, data={"department": department, "name": "Grøn havn"})
    assert found(Project, "Eurocities") == set()
    project.partners.add(network)
    assert found(Project, "Eurocities") == {project}
    project = record_update(record=project, data={"name": "Blå havn"}, expected_version=project.version,
                            acting_user=owner)
    assert found(Project, "blå") == {project} and found(Project, "grøn") == set()
    pk = project.pk
    project.delete()
    assert not SearchEntry.objects.filter(kind="projects.project", object_id=pk).exists()


def test_reindex_catches_up_after_bulk_writes(department):
    Organisation.objects.bulk_create([Organisation(name=f"Netværk {i}") for i in range(3)])  # no signals
    assert found(Organisation, "netværk") == set()
    assert search.reindex([Organisation]) == 3
    assert len(found(Organisation, "netværk")) == 3
    Organisation.objects.filter(name="Netværk 0").delete()
    search.reindex([Organisation])
    assert SearchEntry.objects.filter(kind="organisations.organisation").count() == 2


def test_list_page_and_api_use_the_index(client, owner, department, goteborg, kontingent_membership):
    partner = record_create(model=Partner, acting_user=owner, data={
        "department": department, "city": goteborg, "kind": "twin_city"})
    client.force_login(owner)
    page = client.get("/partners/", {"q": "Goteborg"})
    assert page.status_code == 200 and partner in page.context["records"]
    assert list(client.get("/partners/", {"q": "Hamburg"}).context["records"]) == []
    api = client.get("/api/v1/memberships/", {"q": "kontingent"}).json()
    assert [row["id"] for row in api["results"]] == [kontingent_membership.pk]


def test_header_search_groups_by_type_and_respects_visibility(owner, department, goteborg, monkeypatch):
    partner = record_create(model=Partner, acting_user=owner, data={
        "department": department, "city": goteborg, "kind": "twin_city"})
    groups = search.search_everything("Goteborg", user=owner)
    assert [(g.spec.model, g.records) for g in groups] == [(City, [goteborg]), (Partner, [partner])]
    # What the one visibility rule hides, the search hides too.
    monkeypatch.setattr(search, "visible_to", lambda user, qs: qs.none() if qs.model is Partner else qs)
    assert [g.spec.model for g in search.search_everything("Goteborg", user=owner)] == [City]
