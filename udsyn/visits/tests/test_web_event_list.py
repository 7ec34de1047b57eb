"""The list of events: filters by department, partner and project; participant counts and their total."""

import re

import pytest

from udsyn.partners.models import Partner
from udsyn.projects.models import Project
from udsyn.visits.models import Event


@pytest.fixture
def events(make, harbin):
    partner = make(Partner, city=harbin, kind="sister_city")
    project = make(Project, name="Grøn havn", role="lead", status="active")
    return {
        "partner": partner, "project": project,
        "festival": make(Event, name="Isfestival", kind="culture", date="2025-01-15", participants=250,
                         partner=partner),
        "conference": make(Event, name="Havnekonference", kind="conference", date="2024-06-01", participants=180,
                           project=project),
        "theirs": make(Event, by_outsider=True, name="Kulturnat", kind="culture", date="2025-09-01",
                       participants=40),
    }


@pytest.mark.django_db
def test_list_filters_by_department_and_totals_participants(client, reader, events, department):
    client.force_login(reader)
    response = client.get("/visits/events/", {"department": department.pk})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Isfestival" in page and "Havnekonference" in page and "Kulturnat" not in page
    assert re.search(r"<td[^>]*>250</td>", page)  # each event's participant count, in its own cell
    assert re.search(r'participant-total">430\b', page)  # 250 + 180: the filtered events' total, not all


@pytest.mark.django_db
def test_filter_by_partner_project_kind_and_year(client, reader, events):
    client.force_login(reader)
    by_partner = client.get("/visits/events/", {"partner": events["partner"].pk}).content.decode()
    assert "Isfestival" in by_partner and "Havnekonference" not in by_partner
    by_project = client.get("/visits/events/", {"project": events["project"].pk}).content.decode()
    assert "Havnekonference" in by_project and "Isfestival" not in by_project
    culture_2025 = client.get("/visits/events/", {"kind": "culture", "year": "2025"},
                              HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in culture_2025
    assert "Isfestival" in culture_2025 and "Kulturnat" in culture_2025 and "Havnekonference" not in culture_2025
    assert re.search(r'participant-total">290\b', culture_2025)  # the total follows the filters in htmx too
