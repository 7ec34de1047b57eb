"""The results summary as a document: "Did you know?", results per theme, prioritised partner cities, the projects
of the period, and the activities with partner cities."""

from __future__ import annotations

from django.utils.translation import gettext as _

from ..data.results import ResultsReport
from ..document import (
    COUNTRY,
    DATE,
    LONG_LIST,
    MONEY,
    NUMBER,
    PERIOD,
    TOTAL,
    Bullets,
    Column,
    Document,
    GroupRow,
    Paragraph,
    Period,
    Section,
    Table,
)
from .common import cover_meta, document, fit, period_label


def _facts(report: ResultsReport) -> Section:
    section = Section(_("Did you know?"), "facts")
    if report.facts:
        return section.add(Bullets([f.label for f in report.facts]))
    return section.add(Paragraph(_("The register holds no results for the period and departments chosen."),
                                 "empty"))


def _themes(report: ResultsReport) -> Section | None:
    if not report.themes:
        return None
    section = Section(_("Results per theme"), "themes")
    for theme in report.themes:
        section.children.append(Section(theme.title, f"theme-{theme.key}", [Bullets(theme.sentences)]))
    section.add(Paragraph(_("Each record counts under one theme: twin cities first, then the Arctic, the Nordic "
                            "countries, the EU and the rest of the world, by its partners' countries, its programme "
                            "and its name."), "note"))
    return section


def _priority(report: ResultsReport) -> Section | None:
    if not report.priority_partners:
        return None
    return Section(_("Prioritised partner cities"), "priority").add(
        Paragraph(_("Of the municipality's partner cities, these are the ones it works most with."), "lead"),
        Table(_("Prioritised partner cities"),
              [Column(_("Partner city")), Column(_("Country"), COUNTRY), Column(_("Relation")),
               Column(_("Signed"), DATE), Column(_("Activities in the period"), NUMBER),
               Column(_("Participants"), NUMBER)],
              [[p.partner, p.country, p.kind, p.signed_on, p.activities, p.participants]
               for p in report.priority_partners], sheet=_("Prioritised partners")))


def _projects(report: ResultsReport) -> Section:
    rows: list = []
    for p in report.projects:
        rows.append([p.name, p.programme, p.role, p.lead, Period(p.start, p.end), p.external_funding])
        details = []
        if p.partners:
            details.append(_("Partners: %(names)s.") % {"names": ", ".join(p.partners)})
        if p.description:
            details.append(p.description)
        if details:
            rows.append(GroupRow(" ".join(details), style="detail"))
    table = Table(_("Projects in the period"),
                  [Column(_("Project")), Column(_("Programme")), Column(_("Role")), Column(_("Lead partner")),
                   Column(_("Period"), PERIOD), Column(_("External funding"), MONEY)],
                  rows, empty=_("No projects in the period."))
    section = Section(_("Projects in the period"), "projects")
    if table.length <= LONG_LIST:
        return section.add(table)
    return section.add(*fit(table), Table(
        _("Projects in the period by programme"),
        [Column(_("Programme")), Column(_("Projects"), NUMBER), Column(_("External funding"), TOTAL)],
        [[p.programme, p.projects, p.funding] for p in report.projects_by_programme]))


def _activities(report: ResultsReport) -> list[Section]:
    partner = Table(
        _("Activities with partner cities"),
        [Column(_("Partner city")), Column(_("Country"), COUNTRY), Column(_("Relation")),
         Column(_("Activities"), NUMBER), Column(_("Participants"), NUMBER)],
        [[p.partner, p.country, p.kind, p.activities, p.participants] for p in report.partner_activity],
        total=[_("In all"), "", "", report.activities_with_partners, report.participants_with_partners],
        sheet=_("Partner cities"))
    every = Table(
        _("Activities and events"),
        [Column(_("Date"), DATE), Column(_("Activity")), Column(_("Kind")), Column(_("Partner city")),
         Column(_("Participants"), NUMBER), Column(_("Department"))],
        [[a.date, a.name, a.kind, a.partner, a.participants, a.department] for a in report.activities],
        total=[_("In all"), "", "", "", report.participants, ""] if report.activities else None,
        empty=_("No activities in the period."), sheet=_("Activities"))
    # a results summary lists results: no heading only to say there were no activities with partner cities
    with_partners = [Section(partner.title, "partner-activity").add(*fit(partner))] if report.partner_activity else []
    return [*with_partners, Section(every.title, "activities").add(*fit(every))]


def _sheets(report: ResultsReport) -> list[Table]:
    return [
        Table(_("Did you know?"), [Column(_("Fact")), Column(_("Figure"), NUMBER)],
              [[f.label, f.value] for f in report.facts], sheet=_("Facts")),
        Table(_("Projects in the period"), [
            Column(_("Department")), Column(_("Project")), Column(_("Programme")), Column(_("Role")),
            Column(_("Status")), Column(_("From"), DATE), Column(_("Until"), DATE),
            Column(_("External funding"), MONEY), Column(_("Lead partner")), Column(_("Partners")),
            Column(_("Description"))],
            [[p.department, p.name, p.programme, p.role, p.status, p.start, p.end, p.external_funding, p.lead,
              "; ".join(p.partners), p.description] for p in report.projects], sheet=_("Projects")),
        Table(_("Results per theme"), [Column(_("Theme")), Column(_("Result"))],
              [[t.title, sentence] for t in report.themes for sentence in t.sentences], sheet=_("Themes")),
    ]


def compose_results(report: ResultsReport) -> Document:
    sections = [_facts(report), _themes(report), _priority(report), _projects(report), *_activities(report)]
    return document(report, sections, _sheets(report), cover_meta(report), period_label(report))
