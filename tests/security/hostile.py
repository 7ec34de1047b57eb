"""A register whose every name is hostile: markup for the XSS walk, formula prefixes for the spreadsheet tests.

`hostile_register(municipality, payload)` fills every kind of record with names that begin with `payload` (each name
also carries a label of its own, so a test can tell them apart) and returns the records by kind.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any


def hostile_register(municipality: Any, payload: str) -> dict[str, Any]:
    from udsyn.core.models import ExchangeRate
    from udsyn.memberships.models import Membership
    from udsyn.organisations.models import City, Department, Organisation, Person
    from udsyn.partners.models import Partner
    from udsyn.projects.models import Programme, Project
    from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme
    from udsyn.visits.models import Event, Visit

    def name(label: str) -> str:
        return f"{payload} {label}"

    municipality.work_organisation = name("work organisation")
    municipality.policies = name("policies")
    municipality.save()
    department = Department.objects.create(municipality=municipality, name=name("department"),
                                           short_name=payload[:16], committee=name("committee"))
    ExchangeRate.objects.create(currency="EUR", date=dt.date(2024, 1, 1), dkk_per_unit=Decimal("7.46"),
                                note=name("rate note"))
    network = Organisation.objects.create(name=name("network"), acronym=payload[:40], kind="network", country="BE")
    institution = Organisation.objects.create(name=name("institution"), kind="university", country="DE")
    person = Person.objects.create(name=name("person"), title=name("title"), municipality=municipality)
    city = City.objects.create(name=name("city"), country="DE", latitude=Decimal("53.55"),
                               longitude=Decimal("10.00"))
    membership = Membership.objects.create(
        department=department, organisation=network, annual_fee=Decimal("1000"), fee_currency="EUR",
        start=dt.date(2020, 1, 1), purpose=name("purpose"), value_assessment=name("value"), contact=person)
    membership.representatives.set([person])
    partner = Partner.objects.create(department=department, city=city, institution=institution, kind="twin_city",
                                     signed_on=dt.date(2019, 1, 1), themes=name("theme"),
                                     activities=name("activities"))
    programme = Programme.objects.create(name=name("programme"), family="Interreg", is_eu=True)
    project = Project.objects.create(
        department=department, name=name("project"), acronym=payload[:60], programme=programme,
        start=dt.date(2021, 1, 1), end=dt.date(2030, 12, 31), status="active", role="lead",
        total_budget=Decimal("2000000"), municipality_share=Decimal("500000"), external_funding=Decimal("1500000"),
        description=name("description"), lead_organisation=institution)
    project.partners.set([institution])
    visit = Visit.objects.create(department=department, start=dt.date(2025, 5, 1), direction="incoming",
                                 status="held", city=city, organisation=institution, size=5, theme=name("visit"),
                                 notes=name("notes"))
    event = Event.objects.create(department=department, name=name("event"), kind="conference",
                                 date=dt.date(2025, 6, 1), participants=40, partner=partner, project=project,
                                 description=name("event description"))
    strategy = Strategy.objects.create(department=department, name=name("strategy"), adopted_on=dt.date(2023, 1, 1),
                                       horizon_year=2030, description=name("strategy description"))
    theme = Theme.objects.create(department=department, strategy=strategy, number=1, name=name("strategy theme"))
    goal = Goal.objects.create(department=department, theme=theme, text=name("goal"))
    indicator = Indicator.objects.create(department=department, goal=goal, name=name("indicator"),
                                         unit=payload[:60], baseline=Decimal(1), baseline_year=2022,
                                         target=Decimal(10), deadline=dt.date(2030, 12, 31), method=name("method"))
    measurement = Measurement.objects.create(department=department, indicator=indicator, date=dt.date(2025, 1, 1),
                                             value=Decimal(5), source=name("source"), comment=name("comment"))
    return {"department": department, "network": network, "institution": institution, "person": person,
            "city": city, "membership": membership, "partner": partner, "programme": programme, "project": project,
            "visit": visit, "event": event, "strategy": strategy, "theme": theme, "goal": goal,
            "indicator": indicator, "measurement": measurement}
