"""The events list's filter panel does not write every partner and project of the register into the page: with
300 of each it offers a search box for them, not 600 options, and the page is no bigger than with 60 (a full page
of the table either way)."""

import datetime as dt
import re

import pytest

from udsyn.organisations.models import City
from udsyn.partners.models import Partner
from udsyn.projects.models import Project
from udsyn.visits.models import Event


def add_partners_and_projects(department, n: int, start: int = 0) -> None:
    cities = City.objects.bulk_create([City(name=f"Bergen {i}", country="NO") for i in range(start, start + n)])
    partners = Partner.objects.bulk_create([Partner(department=department, city=city, kind="twin_city")
                                            for city in cities])
    projects = Project.objects.bulk_create([Project(department=department, name=f"Klimaprojekt {i}")
                                            for i in range(start, start + n)])
    Event.objects.bulk_create([Event(department=department, name=f"Klimadag {i}", date=dt.date(2025, 5, 1),
                                     partner=partner, project=project)
                               for i, (partner, project) in enumerate(zip(partners, projects, strict=True))])


def options(html: str) -> int:
    return len(re.findall(r"<option\b", html))


@pytest.mark.django_db
def test_the_events_page_does_not_grow_with_partners_and_projects(client, reader, department):
    add_partners_and_projects(department, 60)
    client.force_login(reader)
    small = client.get("/visits/events/").content.decode()
    add_partners_and_projects(department, 240, start=60)
    large = client.get("/visits/events/").content.decode()

    assert options(large) == options(small) < 40  # kinds, departments, municipality: not 600 partners and projects
    assert "Bergen 150" not in large and "Klimaprojekt 150" not in large
    assert len(large) < len(small) + 1000  # the same 50 rows of the table; only the names' numbers and counts differ
    assert 'id="id_partner_lookup"' in large and 'id="id_project_lookup"' in large
