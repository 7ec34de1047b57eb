"""One case per register record type: how to make one, what to POST, what to change.

The shared CRUD and permission tests (test_crud_permissions.py) run once per case, so a new
record type gets the whole battery by adding a case here. Values echo the corpus (Eurocities,
Harbin since 1984, Interreg, 15 international conferences by 2026).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import models

from udsyn.core.services import record_create
from udsyn.memberships.models import Membership
from udsyn.organisations.models import City, Organisation
from udsyn.partners.models import Partner
from udsyn.projects.models import Programme, Project
from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme
from udsyn.visits.models import Event, Visit


def organisation(name: str = "Eurocities") -> Organisation:
    return Organisation.objects.get_or_create(name=name, defaults={"kind": "network", "country": "BE"})[0]


def city(name: str = "Harbin", country: str = "CN") -> City:
    return City.objects.get_or_create(name=name, country=country)[0]


def programme() -> Programme:
    return Programme.objects.get_or_create(name="Interreg Øresund-Kattegat-Skagerrak",
                                           defaults={"family": "Interreg", "is_eu": True})[0]


def make(model: type[models.Model], user, **data) -> models.Model:
    return record_create(model=model, data=data, acting_user=user)


def strategy(department, user) -> Strategy:
    return make(Strategy, user, department=department, name="International strategy 2030", horizon_year=2030)


def theme(department, user) -> Theme:
    return make(Theme, user, department=department, strategy=strategy(department, user), number=1,
                name="Green transition")


def goal(department, user) -> Goal:
    return make(Goal, user, department=department, theme=theme(department, user),
                text="Attract international conferences")


def indicator(department, user) -> Indicator:
    return make(Indicator, user, department=department, goal=goal(department, user),
                name="International conferences held", unit="conferences", target=Decimal("15"),
                deadline=dt.date(2026, 12, 31))


def project(department, user) -> Project:
    return make(Project, user, department=department, name="Green Building A-Z", programme=programme(),
                budget_currency="DKK", total_budget=Decimal("11000000.00"))


@dataclass(frozen=True)
class Case:
    basename: str  # the URL prefix: /api/v1/<basename>/
    model: type[models.Model]
    # The record's data (model instances for relations) for owner department d, made by user u; called anew for
    # each record. Parent records (a goal's theme...) belong to u's own department.
    data: Callable[[Any, Any], dict[str, Any]]
    field: str  # a field to change
    new_value: Any  # its new value as JSON

    def create(self, department, user) -> models.Model:
        return make(self.model, user, **self.data(department, user))

    def payload(self, department, user) -> dict[str, Any]:
        return {name: to_json(value) for name, value in self.data(department, user).items()}

    def stored(self, record: models.Model) -> Any:
        return to_json(getattr(self.model.objects.get(pk=record.pk), self.field))


def to_json(value: Any) -> Any:
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


CASES = [
    Case("memberships", Membership,
         lambda d, u: {"department": d, "organisation": organisation(), "annual_fee": Decimal("500000.00"),
                       "fee_currency": "DKK", "fee_year": 2020, "start": dt.date(2015, 1, 1)},
         "purpose", "Climate and mobility"),
    Case("partners", Partner,
         lambda d, u: {"department": d, "city": city(), "kind": "twin_city", "signed_on": dt.date(1984, 5, 1),
                       "themes": "culture, education"},
         "themes", "culture, education, business"),
    Case("projects", Project,
         lambda d, u: {"department": d, "name": "Green Building A-Z", "programme": programme(), "role": "lead",
                       "total_budget": Decimal("11000000.00"), "budget_currency": "DKK",
                       "partners": [organisation("Aalborg University")]},
         "acronym", "GBAZ"),
    Case("visits", Visit,
         lambda d, u: {"department": d, "direction": "incoming", "start": dt.date(2019, 9, 12), "city": city(),
                       "size": 12, "theme": "District heating"},
         "status", "confirmed"),
    Case("events", Event,
         lambda d, u: {"department": d, "name": "International House info day", "kind": "meeting",
                       "date": dt.date(2017, 3, 8), "participants": 120, "project": project(u.department, u)},
         "participants", 140),
    Case("strategies", Strategy,
         lambda d, u: {"department": d, "name": "Business strategy 2030", "horizon_year": 2030},
         "horizon_year", 2031),
    Case("themes", Theme,
         lambda d, u: {"department": d, "strategy": strategy(u.department, u), "number": 3,
                       "name": "Internationalisation"},
         "name", "International outlook"),
    Case("goals", Goal,
         lambda d, u: {"department": d, "theme": theme(u.department, u), "text": "More external funding"},
         "text", "50 million kroner a year of external funding"),
    Case("indicators", Indicator,
         lambda d, u: {"department": d, "goal": goal(u.department, u), "name": "External funding", "unit": "DKK",
                       "target": Decimal("50000000.00"), "deadline": dt.date(2030, 12, 31)},
         "target", "55000000.00"),
    Case("measurements", Measurement,
         lambda d, u: {"department": d, "indicator": indicator(u.department, u), "date": dt.date(2024, 6, 30),
                       "value": Decimal("7.00")},
         "value", "9.00"),
]
