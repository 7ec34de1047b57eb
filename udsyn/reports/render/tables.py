"""The tables of each report, described once for the DOCX and XLSX renderers.

A table holds typed cells (text, numbers, dates, Money, MoneyTotal); DOCX prints them through
udsyn.reports.formatting, XLSX writes them as numbers and dates with number formats.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from .. import formatting
from ..totals import MoneyTotal

TEXT, NUMBER, MONEY, TOTAL, DATE, COUNTRY = "text", "number", "money", "total", "date", "country"


@dataclass
class Column:
    title: str
    kind: str = TEXT


@dataclass
class Table:
    title: str
    columns: list[Column]
    rows: list[list[Any]]
    footer: list[Any] | None = None
    empty: str = ""
    sheet: str = ""  # XLSX sheet name (max. 31 characters)
    extra: dict = field(default_factory=dict)


def cell_text(value: Any, kind: str) -> str:
    if value is None or value == "":
        return formatting.DASH if kind != TEXT else ""
    if isinstance(value, MoneyTotal):  # a footer's total under a column of single amounts
        return formatting.total(value)
    if isinstance(value, str) and kind != COUNTRY:  # labels, e.g. a footer's "In all" under a date column
        return value
    if kind == NUMBER:
        return formatting.number(value)
    if kind == MONEY:
        return formatting.money(value)
    if kind == TOTAL:
        return formatting.total(value)
    if kind == DATE:
        return formatting.date(value)
    if kind == COUNTRY:
        return formatting.country(value)
    return str(value)


def _department(with_department: bool, name: str) -> list[str]:
    return [name] if with_department else []


def _columns(with_department: bool, *columns: Column) -> list[Column]:
    return ([Column(_("Department"))] if with_department else []) + list(columns)


# Mapping ---------------------------------------------------------------------------------------------------------

def memberships_table(rows: Iterable, fees=None, with_department: bool = False) -> Table:
    return Table(
        _("Memberships of international networks and organisations"),
        _columns(with_department, Column(_("Organisation")), Column(_("Kind")), Column(_("Annual fee"), MONEY),
                 Column(_("Fee year")), Column(_("Representatives")), Column(_("Contact")),
                 Column(_("Member since"), DATE)),
        [_department(with_department, m.department) + [m.organisation, m.kind, m.annual_fee, m.fee_year,
                                                       "; ".join(m.representatives), m.contact, m.start]
         for m in rows],
        footer=None if fees is None else [_("Annual fees in all"), "", fees, "", "", "", ""],
        empty=_("No memberships."), sheet=_("Memberships"))


def partners_table(rows: Iterable, with_department: bool = False) -> Table:
    return Table(
        _("Partner cities"),
        _columns(with_department, Column(_("City")), Column(_("Institution")), Column(_("Country"), COUNTRY),
                 Column(_("Relation")), Column(_("Signed"), DATE), Column(_("Renewed"), DATE),
                 Column(_("Themes"))),
        [_department(with_department, p.department) + [p.city, p.institution, p.country, p.kind, p.signed_on,
                                                       p.renewed_on, p.themes] for p in rows],
        empty=_("No partner cities."), sheet=_("Partner cities"))


def projects_table(rows: Iterable, with_department: bool = False) -> Table:
    return Table(
        _("Ongoing international projects"),
        _columns(with_department, Column(_("Project")), Column(_("Programme")), Column(_("Role")),
                 Column(_("From"), DATE), Column(_("Until"), DATE), Column(_("Total budget"), MONEY),
                 Column(_("Municipality's share"), MONEY), Column(_("External funding"), MONEY)),
        [_department(with_department, p.department) + [p.name, p.programme, p.role, p.start, p.end, p.total_budget,
                                                       p.municipality_share, p.external_funding] for p in rows],
        empty=_("No ongoing projects."), sheet=_("Projects"))


def funding_table(since: int, sections: Iterable[tuple[str, Any]], total=None, with_department: bool = False) -> Table:
    """`sections`: (department name, DepartmentSection) pairs."""
    rows = []
    for name, section in sections:
        for f in section.funding:
            rows.append(_department(with_department, name) + [f.programme, f.projects, f.total])
    footer = None
    if total is not None:
        footer = ([_("In all")] if with_department else []) + (["", "", total] if with_department else
                                                               [_("In all"), "", total])
    return Table(
        _("External funding since %(year)s") % {"year": since},
        _columns(with_department, Column(_("Programme")), Column(_("Projects"), NUMBER),
                 Column(_("External funding"), TOTAL)),
        rows, footer=footer, empty=_("No external funding."), sheet=_("External funding"))


def visits_table(sections: Iterable[tuple[str, Any]], with_department: bool = False) -> Table:
    rows = [_department(with_department, name) + [v.year, v.incoming, v.outgoing]
            for name, section in sections for v in section.visits]
    return Table(
        _("Delegation visits"),
        _columns(with_department, Column(_("Year")), Column(_("Incoming"), NUMBER), Column(_("Outgoing"), NUMBER)),
        rows, empty=_("No delegation visits."), sheet=_("Delegation visits"))


def department_summary_table(report) -> Table:
    return Table(
        _("By department"),
        [Column(_("Department")), Column(_("Memberships"), NUMBER), Column(_("Partner cities"), NUMBER),
         Column(_("Ongoing projects"), NUMBER), Column(_("External funding"), TOTAL),
         Column(_("Delegation visits"), NUMBER)],
        [[s.name, len(s.memberships), len(s.partners), len(s.projects), s.funding_total, s.visits_total]
         for s in report.sections], sheet=_("Departments"))


def mapping_headline_rows(report) -> list[tuple[str, Any, str]]:
    """(label, value, kind) of each headline figure."""
    h = report.headline
    return [
        (_("International networks and organisations"), h.networks, NUMBER),
        (_("Memberships"), h.memberships, NUMBER),
        (_("Annual membership fees"), h.annual_fees, TOTAL),
        (_("Ongoing international projects"), h.ongoing_projects, NUMBER),
        (_("External funding since %(year)s") % {"year": report.since}, h.external_funding, TOTAL),
        (_("Funded projects started since %(year)s") % {"year": report.since}, h.funded_projects_since, NUMBER),
        (_("Partner cities abroad"), h.partner_cities, NUMBER),
        (_("Active partner agreements"), h.partners, NUMBER),
        (_("Delegation visits received since %(year)s") % {"year": report.since}, h.incoming_visits, NUMBER),
    ]


# Results ---------------------------------------------------------------------------------------------------------

def facts_table(report) -> Table:
    return Table(_("Did you know?"), [Column(_("Fact")), Column(_("Figure"), NUMBER)],
                 [[f.sentence, f.value] for f in report.facts], sheet=_("Facts"))


def partner_activity_table(report) -> Table:
    return Table(
        _("Activities with partner cities"),
        [Column(_("Partner city")), Column(_("Country"), COUNTRY), Column(_("Relation")),
         Column(_("Activities"), NUMBER), Column(_("Participants"), NUMBER)],
        [[p.partner, p.country, p.kind, p.activities, p.participants] for p in report.partner_activity],
        footer=[_("In all"), "", "", report.activities_with_partners, report.participants_with_partners],
        empty=_("No activities with partner cities in the period."), sheet=_("Partner cities"))


def activities_table(report) -> Table:
    return Table(
        _("Activities and events"),
        [Column(_("Date"), DATE), Column(_("Activity")), Column(_("Kind")), Column(_("Partner city")),
         Column(_("Participants"), NUMBER), Column(_("Department"))],
        [[a.date, a.name, a.kind, a.partner, a.participants, a.department] for a in report.activities],
        footer=[_("In all"), "", "", "", report.participants, ""],
        empty=_("No activities in the period."), sheet=_("Activities"))


# Strategy --------------------------------------------------------------------------------------------------------

def indicators_table(indicators: Iterable, prefix_columns: list[Column] | None = None) -> Table:
    """`prefix_columns` name columns the caller puts in front of each row (the XLSX sheet's strategy, theme, goal)."""
    rows = []
    for i in indicators:
        trend = f"{i.trend_symbol} {formatting.number(i.previous)} → {formatting.number(i.latest)}" if i.trend else ""
        rows.append([
            i.name, i.unit, i.baseline, i.baseline_year, i.target, i.deadline, i.latest, i.latest_date, trend,
            i.status_label])
    return Table(
        _("Indicators"),
        (prefix_columns or []) + [
            Column(_("Indicator")), Column(_("Unit")), Column(_("Baseline"), NUMBER), Column(_("Baseline year")),
            Column(_("Target"), NUMBER), Column(_("Deadline"), DATE), Column(_("Latest measurement"), NUMBER),
            Column(_("Measured on"), DATE), Column(_("Trend")), Column(_("Status"))],
        rows, empty=_("No indicators."), sheet=_("Indicators"))


def status_counts_table(report) -> Table:
    return Table(_("Status at a glance"), [Column(_("Status")), Column(_("Indicators"), NUMBER)],
                 [[c.label, c.count] for c in report.status_counts],
                 footer=[_("In all"), report.indicator_count], sheet=_("Status"))


def rates_table(report) -> Table:
    return Table(_("Exchange rates"), [Column(_("Currency")), Column(_("DKK per unit"), NUMBER),
                                       Column(_("Rate of"), DATE)],
                 [[r.currency, r.dkk_per_unit, r.date] for r in report.rates], sheet=_("Exchange rates"))
