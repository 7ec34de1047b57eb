"""Strategy status report: each theme, goal and indicator with baseline, target, latest measurement, trend and
status on a reporting date (as Aalborg's business strategy 2030 is reported half-yearly to its council), with each
indicator's method and data source (the KKR result contract's "Metode" and "Afrapportering") and its measurements
for a chart against the line to its target.

The status is udsyn.strategies.status's documented rule, applied as of the reporting date. An indicator also carries
warnings a reader must not miss: a latest measurement older than a year, a deadline passed without the target.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme
from udsyn.strategies.status import TrackStatus, expected_value, goal_status, progress

from .. import formatting
from ..document import Branding, Figure, Section
from ..totals import RateUsed
from .branding import branding
from .contrib import contributed_sections
from .scope import ReportScope

TRENDS = {"up": "↑", "down": "↓", "flat": "→"}
STALE_AFTER_DAYS = 366  # a latest measurement older than a year is flagged


@dataclass
class IndicatorRow:
    name: str
    unit: str
    baseline: Decimal | None
    baseline_year: int | None
    target: Decimal
    deadline: dt.date
    direction: str
    latest: Decimal | None
    latest_date: dt.date | None
    previous: Decimal | None
    expected: Decimal | None
    trend: str  # "up", "down", "flat" or "" when fewer than two measurements
    improving: bool | None  # does the trend go the indicator's way?
    status: str  # a TrackStatus value
    status_label: str
    method: str
    measurements: list[tuple[dt.date, Decimal]] = field(default_factory=list)
    source: str = ""  # the latest measurement's data source
    start: tuple[dt.date, Decimal] | None = None  # where the expected line starts (the status rule's)
    warnings: list[str] = field(default_factory=list)
    higher_is_better: bool = True
    expected_on: list[Decimal | None] = field(default_factory=list)  # what the line expects on each measurement's date

    @property
    def trend_symbol(self) -> str:
        return TRENDS.get(self.trend, "")


@dataclass
class GoalSection:
    text: str
    status: str
    status_label: str
    indicators: list[IndicatorRow]


@dataclass
class ThemeSection:
    number: int
    name: str
    goals: list[GoalSection]


@dataclass
class StrategySection:
    name: str
    anchor: str
    department: str
    adopted_on: dt.date | None
    horizon_year: int | None
    themes: list[ThemeSection]
    description: str = ""

    @property
    def indicators(self) -> list[IndicatorRow]:
        return [i for t in self.themes for g in t.goals for i in g.indicators]


@dataclass
class StatusCount:
    status: str
    label: str
    count: int


@dataclass
class StrategyReport:
    kind = "strategy"
    municipality: str
    since: int
    until: dt.date
    generated_on: dt.date
    departments: list[str]
    all_departments: bool
    branding: Branding
    strategies: list[StrategySection]
    status_counts: list[StatusCount]
    headline: list[Figure] = field(default_factory=list)
    rates: list[RateUsed] = field(default_factory=list)
    missing_rates: list[str] = field(default_factory=list)
    contributed: list[Section] = field(default_factory=list)

    @property
    def title(self) -> str:
        return _("Strategy status report")

    @property
    def indicator_count(self) -> int:
        return sum(c.count for c in self.status_counts)


def _trend(points: list[tuple[dt.date, Decimal]], direction: str) -> tuple[str, Decimal | None, bool | None]:
    if len(points) < 2:
        return "", None, None
    previous, latest = points[-2][1], points[-1][1]
    if latest == previous:
        return "flat", previous, None
    rising = latest > previous
    return ("up" if rising else "down"), previous, rising == (direction != "decrease")


def _start(indicator: Indicator, points: list[tuple[dt.date, Decimal]]) -> tuple[dt.date, Decimal] | None:
    """The starting point of the expected line, as udsyn.strategies.status sets it."""
    if indicator.baseline is not None and indicator.baseline_year:
        return dt.date(indicator.baseline_year, 12, 31), indicator.baseline
    return points[0] if len(points) > 1 else None


def _months(since: dt.date, until: dt.date) -> int:
    return (until.year - since.year) * 12 + until.month - since.month - (until.day < since.day)


def _warnings(indicator: Indicator, latest: Decimal | None, latest_date: dt.date | None, on: dt.date) -> list[str]:
    warnings = []
    if latest_date is not None and (on - latest_date).days > STALE_AFTER_DAYS:
        warnings.append(_("The latest measurement is %(months)s months old.") % {
            "months": formatting.number(_months(latest_date, on))})
    higher = indicator.direction != "decrease"
    reached = latest is not None and (latest >= indicator.target if higher else latest <= indicator.target)
    if indicator.deadline < on and not reached:
        warnings.append(_("The deadline (%(deadline)s) has passed without the target being reached.") % {
            "deadline": formatting.date(indicator.deadline)})
    return warnings


def _indicator(indicator: Indicator, on: dt.date) -> IndicatorRow:
    measurements = list(indicator.measurements.all())
    result = progress(indicator, on=on, measurements=measurements)
    taken = [m for m in measurements if m.date <= on]
    points = [(m.date, m.value) for m in taken]
    trend, previous, improving = _trend(points, indicator.direction)
    start = _start(indicator, points)
    expected_on = [expected_value(start[1], start[0], indicator.target, indicator.deadline, day) if start else None
                   for day, _value in points]
    return IndicatorRow(
        name=indicator.name, unit=indicator.unit, baseline=indicator.baseline, baseline_year=indicator.baseline_year,
        target=indicator.target, deadline=indicator.deadline, direction=indicator.get_direction_display(),
        latest=result.latest, latest_date=result.latest_date, previous=previous, expected=result.expected,
        trend=trend, improving=improving, status=str(result.status.value), status_label=str(result.status.label),
        method=indicator.method, measurements=points, source=taken[-1].source if taken else "",
        start=start, expected_on=expected_on, warnings=_warnings(indicator, result.latest, result.latest_date, on),
        higher_is_better=indicator.direction != "decrease")


def strategy_data(scope: ReportScope, strategy: str | None = None) -> StrategyReport:
    strategies = scope.records(Strategy).select_related("department").order_by("name", "pk")
    if strategy:
        strategies = strategies.filter(name__iexact=strategy)
    strategies = strategies.prefetch_related(Prefetch("themes", Theme.objects.order_by("number", "pk").prefetch_related(
        Prefetch("goals", Goal.objects.order_by("pk").prefetch_related(
            Prefetch("indicators", Indicator.objects.order_by("name", "pk").prefetch_related(
                Prefetch("measurements", Measurement.objects.order_by("date")))))))))
    sections = []
    counts: Counter[str] = Counter()
    for s in strategies:
        themes = []
        for theme in s.themes.all():
            goals = []
            for goal in theme.goals.all():
                rows = [_indicator(i, scope.until) for i in goal.indicators.all()]
                counts.update(r.status for r in rows)
                status = goal_status(TrackStatus(r.status) for r in rows)
                goals.append(GoalSection(goal.text, str(status.value), str(status.label), rows))
            themes.append(ThemeSection(theme.number, theme.name, goals))
        sections.append(StrategySection(s.name, f"strategy-{s.pk}", s.department.name, s.adopted_on, s.horizon_year,
                                        themes, s.description))
    status_counts = [StatusCount(str(st.value), str(st.label), counts.get(st.value, 0)) for st in TrackStatus]
    headline = [Figure(f"status:{c.status}", c.label, c.count) for c in status_counts]
    headline.append(Figure("indicators", _("indicators in all"), sum(c.count for c in status_counts)))
    headline.append(Figure("warnings", _("indicators with a warning"),
                           sum(bool(i.warnings) for s in sections for i in s.indicators)))
    return StrategyReport(
        municipality=scope.municipality.name, since=scope.since, until=scope.until,
        generated_on=timezone.localdate(), departments=[d.name for d in scope.departments],
        all_departments=scope.all_departments, branding=branding(scope.municipality), strategies=sections,
        status_counts=status_counts, headline=headline, contributed=contributed_sections("strategy", scope))
