"""Is an indicator on track? One simple rule, used by the dashboard and the strategy status report.

The rule, so it can be explained to a committee:

1. The expected path is a straight line from the starting point to the target:
   - starting point: the baseline value at the end of the baseline year (31 December); when no baseline with
     a year is recorded, the first measurement (its value and date) is the starting point;
   - end point: the target value on the deadline.
2. Take the latest measurement on or before the day we look at (today by default) and compare it with the value
   the line expects on that measurement's date (before the start the line expects the baseline, after the deadline
   the target).
3. "Higher is better": on track when the measurement is at least the expected value; "lower is better": on track
   when it is at most the expected value. A target already reached is always on track.
4. At risk when it is behind the line, but by no more than a tenth (AT_RISK_SHARE) of the whole planned change
   from the starting point to the target; off track when it is further behind.
5. Unknown when there is no measurement yet, or no starting point other than that single measurement.

A goal takes the worst status among its indicators that have data (off track, then at risk, then on track), and is
unknown when none has.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

from udsyn.core.money import quantize

AT_RISK_SHARE = Decimal("0.10")


class TrackStatus(models.TextChoices):
    ON_TRACK = "on_track", _("On track")
    AT_RISK = "at_risk", _("At risk")
    OFF_TRACK = "off_track", _("Off track")
    UNKNOWN = "unknown", _("Not enough data")


@dataclass(frozen=True)
class Progress:
    """Where an indicator stands: the latest measurement, what the line expected then, and the verdict."""

    status: TrackStatus
    latest: Decimal | None = None
    latest_date: dt.date | None = None
    expected: Decimal | None = None
    places: int = 2  # decimals of the figures the expected value is read beside (the measurement, the target)

    @property
    def expected_shown(self) -> Decimal | None:
        """The expected value as precise as the figures beside it: a line through whole numbers of projects expects
        41.87 of them, which reads as a measurement nobody made; it is shown as 42. The verdict uses the exact one."""
        if self.expected is None:
            return None
        return self.expected.quantize(Decimal(1).scaleb(-self.places), rounding=ROUND_HALF_UP)


def expected_value(start_value: Decimal, start_date: dt.date, target: Decimal, deadline: dt.date,
                   on: dt.date) -> Decimal:
    """The value the straight line from (start_date, start_value) to (deadline, target) expects on `on`."""
    if on <= start_date:
        return start_value
    if on >= deadline or deadline <= start_date:
        return target
    fraction = Decimal((on - start_date).days) / Decimal((deadline - start_date).days)
    return quantize(start_value + (target - start_value) * fraction)


def judge(value: Decimal, expected: Decimal, target: Decimal, higher_is_better: bool,
          planned_change: Decimal = Decimal(0)) -> TrackStatus:
    """Steps 3 and 4 of the rule: compare a measurement with the expected value in the indicator's direction."""
    behind = (expected - value) if higher_is_better else (value - expected)
    reached = value >= target if higher_is_better else value <= target
    if behind <= 0 or reached:
        return TrackStatus.ON_TRACK
    if behind <= abs(planned_change) * AT_RISK_SHARE:
        return TrackStatus.AT_RISK
    return TrackStatus.OFF_TRACK


def progress(indicator, on: dt.date | None = None, measurements: Iterable | None = None) -> Progress:
    """Apply the rule to an Indicator. `measurements` may be passed when already loaded (avoids a query)."""
    on = on or dt.date.today()
    if measurements is None:
        measurements = indicator.measurements.all()
    points = sorted(((m.date, m.value) for m in measurements if m.date <= on), key=lambda p: p[0])
    if not points:
        return Progress(TrackStatus.UNKNOWN)
    latest_date, latest = points[-1]
    higher_is_better = indicator.direction != "decrease"
    if indicator.baseline is not None and indicator.baseline_year:
        start_date, start_value = dt.date(indicator.baseline_year, 12, 31), indicator.baseline
    elif len(points) > 1:
        start_date, start_value = points[0]
    else:
        reached = judge(latest, indicator.target, indicator.target, higher_is_better) == TrackStatus.ON_TRACK
        return Progress(TrackStatus.ON_TRACK if reached else TrackStatus.UNKNOWN, latest, latest_date)
    expected = expected_value(start_value, start_date, indicator.target, indicator.deadline, latest_date)
    verdict = judge(latest, expected, indicator.target, higher_is_better, indicator.target - start_value)
    return Progress(verdict, latest, latest_date, expected, places=decimal_places(latest, indicator.target))


def decimal_places(*values: Decimal) -> int:
    """The most decimals any of `values` is written with (0 for 12 and 12.00 alike: whole figures)."""
    return max((max(0, -v.normalize().as_tuple().exponent) for v in values if v is not None), default=0)


def goal_status(statuses: Iterable[TrackStatus]) -> TrackStatus:
    """A goal's status from its indicators' statuses: the worst one with data (last paragraph of the rule)."""
    statuses = set(statuses)
    for status in (TrackStatus.OFF_TRACK, TrackStatus.AT_RISK, TrackStatus.ON_TRACK):
        if status in statuses:
            return status
    return TrackStatus.UNKNOWN
