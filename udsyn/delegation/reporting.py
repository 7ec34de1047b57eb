"""The delegation desk's section in the mapping of international work and in the results summary, added through
udsyn.reports.data.contrib (registered in DelegationConfig.ready). The figures are the statistics page's, for the
report's municipality, period (requests received from the first year to the reporting date) and departments."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from udsyn.reports import formatting
from udsyn.reports.document import COUNTRY, NUMBER, YEAR, Column, Paragraph, Section, Table

from .stats import Row, Statistics, delegation_statistics

TOP_COUNTRIES = 15


def scoped_statistics(scope: Any) -> Statistics:
    return delegation_statistics(scope.municipality, since=scope.since_date, until=scope.until,
                                 department_ids=None if scope.all_departments else scope.department_ids)


def summary(stats: Statistics) -> str:
    """The period's figures in two sentences, with the register's number format."""
    totals, n = stats.totals, formatting.number
    countries = len(stats.by_country)  # "1 request from 1 country", "2 requests from 1 country": a plural each
    received = ngettext("The delegation desk received %(requests)s request", "The delegation desk received "
                        "%(requests)s requests", totals.requests) % {"requests": n(totals.requests)}
    first = ngettext("%(received)s from %(countries)s country: %(accepted)s accepted and %(declined)s declined.",
                     "%(received)s from %(countries)s countries: %(accepted)s accepted and %(declined)s declined.",
                     countries) % {"received": received, "countries": n(countries), "accepted": n(totals.accepted),
                                   "declined": n(totals.declined)}
    second = ngettext("%(held)s visit was held, with %(participants)s participants.",
                      "%(held)s visits were held, with %(participants)s participants.", totals.held) % {
        "held": n(totals.held), "participants": n(totals.participants)}
    if totals.cancelled:
        second += " " + ngettext("%(cancelled)s accepted visit was cancelled.",
                                 "%(cancelled)s accepted visits were cancelled.", totals.cancelled) % {
            "cancelled": n(totals.cancelled)}
    if stats.median_lead_days is not None:
        second += " " + _("Requests came a median of %(days)s days before the first day asked for.") % {
            "days": n(stats.median_lead_days, 0)}
    return f"{first} {second}"


def _percent(row: Row) -> int | None:
    return round(row.acceptance_rate * 100) if row.acceptance_rate is not None else None


def _counts_table(title: str, first: Column, rows: list[Row], sheet: str = "") -> Table:
    columns = [first, Column(_("Requests"), NUMBER), Column(_("Accepted"), NUMBER), Column(_("Declined"), NUMBER),
               Column(_("Accepted (%)"), NUMBER), Column(_("Held"), NUMBER), Column(_("Participants"), NUMBER)]
    body = [[row.key if first.kind in (YEAR, COUNTRY) else row.label, row.requests, row.accepted, row.declined,
             _percent(row), row.held, row.participants] for row in rows]
    return Table(title, columns, body, sheet=sheet)


def mapping_section(scope: Any) -> Section | None:
    stats = scoped_statistics(scope)
    if not stats.totals.requests:
        return None
    section = Section(_("Delegation requests"), "delegation-requests").add(Paragraph(summary(stats), style="lead"))
    section.add(_counts_table(_("Delegation requests per year"), Column(_("Year"), YEAR), stats.by_year,
                              sheet=_("Delegation requests")))
    section.add(_counts_table(_("Delegation requests per department"), Column(_("Department")),
                              stats.by_department))
    countries = stats.by_country[:TOP_COUNTRIES]
    table = _counts_table(_("Delegation requests per country"), Column(_("Country"), COUNTRY), countries)
    if len(stats.by_country) > TOP_COUNTRIES:
        table.note = _("The %(count)s countries with the most requests.") % {"count": TOP_COUNTRIES}
    section.add(table)
    if stats.declined_by_reason:
        section.add(Table(_("Declined requests by reason"), [Column(_("Reason")), Column(_("Declined"), NUMBER)],
                          [[r.label, r.count] for r in stats.declined_by_reason]))
    return section


def results_section(scope: Any) -> Section | None:
    stats = scoped_statistics(scope)
    if not stats.totals.held:
        return None  # the results summary tells what came of the work: visits held
    return Section(_("Delegation visits through the desk"), "delegation-visits").add(
        Paragraph(summary(stats)),
        _counts_table(_("Delegation requests per year"), Column(_("Year"), YEAR), stats.by_year))
