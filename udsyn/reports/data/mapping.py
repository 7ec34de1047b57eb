"""Mapping of international work: headline figures, then per department its memberships, partner cities,
ongoing projects, external funding and delegation visits (the structure of Copenhagen's 2020 mapping)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from udsyn.core.money import Money
from udsyn.memberships.models import Membership
from udsyn.organisations.models import OrganisationKind
from udsyn.partners.models import Partner, RelationKind
from udsyn.projects.models import Project, Role, Status
from udsyn.visits.models import Direction, Visit

from ..totals import Converter, MoneyTotal, RateUsed, money_or_none
from . import rules
from .scope import ReportScope


@dataclass
class MembershipRow:
    organisation: str
    kind: str
    annual_fee: Money | None
    fee_year: int | None
    representatives: list[str]
    contact: str
    start: dt.date | None
    department: str


@dataclass
class PartnerRow:
    city: str
    country: str  # ISO 3166 code; renderers print the name in the report's language
    kind: str
    institution: str
    signed_on: dt.date | None
    renewed_on: dt.date | None
    themes: str
    department: str  # the owning department


@dataclass
class ProjectRow:
    name: str
    programme: str
    role: str
    status: str
    start: dt.date | None
    end: dt.date | None
    total_budget: Money | None
    municipality_share: Money | None
    external_funding: Money | None
    department: str


@dataclass
class FundingRow:
    programme: str
    projects: int
    total: MoneyTotal


@dataclass
class VisitYear:
    year: int
    incoming: int
    outgoing: int


@dataclass
class DepartmentSection:
    name: str
    short_name: str
    anchor: str
    memberships: list[MembershipRow] = field(default_factory=list)
    fees: MoneyTotal = field(default_factory=MoneyTotal)
    partners: list[PartnerRow] = field(default_factory=list)
    projects: list[ProjectRow] = field(default_factory=list)
    funding: list[FundingRow] = field(default_factory=list)
    funding_total: MoneyTotal = field(default_factory=MoneyTotal)
    visits: list[VisitYear] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.memberships or self.partners or self.projects or self.funding or self.visits)

    @property
    def visits_total(self) -> int:
        return sum(v.incoming + v.outgoing for v in self.visits)


@dataclass
class MappingHeadline:
    memberships: int  # active memberships (one per department and organisation)
    networks: int  # distinct organisations among them
    annual_fees: MoneyTotal
    ongoing_projects: int
    external_funding: MoneyTotal  # of projects started since the first year
    funded_projects_since: int
    partner_cities: int  # distinct cities with an active agreement
    partners: int  # active partner agreements
    incoming_visits: int


@dataclass
class MappingReport:
    kind = "mapping"
    municipality: str
    since: int
    until: dt.date
    generated_on: dt.date
    departments: list[str]
    all_departments: bool
    headline: MappingHeadline
    sections: list[DepartmentSection]
    rates: list[RateUsed]
    missing_rates: list[str]

    @property
    def title(self) -> str:
        return _("Mapping of international work")


def labels(choices) -> dict[str, str]:
    """Choice labels translated once, not once per row (a report may have thousands)."""
    return {value: str(label) for value, label in choices}


def _memberships(scope: ReportScope) -> list[tuple[int, int, MembershipRow]]:
    rows = []
    kinds = labels(OrganisationKind.choices)
    queryset = rules.active_memberships(scope.records(Membership), scope.until) \
        .select_related("organisation", "contact", "department").prefetch_related("representatives") \
        .order_by("organisation__name", "pk")
    for m in queryset:
        representatives = [f"{p.name} ({p.title})" if p.title else p.name for p in m.representatives.all()]
        rows.append((m.department_id, m.organisation_id, MembershipRow(
            organisation=str(m.organisation), kind=kinds.get(m.organisation.kind, m.organisation.kind),
            annual_fee=money_or_none(m.annual_fee, m.fee_currency), fee_year=m.fee_year,
            representatives=representatives, contact=m.contact.name if m.contact else "", start=m.start,
            department=m.department.name)))
    return rows


def _partners(scope: ReportScope) -> list[tuple[set[int], int, PartnerRow]]:
    """Each active agreement with the departments it belongs under: its owner and those involved."""
    rows = []
    kinds = labels(RelationKind.choices)
    queryset = rules.active_partners(Partner.objects.filter(department__municipality=scope.municipality), scope.until)
    queryset = queryset.select_related("city", "institution", "department").prefetch_related("departments_involved")
    wanted = set(scope.department_ids)
    for p in queryset.order_by("city__name", "pk"):
        under = ({p.department_id} | {d.pk for d in p.departments_involved.all()}) & wanted
        if not under:
            continue
        rows.append((under, p.city_id, PartnerRow(
            city=p.city.name, country=p.city.country, kind=kinds.get(p.kind, p.kind),
            institution=p.institution.name if p.institution_id else "", signed_on=p.signed_on,
            renewed_on=p.renewed_on, themes=", ".join(p.theme_list), department=p.department.name)))
    return rows


def _project_row(p: Project, roles: dict[str, str], statuses: dict[str, str]) -> ProjectRow:
    return ProjectRow(
        name=str(p), programme=p.programme.name if p.programme_id else "", role=roles.get(p.role, p.role),
        status=statuses.get(p.status, p.status), start=p.start, end=p.end,
        total_budget=money_or_none(p.total_budget, p.budget_currency),
        municipality_share=money_or_none(p.municipality_share, p.budget_currency),
        external_funding=money_or_none(p.external_funding, p.budget_currency), department=p.department.name)


def _visit_years(scope: ReportScope) -> dict[int, dict[int, VisitYear]]:
    counts: dict[int, dict[int, VisitYear]] = defaultdict(dict)
    queryset = rules.counted_visits(scope.records(Visit), scope.since_date, scope.until)
    for department_id, start, direction in queryset.values_list("department_id", "start", "direction"):
        year = counts[department_id].setdefault(start.year, VisitYear(start.year, 0, 0))
        if direction == Direction.INCOMING:
            year.incoming += 1
        else:
            year.outgoing += 1
    return counts


def mapping_data(scope: ReportScope) -> MappingReport:
    converter = Converter(scope.until)
    sections = {d.pk: DepartmentSection(name=d.name, short_name=d.short_name, anchor=f"department-{d.pk}")
                for d in scope.departments}

    memberships = _memberships(scope)
    for department_id, _org, row in memberships:
        sections[department_id].memberships.append(row)

    partners = _partners(scope)
    for under, _city, row in partners:
        for department_id in sorted(under):
            sections[department_id].partners.append(row)

    ongoing = rules.ongoing_projects(scope.records(Project), scope.until).select_related("programme", "department")
    roles, statuses = labels(Role.choices), labels(Status.choices)
    for p in ongoing.order_by("name", "pk"):
        sections[p.department_id].projects.append(_project_row(p, roles, statuses))

    started = rules.projects_started(scope.records(Project), scope.since_date, scope.until)
    funding: dict[int, dict[str, list[Money | None]]] = defaultdict(lambda: defaultdict(list))
    all_funding: list[Money | None] = []
    for department_id, programme, amount, currency in started.values_list(
            "department_id", "programme__name", "external_funding", "budget_currency"):
        value = money_or_none(amount, currency)
        funding[department_id][programme or _("No programme")].append(value)
        all_funding.append(value)

    visits = _visit_years(scope)
    for department_id, section in sections.items():
        section.fees = converter.total(r.annual_fee for r in section.memberships)
        by_programme = funding.get(department_id, {})
        section.funding = [FundingRow(name, len(amounts), converter.total(amounts))
                           for name, amounts in sorted(by_programme.items())]
        section.funding_total = converter.total(a for amounts in by_programme.values() for a in amounts)
        section.visits = [visits[department_id][y] for y in sorted(visits.get(department_id, {}))]

    headline = MappingHeadline(
        memberships=len(memberships),
        networks=len({org for _d, org, _r in memberships}),
        annual_fees=converter.total(r.annual_fee for _d, _o, r in memberships),
        ongoing_projects=sum(len(s.projects) for s in sections.values()),
        external_funding=converter.total(all_funding),
        funded_projects_since=len(all_funding),
        partner_cities=len({city for _u, city, _r in partners}),
        partners=len(partners),
        incoming_visits=sum(v.incoming for s in sections.values() for v in s.visits),
    )
    return MappingReport(
        municipality=scope.municipality.name, since=scope.since, until=scope.until,
        generated_on=timezone.localdate(), departments=[d.name for d in scope.departments],
        all_departments=scope.all_departments, headline=headline, sections=list(sections.values()),
        rates=converter.rates_used, missing_rates=converter.missing_rates,
    )
