"""`udsyn demo`: the demo municipality loads with the promised content, and loading twice adds nothing."""

import datetime as dt
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from udsyn.accounts.models import User
from udsyn.core.models import ExchangeRate
from udsyn.core.services import record_create
from udsyn.demo.loader import load_demo
from udsyn.memberships.models import Membership
from udsyn.organisations.models import City, Department, Municipality, Organisation, Person
from udsyn.partners.models import Partner
from udsyn.projects.models import Programme, Project
from udsyn.strategies.models import Indicator, Measurement, Strategy
from udsyn.strategies.status import TrackStatus, progress
from udsyn.visits.models import Event, Visit

MODELS = [Municipality, Department, Organisation, City, Person, Programme, ExchangeRate, User, Membership,
          Partner, Project, Visit, Event, Strategy, Indicator, Measurement]

SEVEN = {"Økonomiforvaltningen", "Kultur- og Fritidsforvaltningen", "Børne- og Ungdomsforvaltningen",
         "Sundheds- og Omsorgsforvaltningen", "Socialforvaltningen", "Teknik- og Miljøforvaltningen",
         "Beskæftigelses- og Integrationsforvaltningen"}


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}



@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # The demo creates four login users; PBKDF2 would spend a second of every test on them.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

@pytest.mark.django_db
def test_demo_loads_the_promised_content():
    today = dt.date.today()
    load_demo(today=today)
    copenhagen = Municipality.objects.get(name="Københavns Kommune")
    assert set(copenhagen.departments.values_list("name", flat=True)) == SEVEN
    assert Membership.objects.count() >= 30
    assert Partner.objects.count() >= 15
    assert Project.objects.count() >= 25
    assert Visit.objects.count() >= 10
    assert Visit.objects.filter(start__gt=today).count() >= 3
    assert Visit.objects.filter(direction="outgoing").exists() and Visit.objects.filter(direction="incoming").exists()
    assert Event.objects.filter(participants__gt=0, partner__isnull=False).exists()
    assert Event.objects.filter(participants__gt=0, project__isnull=False).exists()
    assert ExchangeRate.objects.filter(currency="EUR").exists()
    # Fees the Copenhagen mapping states, as exact decimals.
    assert Membership.objects.get(organisation__name="Greater Copenhagen EU Office").annual_fee == Decimal("1300000")
    assert Membership.objects.get(organisation__name="STRING").annual_fee == Decimal("500000")
    # Projects: managed programme list incl. Interreg strands, some amounts in EUR.
    assert Programme.objects.filter(family="Interreg").count() >= 3
    assert Project.objects.filter(programme__name="Interreg Øresund-Kattegat-Skagerrak").exists()
    assert Project.objects.filter(budget_currency="EUR", external_funding__isnull=False).exists()
    # Sister cities with coordinates.
    beijing = Partner.objects.get(city__name="Beijing", kind="sister_city")
    assert beijing.city.country == "CN" and beijing.city.latitude is not None
    assert not City.objects.filter(latitude__isnull=True).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("municipality, themes", [("Aalborg Kommune", 7), ("Københavns Kommune", 3)])
def test_demo_strategies_have_indicators_on_track_at_risk_and_off_track(municipality, themes):
    load_demo()
    strategy = Strategy.objects.get(department__municipality__name=municipality)
    indicators = Indicator.objects.filter(goal__theme__strategy=strategy)
    assert strategy.themes.count() == themes
    assert indicators.count() >= 8
    statuses = set()
    for indicator in indicators:
        assert indicator.measurements.count() >= 3
        assert indicator.unit and indicator.deadline and indicator.baseline is not None
        statuses.add(progress(indicator).status)
    assert {TrackStatus.ON_TRACK, TrackStatus.OFF_TRACK} <= statuses


@pytest.mark.django_db
def test_demo_records_are_marked_demo_with_history_by_the_demo_user():
    load_demo()
    membership = Membership.objects.get(organisation__name="STRING")
    assert membership.source_kind == "demo"
    first = membership.history.earliest()
    assert first.history_user.username == "demo" and first.history_type == "+"
    assert not User.objects.get(username="demo").has_usable_password()


@pytest.mark.django_db
def test_demo_users_have_the_five_roles_and_their_printed_passwords():
    out = StringIO()
    call_command("demo", stdout=out)
    for username, role in [("admin", "installation_admin"), ("kommuneadmin", "administrator"),
                           ("coordinator", "coordinator"), ("editor", "editor"), ("reader", "reader")]:
        user = User.objects.get(username=username)
        assert user.role == role and user.check_password(username) and user.department is not None
        assert f"{username} / {username}" in out.getvalue()


@pytest.mark.django_db
def test_loading_twice_creates_nothing_new():
    call_command("demo", stdout=StringIO())
    before = counts()
    out = StringIO()
    call_command("demo", stdout=out)
    assert counts() == before
    assert "nothing new was created" in out.getvalue()


@pytest.mark.django_db
def test_reset_reloads_demo_records_and_keeps_real_ones(department, owner):
    load_demo()
    before = counts()
    real = record_create(model=Membership, acting_user=owner, data={
        "department": department, "organisation": Organisation.objects.create(name="Real network")})
    load_demo(reset=True)
    assert Membership.objects.filter(pk=real.pk).exists()
    after = counts()
    assert after["Membership"] == before["Membership"] + 1
    assert {k: v for k, v in after.items() if k not in ("Membership", "Organisation", "Municipality",
                                                         "Department", "User")} == \
        {k: v for k, v in before.items() if k not in ("Membership", "Organisation", "Municipality",
                                                       "Department", "User")}
