"""The mapping of international work as a document: summary, the register's texts (organisation, policies, political
handling), shared networks, one section per department, money and visits with their charts, and how it is counted."""

from __future__ import annotations

from django.utils.translation import gettext as _

from .. import formatting
from ..charts import BarChart, Series
from ..data.mapping import DepartmentSection, MappingReport
from ..document import (
    COUNTRY,
    DATE,
    FIGURE,
    LONG_LIST,
    MONEY,
    NUMBER,
    PERIOD,
    TOTAL,
    YEAR,
    Bullets,
    ChartBlock,
    Column,
    Described,
    Document,
    Paragraph,
    Period,
    Section,
    Table,
)
from .common import cards, cover_meta, document, fit, free_text, period_label

CHART_COUNTRIES = 15  # the chart of visits shows the countries with most visits; the table lists them all


def _dkk(total) -> float:
    """A bar's length: the total in DKK, or its DKK part when a rate is missing (the table beside says so)."""
    return float(total.dkk.amount if total.dkk is not None else total.amount_in("DKK"))


def _summary_table(report: MappingReport) -> Table:
    return Table(
        _("By department"),
        [Column(_("Department")), Column(_("Memberships"), NUMBER), Column(_("Partner cities"), NUMBER),
         Column(_("Ongoing projects"), NUMBER), Column(_("External funding brought home in the period"), FIGURE),
         Column(_("Visits"), NUMBER)],
        [[s.name, len(s.memberships), len(s.partners), len(s.projects), s.funding_total, s.visits_total]
         for s in report.sections], sheet=_("Departments"))


def _summary(report: MappingReport) -> Section:
    chart = BarChart(_("Memberships and ongoing projects per department"),
                     [s.short_name or s.name for s in report.sections],
                     [Series(_("Memberships"), [len(s.memberships) for s in report.sections]),
                      Series(_("Ongoing projects"), [len(s.projects) for s in report.sections])], horizontal=True)
    return Section(_("Headline figures"), "headline").add(
        cards(report.headline),
        ChartBlock(chart, _summary_table(report)) if not chart.is_empty else _summary_table(report))


def _text_section(report: MappingReport, field: str, title: str, anchor: str,
                  heading=lambda s: s.label) -> Section | None:
    """A section of the register's free texts: the municipality's, then each department's that has one."""
    section = Section(title, anchor).add(*free_text(getattr(report.texts, field)))
    for s in report.sections:
        text = getattr(s.texts, field)
        if text.strip():
            section.children.append(Section(heading(s), f"{anchor}-{s.anchor}", free_text(text), in_contents=False))
    return section if section.blocks or section.children else None


def _political(report: MappingReport) -> Section | None:
    return _text_section(report, "political_handling", _("Political handling of international matters"),
                         "political", heading=lambda s: s.committee or s.label)


def _shared(report: MappingReport) -> Section | None:
    if not report.shared_networks:
        return None
    return Section(_("Networks shared by several departments"), "shared").add(
        Table(_("Networks shared by several departments"), [Column(_("Network or organisation")),
                                                            Column(_("Departments"))],
              [[n.organisation, ", ".join(n.departments)] for n in report.shared_networks],
              sheet=_("Shared networks")))


def _fee(m) -> str:
    text = formatting.money(m.annual_fee)
    return f"{text} ({m.fee_year})" if m.annual_fee is not None and m.fee_year else text


def _memberships(s: DepartmentSection) -> list:
    if not s.memberships:
        return [Paragraph(_("No memberships."), "empty")]
    has_co = any(m.co_financing for m in s.memberships)
    columns = [Column(_("Organisation")), Column(_("Annual fee"), MONEY)] + (
        [Column(_("Co-financing per year"), MONEY)] if has_co else []) + [
        Column(_("Representatives and contact")), Column(_("Member since"), DATE)]
    rows = []
    for m in s.memberships:
        people = "; ".join(m.representatives)
        if m.contact:
            people = (people + "; " if people else "") + _("contact: %(name)s") % {"name": m.contact}
        rows.append([m.organisation, _fee(m)] + ([m.co_financing] if has_co else []) + [people, m.start])
    total = [_("In all"), s.fees] + ([s.co_financing] if has_co else []) + ["", ""]
    table = Table(_("Memberships of international networks and organisations"), columns, rows,
                  total=None if s.fees.is_empty and s.co_financing.is_empty else total)
    if table.length > LONG_LIST:
        return fit(table)
    described = []
    for m in s.memberships:
        items = []
        if m.purpose:
            items.append((_("Purpose"), m.purpose))
        if m.value_assessment:
            assessed = _("assessed %(date)s") % {"date": formatting.date(m.value_reviewed_on)} \
                if m.value_reviewed_on else ""
            reviewed = f" ({assessed})" if assessed else ""
            items.append((_("Value to the municipality") + reviewed, m.value_assessment))
        if m.co_financing or m.co_financing_note:
            items.append((_("Co-financing"), " – ".join(x for x in (formatting.money(m.co_financing)
                                                                     if m.co_financing else "",
                                                                     m.co_financing_note) if x)))
        if m.shared_with:
            items.append((_("Also members"), ", ".join(m.shared_with)))
        if items:
            described.append((m.organisation, items))
    blocks: list = [table]
    if described:
        blocks.append(Section(_("Purpose and value of the memberships"), "", [Described(described)],
                              in_contents=False))
    return blocks


def _partners(s: DepartmentSection) -> Table:
    def city(p) -> str:
        name = f"{p.city} – {p.institution}" if p.institution else p.city
        prioritised = _("prioritised")
        return name + (f" ({prioritised})" if p.priority else "")

    return Table(_("Partner cities"), [Column(_("City")), Column(_("Country"), COUNTRY), Column(_("Relation")),
                                      Column(_("Signed"), DATE), Column(_("Themes"))],
                 [[city(p), p.country, p.kind, p.signed_on, p.themes] for p in s.partners],
                 empty=_("No partner cities."))


def _projects(s: DepartmentSection) -> Table:
    return Table(_("Ongoing international projects"),
                 [Column(_("Project")), Column(_("Programme")), Column(_("Role")), Column(_("Period"), PERIOD),
                  Column(_("Municipality's share"), MONEY), Column(_("External funding"), MONEY)],
                 [[p.name, p.programme, p.role, Period(p.start, p.end), p.municipality_share, p.external_funding]
                  for p in s.projects], empty=_("No ongoing projects."))


def _funding(report: MappingReport, s: DepartmentSection) -> Table:
    return Table(_("External funding brought home in the period"),
                 [Column(_("Programme")), Column(_("Projects"), NUMBER), Column(_("External funding"), TOTAL)],
                 [[f.programme, f.projects, f.total] for f in s.funding],
                 total=[_("In all"), s.funded_projects, s.funding_total] if s.funding else None,
                 empty=_("No external funding in the period."))


def _visits(s: DepartmentSection) -> Table:
    return Table(_("Delegation visits"), [Column(_("Year"), YEAR), Column(_("Incoming"), NUMBER),
                                          Column(_("Outgoing"), NUMBER)],
                 [[v.year, v.incoming, v.outgoing] for v in s.visits], empty=_("No delegation visits."))


def _department(report: MappingReport, s: DepartmentSection) -> Section:
    empty = not (s.memberships or s.partners or s.projects or s.funding or s.visits)
    section = Section(s.label, s.anchor, new_page=not empty)  # no page of its own for one line saying "none"
    if s.committee:
        section.add(Paragraph(_("Political committee: %(committee)s") % {"committee": s.committee}, "lead"))
    if empty:
        return section.add(Paragraph(_("The register holds no international work for this department in the "
                                       "period."), "empty"))
    parts = [(_("Memberships of international networks and organisations"), s.memberships, _memberships(s)),
             (_("Partner cities"), s.partners, fit(_partners(s))),
             (_("Ongoing international projects"), s.projects, fit(_projects(s))),
             (_("External funding brought home in the period"), s.funding, fit(_funding(report, s))),
             (_("Delegation visits"), s.visits, [_visits(s)])]
    missing = [title[0].lower() + title[1:] for title, records, _blocks in parts if not records]
    if missing:  # one line under the heading instead of a heading and "none" for each (never alone on a last page)
        things = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " " + _("or") + " " + missing[-1]
        section.add(Paragraph(_("The register holds no %(things)s for this department.") % {"things": things},
                              "empty"))
    for title, records, blocks in parts:
        if not records:
            continue
        child = Section(title, "", in_contents=False)
        for block in blocks:
            if isinstance(block, Section):
                child.children.append(block)
            else:
                child.add(block)
        section.children.append(child)
    return section


def _money(report: MappingReport) -> Section:
    f = report.funding_by_year
    section = Section(_("Money"), "money", new_page=True)
    if f.programmes:
        chart = BarChart(_("External funding per programme and start year (DKK)"), f.columns,
                         [Series(p, [_dkk(f.cells[p][c]) for c in f.columns]) for p in f.programmes],
                         money=True, stacked=True)
        # the document lists the chart's numbers one per line; the workbook has the whole matrix
        table = Table(_("External funding per programme and start year"),
                      [Column(_("Start year")), Column(_("Programme")), Column(_("External funding"), TOTAL)],
                      [[c, p, f.cells[p][c]] for c in f.columns for p in f.programmes if not f.cells[p][c].is_empty],
                      total=[_("In all"), "", f.total])
        section.add(ChartBlock(chart, table), Paragraph(_(
            "A grant is shown in the year its project started; projects without a start date that were running in "
            "the period in a column of their own."), "note"))
    else:
        section.add(Paragraph(_("No external funding in the period."), "empty"))
    costs = [(s, s.fees, s.co_financing) for s in report.sections if not (s.fees.is_empty and s.co_financing.is_empty)]
    if costs:
        has_co = any(not c.is_empty for _s, _f, c in costs)
        chart = BarChart(_("Annual membership fees per department (DKK)"), [s.short_name or s.name for s, _f, _c in
                                                                              costs],
                         [Series(_("Annual fees"), [_dkk(fees) for _s, fees, _c in costs])]
                         + ([Series(_("Co-financing per year"), [_dkk(c) for _s, _f, c in costs])] if has_co else []),
                         money=True, stacked=True, horizontal=True)
        fee_total = report.figure("annual_fees").value
        co_total = report.figure("co_financing").value if report.figure("co_financing") else None
        table = Table(_("Annual membership fees per department"),
                      [Column(_("Department")), Column(_("Annual fees"), TOTAL)]
                      + ([Column(_("Co-financing per year"), TOTAL)] if has_co else []),
                      [[s.name, fees] + ([co] if has_co else []) for s, fees, co in costs],
                      total=[_("In all"), fee_total] + ([co_total] if has_co else []), sheet=_("Fees"))
        section.add(ChartBlock(chart, table))
    return section


def _visits_by_country(report: MappingReport) -> Section | None:
    countries = report.visits_by_country
    if not countries:
        return None
    shown = countries[:CHART_COUNTRIES]
    series = [Series(_("Incoming"), [c.incoming for c in shown]), Series(_("Outgoing"), [c.outgoing for c in shown])]
    chart = BarChart(_("Delegation visits by country"),
                     [formatting.country(c.country) if c.country else _("Unknown") for c in shown],
                     [s for s in series if any(s.values)],  # no legend entry for a direction without visits
                     stacked=True, horizontal=True)
    table = Table(_("Delegation visits by country"), [Column(_("Country"), COUNTRY), Column(_("Incoming"), NUMBER),
                                                      Column(_("Outgoing"), NUMBER)],
                  [[c.country or _("Unknown"), c.incoming, c.outgoing] for c in countries],
                  total=[_("In all"), report.visits_total.incoming, report.visits_total.outgoing],
                  sheet=_("Visits by country"))
    section = Section(_("Delegation visits by country"), "visits").add(ChartBlock(chart, table))
    if len(countries) > CHART_COUNTRIES:
        section.add(Paragraph(_("The chart shows the %(count)s countries with most visits; the table lists all.")
                              % {"count": CHART_COUNTRIES}, "note"))
    return section


def _counting(report: MappingReport) -> Section:
    return Section(_("How the figures are counted"), "counting").add(Bullets([
        _("Memberships, partner agreements and ongoing projects are those active on %(date)s.")
        % {"date": formatting.date(report.until)},
        _("A project is in the period when its dates overlap it; a project without a start date counts by its end "
          "date. Only ongoing and completed projects count (not planned, applied-for or rejected ones)."),
        _("External funding is the grant the municipality itself receives; projects paid from the municipality's "
          "own budget have none. A grant is brought home in the period its project started (as on the overview page), "
          "so it counts once; a project without a start date counts when it was running in the period."),
        _("Delegation visits count when held or confirmed and starting in the period."),
        _("A membership shared by several departments counts once per department; a network once."),
    ]))


def _sheets(report: MappingReport) -> list[Table]:
    """The workbook's flat lists (a department column instead of a section per department), after the document's
    own tables that carry a sheet name."""
    sections = report.sections
    f = report.funding_by_year
    return [
        Table(_("External funding per programme and start year"),
              [Column(_("Programme"))] + [Column(c, FIGURE) for c in f.columns] + [Column(_("In all"), FIGURE)],
              [[p] + [f.cells[p][c] for c in f.columns] + [f.programme_totals[p]] for p in f.programmes],
              total=[_("In all")] + [f.column_totals[c] for c in f.columns] + [f.total], sheet=_("Funding per year")),
        Table(_("Memberships"), [
            Column(_("Department")), Column(_("Organisation")), Column(_("Kind")), Column(_("Annual fee"), MONEY),
            Column(_("Fee year"), YEAR), Column(_("Co-financing per year"), MONEY), Column(_("Co-financing for")),
            Column(_("Representatives")), Column(_("Contact")), Column(_("Member since"), DATE),
            Column(_("Purpose")), Column(_("Value to the municipality")), Column(_("Value assessed"), DATE),
            Column(_("Also members"))],
            [[s.name, m.organisation, m.kind, m.annual_fee, m.fee_year, m.co_financing, m.co_financing_note,
              "; ".join(m.representatives), m.contact, m.start, m.purpose, m.value_assessment, m.value_reviewed_on,
              ", ".join(m.shared_with)] for s in sections for m in s.memberships], sheet=_("Memberships")),
        Table(_("Partner cities"), [
            Column(_("Department")), Column(_("City")), Column(_("Institution")), Column(_("Country"), COUNTRY),
            Column(_("Relation")), Column(_("Prioritised")), Column(_("Signed"), DATE), Column(_("Renewed"), DATE),
            Column(_("Themes"))],
            [[s.name, p.city, p.institution, p.country, p.kind, _("yes") if p.priority else "", p.signed_on,
              p.renewed_on, p.themes] for s in sections for p in s.partners], sheet=_("Partner cities")),
        Table(_("Ongoing projects"), [
            Column(_("Department")), Column(_("Project")), Column(_("Programme")), Column(_("Role")),
            Column(_("Status")), Column(_("From"), DATE), Column(_("Until"), DATE), Column(_("Total budget"), MONEY),
            Column(_("Municipality's share"), MONEY), Column(_("External funding"), MONEY),
            Column(_("Lead partner")), Column(_("Partners")), Column(_("Description"))],
            [[s.name, p.name, p.programme, p.role, p.status, p.start, p.end, p.total_budget, p.municipality_share,
              p.external_funding, p.lead, "; ".join(p.partners), p.description] for s in sections for p in s.projects],
            sheet=_("Projects")),
        Table(_("External funding"), [
            Column(_("Department")), Column(_("Programme")), Column(_("Projects"), NUMBER),
            Column(_("External funding"), TOTAL)],
            [[s.name, f.programme, f.projects, f.total] for s in sections for f in s.funding],
            total=[_("In all"), "", report.figure("funded_projects").value, report.funding_by_year.total],
            sheet=_("External funding")),
        Table(_("Delegation visits"), [Column(_("Department")), Column(_("Year"), YEAR),
                                       Column(_("Incoming"), NUMBER), Column(_("Outgoing"), NUMBER)],
              [[s.name, v.year, v.incoming, v.outgoing] for s in sections for v in s.visits],
              sheet=_("Delegation visits")),
    ]


def compose_mapping(report: MappingReport) -> Document:
    sections = [
        _summary(report),
        _text_section(report, "work_organisation", _("How the international work is organised"), "organisation"),
        _text_section(report, "policies", _("Policies and action plans"), "policies"),
        _political(report),
        _shared(report),
        *[_department(report, s) for s in report.sections],
        _money(report),
        _visits_by_country(report),
        _counting(report),
    ]
    return document(report, sections, _sheets(report), cover_meta(report), period_label(report))
