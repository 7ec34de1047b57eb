"""The reports and charts pages open filled in usefully: a date the date field shows, the user's own departments,
and the money charts from the first funded year (as the dashboard), not an empty chart."""

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from udsyn.core.services import record_create
from udsyn.organisations.models import Department, Municipality
from udsyn.projects.models import Project


@pytest.mark.django_db
def test_the_until_field_holds_a_date_a_date_input_accepts(client, coordinator):
    client.force_login(coordinator)
    html = client.get("/reports/").content.decode()
    field = re.search(r'<input type="date" name="until" value="([^"]*)"', html)
    assert field and field.group(1) == timezone.localdate().isoformat()


@pytest.mark.django_db
def test_the_report_offers_only_the_departments_of_its_municipality(client, coordinator, department,
                                                                    other_department):
    elsewhere = Department.objects.create(municipality=Municipality.objects.create(name="Aalborg Kommune"),
                                          name="Borgmesterens Forvaltning")
    client.force_login(coordinator)
    html = client.get("/reports/").content.decode()
    assert department.name in html and other_department.name in html
    assert elsewhere.name not in html


@pytest.mark.django_db
def test_the_money_charts_start_at_the_first_funded_project(client, coordinator, department):
    record_create(model=Project, acting_user=coordinator, data={
        "department": department, "name": "Øresundsmetro", "status": "completed", "start": dt.date(2018, 3, 1),
        "end": dt.date(2021, 3, 31), "external_funding": Decimal("2000000"), "budget_currency": "DKK"})
    client.force_login(coordinator)
    html = client.get("/reports/charts/").content.decode()
    assert re.search(r'name="since" value="2018"', html)


@pytest.mark.django_db
def test_the_report_is_offered_in_the_language_of_the_pages(client, coordinator):
    client.force_login(coordinator)
    assert '<option value="da" selected>Dansk</option>' in client.get("/reports/").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert '<option value="en" selected>English</option>' in client.get("/reports/").content.decode()
