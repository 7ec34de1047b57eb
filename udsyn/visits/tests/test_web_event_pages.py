"""An event through the pages: created by its department, with links to its partner and project, and history."""

import pytest

from udsyn.partners.models import Partner
from udsyn.projects.models import Project
from udsyn.visits.models import Event


@pytest.mark.django_db
def test_owner_creates_an_event_linked_to_partner_and_project(client, owner, department, make, harbin):
    partner = make(Partner, city=harbin, kind="sister_city")
    project = make(Project, name="Grøn havn", role="lead", status="active")
    client.force_login(owner)
    response = client.post("/visits/events/add/", {"name": "Isfestival", "kind": "culture", "date": "2025-01-15",
                                                   "participants": "250", "partner": partner.pk,
                                                   "project": project.pk, "department": department.pk})
    event = Event.objects.get()
    assert response["Location"] == f"/visits/events/{event.pk}/"
    assert event.department == department and event.participants == 250
    page = client.get(response["Location"]).content.decode()
    assert f'href="/partners/{partner.pk}/"' in page and f'href="/projects/{project.pk}/"' in page
    assert "250" in page
    # and the partner's page lists the event
    assert f'href="/visits/events/{event.pk}/"' in client.get(f"/partners/{partner.pk}/").content.decode()


@pytest.mark.django_db
def test_history_shows_changes_and_outsider_cannot_change(client, owner, outsider, make):
    from udsyn.core.services import record_update

    event = make(Event, name="Kulturnat", date="2025-09-01", participants=40)
    record_update(record=event, data={"participants": 45}, expected_version=1, acting_user=owner)
    client.force_login(outsider)
    page = client.get(f"/visits/events/{event.pk}/").content.decode()
    assert "<del>40</del>" in page and "<ins>45</ins>" in page
    response = client.post(f"/visits/events/{event.pk}/edit/", {"name": "X", "kind": "other", "date": "2025-09-01",
                                                               "department": outsider.department_id,
                                                               "version": "2"})
    assert response.status_code == 403
    assert Event.objects.get(pk=event.pk).name == "Kulturnat"
