"""The strategy status report as a document: the status at a glance and the rule behind it, then per strategy and
theme a table of goals and indicators, and per indicator its method, data source, warnings and a chart of its
measurements against the line to its target."""

from __future__ import annotations

from django.utils.translation import gettext as _

from .. import formatting
from ..charts import LineChart
from ..data.strategy import IndicatorRow, StrategyReport, StrategySection
from ..document import (
    DATE,
    NUMBER,
    STATUS,
    Cards,
    ChartBlock,
    Column,
    Described,
    Document,
    GroupRow,
    Paragraph,
    Section,
    Status,
    Table,
)
from .common import cover_meta, document, fit

WARNING = "⚠"
CHARTED = 60  # indicators: above this many, the report leaves out each indicator's details and chart


def rule_text() -> str:
    return _(
        "How the status is set: the expected path runs in a straight line from the baseline (at the end of the "
        "baseline year; without one, the first measurement) to the target on the deadline. The latest measurement "
        "on or before the reporting date is on track when it is at least where the line expects it (at most, when "
        "lower is better) or the target is already reached; at risk when it is behind the line by no more than a "
        "tenth of the whole planned change; off track when it is further behind. Without a measurement or a "
        "starting point there is not enough data. A goal takes the worst status among its indicators with data. "
        "%(mark)s marks a latest measurement older than a year and a deadline passed without the target."
    ) % {"mark": WARNING}


def _summary(report: StrategyReport) -> Section:
    section = Section(_("Status at a glance"), "summary").add(
        Cards(report.headline),
        Table(_("Status at a glance"), [Column(_("Status"), STATUS), Column(_("Indicators"), NUMBER)],
              [[Status(c.status, c.label), c.count] for c in report.status_counts],
              total=[_("In all"), sum_figure(report, "indicators")], sheet=_("Status")),
        Paragraph(rule_text(), "note"))
    if not report.strategies:
        section.add(Paragraph(_("The register holds no strategy for the chosen departments."), "empty"))
    return section


def sum_figure(report: StrategyReport, key: str):
    return next(f.value for f in report.headline if f.key == key)


def _with_unit(value, unit: str) -> str:
    return f"{formatting.number(value)} {unit}".strip() if value is not None else formatting.DASH


def _dated(value, unit: str, day) -> str:
    text = _with_unit(value, unit)
    return f"{text} ({formatting.date_short(day)})" if value is not None and day else text


def _trend(i: IndicatorRow) -> str:
    if not i.trend:
        return formatting.DASH
    text = f"{i.trend_symbol} " + _("from %(previous)s") % {"previous": formatting.number(i.previous)}
    return text.replace(" ", "\u00a0")  # short: kept on one line


def _theme_table(theme) -> Table:
    rows: list = []
    for goal in theme.goals:
        rows.append(GroupRow(_("Goal: %(goal)s") % {"goal": goal.text}, Status(goal.status, goal.status_label)))
        for i in goal.indicators:
            baseline = _with_unit(i.baseline, i.unit) + (f" ({i.baseline_year})" if i.baseline_year else "") \
                if i.baseline is not None else formatting.DASH
            name = f"{i.name} {WARNING}" if i.warnings else i.name
            rows.append([name, baseline, _dated(i.target, i.unit, i.deadline), _dated(i.latest, i.unit,
                                                                                      i.latest_date),
                         _trend(i), Status(i.status, i.status_label)])
            for warning in i.warnings:
                rows.append(GroupRow(f"{WARNING} {warning}", style="warning"))
        if not goal.indicators:
            rows.append(GroupRow(_("No indicators."), style="detail"))
    return Table(f"{theme.number}. {theme.name}",
                 [Column(_("Indicator")), Column(_("Baseline"), NUMBER), Column(_("Target (deadline)"), NUMBER),
                  Column(_("Latest measurement"), NUMBER), Column(_("Trend")), Column(_("Status"), STATUS)], rows)


def _indicator(i: IndicatorRow, anchor: str) -> Section:
    section = Section(i.name, anchor, in_contents=False, keep_together=True)
    facts = [(_("Unit"), i.unit), (_("Direction"), i.direction),
             (_("Target"), _("%(target)s by %(deadline)s") % {"target": _with_unit(i.target, i.unit),
                                                              "deadline": formatting.date(i.deadline)}),
             (_("Method"), i.method or _("Not described in the register.")),
             (_("Data source"), i.source or _("Not given with the measurements."))]
    section.add(Described([("", facts)]))
    for warning in i.warnings:
        section.add(Paragraph(f"{WARNING} {warning}", "warning"))
    if i.measurements:
        chart = LineChart(_("%(indicator)s: measurements and the line to the target") % {"indicator": i.name},
                          i.unit, i.measurements, i.start, (i.deadline, i.target),
                          labels={"measurements": _("Measurements"), "expected": _("Expected path"),
                                  "target": _("Target")})
        table = Table(_("Measurements of %(indicator)s") % {"indicator": i.name},
                      [Column(_("Date"), DATE), Column(_("Measured"), NUMBER), Column(_("Expected by the line"),
                                                                                      NUMBER)],
                      [[day, value, expected] for (day, value), expected in
                       zip(i.measurements, i.expected_on, strict=True)])
        section.add(ChartBlock(chart, table))
    else:
        section.add(Paragraph(_("No measurement yet."), "empty"))
    return section


def _strategy(s: StrategySection, details: bool) -> Section:
    section = Section(s.name, s.anchor, new_page=True)
    about = [s.department]
    if s.adopted_on:
        about.append(_("adopted %(date)s") % {"date": formatting.date(s.adopted_on)})
    if s.horizon_year:
        about.append(_("horizon %(year)s") % {"year": s.horizon_year})
    section.add(Paragraph(" · ".join(about), "lead"))
    if s.description:
        section.add(Paragraph(s.description))
    for theme in s.themes:
        child = Section(f"{theme.number}. {theme.name}", f"{s.anchor}-theme-{theme.number}")
        child.add(*fit(_theme_table(theme)))
        if not details:
            continue
        for g, goal in enumerate(theme.goals):
            for n, indicator in enumerate(goal.indicators):
                child.children.append(_indicator(indicator, f"{s.anchor}-{theme.number}-{g}-{n}"))
        section.children.append(child)
    return section


def _sheets(report: StrategyReport) -> list[Table]:
    rows = [(s, th, g, i) for s in report.strategies for th in s.themes for g in th.goals for i in g.indicators]
    return [
        Table(_("Indicators"), [
            Column(_("Strategy")), Column(_("Department")), Column(_("Theme")), Column(_("Goal text")),
            Column(_("Goal status"), STATUS), Column(_("Indicator")), Column(_("Unit")),
            Column(_("Baseline"), NUMBER), Column(_("Baseline year")), Column(_("Target value"), NUMBER),
            Column(_("Deadline"), DATE), Column(_("Latest measurement"), NUMBER), Column(_("Measured on"), DATE),
            Column(_("Previous measurement"), NUMBER), Column(_("Status"), STATUS), Column(_("Warnings")),
            Column(_("Method")), Column(_("Data source"))],
            [[s.name, s.department, f"{th.number}. {th.name}", g.text, Status(g.status, g.status_label), i.name,
              i.unit, i.baseline, i.baseline_year, i.target, i.deadline, i.latest, i.latest_date, i.previous,
              Status(i.status, i.status_label), " ".join(i.warnings), i.method, i.source] for s, th, g, i in rows],
            sheet=_("Indicators")),
        Table(_("Measurements"), [Column(_("Strategy")), Column(_("Indicator")), Column(_("Date"), DATE),
                                  Column(_("Value"), NUMBER), Column(_("Expected by the line"), NUMBER)],
              [[s.name, i.name, day, value, expected] for s, _th, _g, i in rows
               for (day, value), expected in zip(i.measurements, i.expected_on, strict=True)],
              sheet=_("Measurements")),
    ]


def compose_strategy(report: StrategyReport) -> Document:
    count = sum_figure(report, "indicators")
    sections = [_summary(report), *[_strategy(s, details=count <= CHARTED) for s in report.strategies]]
    if count > CHARTED:
        sections[0].add(Paragraph(_("With %(count)s indicators, the report leaves out each indicator's method, data "
                                    "source and chart; the workbook (XLSX) has every indicator and measurement.")
                                  % {"count": formatting.number(count)}, "note"))
    meta = cover_meta(report, (_("Status as of"), formatting.date(report.until)))
    return document(report, sections, _sheets(report), meta,
                    _("Status as of %(date)s") % {"date": formatting.date(report.until)})
