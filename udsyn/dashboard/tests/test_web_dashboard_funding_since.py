"""External funding brought home since a year: funded projects (ongoing or completed) that started in or after the
year, and those without a start date that were running then (the reports' rule); a figure without any amount says
'not recorded' instead of 0 kr."""

import datetime as dt
from decimal import Decimal

import pytest

from udsyn.core.services import record_create
from udsyn.dashboard import figures as dashboard
from udsyn.projects.models import Project

ON = dt.date(2026, 6, 1)


def project(user, department, name, start, funding, status="completed"):
    return record_create(model=Project, acting_user=user, data={
        "department": department, "name": name, "status": status, "start": start,
        "end": dt.date(2022, 12, 31) if status == "completed" and start else None,
        "external_funding": None if funding is None else Decimal(funding)})


@pytest.fixture
def projects(owner, department):
    project(owner, department, "Beijing", dt.date(2013, 3, 1), "10000000")
    project(owner, department, "Buenos Aires", dt.date(2018, 1, 1), "25000000")
    project(owner, department, "AI4Cities", dt.date(2020, 1, 1), "3500000", status="active")
    project(owner, department, "Not funded", dt.date(2019, 1, 1), "99000000", status="rejected")
    project(owner, department, "Applied", dt.date(2019, 1, 1), "88000000", status="applied")
    project(owner, department, "Undated", None, "725000")


@pytest.mark.django_db
def test_funding_since_defaults_to_the_earliest_funded_year(projects):
    figures = dashboard.funding_figures(on=ON)
    assert figures["since"] == 2013
    assert figures["count"] == 4  # rejected and applied-for projects bring no money; the undated one counts
    assert figures["total"].dkk == Decimal("39225000")
    assert figures["undated"] == 1


@pytest.mark.django_db
def test_funding_since_a_later_year_leaves_earlier_projects_out(projects):
    figures = dashboard.funding_figures(2018, ON)
    assert (figures["since"], figures["count"], figures["total"].dkk) == (2018, 3, Decimal("29225000"))


@pytest.mark.django_db
def test_dashboard_shows_funding_since_the_chosen_year(client, reader, projects):
    client.force_login(reader)
    page = client.get("/").content.decode()
    assert "Ekstern finansiering hjemtaget siden 2013" in page
    assert "39,2 mio.\u00a0kr." in page  # may wrap after the figure
    assert "heraf 1 projekt uden startdato, der kørte i det år eller senere" in page
    assert "Som i rapporterne: et tilskud tælles i det år, projektet startede." in page
    page = client.get("/", {"since": 2018}).content.decode()
    assert "Ekstern finansiering hjemtaget siden 2018" in page
    assert "29,2 mio.\u00a0kr." in page


@pytest.mark.django_db
def test_a_year_outside_the_list_is_refused_with_a_message(client, reader, projects):
    client.force_login(reader)
    page = client.get("/", {"since": 1850}).content.decode()
    assert "Ekstern finansiering hjemtaget siden 2013" in page  # the default figure
    assert 'id="id_since_error"' in page


@pytest.mark.django_db
def test_funding_without_any_amount_reads_not_recorded(client, reader, owner, department):
    project(owner, department, "No amount", dt.date(2020, 1, 1), None)
    client.force_login(reader)
    page = client.get("/").content.decode()
    assert '<p class="big" data-testid="funding-total">ikke registreret</p>' in page


@pytest.mark.django_db
def test_no_funded_project_reads_no_projects(client, reader):
    client.force_login(reader)
    page = client.get("/").content.decode()
    assert '<p class="big" data-testid="funding-total">ingen projekter</p>' in page
