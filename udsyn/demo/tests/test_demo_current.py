"""The demo is about the present in whatever year it is loaded: grants start in each of the last years, projects with
money run now, recent events and measurements, a strategy in force, upcoming visits in both municipalities with a
login. The documents' own facts keep their dates; some records lack dates or figures, as real registers do."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db.models import Q

from udsyn.demo.loader import load_demo
from udsyn.organisations.models import Municipality
from udsyn.projects.models import Project
from udsyn.strategies.models import Indicator, Measurement, Strategy
from udsyn.visits.models import Event, Visit

pytestmark = pytest.mark.django_db

# Today, and days in other years (a leap day among them): nothing in the demo may depend on the year it was written.
DAYS = [dt.date.today(), dt.date(2028, 2, 29), dt.date(2033, 7, 1)]


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_money_of_the_default_periods_is_never_empty(today):
    load_demo(today=today)
    copenhagen = Municipality.objects.get(name="Københavns Kommune")
    for year in range(today.year - 4, today.year + 1):  # the reports' default period is the last five years
        funded = Project.objects.filter(department__municipality=copenhagen, start__year=year,
                                        external_funding__gt=0)
        assert funded.exists(), year
    for name in ("Københavns Kommune", "Aalborg Kommune"):
        ongoing = Project.objects.filter(Q(end=None) | Q(end__gte=today), department__municipality__name=name,
                                         status="active", start__lte=today, external_funding__gt=0)
        assert ongoing.exists(), name


@pytest.mark.parametrize("username", ["coordinator", "aalborg"])
def test_the_dashboards_money_boxes_show_amounts(client, username):
    load_demo()
    client.post("/login/", {"username": username, "password": username})
    since = dt.date.today().year - 4
    page = client.get("/", {"since": since}).content.decode()
    box = page.split('aria-labelledby="fig-projects"')[1].split("</section>")[0]
    assert "Ekstern finansiering:" in box and "ikke registreret" not in box and "kr." in box
    funding = page.split('data-testid="funding-total">')[1].split("</p>")[0]
    assert "kr." in funding, funding


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_statuses_agree_with_the_dates(today):
    """An ongoing project has started and not ended (a document's project whose end has passed is completed)."""
    load_demo(today=today)
    for project in Project.objects.exclude(start=None):
        if project.status == "active":
            assert project.start <= today and (project.end is None or project.end >= today), project
        if project.status == "completed" and project.end is not None:
            assert project.end < today, project


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_strategy_measurements_and_visits_are_recent(today):
    load_demo(today=today)
    latest = Measurement.objects.order_by("-date").first().date
    assert today - dt.timedelta(days=190) <= latest < today
    copenhagen = Strategy.objects.get(department__municipality__name="Københavns Kommune")
    assert copenhagen.horizon_year > today.year
    assert not Indicator.objects.filter(goal__theme__strategy=copenhagen, deadline__lt=today).exists()
    for name in ("Københavns Kommune", "Aalborg Kommune"):
        upcoming = Visit.objects.filter(department__municipality__name=name, start__gte=today,
                                        start__lte=today + dt.timedelta(days=60))
        assert upcoming.exists(), name
    assert Event.objects.filter(date__year=today.year - 1).count() >= 2


def test_the_documents_facts_keep_their_dates():
    load_demo(today=dt.date(2033, 7, 1))
    atelier = Project.objects.get(name="ATELIER")
    assert (atelier.start, atelier.end, atelier.external_funding) == (
        dt.date(2019, 11, 1), dt.date(2024, 10, 31), Decimal("665462.50"))
    assert Visit.objects.get(theme="Genoplivning af venskabsbysamarbejdet").start == dt.date(2010, 1, 5)


def test_some_records_lack_dates_or_figures():
    load_demo()
    assert Project.objects.filter(start=None, end=None, external_funding=None).exists()
    assert Event.objects.filter(participants=None).exists()
    assert Visit.objects.filter(size=None, city=None).exists()


def test_loading_again_later_in_the_half_year_adds_nothing():
    """Visits move with the day but are the same records; measurements are added only after a half-year ends."""
    load_demo(today=dt.date(2030, 7, 3))
    before = {m: m.objects.count() for m in (Project, Visit, Event, Strategy, Measurement)}
    load_demo(today=dt.date(2030, 11, 20))
    assert {m: m.objects.count() for m in before} == before
