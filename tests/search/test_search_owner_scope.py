"""On SQLite a list's search reads the full-text index for the user's municipalities only (each entry's `owner`,
migration core 0006): another municipality's many matches are not read, cannot crowd out the user's own or show in
their count, and an entry follows its record when a department moves. The list is still narrowed by visible_to; on
PostgreSQL (the suite's PostgreSQL pass) the owner column is left empty and the same results come from there."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from udsyn.core import search
from udsyn.core.models import SearchEntry
from udsyn.core.services import record_create
from udsyn.organisations.models import Department, Municipality
from udsyn.projects.models import Project

sqlite_only = pytest.mark.skipif("connection.vendor != 'sqlite'", reason="the owner column is SQLite's")


def other_municipalitys_projects(count: int, name: str = "Havn") -> Department:
    """`count` projects about harbours in another municipality, written in bulk and indexed as `udsyn reindex`
    does."""
    other = Municipality.objects.create(name="Andenby Kommune", code="998")
    department = Department.objects.create(municipality=other, name="Havneforvaltningen")
    Project.objects.bulk_create(Project(department=department, name=f"{name} {i:03}") for i in range(count))
    search.reindex([Project])
    return department


@sqlite_only
def test_an_entry_knows_the_municipality_its_record_belongs_to(department, owner):
    project = record_create(model=Project, acting_user=owner, data={"department": department, "name": "Havn"})
    entry = SearchEntry.objects.get(kind="projects.project", object_id=project.pk)
    assert entry.owner == department.municipality_id
    other = other_municipalitys_projects(2)
    assert set(SearchEntry.objects.filter(kind="projects.project").values_list("owner", flat=True)) == {
        department.municipality_id, other.municipality_id}
    city = SearchEntry.objects.filter(kind="organisations.organisation")
    assert not city.exclude(owner=None).exists()  # shared data belongs to no municipality


@pytest.mark.parametrize("few_matches", [1000, 3])  # the matches as a list of ids, and as a set tested per row
def test_a_list_search_lists_only_the_users_own_among_another_municipalitys_many(client, reader, department, owner,
                                                                                 monkeypatch, few_matches):
    monkeypatch.setattr(search, "FEW_MATCHES", few_matches)
    ours = {record_create(model=Project, acting_user=owner, data={"department": department, "name": f"Øst havn {i}"})
            for i in range(5)}
    other_municipalitys_projects(60)
    client.force_login(reader)

    with CaptureQueriesContext(connection) as captured:
        page = client.get("/projects/", {"q": "havn"}).context["page_obj"]
    executed = [q["sql"] for q in captured.captured_queries]  # read before the next request empties the log
    assert set(page.object_list) == ours and page.paginator.count == 5
    if connection.vendor == "sqlite":  # the index itself was asked for the reader's municipality's entries
        assert any(f'owner : ("{department.municipality_id}")' in sql for sql in executed), executed
    body = client.get("/api/v1/projects/", {"q": "havn"}).json()
    assert sorted(r["id"] for r in body["results"]) == sorted(p.pk for p in ours) and body["count"] == 5


def test_an_installation_administrator_searches_every_municipality(client, installation_admin, department, owner):
    record_create(model=Project, acting_user=owner, data={"department": department, "name": "Øst havn"})
    other_municipalitys_projects(10)
    client.force_login(installation_admin)
    assert client.get("/projects/", {"q": "havn"}).context["page_obj"].paginator.count == 11


def test_a_record_is_found_in_its_new_municipality_after_its_department_moves(client, department, owner):
    from udsyn.accounts.models import User

    project = record_create(model=Project, acting_user=owner, data={"department": department, "name": "Øst havn"})
    other = other_municipalitys_projects(0).municipality
    department.municipality = other
    department.save()
    if connection.vendor == "sqlite":
        assert SearchEntry.objects.get(kind="projects.project", object_id=project.pk).owner == other.pk
    newcomer = User.objects.create(username="andenby", role="reader", municipality=other)
    client.force_login(newcomer)
    assert list(client.get("/projects/", {"q": "havn"}).context["page_obj"].object_list) == [project]


def test_a_word_that_is_its_own_stem_finds_itself_and_longer_words_on_a_list(client, reader, department, owner):
    """Unranked (a list's filter), such a word is one prefix term on SQLite: the same matches as its stem or prefix."""
    assert search.stem("klima") == "klima"
    query = search.Query.parse("klima")
    assert query.fts5(ranked=False) == '"klima"*' and query.fts5() == '("klima" OR "klima"*)'
    names = ["Klima", "Klimaet i byen", "Klimaindsats", "Grøn omstilling", "Øko-klima"]
    projects = {name: record_create(model=Project, acting_user=owner, data={"department": department, "name": name})
                for name in names}
    client.force_login(reader)
    page = client.get("/projects/", {"q": "Klima"}).context["page_obj"]
    assert set(page.object_list) == {projects[n] for n in names if n != "Grøn omstilling"}


def test_the_header_search_reads_the_index_for_the_users_municipality_when_it_ranks_each_type(
        client, reader, department, owner, monkeypatch):
    """A search with more matches than FEW_EVERYWHERE ranks each type on its own (ranked_ids): on SQLite the index is
    asked for the reader's municipality's entries, and the results are the reader's own either way."""
    monkeypatch.setattr(search, "FEW_EVERYWHERE", 3)
    ours = {record_create(model=Project, acting_user=owner, data={"department": department, "name": f"Øst havn {i}"})
            for i in range(3)}
    other_municipalitys_projects(20)
    client.force_login(reader)

    with CaptureQueriesContext(connection) as captured:
        groups = client.get("/search/", {"q": "havn"}).context["groups"]
    executed = [q["sql"] for q in captured.captured_queries]
    assert [(g.kind, {h.record for h in g.hits}) for g in groups] == [("projects.project", ours)]
    if connection.vendor == "sqlite":
        assert any("bm25" in sql and f'owner : ("{department.municipality_id}")' in sql for sql in executed), executed
