"""A small register built in the test, with the edge cases reports must survive: two departments with
international work and one with none; fees and funding in DKK, EUR and SEK (a EUR rate is stored, a SEK rate is
not); records inside and outside the reporting period; a project without a start date, one without an end date,
one without amounts and one paid from the own budget; an indicator with no measurement, one whose latest
measurement is 19 months old and whose deadline has passed; texts for the mapping; a prioritised twin city."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

UNTIL = dt.date(2026, 6, 30)
SINCE = 2018


def dk(value) -> str:
    """Danish thousands separators, written by hand so the tests do not lean on babel: 1950000 -> 1.950.000."""
    whole, _, frac = f"{Decimal(value):.2f}".partition(".")
    text = f"{int(whole):,}".replace(",", ".")
    return text if frac == "00" else f"{text},{frac}"


@pytest.fixture
def empty_department(municipality):
    from udsyn.organisations.models import Department

    return Department.objects.create(municipality=municipality, name="Socialforvaltningen", short_name="SOF")


@pytest.fixture
def register(municipality, department, other_department, empty_department):
    from udsyn.core.models import ExchangeRate
    from udsyn.memberships.models import Membership
    from udsyn.organisations.models import City, Organisation, Person
    from udsyn.partners.models import Partner
    from udsyn.projects.models import Programme, Project
    from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme
    from udsyn.visits.models import Event, Visit

    tmf, kff = department, other_department
    ExchangeRate.objects.create(currency="EUR", date=dt.date(2025, 1, 1), dkk_per_unit=Decimal("7.46"))
    ExchangeRate.objects.create(currency="EUR", date=dt.date(2027, 1, 1), dkk_per_unit=Decimal("9.99"))  # after

    org = {name: Organisation.objects.create(name=name, kind=kind, country=country) for name, kind, country in [
        ("Eurocities", "network", "BE"), ("C40", "network", "US"), ("STRING", "association", "DK"),
        ("Greater Copenhagen EU Office", "association", "BE"), ("Nordisk Storbykonference", "network", "SE")]}
    jes = Person.objects.create(name="Jes Vissing", title="Medlem af Borgerrepræsentationen", is_politician=True)
    tommy = Person.objects.create(name="Tommy Petersen")

    def membership(dep, name, fee, currency="DKK", start=None, end=None, **extra):
        m = Membership.objects.create(department=dep, organisation=org[name], annual_fee=Decimal(fee),
                                      fee_currency=currency, start=start, end=end, **extra)
        return m

    membership(tmf, "Eurocities", "500000", start=dt.date(2015, 1, 1)).representatives.set([tommy])
    membership(tmf, "C40", "20000", "EUR", start=dt.date(2018, 1, 1), annual_co_financing=Decimal("150000"),
               co_financing_note="C40-kontoret i byen", purpose="Klimasamarbejde mellem storbyer",
               value_assessment="Giver adgang til faglige netværk")
    membership(tmf, "Greater Copenhagen EU Office", "1300000", start=dt.date(2010, 1, 1), contact=jes)
    membership(kff, "Eurocities", "150000")
    membership(kff, "Nordisk Storbykonference", "10000", "SEK")
    membership(kff, "STRING", "1300000", end=dt.date(2020, 12, 31))  # ended: not in the mapping

    city = {name: City.objects.create(name=name, country=country, latitude=lat, longitude=lon) for
            name, country, lat, lon in [
                ("Beijing", "CN", Decimal("39.90750"), Decimal("116.39723")),
                ("Buenos Aires", "AR", Decimal("-34.61315"), Decimal("-58.37723")),
                ("Hamburg", "DE", Decimal("53.57532"), Decimal("10.01534")),
                ("Fredrikstad", "NO", None, None),
                ("Seoul", "KR", Decimal("37.56600"), Decimal("126.97840"))]}
    beijing = Partner.objects.create(department=tmf, city=city["Beijing"], kind="sister_city",
                                     signed_on=dt.date(2012, 5, 1), themes="klima, energi, spildevand")
    beijing.departments_involved.set([kff])
    buenos = Partner.objects.create(department=tmf, city=city["Buenos Aires"], kind="cooperation_agreement",
                                    signed_on=dt.date(2018, 3, 1), themes="klimatilpasning")
    hamburg = Partner.objects.create(department=kff, city=city["Hamburg"], kind="twin_city",
                                     signed_on=dt.date(1990, 1, 1), is_priority=True)
    Partner.objects.create(department=kff, city=city["Fredrikstad"], kind="twin_city")  # no coordinates
    Partner.objects.create(department=tmf, city=city["Seoul"], kind="memorandum", signed_on=dt.date(2014, 1, 1),
                           ended_on=dt.date(2019, 1, 1))

    interreg_oks = Programme.objects.create(name="Interreg Øresund-Kattegat-Skagerrak", family="Interreg", is_eu=True)
    interreg_ns = Programme.objects.create(name="Interreg North Sea", family="Interreg", is_eu=True)
    horizon = Programme.objects.create(name="Horizon 2020", family="Horizon", is_eu=True)
    erasmus = Programme.objects.create(name="Erasmus+", family="Erasmus+", is_eu=True)

    def project(dep, name, programme, start, end, status, external, currency="DKK", **extra):
        return Project.objects.create(department=dep, name=name, programme=programme, start=start, end=end,
                                      status=status, budget_currency=currency,
                                      external_funding=None if external is None else Decimal(external), **extra)

    project(tmf, "ATELIER", horizon, dt.date(2019, 11, 1), dt.date(2024, 10, 31), "completed", "665462.50", "EUR")
    project(tmf, "Øresundsmetro", interreg_oks, dt.date(2018, 3, 1), dt.date(2021, 3, 31), "completed", "2000000")
    project(tmf, "Green Building A-Z", interreg_ns, dt.date(2022, 1, 1), dt.date(2027, 12, 31), "active", "1500000",
            total_budget=Decimal("11000000"), municipality_share=Decimal("3000000"), role="lead")
    project(tmf, "Ansøgt projekt", interreg_ns, dt.date(2025, 1, 1), None, "applied", "999999")
    project(kff, "CREMA", erasmus, dt.date(2019, 9, 1), dt.date(2022, 8, 31), "completed", "350000")
    project(kff, "Lyden af Hovedstaden", None, dt.date(2021, 1, 1), dt.date(2027, 1, 1), "active", None)
    project(kff, "Gammelt projekt", interreg_oks, dt.date(2010, 1, 1), dt.date(2013, 1, 1), "completed", "100000")
    national = Programme.objects.create(name="National funding", family="National")
    own = Programme.objects.create(name="Own budget", family="Own budget")
    project(kff, "Karriereprogram", national, None, dt.date(2021, 3, 31), "completed", "725000")  # no start date
    project(tmf, "Bydelsfestival", own, dt.date(2023, 5, 1), None, "active", None)  # own budget, no end date

    def visit(dep, start, direction="incoming", status="held", **extra):
        Visit.objects.create(department=dep, start=start, direction=direction, status=status, **extra)

    visit(tmf, dt.date(2019, 5, 1), city=city["Beijing"], size=12, theme="Klimatilpasning")
    visit(tmf, dt.date(2019, 9, 1))
    visit(tmf, dt.date(2021, 3, 1), status="confirmed")
    visit(tmf, dt.date(2022, 4, 1), direction="outgoing", city=city["Hamburg"])
    visit(tmf, dt.date(2023, 1, 1), status="declined")
    visit(tmf, dt.date(2024, 1, 1), status="requested")
    visit(tmf, dt.date(2017, 1, 1))  # before the period
    visit(kff, dt.date(2020, 2, 2), end=dt.date(2020, 2, 4), organisation=org["Eurocities"])

    Event.objects.create(department=kff, name="Ungdomslege", kind="culture", date=dt.date(2019, 6, 1),
                         participants=120, partner=hamburg)
    Event.objects.create(department=kff, name="Kulturuge", kind="culture", date=dt.date(2021, 10, 10),
                         participants=300, partner=beijing)
    Event.objects.create(department=tmf, name="Klimakonference", kind="conference", date=dt.date(2022, 5, 5),
                         participants=80)
    Event.objects.create(department=tmf, name="Workshop om skybrud", kind="workshop", date=dt.date(2023, 2, 2),
                         partner=buenos)
    Event.objects.create(department=kff, name="Gammel begivenhed", date=dt.date(2016, 1, 1), participants=50,
                         partner=hamburg)

    strategy = Strategy.objects.create(department=tmf, name="International strategi 2030",
                                       adopted_on=dt.date(2023, 1, 15), horizon_year=2030)
    theme = Theme.objects.create(department=tmf, strategy=strategy, number=7, name="Attraktiv og international")
    goal = Goal.objects.create(department=tmf, theme=theme, text="Flere internationale konferencer og mere støtte")
    conferences = Indicator.objects.create(department=tmf, goal=goal, name="Internationale konferencer",
                                           unit="antal", baseline=Decimal(5), baseline_year=2022,
                                           target=Decimal(15), deadline=dt.date(2026, 12, 31))
    Measurement.objects.create(department=tmf, indicator=conferences, date=dt.date(2024, 12, 31), value=Decimal(9))
    Measurement.objects.create(department=tmf, indicator=conferences, date=dt.date(2025, 12, 31), value=Decimal(13))
    Measurement.objects.create(department=tmf, indicator=conferences, date=dt.date(2026, 12, 1), value=Decimal(1))
    funding = Indicator.objects.create(department=tmf, goal=goal, name="Ekstern finansiering", unit="mio. kr.",
                                       baseline=Decimal(30), baseline_year=2022, target=Decimal(50),
                                       deadline=dt.date(2030, 12, 31))
    Measurement.objects.create(department=tmf, indicator=funding, date=dt.date(2025, 6, 30), value=Decimal(28))
    Indicator.objects.create(department=tmf, goal=goal, name="CO2-udledning", unit="ton", target=Decimal(100),
                             deadline=dt.date(2030, 12, 31), direction="decrease")
    meetings = Indicator.objects.create(department=tmf, goal=goal, name="Netværksmøder", unit="antal",
                                        baseline=Decimal(2), baseline_year=2022, target=Decimal(10),
                                        deadline=dt.date(2025, 12, 31), method="Optælling i mødekalenderen")
    Measurement.objects.create(department=tmf, indicator=meetings, date=dt.date(2024, 12, 1), value=Decimal(4),
                               source="Mødekalender")
    municipality.work_organisation = "Det internationale arbejde ligger i direktionens sekretariat.\n\n" \
                                     "- Besøg går gennem rådhuset\n- Projekter ligger i fagforvaltningerne"
    municipality.policies = "Kommuneplanen har et afsnit om internationale talenter."
    municipality.save()
    tmf.committee = "Teknik- og Miljøudvalget"
    tmf.political_handling = "Udvalget godkender indtægtsbevillinger til internationale projekter."
    tmf.save()
    return {"tmf": tmf, "kff": kff, "sof": empty_department, "municipality": municipality}


@pytest.fixture
def scope(register):
    from udsyn.reports.data import resolve_scope

    return resolve_scope(register["municipality"], since=SINCE, until=UNTIL)
