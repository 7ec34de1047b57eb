"""The report-data layer computes the register's own aggregates, per department and in all."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db.models import Count, Q, Sum

from udsyn.memberships.models import Membership
from udsyn.projects.models import Project
from udsyn.reports.data import mapping_data, results_data, strategy_data
from udsyn.reports.data.themes import theme_of
from udsyn.reports.service import report_data
from udsyn.visits.models import Event, Visit

from . import aggregates
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
        assert {p.currency: p.amount for p in section.fees.parts} == _active_fees(department)
        assert len(section.memberships) == Membership.objects.filter(department=department).exclude(
            end__lt=UNTIL).count()
        funded = aggregates.brought_home(register["municipality"], SINCE, UNTIL).filter(department=department)
        assert {p.currency: p.amount for p in section.funding_total.parts} == aggregates.per_currency(
            funded.values_list("external_funding", "budget_currency"))
        assert section.funded_projects == funded.filter(external_funding__gt=0).count()
        visits = Visit.objects.filter(department=department, status__in=["held", "confirmed"],
                                      start__year__gte=SINCE, start__lte=UNTIL)
        assert section.visits_total == visits.count()
        by_year = dict(visits.filter(direction="incoming").values_list("start__year").annotate(n=Count("id")))
        assert {v.year: v.incoming for v in section.visits if v.incoming} == by_year


def test_mapping_converts_currencies_with_the_stored_rate_of_the_reporting_date(register, scope):
    tmf = next(s for s in mapping_data(scope).sections if s.name == register["tmf"].name)
    # 1.800.000 DKK + 20.000 EUR at 7,46 (the 2027 rate comes after the reporting date and is not used)
    assert tmf.fees.dkk.amount == Decimal("1800000") + Decimal("20000") * Decimal("7.46")
    assert tmf.co_financing.dkk.amount == Decimal("150000") * Decimal("7.46")  # C40's co-financing is in EUR
    assert tmf.funding_total.dkk.amount == Decimal("3500000") + Decimal("665462.50") * Decimal("7.46")


def test_mapping_leaves_out_the_dkk_total_when_a_rate_is_missing(register, scope):
    report = mapping_data(scope)
    kff = next(s for s in report.sections if s.name == register["kff"].name)
    assert kff.fees.dkk is None and kff.fees.missing_rates == ["SEK"]
    assert report.missing_rates == ["SEK"]
    assert [(r.currency, r.dkk_per_unit) for r in report.rates] == [("EUR", Decimal("7.460000"))]


def test_mapping_carries_the_registers_texts_committees_and_shared_networks(register, scope):
    report = mapping_data(scope)
    assert report.texts.work_organisation.startswith("Det internationale arbejde ligger")
    tmf = next(s for s in report.sections if s.name == register["tmf"].name)
    assert tmf.committee == "Teknik- og Miljøudvalget"
    assert tmf.texts.political_handling.startswith("Udvalget godkender")
    assert [(n.organisation, n.departments) for n in report.shared_networks] == [("Eurocities", ["KFF", "TMF"])]
    c40 = next(m for m in tmf.memberships if m.organisation == "C40")
    assert (c40.purpose, c40.value_assessment, c40.co_financing_note) == (
        "Klimasamarbejde mellem storbyer", "Giver adgang til faglige netværk", "C40-kontoret i byen")


def test_funding_per_programme_and_start_year_adds_up_to_the_headline(register, scope):
    report = mapping_data(scope)
    chart = report.funding_by_year
    assert chart.columns[0] == "2018" and chart.columns[-1] == "uden startdato"  # Karriereprogram
    assert chart.total == report.figure("external_funding").value
    assert chart.cells["National finansiering"]["uden startdato"].amount_in("DKK") == Decimal("725000")
    assert sum((t.amount_in("DKK") for t in chart.column_totals.values()), Decimal(0)) == \
        chart.total.amount_in("DKK")


def test_visits_by_country_count_each_held_or_confirmed_visit_once(register, scope):
    report = mapping_data(scope)
    countries = {c.country: (c.incoming, c.outgoing) for c in report.visits_by_country}
    assert countries["CN"] == (1, 0) and countries["DE"] == (0, 1) and countries["BE"] == (1, 0)  # Eurocities
    assert countries[""] == (2, 0)  # no city or organisation recorded
    visits = Visit.objects.filter(status__in=["held", "confirmed"], start__year__gte=SINCE, start__lte=UNTIL)
    assert report.visits_total.incoming + report.visits_total.outgoing == visits.count()


def test_department_without_records_has_an_empty_section(register, scope):
    section = next(s for s in mapping_data(scope).sections if s.name == "Socialforvaltningen")
    assert section.is_empty and section.fees.is_empty and section.visits_total == 0


def test_partner_appears_under_owner_and_involved_departments(register, scope):
    sections = {s.name: s for s in mapping_data(scope).sections}
    assert [p.city for p in sections[register["tmf"].name].partners] == ["Beijing", "Buenos Aires"]
    assert [p.city for p in sections[register["kff"].name].partners] == ["Beijing", "Fredrikstad", "Hamburg"]


def test_results_facts_are_danish_sentences_with_the_registers_counts(register, scope):
    report = results_data(scope)
    sentences = [f.label for f in report.facts]
    assert "Siden 2018 har kommunen deltaget i 2 projekter under Interreg." in sentences
    assert "Kommunen har 3 venskabs- og søsterbyer; 1 af dem er prioriteret." in sentences
    events = Event.objects.filter(partner__isnull=False, date__year__gte=SINCE, date__lte=UNTIL)
    assert report.activities_with_partners == events.count() == 3
    assert report.participants_with_partners == events.aggregate(n=Sum("participants"))["n"] == 420
    assert report.fact("partner_activities").label == (
        "Siden 2018 har der været 3 aktiviteter med partnerbyer med i alt 420 deltagere.")


def test_results_list_the_projects_themes_and_prioritised_partners(register, scope):
    report = results_data(scope)
    names = {p.name for p in report.projects}
    assert names == set(aggregates.projects_in_period(register["municipality"], SINCE, UNTIL)
                        .values_list("name", flat=True))
    assert "Ansøgt projekt" not in names and "Gammelt projekt" not in names
    karriere = next(p for p in report.projects if p.name == "Karriereprogram")
    assert karriere.programme == "National finansiering"  # the managed list's name in Danish
    assert [(p.partner, p.activities, p.participants) for p in report.priority_partners] == [("Hamburg", 1, 120)]
    themes = {t.key: t.sentences for t in report.themes}
    assert any("Hamburg" in s for s in themes["twin_cities"])
    assert any("ATELIER" in s for s in themes["eu"])  # a Horizon 2020 project


def test_results_in_english_on_request(register, scope):
    report = report_data("results", scope, "en")
    assert report.fact("programme:Interreg").label == (
        "Since 2018 the municipality has taken part in 2 projects under Interreg.")
    assert next(p for p in report.projects if p.name == "Karriereprogram").programme == "National funding"


def test_themes_follow_the_documented_order():
    assert theme_of(countries=["GL"], twinning=True) == "twin_cities"
    assert theme_of(countries=["GL"]) == "arctic"
    assert theme_of(names=["Interreg Øresund-Kattegat-Skagerrak"], eu=True) == "nordic"
    assert theme_of(countries=["NO", "SE"]) == "nordic"
    assert theme_of(countries=["NO", "DE"]) == "global"  # neither all Nordic nor all EU
    assert theme_of(countries=["DE", "FR"]) == "eu"
    assert theme_of(countries=["DK"], names=["STRING"]) == "global"  # a Danish base says nothing
    assert theme_of(countries=["CN"], eu=True) == "eu"


def test_strategy_status_follows_the_documented_rule_as_of_the_reporting_date(register, scope):
    report = strategy_data(scope)
    indicators = {i.name: i for i in report.strategies[0].indicators}
    conferences = indicators["Internationale konferencer"]
    # the 2026-12-01 measurement is after the reporting date and is not used
    assert (conferences.latest, conferences.previous, conferences.trend) == (Decimal(13), Decimal(9), "up")
    assert conferences.status == "on_track"
    assert conferences.start == (dt.date(2022, 12, 31), Decimal(5))
    assert conferences.expected_on[-1] == Decimal("12.50")  # the line on 31 December 2025
    assert indicators["Ekstern finansiering"].status == "off_track"
    assert indicators["CO2-udledning"].status == "unknown"
    assert indicators["Netværksmøder"].status == "off_track"
    counts = {c.status: c.count for c in report.status_counts}
    assert counts == {"on_track": 1, "at_risk": 0, "off_track": 2, "unknown": 1}
    assert report.strategies[0].themes[0].goals[0].status == "off_track"


def test_programme_facts_name_eu_programmes_only(register, scope, owner):
    from udsyn.core.services import record_create
    from udsyn.projects.models import Programme

    record_create(model=Project, acting_user=owner, data={
        "department": register["tmf"], "name": "Egen indsats", "programme": Programme.objects.get(name="Own budget"),
        "status": "active", "start": dt.date(SINCE, 3, 1)})
    keys = [f.key for f in results_data(scope).facts]
    assert "programme:Own budget" not in keys
    assert "programme:Interreg" in keys  # its strands count together
