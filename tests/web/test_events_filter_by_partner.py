"""Filtering the events list by a partner still narrows it, on the page and in the API, and the page shows the
chosen partner as the filter's choice (a bookmarked address says what it filters by)."""

import datetime as dt

import pytest

from udsyn.organisations.models import City
from udsyn.partners.models import Partner
from udsyn.visits.models import Event


@pytest.mark.django_db
def test_a_chosen_partner_narrows_the_events(client, reader, department):
    bergen, kiel = (Partner.objects.create(department=department, kind="twin_city",
                                           city=City.objects.create(name=name, country=country))
                    for name, country in (("Bergen", "NO"), ("Kiel", "DE")))
    Event.objects.create(department=department, name="Fjorddag", date=dt.date(2025, 5, 1), partner=bergen)
    Event.objects.create(department=department, name="Kieler Woche", date=dt.date(2025, 6, 1), partner=kiel)
    client.force_login(reader)

    page = client.get("/visits/events/", {"partner": bergen.pk}).content.decode()
    assert "Fjorddag" in page and "Kieler Woche" not in page
    assert f'<option value="{bergen.pk}" selected>Bergen (NO)</option>' in page
    assert f'value="{kiel.pk}"' not in page

    api = client.get("/api/v1/events/", {"partner": bergen.pk}).json()
    assert [row["name"] for row in api["results"]] == ["Fjorddag"]
