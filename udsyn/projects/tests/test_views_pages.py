from decimal import Decimal

import pytest

from udsyn.projects.models import Programme, Project


@pytest.mark.django_db
def test_project_with_budget_and_filter_by_programme(client, owner, department):
    interreg = Programme.objects.create(name="Interreg Øresund-Kattegat-Skagerrak", family="Interreg", is_eu=True)
    horizon = Programme.objects.create(name="Horizon Europe", family="Horizon", is_eu=True)
    client.force_login(owner)
    response = client.post("/projects/add/", {
        "name": "Grøn havn", "programme": interreg.pk, "role": "lead", "status": "active",
        "department": department.pk, "start": "2023-01-01", "end": "2026-06-30", "total_budget": "4.971.000",
        "municipality_share": "1.250.000,50", "external_funding": "800.000", "budget_currency": "DKK"})
    assert response.status_code == 302, response.content.decode()
    project = Project.objects.get()
    assert project.municipality_share == Decimal("1250000.50")
    detail = client.get(f"/projects/{project.pk}/").content.decode()
    assert "4.971.000\u00a0kr." in detail and "1.250.000,50\u00a0kr." in detail
    assert "Grøn havn" in client.get("/projects/", {"programme": interreg.pk}).content.decode()
    assert "Grøn havn" not in client.get("/projects/", {"programme": horizon.pk}).content.decode()


@pytest.mark.django_db
def test_share_above_budget_is_refused(client, owner, department):
    client.force_login(owner)
    response = client.post("/projects/add/", {"name": "X", "role": "partner", "status": "active",
                                               "department": department.pk, "total_budget": "100",
                                               "municipality_share": "200", "budget_currency": "DKK"})
    assert response.status_code == 400
    assert "Andelen kan ikke være større end det samlede budget." in response.content.decode()
    assert not Project.objects.exists()
