"""Every list page, its search, its filters, the API lists and the dashboard make a fixed number of queries: the
count measured on a small register holds on one with five times the rows."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from udsyn.core.models import ExchangeRate
from udsyn.memberships.models import Membership
from udsyn.organisations.models import City, Organisation, Person
from udsyn.partners.models import Partner
from udsyn.projects.models import Programme, Project
from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme
from udsyn.visits.models import Event, Visit

TODAY = dt.date.today()


def add_rows(department, n: int, start: int = 0) -> None:
    """n records of each type, each with the related rows its list shows (through the ORM: the index follows)."""
    programme, _ = Programme.objects.get_or_create(name="Interreg Øresund-Kattegat-Skagerrak", family="Interreg")
    ExchangeRate.objects.get_or_create(currency="EUR", date=dt.date(2020, 1, 1), dkk_per_unit=Decimal("7.45"))
    strategy = Strategy.objects.create(department=department, name=f"Strategi {start}")
    goal = Goal.objects.create(department=department, theme=Theme.objects.create(
        department=department, strategy=strategy, name="Tema"), text="Flere samarbejder")
    for i in range(start, start + n):
        organisation = Organisation.objects.create(name=f"Netværk {i}", acronym=f"N{i}", kind="network")
        city = City.objects.create(name=f"By {i}", country="DE")
        person = Person.objects.create(name=f"Person {i}")
        membership = Membership.objects.create(department=department, organisation=organisation, contact=person,
                                               annual_fee=Decimal(1000 + i), fee_currency="EUR" if i % 2 else "DKK",
                                               start=dt.date(2020, 1, 1), purpose="Samarbejde om klima")
        membership.representatives.add(person)
        partner = Partner.objects.create(department=department, city=city, kind="twin_city", institution=organisation,
                                         signed_on=dt.date(2015, 1, 1), themes="klima")
        project = Project.objects.create(department=department, name=f"Samarbejde om klima {i}", programme=programme,
                                         lead_organisation=organisation, start=dt.date(2020, 1, 1),
                                         end=TODAY + dt.timedelta(days=400), status="active",
                                         external_funding=Decimal(5000 * (i + 1)), budget_currency="EUR")
        project.partners.add(organisation)
        Visit.objects.create(department=department, direction="incoming", start=TODAY + dt.timedelta(days=i % 50),
                             city=city, organisation=organisation, theme="Klima", status="confirmed")
        Event.objects.create(department=department, name=f"Klimadag {i}", date=TODAY, partner=partner,
                             project=project)
        indicator = Indicator.objects.create(department=department, goal=goal, name=f"Indikator {i}", unit="antal",
                                             baseline=Decimal(0), baseline_year=2020, target=Decimal(100),
                                             deadline=dt.date(2030, 12, 31))
        for year in (2022, 2023, 2024):
            Measurement.objects.create(department=department, indicator=indicator, date=dt.date(year, 12, 31),
                                       value=Decimal(10 * (year - 2020) + i % 3))


PAGES = [
    ("/memberships/", {}), ("/memberships/", {"q": "klima"}), ("/memberships/", {"fee_currency": "EUR"}),
    ("/partners/", {}), ("/partners/", {"q": "by"}), ("/partners/", {"kind": "twin_city", "active": "true"}),
    ("/projects/", {}), ("/projects/", {"q": "klima"}), ("/projects/", {"status": "active", "sort": "-start"}),
    ("/visits/", {}), ("/visits/", {"q": "klima", "direction": "incoming"}),
    ("/visits/events/", {}), ("/strategies/", {}), ("/organisations/", {"q": "netværk"}),
    ("/api/v1/memberships/", {}), ("/api/v1/projects/", {"q": "klima"}), ("/api/v1/partners/", {}),
    ("/api/v1/visits/", {"status": "confirmed"}), ("/api/v1/events/", {}), ("/api/v1/organisations/", {}),
    ("/", {}), ("/search/", {"q": "klima"}), ("/search/", {"q": "netværk"}),
]


def queries(client, url: str, params: dict) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured)


@pytest.mark.parametrize(("url", "params"), PAGES, ids=[f"{u}?{'&'.join(p)}" for u, p in PAGES])
def test_queries_do_not_grow_with_rows(client, coordinator, department, url, params,
                                       django_assert_max_num_queries):
    add_rows(department, 2)
    client.force_login(coordinator)
    small = queries(client, url, params)
    add_rows(department, 8, start=2)
    with django_assert_max_num_queries(small):
        response = client.get(url, params)
    assert response.status_code == 200
    assert small <= 25, f"{url} makes {small} queries"


def test_the_header_search_searches_the_index_once_for_every_type(client, coordinator, department):
    """A search with few matches in all: the session and the user, one search of the index for every type, one to
    rank the matches, and one for the records of each type found; not one search of the index per type."""
    add_rows(department, 3)
    client.force_login(coordinator)
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/search/", {"q": "klima"})
    groups = response.context["groups"]
    assert len(captured) == 2 + 2 + len(groups), [q["sql"][:80] for q in captured]
