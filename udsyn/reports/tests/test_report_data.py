"""The report-data layer computes the register's own aggregates, per department and in all."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db.models import Count, Q, Sum

from udsyn.memberships.models import Membership
from udsyn.projects.models import Project
from udsyn.reports.data import mapping_data, results_data, strategy_data
from udsyn.visits.models import Event, Visit

from .conftest import SINCE, UNTIL


def _active_fees(department) -> dict[str, Decimal]:
    rows = Membership.objects.filter(department=department).filter(Q(end__isnull=True) | Q(end__gte=UNTIL)) \
        .values("fee_currency").annotate(total=Sum("annual_fee"))
    return {r["fee_currency"]: r["total"] for r in rows}


def test_mapping_sections_equal_the_registers_aggregates(register, scope):
    report = mapping_data(scope)
    sections = {s.name: s for s in report.sections}
    assert list(sections) == ["Kultur- og Fritidsforvaltningen", "Socialforvaltningen", "Teknik- og Miljøforvaltningen"]
    for key in ("tmf", "kff"):
        department = register[key]
        section = sections[department.name]
        fees = _active_fees(department)
        assert {p.currency: p.amount for p in section.fees.parts} == fees
        assert len(section.memberships) == Membership.objects.filter(department=department).exclude(
            end__lt=UNTIL).count()
        funded = Project.objects.filter(department=department, status__in=["active", "completed"],
                                        start__year__gte=SINCE, start__lte=UNTIL)
        expected = {r["budget_currency"]: r["total"] for r in funded.filter(external_funding__isnull=False)
                    .values("budget_currency").annotate(total=Sum("external_funding"))}
        assert {p.currency: p.amount for p in section.funding_total.parts} == expected
        visits = Visit.objects.filter(department=department, status__in=["held", "confirmed"],
                                      start__year__gte=SINCE, start__lte=UNTIL)
        assert section.visits_total == visits.count()
        by_year = dict(visits.filter(direction="incoming").values_list("start__year").annotate(n=Count("id")))
        assert {v.year: v.incoming for v in section.visits if v.incoming} == by_year


def test_mapping_converts_currencies_with_the_stored_rate_of_the_reporting_date(register, scope):
    tmf = next(s for s in mapping_data(scope).sections if s.name == register["tmf"].name)
    # 1.800.000 DKK + 20.000 EUR at 7,46 (the 2027 rate comes after the reporting date and is not used)
    assert tmf.fees.dkk.amount == Decimal("1800000") + Decimal("20000") * Decimal("7.46")
    assert tmf.funding_total.dkk.amount == Decimal("3500000") + Decimal("665462.50") * Decimal("7.46")


def test_mapping_leaves_out_the_dkk_total_when_a_rate_is_missing(register, scope):
    report = mapping_data(scope)
    kff = next(s for s in report.sections if s.name == register["kff"].name)
    assert kff.fees.dkk is None and kff.fees.missing_rates == ["SEK"]
    assert report.missing_rates == ["SEK"]
    assert [(r.currency, r.dkk_per_unit) for r in report.rates] == [("EUR", Decimal("7.460000"))]


def test_mapping_headline_counts_distinct_networks_cities_and_ongoing_projects(register, scope):
    headline = mapping_data(scope).headline
    assert headline.memberships == 5
    assert headline.networks == 4  # Eurocities counts once although two departments are members
    assert headline.partner_cities == 4  # Seoul's agreement ended in 2019
    assert headline.ongoing_projects == 2  # Green Building A-Z and Lyden af Hovedstaden
    assert headline.funded_projects_since == 5  # Lyden af Hovedstaden has no funding amount
    assert headline.incoming_visits == 4
    assert {p.currency: p.amount for p in headline.external_funding.parts} == {
        "DKK": Decimal("3850000"), "EUR": Decimal("665462.50")}


def test_department_without_records_has_an_empty_section(register, scope):
    section = next(s for s in mapping_data(scope).sections if s.name == "Socialforvaltningen")
    assert section.is_empty and section.fees.is_empty and section.visits_total == 0


def test_partner_appears_under_owner_and_involved_departments(register, scope):
    sections = {s.name: s for s in mapping_data(scope).sections}
    assert [p.city for p in sections[register["tmf"].name].partners] == ["Beijing", "Buenos Aires"]
    assert [p.city for p in sections[register["kff"].name].partners] == ["Beijing", "Fredrikstad", "Hamburg"]


def test_results_facts_are_danish_sentences_with_the_registers_counts(register, scope):
    report = results_data(scope)
    sentences = [f.sentence for f in report.facts]
    assert "Siden 2018 har kommunen deltaget i 2 Interreg-projekter." in sentences
    assert "Kommunen har 3 venskabs- og søsterbyer." in sentences
    interreg = Project.objects.filter(programme__family="Interreg", status__in=["active", "completed"],
                                      start__year__gte=SINCE, start__lte=UNTIL).count()
    assert report.fact("programme:Interreg").value == interreg
    events = Event.objects.filter(partner__isnull=False, date__year__gte=SINCE, date__lte=UNTIL)
    assert report.activities_with_partners == events.count() == 3
    assert report.participants_with_partners == events.aggregate(n=Sum("participants"))["n"] == 420
    assert report.fact("partner_activities").sentence == (
        "Siden 2018 har der været 3 aktiviteter med partnerbyer med i alt 420 deltagere.")


def test_results_in_english_on_request(register, scope):
    from udsyn.reports.service import report_data

    report = report_data("results", scope, "en")
    assert report.fact("programme:Interreg").sentence == (
        "Since 2018 the municipality has taken part in 2 Interreg projects.")


def test_strategy_status_follows_the_documented_rule_as_of_the_reporting_date(register, scope):
    report = strategy_data(scope)
    indicators = {i.name: i for i in report.strategies[0].indicators}
    conferences = indicators["Internationale konferencer"]
    # the 2026-12-01 measurement is after the reporting date and is not used
    assert (conferences.latest, conferences.previous, conferences.trend) == (Decimal(13), Decimal(9), "up")
    assert conferences.status == "on_track"
    assert indicators["Ekstern finansiering"].status == "off_track"
    assert indicators["CO2-udledning"].status == "unknown"
    counts = {c.status: c.count for c in report.status_counts}
    assert counts == {"on_track": 1, "at_risk": 0, "off_track": 1, "unknown": 1}
    assert report.strategies[0].themes[0].goals[0].status == "off_track"


def test_programme_facts_name_eu_programmes_only(register, scope, owner):
    from udsyn.core.services import record_create
    from udsyn.projects.models import Programme

    own = Programme.objects.create(name="Own budget", family="Own budget", is_eu=False)
    record_create(model=Project, acting_user=owner, data={
        "department": register["tmf"], "name": "Egen indsats", "programme": own, "status": "active",
        "start": dt.date(SINCE, 3, 1)})
    keys = [f.key for f in results_data(scope).facts]
    assert "programme:Own budget" not in keys
    assert "programme:Interreg" in keys  # its strands count together
