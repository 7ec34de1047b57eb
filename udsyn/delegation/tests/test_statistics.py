"""The desk's statistics: the same figures on the page, in the API and from the command line; they count a request
through to its held visit, and keep counting after the contact's personal data is deleted."""

import datetime as dt
import json

import pytest
from django.core.management import call_command
from django.utils import timezone

from udsyn.delegation import services
from udsyn.delegation.models import DelegationRequest
from udsyn.delegation.stats import delegation_statistics

from .conftest import accept, decline, future, hold

pytestmark = pytest.mark.django_db


@pytest.fixture
def year_of_requests(submit, themes, coordinator, department, other_department):
    """Four requests: one held (9 came), one accepted, one declined for its size, one still waiting."""
    climate, libraries = themes
    submit(themes=[climate.pk], country="DE")
    submit(themes=[climate.pk, libraries.pk], country="SE", address="198.51.100.2", level="political")
    submit(size="80", country="SE", address="198.51.100.3")
    submit(themes=[libraries.pk], country="CN", address="198.51.100.4", level="students")
    held, accepted, declined, _waiting = DelegationRequest.objects.order_by("pk")
    for request in (held, accepted):
        accept(request, coordinator, department)
    decline(declined, coordinator)
    hold(held, coordinator, 9)
    return DelegationRequest.objects.order_by("pk")


def test_the_figures_follow_the_requests(year_of_requests, desk):
    stats = delegation_statistics(desk.municipality)
    totals = stats.totals
    assert (totals.requests, totals.accepted, totals.declined, totals.held, totals.participants) == (4, 2, 1, 1, 9)
    assert totals.acceptance_rate == pytest.approx(2 / 3, abs=1e-4)
    assert stats.median_lead_days == 40  # every request asks for a day 40 days ahead
    countries = {row.key: (row.requests, row.accepted, row.declined) for row in stats.by_country}
    assert countries == {"SE": (2, 1, 1), "DE": (1, 1, 0), "CN": (1, 0, 0)}
    assert [row.key for row in stats.by_country][0] == "SE"  # the most requests first
    themes = {row.key: row.requests for row in stats.by_theme}
    assert themes == {"Klimatilpasning": 2, "Biblioteker": 2, "": 1}  # a request counts under each theme
    levels = {row.key: row.requests for row in stats.by_level}
    assert levels == {"professional": 2, "political": 1, "students": 1}
    assert [(r.key, r.count) for r in stats.declined_by_reason] == [("size", 1)]
    this_year = str(timezone.localdate().year)
    assert [(row.key, row.requests) for row in stats.by_year] == [(this_year, 4)]
    assert sum(row.requests for row in stats.by_department) == 4


def test_a_year_with_no_requests_has_no_figures(year_of_requests, desk):
    stats = delegation_statistics(desk.municipality, timezone.localdate().year - 3)
    assert (stats.totals.requests, stats.totals.acceptance_rate, stats.median_lead_days) == (0, None, None)


def test_the_counts_stay_after_the_personal_data_is_deleted(year_of_requests, desk):
    before = delegation_statistics(desk.municipality).as_json()
    DelegationRequest.objects.update(submitted_at=timezone.now() - dt.timedelta(days=400))
    services.personal_data_erase()
    assert not DelegationRequest.objects.exclude(contact_email="").exists()
    after = delegation_statistics(desk.municipality).as_json()
    assert after["totals"] == before["totals"] and after["by_country"] == before["by_country"]


def test_the_page_shows_the_figures_with_charts_and_tables(client, year_of_requests, reader):
    client.force_login(reader)  # statistics hold no personal data: readers see them
    response = client.get("/delegations/statistics/")
    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="figure-requests">4<' in page and 'id="figure-held">1<' in page and "67 %" in page
    assert page.count("<svg") == 6 and 'id="by_country-table"' in page
    assert "Sverige" in page and "Gruppens størrelse" in page


def test_the_api_gives_the_same_statistics_and_another_municipality_its_own(client, year_of_requests, coordinator,
                                                                          stranger, desk):
    client.force_login(coordinator)
    data = client.get("/api/v1/delegation-requests/statistics/").json()
    assert data == json.loads(json.dumps(delegation_statistics(desk.municipality).as_json()))
    client.force_login(stranger)
    assert client.get("/api/v1/delegation-requests/statistics/").json()["totals"]["requests"] == 0


def test_the_command_prints_json_for_scripts(year_of_requests, desk, capsys):
    call_command("delegation_stats", "--municipality", "Testkøbing Kommune", "--json")
    data = json.loads(capsys.readouterr().out)
    assert data["municipality"] == "Testkøbing Kommune" and data["totals"]["requests"] == 4
    assert {row["key"]: row["label"] for row in data["by_level"]}["political"] == "Political"  # English for scripts
    call_command("delegation_stats", "--municipality", desk.municipality.slug,
                 "--year", str(timezone.localdate().year))
    assert "requests 4, accepted 2, declined 1, acceptance rate 67%" in capsys.readouterr().out


def test_the_command_names_the_municipalities_it_knows(desk):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="No municipality called 'Nowhere' .*Testkøbing Kommune"):
        call_command("delegation_stats", "--municipality", "Nowhere")


def test_a_request_from_the_form_counts_in_the_statistics_when_held(client, submit, coordinator, department, desk):
    """The issue's 'done when': a request from the public form reaches a held visit and the statistics count it."""
    submit(preferred_start=future(22).isoformat())
    request = DelegationRequest.objects.get()
    accept(request, coordinator, department)
    hold(request, coordinator, 12)
    totals = delegation_statistics(desk.municipality).totals
    assert (totals.held, totals.participants) == (1, 12)
    from udsyn.visits.models import Visit

    assert Visit.objects.get().status == "held"  # the register's visit, counted by dashboards and reports
