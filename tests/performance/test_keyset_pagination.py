"""Deep pages by keyset: walking a list by its Next (and back by its Previous) links shows every record once, in
the list's order, whatever the sort (Danish names, nullable dates, a foreign key's name, a relation Django orders by
its own model's ordering); page numbers reach only MAX_OFFSET rows; a tampered cursor is refused clearly."""

import datetime as dt
import re
from html import unescape

import pytest
from django.db.models import F
from rest_framework.test import APIClient

from udsyn.core.collation import danish
from udsyn.core.pagination import MAX_OFFSET, InvalidCursor, KeysetPaginator
from udsyn.organisations.models import Organisation
from udsyn.projects.models import Programme, Project
from udsyn.strategies.models import Strategy, Theme

pytestmark = pytest.mark.django_db

NAMES = ["Aalborg", "Ærø", "Øresund", "Zürich", "alfa", "Alfa", "beta", "Beta", "CIVITAS", "Capital", "Åbo", "zeta"]


@pytest.fixture
def projects(department):
    """37 projects: names repeat (ties broken by id), a third without a start date or a programme."""
    interreg = Programme.objects.create(name="Interreg", family="Interreg")
    horizon = Programme.objects.create(name="Horizon", family="Horizon")
    made = []
    for i in range(37):
        made.append(Project.objects.create(
            department=department, name=NAMES[i % len(NAMES)], acronym=f"P{i}",
            start=None if i % 3 == 0 else dt.date(2020, 1 + i % 5, 1),
            programme=None if i % 3 == 1 else (interreg if i % 2 else horizon)))
    return made


def walk(queryset, per_page: int) -> tuple[list[int], list[list[int]]]:
    """Every row by Next links from page 1 (cursors only: no page is reached by number), then the pages again
    by Previous links from the last one."""
    paginator = KeysetPaginator(queryset, per_page, max_offset=0)
    pages = [paginator.page(1)]
    while pages[-1].has_next():
        pages.append(paginator.page(cursor=pages[-1].next_cursor))
    back = [pages[-1]]
    while back[-1].has_previous():
        assert back[-1].previous_cursor
        back.append(paginator.page(cursor=back[-1].previous_cursor))
    forward = [[r.pk for r in p.object_list] for p in pages]
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    return [pk for page in forward for pk in page], [[r.pk for r in p.object_list] for p in back][::-1]


@pytest.mark.parametrize("ordering", [
    [danish(F("name")).asc()],
    [danish(F("name")).desc()],
    ["-start"],
    ["start", "-acronym"],
    ["programme__name", "name"],
    ["-programme__name"],
    ["end"],
], ids=["danish name", "danish name desc", "-start", "start,-acronym", "programme name", "-programme name", "end"])
def test_walking_by_cursor_shows_every_row_once_in_order(projects, ordering):
    queryset = Project.objects.order_by(*ordering, "pk")
    # Rows without a value (no start date, no programme) come last in either direction, on either database.
    missing_last = [(F(item[1:]).desc(nulls_last=True) if item.startswith("-") else F(item).asc(nulls_last=True))
                    if isinstance(item, str) else item for item in ordering]
    expected = list(Project.objects.order_by(*missing_last, "pk").values_list("pk", flat=True))
    forward, backward = walk(queryset, per_page=5)
    assert forward == expected
    assert [pk for page in backward for pk in page] == expected
    assert len(backward[0]) == 5  # pages going back line up with the pages going forward


def test_projects_without_a_start_date_come_last_in_either_direction(client, coordinator, department, projects):
    client.force_login(coordinator)
    for sort in ("start", "-start"):
        rows = list(client.get("/projects/", {"sort": sort}).context["records"])
        starts = [project.start for project in rows]
        dated = [start for start in starts if start is not None]
        assert len(rows) == len(projects) and starts == dated + [None] * (len(starts) - len(dated)), sort
        assert dated == sorted(dated, reverse=sort.startswith("-")), sort


def test_a_relation_is_paged_in_the_order_of_its_own_model(department):
    """Themes sort by their strategy (Strategy orders by name) and number, as Django orders them."""
    for s in range(4):
        strategy = Strategy.objects.create(department=department, name=f"Strategi {'DCBA'[s]}")
        for number in (3, 1, 2):
            Theme.objects.create(department=department, strategy=strategy, number=number, name=f"Tema {number}")
    queryset = Theme.objects.all()
    forward, _backward = walk(queryset, per_page=5)
    assert forward == [t.pk for t in Theme.objects.order_by("strategy__name", "number", "pk")]


def test_page_numbers_reach_only_the_first_rows(department):
    Organisation.objects.bulk_create(Organisation(name=f"Netværk {i:03}") for i in range(40))
    paginator = KeysetPaginator(Organisation.objects.order_by("name"), 5, max_offset=10)
    assert paginator.last_page_by_number == 3
    third = paginator.page(3)
    assert [o.name for o in third] == [f"Netværk {i:03}" for i in range(10, 15)] and not third.capped
    asked_far = paginator.page(50)
    assert asked_far.capped and asked_far.number == 3
    assert not third.next_by_number
    fourth = paginator.page(cursor=third.next_cursor)
    assert fourth.number == 4 and [o.name for o in fourth] == [f"Netværk {i:03}" for i in range(15, 20)]


def test_a_cursor_of_another_order_or_tampered_is_refused(department):
    Organisation.objects.bulk_create(Organisation(name=f"Netværk {i}") for i in range(12))
    by_name = KeysetPaginator(Organisation.objects.order_by("name"), 5, max_offset=0)
    token = by_name.page(1).next_cursor
    with pytest.raises(InvalidCursor):
        KeysetPaginator(Organisation.objects.order_by("-name"), 5, max_offset=0).page(cursor=token)
    with pytest.raises(InvalidCursor):
        by_name.page(cursor=token[:-3] + "xyz")
    with pytest.raises(InvalidCursor):
        by_name.page(cursor="not a cursor")


def _link(html: str, testid: str) -> str | None:
    found = re.search(rf'<a href="([^"]*)"[^>]*data-testid="{testid}"', html)
    return unescape(found.group(1)) if found else None


def test_the_list_page_goes_deep_by_its_next_links(client, coordinator, department):
    """A list longer than MAX_OFFSET rows: page numbers up to it, cursors after it, back again by Previous."""
    Organisation.objects.bulk_create(Organisation(name=f"Netværk {i:04}") for i in range(MAX_OFFSET + 120))
    client.force_login(coordinator)
    last_by_number = MAX_OFFSET // 50 + 1
    html = client.get("/organisations/", {"page": last_by_number}).content.decode()
    assert f"Netværk {(last_by_number - 1) * 50:04}" in html
    following = _link(html, "next-page")
    assert following and "cursor=" in following and "page=" not in following
    html = client.get("/organisations/" + following).content.decode()
    assert f"Netværk {last_by_number * 50:04}" in html and f"Netværk {last_by_number * 50 - 1:04}" not in html
    back = _link(html, "previous-page")
    assert back == f"?page={last_by_number}"
    beyond = client.get("/organisations/", {"page": 500})
    assert beyond.status_code == 200
    assert f"Netværk {(last_by_number - 1) * 50:04}" in beyond.content.decode()  # the last page by number


def test_the_list_page_says_when_a_cursor_is_not_valid(client, coordinator, department):
    Organisation.objects.bulk_create(Organisation(name=f"Netværk {i}") for i in range(3))
    client.force_login(coordinator)
    response = client.get("/organisations/", {"cursor": "eyJrIjoiYWJjIn0"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert "Netværk 0" in response.content.decode()


def api_client(user) -> APIClient:
    client = APIClient(HTTP_ACCEPT_LANGUAGE="en")
    client.force_authenticate(user)
    return client


def test_the_api_pages_by_offset_then_by_cursor(reader, department):
    Organisation.objects.bulk_create(Organisation(name=f"Netværk {i:04}") for i in range(MAX_OFFSET + 80))
    client = api_client(reader)
    body = client.get("/api/v1/organisations/", {"limit": 50, "offset": MAX_OFFSET - 50}).json()
    assert "offset=1000" in body["next"] and "cursor=" not in body["next"]
    body = client.get(body["next"]).json()
    assert body["results"][0]["name"] == f"Netværk {MAX_OFFSET:04}"
    assert "cursor=" in body["next"] and "offset=" not in body["next"]
    seen = [row["name"] for row in body["results"]]
    body = client.get(body["next"]).json()
    seen += [row["name"] for row in body["results"]]
    assert body["next"] is None
    assert seen == [f"Netværk {i:04}" for i in range(MAX_OFFSET, MAX_OFFSET + 80)]
    back = client.get(body["previous"]).json()
    assert [row["name"] for row in back["results"]] == seen[:len(back["results"])]


def test_the_api_refuses_a_deep_offset_and_a_bad_cursor_with_a_message(reader, department):
    client = api_client(reader)
    response = client.get("/api/v1/organisations/", {"offset": MAX_OFFSET + 1})
    assert response.status_code == 400 and "next" in str(response.json()["offset"])
    response = client.get("/api/v1/organisations/", {"cursor": "garbage"})
    assert response.status_code == 400 and "cursor" in response.json()
