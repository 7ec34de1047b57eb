"""The demo desk: Copenhagen's rules and a year of invented requests (412, as the 2020 mapping counts for one
department), with a spread of countries, levels, themes and outcomes; loaded once; printed form address."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command

from udsyn.delegation.models import DelegationRequest, Desk, Status
from udsyn.delegation.stats import delegation_statistics
from udsyn.demo.loader import load_demo


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.mark.django_db
def test_the_demo_desk_has_a_year_of_requests_with_a_spread_of_outcomes():
    today = dt.date(2026, 11, 20)
    load_demo(today=today)
    desk = Desk.objects.get()
    assert desk.municipality.name == "Københavns Kommune" and desk.themes.count() >= 8
    requests = DelegationRequest.objects.all()
    assert not requests.exclude(source_kind="demo").exists()
    stats = delegation_statistics(desk.municipality, 2025)
    assert stats.totals.requests == 412
    assert 0.4 < stats.totals.acceptance_rate < 0.8 and stats.totals.held > 100
    assert len(stats.by_country) >= 15 and {r.key for r in stats.by_level} == {"political", "management",
                                                                                 "professional", "students"}
    assert len(stats.declined_by_reason) >= 3
    statuses = set(requests.values_list("status", flat=True))
    assert {Status.DECLINED, Status.HELD, Status.FOLLOWED_UP, Status.SCREENED, Status.CANCELLED} <= statuses
    assert 0 < stats.totals.cancelled < stats.totals.held / 5
    cancelled = requests.filter(status=Status.CANCELLED).select_related("visit")
    assert all(r.visit.status == "cancelled" and r.cancel_reason and r.participants is None for r in cancelled)
    channels = set(requests.values_list("channel", flat=True))
    assert {"form", "email", "phone"} <= channels
    assert not requests.exclude(channel="form").filter(entered_by__isnull=True).exists()
    assert requests.filter(visit__start__gt=today, agenda__isnull=False).exists()  # programmes of coming visits
    old = requests.filter(submitted_at__date__lt=today - dt.timedelta(days=desk.retention_days))
    assert old.exists() and not old.exclude(contact_email="").exists()  # past retention: no contact data
    assert requests.filter(erased_at__isnull=True).exclude(contact_email="").exists()
    assert all(r.contact_email.endswith("@example.org") for r in requests.exclude(contact_email=""))


@pytest.mark.django_db
def test_the_demo_prints_the_form_address_and_loads_once():
    out = StringIO()
    call_command("demo", stdout=out)
    assert "http://127.0.0.1:8000/delegation/koebenhavns-kommune/" in out.getvalue()
    count = DelegationRequest.objects.count()
    again = StringIO()
    call_command("demo", "--serving", "--address", "http://localhost:8011", stdout=again)  # as make demo PORT=8011
    assert DelegationRequest.objects.count() == count
    assert "http://localhost:8011/delegation/koebenhavns-kommune/" in again.getvalue()
    assert "Starting the web application at http://localhost:8011/" in again.getvalue()
    assert "nothing new was created" in again.getvalue()
    load_demo(reset=True)
    assert DelegationRequest.objects.count() == count and Desk.objects.count() == 1
