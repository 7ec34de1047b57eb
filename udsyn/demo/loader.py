"""Load the demo municipality into the register, idempotently.

Register records are written through udsyn.core.services.record_create (permission
check, validation, history) by the inactive system user "demo", with source_kind
"demo". Reference data without an owning department (municipalities, departments,
organisations, cities, programmes, exchange rates, people) is fetched or created
directly. Each record is looked up by its natural key first, so loading twice
creates nothing new.

Other apps add their own demo data in a module `udsyn/<app>/demo.py` (see `contributions`),
so the demo grows with the apps without this loader importing them one by one.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import import_module
from types import ModuleType
from typing import Any

from django.apps import apps
from django.db import models, transaction
from django.utils.module_loading import module_has_submodule
from django.utils.translation import gettext_noop

from udsyn.accounts import services as accounts
from udsyn.accounts.models import Role, User
from udsyn.core import history
from udsyn.core.models import ExchangeRate, SourceKind
from udsyn.core.services import record_create, record_update
from udsyn.demo import data
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Department, Municipality, Organisation, Person
from udsyn.organisations.places import city_get_or_create
from udsyn.partners.models import Partner
from udsyn.projects.models import Programme, Project
from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme
from udsyn.visits.models import Event, Visit

SYSTEM_USERNAME = "demo"
REASON = history.reason(gettext_noop("Demo data"))  # shown in the reader's language

# Deleted children first: the foreign keys between register records protect their targets.
DEMO_MODELS: list[type[models.Model]] = [
    Measurement, Indicator, Goal, Theme, Strategy, Event, Visit, Project, Partner, Membership,
]


@dataclass
class DemoUser:
    username: str
    password: str
    role: str
    department: str
    created: bool


@dataclass
class DemoResult:
    created: Counter = field(default_factory=Counter)
    existing: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)  # records of an earlier demo brought up to date
    users: list[DemoUser] = field(default_factory=list)
    removed: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # lines an app's demo data wants printed (e.g. an address)


def _date(value: Any, today: dt.date) -> dt.date | None:
    """An ISO date, a day offset from today (int) or a day in a year counted from this one (data.InYear)."""
    if value is None:
        return None
    if isinstance(value, data.InYear):
        return dt.date(today.year + value.offset, value.month, value.day)
    if isinstance(value, int):
        return today + dt.timedelta(days=value)
    return dt.date.fromisoformat(value)


def _year(value: Any, today: dt.date) -> int:
    """A year, or one counted from this year (data.InYear)."""
    return today.year + value.offset if isinstance(value, data.InYear) else value


def half_year_ends(today: dt.date, count: int) -> list[dt.date]:
    """The last `count` half-year ends (30 June, 31 December) before `today`, oldest first."""
    ends: list[dt.date] = []
    year = today.year
    while len(ends) < count:
        ends += [d for d in (dt.date(year, 12, 31), dt.date(year, 6, 30)) if d < today]
        year -= 1
    return sorted(ends[:count])


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def system_user() -> User:
    """The inactive user that history names as the author of demo records; it cannot log in."""
    return accounts.system_user(username=SYSTEM_USERNAME, first_name="Demodata")


def contributions() -> list[ModuleType]:
    """The demo data of other apps: each installed app's module `demo` (udsyn/<app>/demo.py), in INSTALLED_APPS
    order. Such a module has

        MODELS: list[type[Model]]      # its register models, children first: `udsyn demo --reset` deletes their
                                       # demo records (before the ones below, which they may refer to)
        def load(loader) -> None:      # loader is a DemoLoader: loader.ensure(Model, key, values) creates a record
                                       # once (history, source "demo"); loader.department("Aalborg Kommune", "BLF"),
                                       # loader.organisation(name), loader.city(name, country), loader.today,
                                       # loader.address (where the web application answers);
                                       # loader.result.notes.append(line) prints a line after loading

    and runs after the records of this module, so it can refer to them.
    """
    return [import_module(f"{config.name}.demo") for config in apps.get_app_configs()
            if config.name != __package__ and module_has_submodule(config.module, "demo")]


def remove_demo() -> dict[str, int]:
    """Delete every register record with source_kind "demo"; reference data stays."""
    removed = {}
    contributed = [model for contribution in contributions() for model in contribution.MODELS]
    with transaction.atomic():
        for model in [*contributed, *DEMO_MODELS]:
            _total, per_model = model.objects.filter(source_kind=SourceKind.DEMO).delete()
            name = str(model._meta.verbose_name_plural)
            removed[name] = removed.get(name, 0) + per_model.get(model._meta.label, 0)
    return removed


DEFAULT_ADDRESS = "http://127.0.0.1:8000"


def load_demo(*, reset: bool = False, today: dt.date | None = None, address: str = DEFAULT_ADDRESS) -> DemoResult:
    """Load the demo data; with `reset`, remove the earlier demo records first. `address` is where the web application
    answers, for the addresses the demo prints."""
    with transaction.atomic():
        result = DemoResult()
        if reset:
            result.removed = remove_demo()
        DemoLoader(result, today or dt.date.today(), address).run()
    return result


class DemoLoader:
    """Creates the demo records section by section; apps' demo modules use its helpers (see `contributions`)."""

    def __init__(self, result: DemoResult, today: dt.date, address: str = DEFAULT_ADDRESS):
        self.result = result
        self.today = today
        self.address = address.rstrip("/")
        self.actor = system_user()
        self.departments: dict[tuple[str, str], Department] = {}

    def run(self) -> None:
        self.municipalities()
        self.users()
        self.reference_data()
        self.memberships()
        self.partners()
        self.projects()
        self.visits()
        self.events()
        for spec, themes in data.STRATEGIES:
            self.strategy(spec, themes)
        for contribution in contributions():
            contribution.load(self)

    # -- helpers -------------------------------------------------------------------------------
    def ensure(self, model: type[models.Model], key: dict[str, Any], values: dict[str, Any] | None = None):
        """The record matching `key`, created through record_create when it is missing."""
        existing = model.objects.filter(**key).first()
        if existing is not None:
            self.result.existing[str(model._meta.verbose_name_plural)] += 1
            return existing
        record = record_create(model=model, data={**key, **(values or {}), "source_kind": SourceKind.DEMO},
                               acting_user=self.actor, reason=REASON)
        self.result.created[str(model._meta.verbose_name_plural)] += 1
        return record

    def ensure_current(self, model: type[models.Model], key: dict[str, Any], values: dict[str, Any]):
        """As `ensure`, for a record whose key leaves out what the demo may change between versions (a strategy's
        name): an existing demo record last written by the demo takes the current `values`, with a line in its
        history; one a person has changed since stays as they left it."""
        record = self.ensure(model, {**key, "source_kind": SourceKind.DEMO}, values)
        changed = {name: value for name, value in values.items() if getattr(record, name) != value}
        if changed and record.history.first().history_user_id == self.actor.pk:
            record = record_update(record=record, data=changed, expected_version=record.version,
                                   acting_user=self.actor, reason=REASON)
            self.result.updated[str(model._meta.verbose_name_plural)] += 1
        return record

    def count(self, model: type[models.Model], created: bool) -> None:
        """Count new reference data (looked up many times, so only creations are worth telling)."""
        if created:
            self.result.created[str(model._meta.verbose_name_plural)] += 1

    def department(self, municipality: str, abbreviation: str) -> Department:
        return self.departments[(municipality, abbreviation)]

    def organisation(self, name: str) -> Organisation:
        acronym, kind, country = data.ORGANISATIONS[name]
        organisation, created = Organisation.objects.get_or_create(
            name=name, defaults={"acronym": acronym, "kind": kind, "country": country})
        self.count(Organisation, created)
        return organisation

    def person(self, spec: tuple[str, str, bool], department: Department) -> Person:
        name, title, is_politician = spec
        person, created = Person.objects.get_or_create(
            name=name, department=department, defaults={"title": title, "is_politician": is_politician})
        self.count(Person, created)
        return person

    def city(self, name: str, country: str):
        return city_get_or_create(name, country)

    # -- sections ------------------------------------------------------------------------------
    def municipalities(self) -> None:
        for name, (code, departments) in data.MUNICIPALITIES.items():
            municipality, created = Municipality.objects.get_or_create(name=name, defaults={"code": code})
            self.count(Municipality, created)
            self.texts(municipality, {"accent_colour": data.ACCENT_COLOURS.get(name, ""), **data.TEXTS.get(name, {})})
            for department_name, abbreviation in departments:
                department, created = Department.objects.get_or_create(
                    municipality=municipality, name=department_name, defaults={"short_name": abbreviation})
                self.count(Department, created)
                self.texts(department, data.TEXTS.get((name, abbreviation), {}))
                self.departments[(name, abbreviation)] = department

    def texts(self, owner: Municipality | Department, values: dict[str, str]) -> None:
        """The mapping's texts and the look: filled in where still empty, never over what someone wrote."""
        changed = {field: value for field, value in values.items() if value and not getattr(owner, field)}
        if changed:
            for field, value in changed.items():
                setattr(owner, field, value)
            owner._change_reason, owner._history_user = REASON, self.actor
            owner.save()

    def users(self) -> None:
        for username, role, (municipality, abbreviation) in data.USERS:
            department = self.department(municipality, abbreviation)
            user = User.objects.filter(username=username).first()
            created = user is None
            if created:
                is_admin = role == Role.INSTALLATION_ADMIN  # the Django admin site is the installation's
                user = User.objects.create_user(
                    username=username, password=username, role=role, department=department,
                    is_staff=is_admin, is_superuser=is_admin, first_name=username.capitalize(),
                )
                accounts.name_creator(user, self.actor, REASON)
            self.result.users.append(DemoUser(username, username, role, department.name, created))

    def reference_data(self) -> None:
        for name, (family, is_eu) in data.PROGRAMMES.items():
            _programme, created = Programme.objects.get_or_create(
                name=name, defaults={"family": family, "is_eu": is_eu})
            self.count(Programme, created)
        for currency, rates in data.EXCHANGE_RATES.items():
            for date, rate in rates:
                _rate, created = ExchangeRate.objects.get_or_create(
                    currency=currency, date=_date(date, self.today),
                    defaults={"dkk_per_unit": Decimal(rate), "note": "Demo: omtrentlig kurs"})
                self.count(ExchangeRate, created)

    def memberships(self) -> None:
        for municipality, abbreviation, organisation_name, spec in data.MEMBERSHIPS:
            department = self.department(municipality, abbreviation)
            values: dict[str, Any] = {
                "annual_fee": _decimal(spec.get("annual_fee")),
                "fee_currency": spec.get("fee_currency", "DKK"),
                "fee_year": spec.get("fee_year"),
                "annual_co_financing": _decimal(spec.get("annual_co_financing")),
                "co_financing_note": spec.get("co_financing_note", ""),
                "start": _date(spec.get("start"), self.today),
                "purpose": spec.get("purpose", ""),
                "value_assessment": spec.get("value_assessment", ""),
                "value_reviewed_on": _date(spec.get("value_reviewed_on"), self.today),
                "representatives": [self.person(p, department) for p in spec.get("representatives", [])],
            }
            if "contact" in spec:
                values["contact"] = self.person(spec["contact"], department)
            self.ensure(Membership, {"department": department,
                                     "organisation": self.organisation(organisation_name)}, values)

    def partners(self) -> None:
        for municipality, abbreviation, city_name, country, institution, kind, spec in data.PARTNERS:
            department = self.department(municipality, abbreviation)
            key = {"department": department, "city": self.city(city_name, country), "kind": kind,
                   "institution": self.organisation(institution) if institution else None}
            self.ensure(Partner, key, {
                "signed_on": _date(spec.get("signed_on"), self.today),
                "renewed_on": _date(spec.get("renewed_on"), self.today),
                "ended_on": _date(spec.get("ended_on"), self.today),
                "themes": spec.get("themes", ""),
                "is_priority": spec.get("priority", False),
                "activities": spec.get("activities", ""),
                "departments_involved": [self.department(municipality, a) for a in spec.get("involved", [])],
            })

    def projects(self) -> None:
        for municipality, abbreviation, name, spec in data.PROJECTS:
            department = self.department(municipality, abbreviation)
            lead = spec.get("lead")
            end = _date(spec.get("end"), self.today)
            status = spec["status"]
            if status == "active" and end is not None and end < self.today:
                status = "completed"  # a document's ongoing project whose end has passed since it was written
            self.ensure(Project, {"department": department, "name": name}, {
                "acronym": spec.get("acronym", ""),
                "programme": Programme.objects.get(name=spec["programme"]),
                "role": spec["role"],
                "status": status,
                "start": _date(spec.get("start"), self.today),
                "end": end,
                "lead_organisation": self.organisation(lead) if lead else None,
                "partners": [self.organisation(p) for p in spec.get("partners", [])],
                "total_budget": _decimal(spec.get("total_budget")),
                "municipality_share": _decimal(spec.get("municipality_share")),
                "external_funding": _decimal(spec.get("external_funding")),
                "budget_currency": spec.get("budget_currency", "DKK"),
                "description": spec.get("description", ""),
            })

    def visits(self) -> None:
        # Keyed by theme, not date: upcoming visits move with today's date.
        for municipality, abbreviation, spec in data.VISITS:
            department = self.department(municipality, abbreviation)
            organisation = spec.get("organisation")
            self.ensure(Visit, {"department": department, "theme": spec["theme"]}, {
                "direction": spec["direction"],
                "start": _date(spec["start"], self.today),
                "end": _date(spec.get("end"), self.today),
                "city": self.city(*spec["city"]) if spec.get("city") else None,
                "organisation": self.organisation(organisation) if organisation else None,
                "size": spec.get("size"),
                "status": spec["status"],
                "notes": spec.get("notes", ""),
            })

    def find_partner(self, municipality: str, department: Department, city_spec) -> Partner:
        city_name, country, institution = city_spec
        partners = Partner.objects.filter(
            city=self.city(city_name, country), department__municipality__name=municipality,
            institution__name=institution) if institution else Partner.objects.filter(
            city=self.city(city_name, country), department__municipality__name=municipality,
            institution__isnull=True)
        # The department's own agreement first, then any agreement of the municipality.
        return partners.filter(department=department).first() or partners.order_by("pk").first()

    def events(self) -> None:
        for municipality, abbreviation, name, spec in data.EVENTS:
            department = self.department(municipality, abbreviation)
            project = spec.get("project")
            self.ensure(Event, {"department": department, "name": name}, {
                "kind": spec["kind"],
                "date": _date(spec["date"], self.today),
                "participants": spec.get("participants"),
                "partner": self.find_partner(municipality, department, spec["partner"]) if "partner" in spec
                else None,
                "project": Project.objects.get(name=project, department__municipality__name=municipality)
                if project else None,
                "description": spec.get("description", ""),
            })

    def strategy(self, spec: dict, themes: list) -> None:
        department = self.department(spec["municipality"], spec["department"])
        owner = {"department": department}
        # One demo strategy a department: found by its department, not its name, which the demo has changed
        # (Copenhagen's was "International strategi 2021-2026"); loading again renames it rather than adding one.
        strategy = self.ensure_current(Strategy, owner, {
            "name": spec["name"],
            "adopted_on": _date(spec["adopted_on"], self.today),
            "horizon_year": _year(spec["horizon_year"], self.today),
            "description": spec["description"],
        })
        dates = half_year_ends(self.today, data.MEASUREMENTS)
        for number, theme_name, goals in themes:
            theme = self.ensure(Theme, {**owner, "strategy": strategy, "number": number}, {"name": theme_name})
            for goal_text, indicators in goals:
                goal = self.ensure(Goal, {**owner, "theme": theme, "text": goal_text})
                for name, unit, baseline, year, target, deadline, direction, method, values in indicators:
                    indicator = self.ensure(Indicator, {**owner, "goal": goal, "name": name}, {
                        "unit": unit, "baseline": Decimal(baseline), "baseline_year": year,
                        "target": Decimal(target), "deadline": _date(deadline, self.today),
                        "direction": direction, "method": method,
                    })
                    for date, value in zip(dates, values, strict=True):
                        self.ensure(Measurement, {**owner, "indicator": indicator, "date": date}, {
                            "value": Decimal(value), "source": "Demo: opfundet værdi"})
