"""Results summary (as Aalborg's 2014-2017 summary): headline facts as sentences ("Did you know?"), the projects of
the period with programme, lead, partners and description, the results per theme (global, EU, Nordic, Arctic,
twin cities), the prioritised partner cities, and the activities with partner cities and their participants.

A fact whose figure is zero or unknown is left out: the summary lists achievements, not their absence.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from udsyn.memberships.models import Membership
from udsyn.partners.models import Partner, RelationKind
from udsyn.projects.models import Project
from udsyn.visits.models import Direction, Event, EventKind, Visit

from .. import formatting, names
from ..document import TOTAL, Branding, Figure, Section
from ..totals import Converter, MoneyTotal, RateUsed, money_or_none
from . import rules, themes
from .branding import branding
from .contrib import contributed_sections
from .mapping import ProjectRow, labels, project_rows
from .scope import ReportScope

TWINNING = (RelationKind.TWIN_CITY, RelationKind.SISTER_CITY)
NAMES_LISTED = 12  # per theme and kind; the rest are counted ("and 4 more")


@dataclass
class ActivityRow:
    date: dt.date
    name: str
    kind: str
    partner: str
    country: str
    participants: int | None
    department: str


@dataclass
class PartnerActivity:
    partner: str
    country: str
    kind: str
    activities: int
    participants: int | None  # None: no activity with a participant count (a table shows "–", not 0)


@dataclass
class PriorityPartner:
    partner: str
    country: str
    kind: str
    signed_on: dt.date | None
    activities: int
    participants: int | None
    twinning: bool = False


@dataclass
class ProgrammeSummary:
    programme: str
    projects: int
    funding: MoneyTotal


@dataclass
class ThemeResult:
    key: str
    title: str
    sentences: list[str] = field(default_factory=list)


@dataclass
class ResultsReport:
    kind = "results"
    municipality: str
    since: int
    until: dt.date
    generated_on: dt.date
    departments: list[str]
    all_departments: bool
    branding: Branding
    facts: list[Figure]  # the "Did you know?" list: each figure's label is its sentence
    projects: list[ProjectRow]
    projects_by_programme: list[ProgrammeSummary]
    themes: list[ThemeResult]
    priority_partners: list[PriorityPartner]
    twin_cities: int
    activities: list[ActivityRow]
    partner_activity: list[PartnerActivity]
    activities_with_partners: int
    participants_with_partners: int
    participants: int  # of all activities in the period
    rates: list[RateUsed]
    missing_rates: list[str]
    contributed: list[Section] = field(default_factory=list)

    @property
    def title(self) -> str:
        return _("Results summary")

    @property
    def headline(self) -> list[Figure]:
        return self.facts

    def fact(self, key: str) -> Figure | None:
        return next((f for f in self.facts if f.key == key), None)


def amount_text(total: MoneyTotal) -> str:
    """A total in a sentence: its DKK sum, or the sum per currency when a rate is missing."""
    if total.dkk is not None:
        return formatting.money_short(total.dkk)
    return " + ".join(formatting.money_short(p) for p in total.parts)


def listing(items: list[str]) -> str:
    """'A, B and C'; past NAMES_LISTED: 'A, B, ... and 4 more'."""
    shown, rest = items[:NAMES_LISTED], len(items) - NAMES_LISTED
    if rest > 0:
        return ", ".join(shown) + " " + ngettext("and %(count)s more", "and %(count)s more", rest) % {
            "count": formatting.number(rest)}
    if len(shown) > 1:
        return ", ".join(shown[:-1]) + " " + _("and") + " " + shown[-1]
    return shown[0] if shown else ""


def _programme_facts(scope: ReportScope, projects) -> list[Figure]:
    # One fact per EU programme family; strands named after their family (Interreg Øresund-Kattegat-Skagerrak,
    # Interreg North Sea ...) count together, as a committee says "7 Interreg projects".
    families = Counter(
        family if family and name.startswith(family) else (family or name)
        for family, name in projects.filter(programme__is_eu=True).values_list("programme__family",
                                                                                 "programme__name"))
    facts = []
    for family, count in sorted(families.items(), key=lambda item: (-item[1], item[0])):
        facts.append(Figure(f"programme:{family}", ngettext(
            "Since %(year)s the municipality has taken part in %(count)s project under %(programme)s.",
            "Since %(year)s the municipality has taken part in %(count)s projects under %(programme)s.", count,
        ) % {"year": scope.since, "count": formatting.number(count), "programme": names.programme(family)}, count))
    return facts


def _events(scope: ReportScope):
    return rules.events_in(scope.records(Event), scope.since_date, scope.until)


def _activities(scope: ReportScope) -> list[ActivityRow]:
    events = _events(scope).select_related("partner__city", "partner__institution", "department") \
        .order_by("date", "pk")
    kinds = labels(EventKind.choices)
    return [ActivityRow(
        date=e.date, name=e.name, kind=kinds.get(e.kind, e.kind), partner=str(e.partner) if e.partner_id else "",
        country=e.partner.city.country if e.partner_id else "", participants=e.participants,
        department=e.department.name) for e in events]


def _partner_activity(scope: ReportScope) -> dict[int, PartnerActivity]:
    summary: dict[int, PartnerActivity] = {}
    kinds = labels(RelationKind.choices)
    for event in _events(scope).filter(partner__isnull=False).select_related("partner__city",
                                                                              "partner__institution"):
        row = summary.get(event.partner_id)
        if row is None:
            row = summary[event.partner_id] = PartnerActivity(
                str(event.partner), event.partner.city.country, kinds.get(event.partner.kind, ""), 0, None)
        row.activities += 1
        if event.participants is not None:
            row.participants = (row.participants or 0) + event.participants
    return summary


def _priority(scope: ReportScope, activity: dict[int, PartnerActivity]) -> list[PriorityPartner]:
    kinds = labels(RelationKind.choices)
    partners = rules.active_partners(scope.records(Partner), scope.until).filter(is_priority=True) \
        .select_related("city", "institution").order_by("city__name", "pk")
    return [PriorityPartner(str(p), p.city.country, kinds.get(p.kind, p.kind), p.signed_on,
                            activity[p.pk].activities if p.pk in activity else 0,
                            activity[p.pk].participants if p.pk in activity else None, p.kind in TWINNING)
            for p in partners]


def _count_fact(facts: list[Figure], key: str, count: int, template: str, **values) -> None:
    """A fact about a count, left out when the count is zero; `template` is ngettext's choice for `count`."""
    if count:
        facts.append(Figure(key, template % {"count": formatting.number(count), **values}, count))


def _facts(scope: ReportScope, converter: Converter, projects, twins: int, priority: int,
           activities: int, participants: int) -> list[Figure]:
    year = scope.since
    facts: list[Figure] = []
    networks = rules.active_memberships(scope.records(Membership), scope.until) \
        .values("organisation_id").distinct().count()
    _count_fact(facts, "networks", networks, ngettext(
        "The municipality is a member of %(count)s international network or organisation.",
        "The municipality is a member of %(count)s international networks and organisations.", networks))
    count = projects.count()
    _count_fact(facts, "projects", count, ngettext(
        "Since %(year)s the municipality has taken part in %(count)s international project.",
        "Since %(year)s the municipality has taken part in %(count)s international projects.", count), year=year)
    facts.extend(_programme_facts(scope, projects))
    brought_home = rules.funding_projects(scope.records(Project), scope.since_date, scope.until)
    funding = converter.total(money_or_none(a, c) for a, c in rules.externally_funded(brought_home)
                              .values_list("external_funding", "budget_currency"))
    if not funding.is_empty:
        facts.append(Figure("funding", _(
            "Since %(year)s the municipality has brought home %(amount)s of external funding for its projects."
        ) % {"year": year, "amount": amount_text(funding)}, funding, TOTAL))
    if priority:
        _count_fact(facts, "twin_cities", twins, ngettext(
            "The municipality has %(count)s twin or sister city; %(priority)s of them are prioritised.",
            "The municipality has %(count)s twin and sister cities; %(priority)s of them are prioritised.", twins),
            priority=formatting.number(priority))
    else:
        _count_fact(facts, "twin_cities", twins, ngettext(
            "The municipality has %(count)s twin or sister city.",
            "The municipality has %(count)s twin and sister cities.", twins))
    others = rules.active_partners(scope.records(Partner), scope.until).exclude(kind__in=TWINNING).count()
    _count_fact(facts, "other_partners", others, ngettext(
        "The municipality has %(count)s other active partnership abroad.",
        "The municipality has %(count)s other active partnerships abroad.", others))
    signed = scope.records(Partner).filter(signed_on__gte=scope.since_date, signed_on__lte=scope.until).count()
    _count_fact(facts, "new_agreements", signed, ngettext(
        "Since %(year)s the municipality has signed %(count)s new agreement with a city abroad.",
        "Since %(year)s the municipality has signed %(count)s new agreements with cities abroad.", signed),
        year=year)
    if participants:
        _count_fact(facts, "partner_activities", activities, ngettext(
            "Since %(year)s there has been %(count)s activity with partner cities, with %(participants)s "
            "participants in all.",
            "Since %(year)s there have been %(count)s activities with partner cities, with %(participants)s "
            "participants in all.", activities), year=year, participants=formatting.number(participants))
    else:
        _count_fact(facts, "partner_activities", activities, ngettext(
            "Since %(year)s there has been %(count)s activity with partner cities.",
            "Since %(year)s there have been %(count)s activities with partner cities.", activities), year=year)
    incoming = rules.counted_visits(scope.records(Visit), scope.since_date, scope.until) \
        .filter(direction=Direction.INCOMING).count()
    _count_fact(facts, "incoming_visits", incoming, ngettext(
        "Since %(year)s the municipality has received %(count)s delegation visit from abroad.",
        "Since %(year)s the municipality has received %(count)s delegation visits from abroad.", incoming),
        year=year)
    return facts


def _themes(scope: ReportScope, converter: Converter, projects) -> list[ThemeResult]:
    """Each theme's projects, networks, partners, activities and visits (themes.py says which goes where)."""
    found: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    partner_theme: dict[int, str] = {}
    project_theme: dict[int, str] = {}
    for p in projects.select_related("programme", "lead_organisation").prefetch_related("partners"):
        programme = [p.programme.name, p.programme.family] if p.programme_id else []
        countries = [o.country for o in p.partners.all()] + (
            [p.lead_organisation.country] if p.lead_organisation_id else [])
        key = project_theme[p.pk] = themes.theme_of(countries=countries, names=[p.name, *programme],
                                                    eu=bool(p.programme_id and p.programme.is_eu))
        found[key]["projects"].append(str(p))
        found[key]["funding"].append(money_or_none(p.external_funding, p.budget_currency)
                                     if p.external_funding else None)
    memberships = rules.active_memberships(scope.records(Membership), scope.until).select_related("organisation")
    for m in memberships.order_by("organisation__name"):
        key = themes.theme_of(countries=[m.organisation.country], names=[m.organisation.name],
                              eu=m.organisation.kind == "eu_body")
        if str(m.organisation) not in found[key]["networks"]:
            found[key]["networks"].append(str(m.organisation))
    for p in rules.active_partners(scope.records(Partner), scope.until).select_related("city", "institution") \
            .order_by("city__name"):
        key = partner_theme[p.pk] = themes.theme_of(countries=[p.city.country], names=[p.city.name],
                                                    twinning=p.kind in TWINNING)
        found[key]["partners"].append(str(p))
    for partner_id, project_id, participants in _events(scope).values_list("partner_id", "project_id",
                                                                           "participants"):
        key = partner_theme.get(partner_id) or project_theme.get(project_id)
        if key:
            found[key]["activities"].append(participants or 0)
    for country in rules.counted_visits(scope.records(Visit), scope.since_date, scope.until) \
            .values_list("city__country", flat=True):
        if country:
            found[themes.theme_of(countries=[country])]["visits"].append(1)
    results = []
    for key, title in themes.THEMES:
        sentences = _theme_sentences(found.get(key, {}), converter)
        if sentences:
            results.append(ThemeResult(key, str(title), sentences))
    return results


def _theme_sentences(found: dict[str, list], converter: Converter) -> list[str]:
    sentences = []
    projects = found.get("projects", [])
    if projects:
        funding = converter.total(found.get("funding", []))
        text = ngettext("%(count)s project in the period", "%(count)s projects in the period", len(projects)) % {
            "count": formatting.number(len(projects))}
        if not funding.is_empty:
            text += " " + _("with %(amount)s of external funding") % {"amount": amount_text(funding)}
        sentences.append(f"{text}: {listing(projects)}.")
    networks = found.get("networks", [])
    if networks:
        sentences.append(ngettext("Member of %(count)s network or organisation",
                                  "Member of %(count)s networks and organisations", len(networks))
                         % {"count": formatting.number(len(networks))} + f": {listing(networks)}.")
    partners = found.get("partners", [])
    if partners:
        sentences.append(ngettext("%(count)s partner agreement", "%(count)s partner agreements", len(partners))
                         % {"count": formatting.number(len(partners))} + f": {listing(partners)}.")
    activities = found.get("activities", [])
    if activities:
        participants = sum(activities)
        text = ngettext("%(count)s activity", "%(count)s activities", len(activities)) % {
            "count": formatting.number(len(activities))}
        if participants:
            text += " " + ngettext("with %(count)s participant", "with %(count)s participants", participants) % {
                "count": formatting.number(participants)}
        sentences.append(text + ".")
    visits = len(found.get("visits", []))
    if visits:
        sentences.append(ngettext("%(count)s delegation visit.", "%(count)s delegation visits.", visits) % {
            "count": formatting.number(visits)})
    return sentences


def _by_programme(projects: list[ProjectRow], converter: Converter) -> list[ProgrammeSummary]:
    groups: dict[str, list[ProjectRow]] = defaultdict(list)
    for p in projects:
        groups[p.programme or _("No programme")].append(p)
    return [ProgrammeSummary(name, len(rows), converter.total(p.external_funding for p in rows))
            for name, rows in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))]


def results_data(scope: ReportScope) -> ResultsReport:
    converter = Converter(scope.until)
    projects = rules.projects_in_period(scope.records(Project), scope.since_date, scope.until)
    activity = _partner_activity(scope)
    partner_activity = sorted(activity.values(), key=lambda r: (-r.activities, r.partner))
    activities_with_partners = sum(p.activities for p in partner_activity)
    participants_with_partners = sum(p.participants or 0 for p in partner_activity)
    priority = _priority(scope, activity)
    twins = rules.active_partners(scope.records(Partner), scope.until).filter(kind__in=TWINNING).count()
    facts = _facts(scope, converter, projects, twins, sum(p.twinning for p in priority),
                   activities_with_partners, participants_with_partners)
    activities = _activities(scope)
    project_list = [row for _d, row in project_rows(projects)]
    return ResultsReport(
        municipality=scope.municipality.name, since=scope.since, until=scope.until,
        generated_on=timezone.localdate(), departments=[d.name for d in scope.departments],
        all_departments=scope.all_departments, branding=branding(scope.municipality), facts=facts,
        projects=project_list, projects_by_programme=_by_programme(project_list, converter),
        themes=_themes(scope, converter, projects),
        priority_partners=priority, twin_cities=twins, activities=activities, partner_activity=partner_activity,
        activities_with_partners=activities_with_partners, participants_with_partners=participants_with_partners,
        participants=sum(a.participants or 0 for a in activities), rates=converter.rates_used,
        missing_rates=converter.missing_rates, contributed=contributed_sections("results", scope))
