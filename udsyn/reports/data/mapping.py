"""Mapping of international work (the structure of Copenhagen's 2020 mapping): headline figures; how the work is
organised, the policies and action plans and the political handling; then per department its memberships (fee,
co-financing, purpose, value), partner cities, ongoing projects, external funding and delegation visits; networks
shared by several departments, visits by country and the figures behind the charts.

Every figure of every format is computed here (renderers only lay out); the counting rules are in rules.py.
"""

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

from .. import names
from ..document import TOTAL, Branding, Figure, Section
from ..totals import Converter, MoneyTotal, RateUsed, money_or_none
from . import rules
from .branding import branding
from .contrib import contributed_sections
from .scope import ReportScope


@dataclass
class Texts:
    """The free-text sections kept in the register (udsyn.organisations.models.InternationalTexts)."""

    work_organisation: str = ""
    policies: str = ""
    political_handling: str = ""

    @classmethod
    def of(cls, owner) -> Texts:
        return cls(owner.work_organisation, owner.policies, owner.political_handling)

    @property
    def is_empty(self) -> bool:
        return not (self.work_organisation.strip() or self.policies.strip() or self.political_handling.strip())


@dataclass
class MembershipRow:
    organisation: str
    kind: str
    annual_fee: Money | None
    fee_year: int | None
    co_financing: Money | None
    co_financing_note: str
    representatives: list[str]
    contact: str
    start: dt.date | None
    department: str
    purpose: str = ""
    value_assessment: str = ""
    value_reviewed_on: dt.date | None = None
    shared_with: list[str] = field(default_factory=list)  # other departments that are members too


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
    priority: bool = False


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
    lead: str = ""
    partners: list[str] = field(default_factory=list)
    description: str = ""


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
class VisitCountry:
    country: str  # ISO code, "" when unknown
    incoming: int
    outgoing: int

    @property
    def total(self) -> int:
        return self.incoming + self.outgoing


@dataclass
class DepartmentSection:
    name: str
    short_name: str
    anchor: str
    committee: str = ""
    texts: Texts = field(default_factory=Texts)
    memberships: list[MembershipRow] = field(default_factory=list)
    fees: MoneyTotal = field(default_factory=MoneyTotal)
    co_financing: MoneyTotal = field(default_factory=MoneyTotal)
    partners: list[PartnerRow] = field(default_factory=list)
    projects: list[ProjectRow] = field(default_factory=list)  # ongoing on the reporting date
    funding: list[FundingRow] = field(default_factory=list)  # by programme: brought home in the period (rules.py)
    funding_total: MoneyTotal = field(default_factory=MoneyTotal)
    funded_projects: int = 0  # externally funded projects whose funding was brought home in the period
    visits: list[VisitYear] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.memberships or self.partners or self.projects or self.funding or self.visits
                    or not self.texts.is_empty)

    @property
    def visits_total(self) -> int:
        return sum(v.incoming + v.outgoing for v in self.visits)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.short_name})" if self.short_name else self.name


@dataclass
class SharedNetwork:
    organisation: str
    departments: list[str]  # short names (or names) of the member departments


@dataclass
class FundingByYear:
    """External funding brought home in the period per programme and per start year (the chart and its table).

    `columns` are the years of the period, with "undated" at the end when some projects have no start date;
    `cells[programme][column]` and the totals are MoneyTotals.
    """

    columns: list[str]
    programmes: list[str]
    cells: dict[str, dict[str, MoneyTotal]]
    column_totals: dict[str, MoneyTotal]
    programme_totals: dict[str, MoneyTotal]
    total: MoneyTotal


@dataclass
class MappingReport:
    kind = "mapping"
    municipality: str
    since: int
    until: dt.date
    generated_on: dt.date
    departments: list[str]
    all_departments: bool
    branding: Branding
    texts: Texts
    headline: list[Figure]
    sections: list[DepartmentSection]
    shared_networks: list[SharedNetwork]
    funding_by_year: FundingByYear
    visits_by_country: list[VisitCountry]
    visits_total: VisitCountry
    rates: list[RateUsed]
    missing_rates: list[str]
    contributed: list[Section] = field(default_factory=list)

    @property
    def title(self) -> str:
        return _("Mapping of international work")

    def figure(self, key: str) -> Figure | None:
        return next((f for f in self.headline if f.key == key), None)


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
            co_financing=money_or_none(m.annual_co_financing, m.fee_currency),
            co_financing_note=m.co_financing_note, representatives=representatives,
            contact=m.contact.name if m.contact else "", start=m.start, department=m.department.name,
            purpose=m.purpose, value_assessment=m.value_assessment, value_reviewed_on=m.value_reviewed_on)))
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
            renewed_on=p.renewed_on, themes=", ".join(p.theme_list), department=p.department.name,
            priority=p.is_priority)))
    return rows


def project_row(p: Project, roles: dict[str, str], statuses: dict[str, str]) -> ProjectRow:
    """A project as the reports print it (prefetch lead_organisation and partners when listing many)."""
    return ProjectRow(
        name=str(p), programme=names.programme(p.programme.name) if p.programme_id else "",
        role=roles.get(p.role, p.role), status=statuses.get(p.status, p.status), start=p.start, end=p.end,
        total_budget=money_or_none(p.total_budget, p.budget_currency),
        municipality_share=money_or_none(p.municipality_share, p.budget_currency),
        external_funding=money_or_none(p.external_funding, p.budget_currency), department=p.department.name,
        lead=p.lead_organisation.name if p.lead_organisation_id else "",
        partners=[o.name for o in p.partners.all()], description=p.description)


def project_rows(queryset) -> list[tuple[int, ProjectRow]]:
    """(department id, row) of each project, by name."""
    roles, statuses = labels(Role.choices), labels(Status.choices)
    queryset = queryset.select_related("programme", "department", "lead_organisation").prefetch_related("partners")
    return [(p.department_id, project_row(p, roles, statuses)) for p in queryset.order_by("name", "pk")]


def _visits(scope: ReportScope) -> tuple[dict[int, dict[int, VisitYear]], list[VisitCountry]]:
    years: dict[int, dict[int, VisitYear]] = defaultdict(dict)
    countries: dict[str, VisitCountry] = {}
    queryset = rules.counted_visits(scope.records(Visit), scope.since_date, scope.until)
    for department_id, start, direction, city_country, org_country in queryset.values_list(
            "department_id", "start", "direction", "city__country", "organisation__country"):
        year = years[department_id].setdefault(start.year, VisitYear(start.year, 0, 0))
        code = city_country or org_country or ""
        country = countries.setdefault(code, VisitCountry(code, 0, 0))
        if direction == Direction.INCOMING:
            year.incoming += 1
            country.incoming += 1
        else:
            year.outgoing += 1
            country.outgoing += 1
    by_country = sorted(countries.values(), key=lambda c: (c.country == "", -c.total, c.country))
    return years, by_country


def funding_by_year(scope: ReportScope, converter: Converter) -> FundingByYear:
    """External funding brought home in the period, per programme and start year (see rules.py)."""
    undated = _("no start date")
    amounts: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    projects = rules.funding_projects(scope.records(Project), scope.since_date, scope.until)
    for programme, start, amount, currency in projects.values_list(
            "programme__name", "start", "external_funding", "budget_currency"):
        if not amount:
            continue
        column = undated if start is None else str(start.year)
        name = names.programme(programme) if programme else _("No programme")
        amounts[name][column].append(money_or_none(amount, currency))
    used = {column for per in amounts.values() for column in per}
    columns = [str(y) for y in range(scope.since, scope.until.year + 1)] + ([undated] if undated in used else [])
    programmes = sorted(amounts)
    cells = {p: {c: converter.total(amounts[p].get(c, [])) for c in columns} for p in programmes}
    return FundingByYear(
        columns=columns, programmes=programmes, cells=cells,
        column_totals={c: converter.total(a for p in programmes for a in amounts[p].get(c, [])) for c in columns},
        programme_totals={p: converter.total(a for values in amounts[p].values() for a in values) for p in programmes},
        total=converter.total(a for per in amounts.values() for values in per.values() for a in values))


def _funding(scope: ReportScope, sections: dict[int, DepartmentSection], converter: Converter) -> MoneyTotal:
    """Per department and programme: the external funding brought home in the period; returns the total."""
    projects = rules.funding_projects(scope.records(Project), scope.since_date, scope.until)
    funding: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    every: list = []
    for department_id, programme, amount, currency in projects.values_list(
            "department_id", "programme__name", "external_funding", "budget_currency"):
        if not amount:
            continue
        value = money_or_none(amount, currency)
        funding[department_id][names.programme(programme) if programme else _("No programme")].append(value)
        every.append(value)
    for department_id, section in sections.items():
        by_programme = funding.get(department_id, {})
        section.funding = [FundingRow(name, len(values), converter.total(values))
                           for name, values in sorted(by_programme.items())]
        section.funding_total = converter.total(a for values in by_programme.values() for a in values)
        section.funded_projects = sum(len(values) for values in by_programme.values())
    return converter.total(every)


def _shared(memberships: list[tuple[int, int, MembershipRow]],
            sections: dict[int, DepartmentSection]) -> list[SharedNetwork]:
    members: dict[int, list[int]] = defaultdict(list)
    names_of: dict[int, str] = {}
    for department_id, organisation_id, row in memberships:
        members[organisation_id].append(department_id)
        names_of[organisation_id] = row.organisation
    shared = []
    for organisation_id, departments in members.items():
        if len(set(departments)) > 1:
            labels_ = sorted(sections[d].short_name or sections[d].name for d in set(departments))
            shared.append(SharedNetwork(names_of[organisation_id], labels_))
    for department_id, organisation_id, row in memberships:
        if len(set(members[organisation_id])) > 1:
            row.shared_with = sorted(sections[d].short_name or sections[d].name
                                     for d in set(members[organisation_id]) if d != department_id)
    return sorted(shared, key=lambda s: s.organisation.casefold())


def mapping_data(scope: ReportScope) -> MappingReport:
    converter = Converter(scope.until)
    sections = {d.pk: DepartmentSection(name=d.name, short_name=d.short_name, anchor=f"department-{d.pk}",
                                        committee=d.committee, texts=Texts.of(d)) for d in scope.departments}

    memberships = _memberships(scope)
    for department_id, _org, row in memberships:
        sections[department_id].memberships.append(row)
    shared = _shared(memberships, sections)

    partners = _partners(scope)
    for under, _city, row in partners:
        for department_id in sorted(under):
            sections[department_id].partners.append(row)

    for department_id, row in project_rows(rules.ongoing_projects(scope.records(Project), scope.until)):
        sections[department_id].projects.append(row)

    external_funding = _funding(scope, sections, converter)
    years, by_country = _visits(scope)
    for department_id, section in sections.items():
        section.fees = converter.total(r.annual_fee for r in section.memberships)
        section.co_financing = converter.total(r.co_financing for r in section.memberships)
        section.visits = [years[department_id][y] for y in sorted(years.get(department_id, {}))]

    all_memberships = [r for _d, _o, r in memberships]
    co_financing = converter.total(r.co_financing for r in all_memberships)
    headline = [
        Figure("networks", _("international networks and organisations"), len({o for _d, o, _r in memberships})),
        Figure("memberships", _("memberships of departments"), len(memberships)),
        Figure("annual_fees", _("in annual membership fees"), converter.total(r.annual_fee for r in all_memberships),
               TOTAL),
        Figure("co_financing", _("yearly co-financing beyond the fees"), co_financing, TOTAL),
        Figure("ongoing_projects", _("ongoing international projects"), sum(len(s.projects) for s in
                                                                           sections.values())),
        Figure("funded_projects", _("externally funded projects started in the period"),
               sum(s.funded_projects for s in sections.values())),
        Figure("external_funding", _("external funding brought home in the period"), external_funding, TOTAL),
        Figure("partner_cities", _("partner cities abroad"), len({city for _u, city, _r in partners})),
        Figure("incoming_visits", _("delegation visits received in the period"),
               sum(v.incoming for s in sections.values() for v in s.visits)),
    ]
    # no "–" card: most municipalities record no co-financing, and a period may have no grant (its count says 0)
    headline = [f for f in headline if not (f.kind == TOTAL and f.value.is_empty and f.key != "annual_fees")]
    funding_chart = funding_by_year(scope, converter)
    return MappingReport(
        municipality=scope.municipality.name, since=scope.since, until=scope.until,
        generated_on=timezone.localdate(), departments=[d.name for d in scope.departments],
        all_departments=scope.all_departments, branding=branding(scope.municipality),
        texts=Texts.of(scope.municipality), headline=headline, sections=list(sections.values()),
        shared_networks=shared, funding_by_year=funding_chart, visits_by_country=by_country,
        visits_total=VisitCountry("", sum(c.incoming for c in by_country), sum(c.outgoing for c in by_country)),
        rates=converter.rates_used, missing_rates=converter.missing_rates,
        contributed=contributed_sections("mapping", scope))
