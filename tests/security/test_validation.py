"""Values the register refuses, through the API and the forms alike: negative fees and budgets, a municipality's share
above the project's budget, dates and years outside 1900-2100, a rate of zero; in Danish and in English."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from udsyn.core.models import ExchangeRate
from udsyn.core.services import record_create
from udsyn.memberships.forms import MembershipForm
from udsyn.memberships.models import Membership
from udsyn.projects.forms import ProjectForm
from udsyn.projects.models import Project


@pytest.fixture
def api(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.fixture
def reference_api(client, installation_admin):
    """Exchange rates are shared reference data: only the installation's administrator keeps them."""
    client.force_login(installation_admin)
    return client


def post(api, route: str, data: dict, language: str = "en"):
    return api.post(f"/api/v1/{route}/", data=data, content_type="application/json", HTTP_ACCEPT_LANGUAGE=language)


@pytest.mark.django_db
@pytest.mark.parametrize(("field", "value", "message"), [
    ("annual_fee", "-1.00", "The amount cannot be negative."),
    ("annual_co_financing", "-500", "The amount cannot be negative."),
    ("start", "9999-01-01", "Give a date from the year 1900 to the year 2100."),
    ("end", "1899-12-31", "Give a date from the year 1900 to the year 2100."),
    ("fee_year", 9999, "Give a year from 1900 to 2100."),
    ("value_reviewed_on", "0001-01-01", "Give a date from the year 1900 to the year 2100."),
])
def test_membership_values_out_of_range_are_refused_by_the_api(api, department, network, field, value, message):
    response = post(api, "memberships", {"department": department.pk, "organisation": network.pk, field: value})
    assert response.status_code == 400, response.content
    assert response.json() == {field: [message]}
    assert not Membership.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("field", "value"), [("total_budget", "-1"), ("municipality_share", "-0.01"),
                                              ("external_funding", "-100")])
def test_negative_project_amounts_are_refused(api, department, field, value):
    response = post(api, "projects", {"department": department.pk, "name": "Klimaby", field: value})
    assert response.status_code == 400 and field in response.json()


@pytest.mark.django_db
def test_a_share_larger_than_the_budget_is_refused_on_create_and_update(api, department, coordinator):
    response = post(api, "projects", {"department": department.pk, "name": "Klimaby", "total_budget": "100000",
                                      "municipality_share": "100000.01"})
    assert response.status_code == 400
    assert response.json() == {"municipality_share": ["The share cannot exceed the total budget."]}
    project = record_create(model=Project, acting_user=coordinator, data={
        "department": department, "name": "Klimaby", "total_budget": Decimal("100000"),
        "municipality_share": Decimal("40000")})
    for change in ({"municipality_share": "150000"}, {"total_budget": "30000"}):
        response = api.patch(f"/api/v1/projects/{project.pk}/", data=change, content_type="application/json",
                             HTTP_IF_MATCH=f'"{project.version}"')
        assert response.status_code == 400, change
        assert "municipality_share" in response.json()
    project.refresh_from_db()
    assert (project.total_budget, project.municipality_share, project.version) == (100000, 40000, 1)


@pytest.mark.django_db
def test_the_messages_are_danish_by_default_in_the_forms(coordinator, department, network):
    form = MembershipForm(data={"department": department.pk, "organisation": network.pk, "annual_fee": "-5",
                                "fee_currency": "DKK", "fee_year": "3000", "start": "9999-01-01"}, user=coordinator)
    assert not form.is_valid()
    assert form.errors["annual_fee"] == ["Beløbet kan ikke være negativt."]
    assert form.errors["fee_year"] == ["Angiv et år fra 1900 til 2100."]
    assert form.errors["start"] == ["Angiv en dato fra år 1900 til år 2100."]
    form = ProjectForm(data={"department": department.pk, "name": "Klimaby", "role": "partner", "status": "active",
                             "budget_currency": "DKK", "total_budget": "100", "municipality_share": "200"},
                       user=coordinator)
    assert not form.is_valid()
    assert form.errors["municipality_share"] == ["Andelen kan ikke være større end det samlede budget."]


@pytest.mark.django_db
def test_the_web_form_refuses_and_keeps_what_was_typed(client, coordinator, department, network):
    client.force_login(coordinator)
    response = client.post("/memberships/add/", {"department": department.pk, "organisation": network.pk,
                                                  "annual_fee": "-5", "fee_currency": "DKK", "purpose": "Klima"})
    assert response.status_code in (200, 400)
    page = response.content.decode()
    assert "Beløbet kan ikke være negativt." in page and "Klima" in page
    assert not Membership.objects.exists()


@pytest.mark.django_db
def test_a_rate_must_be_above_zero_and_dated_in_range(reference_api):
    for data in ({"currency": "EUR", "date": "2024-01-01", "dkk_per_unit": "0"},
                 {"currency": "EUR", "date": "2024-01-01", "dkk_per_unit": "-7.46"},
                 {"currency": "EUR", "date": "9999-01-01", "dkk_per_unit": "7.46"}):
        response = post(reference_api, "exchange-rates", data)
        assert response.status_code == 400, data
    assert not ExchangeRate.objects.exists()
    with pytest.raises(ValidationError):
        ExchangeRate(currency="EUR", date=dt.date(2024, 1, 1), dkk_per_unit=Decimal("-1")).full_clean()


@pytest.mark.django_db
def test_values_in_range_are_kept(api, department, network):
    response = post(api, "memberships", {"department": department.pk, "organisation": network.pk, "annual_fee": "0",
                                         "fee_year": 2100, "start": "1900-01-01", "end": "2100-12-31"})
    assert response.status_code == 201, response.content
