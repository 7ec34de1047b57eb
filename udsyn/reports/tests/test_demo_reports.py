"""The three reports in all four formats for the demo municipality (udsyn demo): the figures are the register's."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.db.models import Q

from udsyn.memberships.models import Membership
from udsyn.organisations.models import Municipality
from udsyn.partners.models import Partner
from udsyn.reports.data import resolve_scope
from udsyn.reports.service import generate
from udsyn.strategies.models import Indicator

from . import readers

UNTIL = dt.date(2026, 6, 30)


@pytest.fixture
def demo(db):
    call_command("demo", verbosity=0)
    return Municipality.objects.get(name="Københavns Kommune")


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "xlsx"])
def test_demo_municipality_reports_in_every_format(demo, fmt):
    scope = resolve_scope(demo, since=2013, until=UNTIL)
    active = Membership.objects.filter(department__municipality=demo).filter(
        Q(start__isnull=True) | Q(start__lte=UNTIL), Q(end__isnull=True) | Q(end__gte=UNTIL))
    networks = active.values("organisation").distinct().count()
    assert networks > 0

    mapping = generate("mapping", fmt, scope, "da").content
    if fmt == "xlsx":
        overview = {row[0]: row[1] for row in readers.xlsx_rows(mapping, "Overblik") if row and row[0]}
        assert overview["internationale netværk og organisationer"] == networks
        assert overview["medlemskaber i forvaltningerne"] == active.count()
    else:
        text = readers.text_of(fmt, mapping)
        assert f"{networks} internationale netværk og organisationer" in text
        assert "Økonomiudvalget" in text and "Organisering af det internationale arbejde" in text
        assert "C40's kontor i København" in text  # the yearly co-financing beside the (free) membership
        for department in demo.departments.all():
            assert department.name.replace(" ", "") in text.replace(" ", "")

    results = readers.text_of(fmt, generate("results", fmt, scope, "da").content)
    partners = Partner.objects.filter(department__municipality=demo).filter(
        Q(signed_on__isnull=True) | Q(signed_on__lte=UNTIL), Q(ended_on__isnull=True) | Q(ended_on__gt=UNTIL))
    twins = partners.filter(kind__in=["twin_city", "sister_city"]).count()
    expected = "Kommunen har 1 venskabs- eller søsterby." if twins == 1 else f"Kommunen har {twins} venskabs- og"
    assert expected in results

    aalborg = resolve_scope("Aalborg Kommune", since=2014, until=UNTIL)
    if fmt != "xlsx":
        aalborg_results = readers.text_of(fmt, generate("results", fmt, aalborg, "da").content)
        assert "Kommunen har 7 venskabs- og søsterbyer; 7 af dem er prioriteret." in aalborg_results
        assert "Fredrikstad" in aalborg_results and "Det arktiske perspektiv" in aalborg_results
    strategy = readers.text_of(fmt, generate("strategy", fmt, aalborg, "da").content)
    indicators = Indicator.objects.filter(department__municipality__name="Aalborg Kommune")
    assert indicators.exists()
    for indicator in indicators:
        assert indicator.name.replace(" ", "") in strategy.replace(" ", "")
