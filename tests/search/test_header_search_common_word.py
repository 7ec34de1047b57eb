"""A common word (more matches than FEW_EVERYWHERE) in the header search: on SQLite the best few of every type come
from one ranked search of the index (search.best_of_each_type), where each type was ranked on its own. What the user
is shown is the same as before, only their own municipality's records are listed, and the queries do not grow with
the rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from udsyn.accounts.models import User
from udsyn.core import search
from udsyn.core.services import record_create
from udsyn.organisations.models import Department, Municipality
from udsyn.projects.models import Project


@pytest.fixture(autouse=True)
def common_word(monkeypatch):
    monkeypatch.setattr(search, "FEW_EVERYWHERE", 3)


def neighbours_climate_projects(count: int, start: int = 0) -> User:
    """`count` projects of another municipality saying "klima" twice (a better rank than ours), written in bulk and
    indexed as `udsyn reindex` does; returns an editor of that municipality (the neighbour)."""
    other, _ = Municipality.objects.get_or_create(name="Andenby Kommune", code="998")
    department, _ = Department.objects.get_or_create(municipality=other, name="Miljøforvaltningen")
    Project.objects.bulk_create(Project(department=department, name=f"Aa klima klima {i:03}")
                                for i in range(start, start + count))
    search.reindex([Project])
    return User.objects.get_or_create(username="neighbour", role="editor", department=department)[0]


def our_climate_projects(owner, department, count: int) -> list[Project]:
    names = ["Klima og vand", "Klimatilpasning ved havnen", "Grøn klima-alliance", "Klima", "Byens klimaplan",
             "Klimaet i skolerne", "Klimaindsats på landet", "Klima for borgerne", "Nordisk klimanetværk"]
    return [record_create(model=Project, acting_user=owner, data={"department": department, "name": names[i]})
            for i in range(count)]


def shown(user, per_type: int) -> list[tuple[str, list[int], bool]]:
    return [(g.spec.kind, [r.pk for r in g.records], g.more)
            for g in search.search_everything("klima", user=user, per_type=per_type)]


def shown_ranking_each_type_on_its_own(user, per_type: int, monkeypatch) -> list[tuple[str, list[int], bool]]:
    with monkeypatch.context() as m:
        m.setattr(search, "best_of_each_type", lambda *args, **kwargs: None)
        return shown(user, per_type)


@pytest.mark.parametrize("per_type", [1, 5, 9, 20])
def test_the_colleague_is_shown_the_same_groups_order_and_more_as_ranking_each_type(
        owner, colleague, department, monkeypatch, per_type):
    ours = our_climate_projects(owner, department, 9)
    neighbours_climate_projects(30)

    groups = shown(colleague, per_type)
    assert groups == shown_ranking_each_type_on_its_own(colleague, per_type, monkeypatch)
    [(kind, ids, more)] = groups
    assert kind == "projects.project" and len(ids) == min(per_type, 9) and more == (per_type < 9)
    assert set(ids) <= {p.pk for p in ours}


def test_the_header_search_page_and_the_api_list_only_the_users_own_municipalitys(
        client, owner, colleague, outsider, department):
    ours = {p.pk for p in our_climate_projects(owner, department, 7)}
    neighbour = neighbours_climate_projects(30)
    theirs = set(Project.objects.exclude(pk__in=ours).values_list("pk", flat=True))

    for user in (owner, colleague, outsider):  # the outsider: another department of the same municipality
        client.force_login(user)
        [group] = client.get("/search/", {"q": "klima"}).context["groups"]
        assert {h.record.pk for h in group.hits} <= ours and len(group.hits) == 5 and group.more_url
        [api] = client.get("/api/v1/search/", {"q": "klima", "per_type": 50}).json()["groups"]
        assert {r["id"] for r in api["results"]} == ours and api["more_url"] is None
    client.force_login(neighbour)
    [group] = client.get("/search/", {"q": "klima"}).context["groups"]
    assert {h.record.pk for h in group.hits} <= theirs


def test_a_type_whose_best_are_not_all_the_users_is_ranked_within_what_they_see(owner, colleague, department,
                                                                              monkeypatch):
    """visible_to stays the judge: when the one search's best few of a type hold a record the user may not see (here
    a stand-in for any rule narrower than the municipality), that type is ranked on its own within what they see."""
    ours = our_climate_projects(owner, department, 6)
    hidden = ours[0]
    real_visible_to = search.visible_to
    monkeypatch.setattr(search, "visible_to", lambda user, qs: real_visible_to(user, qs).exclude(pk=hidden.pk))
    [(kind, ids, more)] = shown(colleague, 5)
    assert hidden.pk not in ids and set(ids) == {p.pk for p in ours[1:]} and not more
    assert shown(colleague, 5) == shown_ranking_each_type_on_its_own(colleague, 5, monkeypatch)


def test_the_queries_do_not_grow_with_rows_and_the_index_is_searched_once(client, owner, colleague, department):
    our_climate_projects(owner, department, 6)
    neighbours_climate_projects(10)
    client.force_login(colleague)
    with CaptureQueriesContext(connection) as small:
        client.get("/search/", {"q": "klima"})
    our_climate_projects(owner, department, 3)  # more of ours
    neighbours_climate_projects(40, start=10)
    with CaptureQueriesContext(connection) as large:
        client.get("/search/", {"q": "klima"})
    assert len(large) <= len(small), [q["sql"][:80] for q in large.captured_queries]
    if connection.vendor == "sqlite":
        ranked = [q["sql"] for q in large.captured_queries if "bm25" in q["sql"]]
        assert len(ranked) == 1 and "PARTITION BY e.kind" in ranked[0], ranked
        assert f'owner : ("{department.municipality_id}")' in ranked[0]
