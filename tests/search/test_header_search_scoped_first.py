"""The header search narrows to the user's municipality before it ranks and cuts: another municipality with far more
(and better ranked) matches cannot crowd the user's own records out of their results, nor show in its counts."""

import pytest

from udsyn.core import search
from udsyn.core.services import record_create
from udsyn.organisations.models import Department, Municipality
from udsyn.projects.models import Project


def other_municipalitys_harbour_projects(count: int) -> None:
    """`count` projects about harbours in another municipality, their names sorting before ours (ties rank by
    title) and saying "havn" twice (a better full-text rank), written in bulk and indexed as `udsyn reindex` does."""
    other = Municipality.objects.create(name="Andenby Kommune", code="998")
    department = Department.objects.create(municipality=other, name="Havneforvaltningen")
    Project.objects.bulk_create(Project(department=department, name=f"Aa havn havn {i:03}") for i in range(count))
    search.reindex([Project])


@pytest.fixture(autouse=True, params=["all matches at once", "each type on its own"])
def ranking(request, monkeypatch):
    """Both ways the header search ranks: every match of a search with few (udsyn.core.search.all_matches), and
    each type within what the user sees (ranked_ids) when a search has more than FEW_EVERYWHERE."""
    if request.param == "each type on its own":
        monkeypatch.setattr(search, "FEW_EVERYWHERE", 3)


def test_own_match_is_found_although_another_municipality_has_hundreds_of_better_ones(client, reader, department,
                                                                                       owner):
    ours = record_create(model=Project, acting_user=owner, data={"department": department, "name": "Øresund havn"})
    other_municipalitys_harbour_projects(search.CANDIDATES + 50)
    client.force_login(reader)

    groups = client.get("/search/", {"q": "havn"}).context["groups"]
    assert [(g.kind, [h.record for h in g.hits], g.more_url) for g in groups] == [
        ("projects.project", [ours], None)]  # one match of ours: no "more" link counting the other's
    body = client.get("/api/v1/search/", {"q": "havn", "per_type": 50}).json()
    assert body["groups"] == [{"type": "projects.project", "label": "projekter", "more_url": None,
                               "results": [{"id": ours.pk, "display": "Øresund havn",
                                            "url": f"/projects/{ours.pk}/"}]}]


def test_the_best_of_the_users_own_are_shown_and_more_counts_only_theirs(reader, department, owner):
    ours = [record_create(model=Project, acting_user=owner, data={"department": department, "name": f"Øst havn {i}"})
            for i in range(6)]
    other_municipalitys_harbour_projects(search.CANDIDATES + 50)

    [group] = search.search_everything("havn", user=reader, per_type=5)
    assert len(group.records) == 5 and set(group.records) <= set(ours) and group.more
    [group] = search.search_everything("havn", user=reader, per_type=6)
    assert sorted(r.pk for r in group.records) == [p.pk for p in ours] and not group.more


def test_an_installation_administrator_still_sees_every_municipalitys(installation_admin, department, owner):
    record_create(model=Project, acting_user=owner, data={"department": department, "name": "Øresund havn"})
    other_municipalitys_harbour_projects(10)
    [group] = search.search_everything("havn", user=installation_admin, per_type=50)
    assert len(group.records) == 11
