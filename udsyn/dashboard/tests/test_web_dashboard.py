"""Dashboard figures: exact money in DKK where a rate exists, per currency otherwise; visits; on-track counts."""

import datetime as dt
from decimal import Decimal

import pytest

from udsyn.core.models import ExchangeRate
from udsyn.core.services import record_create
from udsyn.dashboard import figures as dashboard
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Organisation


@pytest.fixture
def fees(membership, department, owner):
    """500.000 kr. (the membership fixture) + 25.000 EUR with a rate + 10.000 SEK without one + an ended one."""
    ExchangeRate.objects.create(currency="EUR", date=dt.date(2026, 1, 2), dkk_per_unit=Decimal("7.4604"))

    def add(name, **data):
        organisation = Organisation.objects.create(name=name, kind="network")
        return record_create(model=Membership, acting_user=owner,
                             data={"department": department, "organisation": organisation, **data})

    add("ICLEI", annual_fee=Decimal("25000"), fee_currency="EUR")
    add("Union of the Baltic Cities", annual_fee=Decimal("10000"), fee_currency="SEK")
    add("Ended network", annual_fee=Decimal("99999"), fee_currency="DKK", start=dt.date(2010, 1, 1),
        end=dt.date(2015, 12, 31))


@pytest.mark.django_db
def test_membership_total_converts_where_a_rate_exists(fees):
    figures = dashboard.membership_figures(dt.date(2026, 6, 1))
    assert figures["count"] == 3  # the ended membership is not active
    assert figures["fees"].dkk == Decimal("500000.00") + Decimal("186510.00")
    assert isinstance(figures["fees"].dkk, Decimal)
    assert figures["fees"].unconverted == {"SEK": Decimal("10000")}


@pytest.mark.django_db
def test_dashboard_page_shows_total_and_unconverted_currency(client, reader, fees):
    client.force_login(reader)
    page = client.get("/").content.decode()
    assert "686.510\u00a0kr." in page
    assert "10.000\u00a0SEK" in page
    assert "uden gemt valutakurs" in page


@pytest.mark.django_db
def test_upcoming_visits_are_the_next_60_days_and_not_declined(owner, department):
    from udsyn.visits.models import Visit

    today = dt.date(2026, 3, 1)

    def visit(days, status="confirmed"):
        return record_create(model=Visit, acting_user=owner, data={
            "department": department, "direction": "incoming", "start": today + dt.timedelta(days=days),
            "status": status})

    soon, later, declined, past = visit(10), visit(61), visit(5, "declined"), visit(-1)
    assert dashboard.upcoming_visits(today) == [soon]
    assert later not in dashboard.upcoming_visits(today) and declined.pk and past.pk


@pytest.mark.django_db
def test_projects_external_funding(owner, department):
    from udsyn.projects.models import Project

    for name, funding, status in [("CityLab", "4971000", "active"), ("Old", "1000000", "completed")]:
        record_create(model=Project, acting_user=owner, data={
            "department": department, "name": name, "status": status, "external_funding": Decimal(funding)})
    figures = dashboard.project_figures(dt.date(2026, 6, 1))
    assert figures["count"] == 1
    assert figures["external_funding"].dkk == Decimal("4971000")


@pytest.mark.django_db
def test_funding_not_recorded_is_said_not_shown_as_zero(client, reader, owner, department):
    from udsyn.projects.models import Project

    for name, funding in [("With amount", Decimal("800000")), ("Without", None)]:
        record_create(model=Project, acting_user=owner, data={
            "department": department, "name": name, "status": "active", "external_funding": funding})
    client.force_login(reader)
    page = client.get("/").content.decode()
    assert "800.000\u00a0kr." in page
    assert "Beløb oplyst for 1 af 2" in page


@pytest.mark.django_db
def test_no_amount_at_all_reads_not_recorded(client, reader, department, network, owner):
    record_create(model=Membership, acting_user=owner, data={"department": department, "organisation": network})
    client.force_login(reader)
    page = client.get("/").content.decode()
    assert '<strong data-testid="fee-total">ikke registreret</strong>' in page
