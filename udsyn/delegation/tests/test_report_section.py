"""The desk's figures in the mapping of international work and the results summary, in every format, for the report's
period and departments."""

import datetime as dt

import pytest
from django.utils import timezone

from udsyn.delegation.models import DelegationRequest
from udsyn.reports.data import resolve_scope
from udsyn.reports.service import generate
from udsyn.reports.tests import readers

from .conftest import accept, decline, hold

pytestmark = pytest.mark.django_db


@pytest.fixture
def held_and_declined(submit, coordinator, department):
    """Two requests this year: one held with 11 participants, one declined for its size."""
    submit(country="SE")
    submit(country="NO", size="80", address="198.51.100.8")
    held, declined = DelegationRequest.objects.order_by("pk")
    accept(held, coordinator, department)
    hold(held, coordinator, 11)
    decline(declined, coordinator)


def scope_of(desk, **kwargs):
    return resolve_scope(desk.municipality, since=timezone.localdate().year, until=timezone.localdate(), **kwargs)


def test_the_mapping_has_the_desk_section_in_every_format(held_and_declined, desk):
    scope = scope_of(desk)
    for fmt in ("html", "pdf", "docx"):
        text = " ".join(readers.text_of(fmt, generate("mapping", fmt, scope, "en").content).split())
        assert "Delegation requests" in text, fmt
        assert "received 2 requests from 2 countries: 1 accepted and 1 declined" in text, fmt
        assert "1 visit was held, with 11 participants" in text, fmt
    year = str(timezone.localdate().year)
    rows = readers.xlsx_rows(generate("mapping", "xlsx", scope, "en").content, "Delegation requests")
    assert rows[0][:3] == ("Year", "Requests", "Accepted") and rows[1][1:4] == (2, 1, 1)
    assert str(rows[1][0]) == year
    danish = " ".join(readers.text_of("html", generate("mapping", "html", scope, "da").content).split())
    assert "Delegationsmodtagelsen modtog 2 henvendelser fra 2 lande" in danish


def test_the_results_summary_counts_the_held_visit(held_and_declined, desk):
    text = " ".join(readers.text_of("html", generate("results", "html", scope_of(desk), "en").content).split())
    assert "Delegation visits through the desk" in text and "with 11 participants" in text


def test_a_period_or_a_department_without_requests_has_no_section(held_and_declined, desk, other_department):
    last_year = timezone.localdate().year - 1
    before = resolve_scope(desk.municipality, since=last_year - 1, until=dt.date(last_year, 12, 31))
    assert "Delegation requests" not in readers.text_of("html", generate("mapping", "html", before, "en").content)
    elsewhere = scope_of(desk, departments=[other_department])
    assert "Delegation requests" not in readers.text_of("html", generate("mapping", "html", elsewhere, "en").content)
