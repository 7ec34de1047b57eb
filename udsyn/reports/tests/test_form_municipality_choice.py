"""The reports and charts pages ask which municipality only of those who read several: a municipality's own user
gets its reports without the question, and its departments without the municipality's name after each."""

import re

import pytest

from udsyn.organisations.models import Department, Municipality


def municipality_question(html: str) -> bool:
    return bool(re.search(r'<select name="municipality"', html)) or 'for="id_municipality"' in html


@pytest.fixture
def aalborg(db):
    place = Municipality.objects.create(name="Aalborg Kommune")
    Department.objects.create(municipality=place, name="Borgmesterens Forvaltning")
    return place


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/reports/", "/reports/charts/"])
def test_a_user_of_one_municipality_is_not_asked_which(client, coordinator, department, aalborg, path):
    client.force_login(coordinator)
    html = client.get(path).content.decode()

    assert not municipality_question(html)
    municipality = department.municipality
    assert f'<input type="hidden" name="municipality" value="{municipality.pk}"' in html
    if path == "/reports/":
        assert f"{department.name} ({municipality.name})" not in html
        assert re.search(rf">\s*{re.escape(department.name)}</label>", html)


@pytest.mark.django_db
def test_a_report_is_made_for_the_user_s_own_municipality_without_the_question(client, coordinator, department):
    client.force_login(coordinator)
    response = client.get("/reports/", {"kind": "mapping", "format": "html", "since": "2020", "language": "da"})

    assert response.status_code == 200
    assert department.municipality.name in response.content.decode()


@pytest.mark.django_db
def test_an_installation_administrator_chooses_the_municipality_and_sees_whose_departments(
        client, installation_admin, department, aalborg):
    client.force_login(installation_admin)
    html = client.get("/reports/").content.decode()

    assert municipality_question(html)
    assert "Aalborg Kommune" in html
    assert re.search(r"\(.+Kommune\)</label>", html)  # a department's label names its municipality
