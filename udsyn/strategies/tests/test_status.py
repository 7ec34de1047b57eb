"""The on-track rule of udsyn.strategies.status, on plain values and on stored indicators."""

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest

from udsyn.strategies.status import TrackStatus, expected_value, goal_status, progress

D = Decimal


def indicator(**kw):
    base = {"baseline": D("0"), "baseline_year": 2021, "target": D("15"), "deadline": dt.date(2026, 12, 31),
            "direction": "increase"}
    return SimpleNamespace(**{**base, **kw})


def m(day: str, value: str):
    return SimpleNamespace(date=dt.date.fromisoformat(day), value=D(value))


def test_expected_value_is_a_straight_line():
    start, deadline = dt.date(2020, 12, 31), dt.date(2030, 12, 31)
    halfway = start + (deadline - start) / 2
    assert expected_value(D("0"), start, D("50"), deadline, halfway) == D("25.00")
    assert expected_value(D("0"), start, D("50"), deadline, dt.date(2019, 1, 1)) == D("0")  # before the start
    assert expected_value(D("0"), start, D("50"), deadline, dt.date(2031, 6, 1)) == D("50")  # after the deadline


def test_ahead_of_the_line_is_on_track_and_behind_is_off_track():
    # 2021-12-31 → 0, 2026-12-31 → 15: at 2024-06-30 the line expects about 7.5
    on_time = progress(indicator(), dt.date(2024, 7, 1), [m("2024-06-30", "8")])
    assert on_time.status == TrackStatus.ON_TRACK
    assert D("7.4") < on_time.expected < D("7.6")
    late = progress(indicator(), dt.date(2024, 7, 1), [m("2023-01-01", "9"), m("2024-06-30", "5")])
    assert late.status == TrackStatus.OFF_TRACK
    assert late.latest == D("5")  # the latest measurement counts, not the best one


def test_lower_is_better():
    co2 = indicator(baseline=D("100"), target=D("50"), direction="decrease")
    assert progress(co2, dt.date(2024, 7, 1), [m("2024-06-30", "70")]).status == TrackStatus.ON_TRACK
    assert progress(co2, dt.date(2024, 7, 1), [m("2024-06-30", "90")]).status == TrackStatus.OFF_TRACK


def test_measurements_after_the_day_looked_at_are_ignored():
    result = progress(indicator(), dt.date(2022, 1, 1), [m("2024-06-30", "1")])
    assert result.status == TrackStatus.UNKNOWN


def test_without_baseline_the_first_measurement_starts_the_line():
    no_base = indicator(baseline=None, baseline_year=None)
    assert progress(no_base, dt.date(2026, 1, 1), [m("2023-01-01", "2")]).status == TrackStatus.UNKNOWN
    result = progress(no_base, dt.date(2026, 1, 1), [m("2023-01-01", "2"), m("2025-01-01", "3")])
    assert result.status == TrackStatus.OFF_TRACK  # the line from 2 (2023) to 15 (end 2026) expects ~9 in 2025
    reached = progress(no_base, dt.date(2026, 1, 1), [m("2025-01-01", "16")])
    assert reached.status == TrackStatus.ON_TRACK  # a reached target is on track


def test_goal_status():
    assert goal_status([TrackStatus.ON_TRACK, TrackStatus.OFF_TRACK]) == TrackStatus.OFF_TRACK
    assert goal_status([TrackStatus.ON_TRACK, TrackStatus.UNKNOWN]) == TrackStatus.ON_TRACK
    assert goal_status([TrackStatus.UNKNOWN]) == TrackStatus.UNKNOWN
    assert goal_status([]) == TrackStatus.UNKNOWN


@pytest.mark.django_db
def test_rule_on_stored_records(owner, department):
    from udsyn.core.services import record_create
    from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme

    def make(model, **data):
        return record_create(model=model, acting_user=owner, data={"department": department, **data})

    strategy = make(Strategy, name="Erhvervsstrategi 2030")
    goal = make(Goal, theme=make(Theme, strategy=strategy, name="Besøg"), text="Flere konferencer")
    conferences = make(Indicator, goal=goal, name="Internationale konferencer", unit="konferencer",
                       baseline=D("5"), baseline_year=2022, target=D("15"), deadline=dt.date(2026, 12, 31))
    make(Measurement, indicator=conferences, date=dt.date(2024, 12, 31), value=D("12"))
    assert progress(conferences, dt.date(2025, 1, 1)).status == TrackStatus.ON_TRACK


def test_a_little_behind_the_line_is_at_risk():
    # planned change 0 → 15; a tenth of it is 1.5. The line expects about 7.5 in mid-2024.
    assert progress(indicator(), dt.date(2024, 7, 1), [m("2024-06-30", "6.5")]).status == TrackStatus.AT_RISK
    assert progress(indicator(), dt.date(2024, 7, 1), [m("2024-06-30", "5.5")]).status == TrackStatus.OFF_TRACK
    co2 = indicator(baseline=D("100"), target=D("50"), direction="decrease")  # expects ~75 in mid-2024
    assert progress(co2, dt.date(2024, 7, 1), [m("2024-06-30", "78")]).status == TrackStatus.AT_RISK


def test_a_goal_takes_its_worst_indicator_with_data():
    assert goal_status([TrackStatus.ON_TRACK, TrackStatus.AT_RISK, TrackStatus.UNKNOWN]) == TrackStatus.AT_RISK
    assert goal_status([TrackStatus.AT_RISK, TrackStatus.OFF_TRACK]) == TrackStatus.OFF_TRACK
    assert goal_status([TrackStatus.UNKNOWN]) == TrackStatus.UNKNOWN


def test_the_expected_value_is_shown_as_precise_as_the_figures_beside_it():
    """Whole numbers of projects expect a whole number; a measurement in tenths expects tenths. The verdict is
    reached with the exact value."""
    whole = progress(indicator(), dt.date(2024, 7, 1), [m("2024-06-30", "8")])
    assert whole.expected != whole.expected_shown
    assert whole.expected_shown == whole.expected.quantize(D("1"), rounding="ROUND_HALF_UP")
    assert whole.expected_shown.as_tuple().exponent == 0
    tenths = progress(indicator(), dt.date(2024, 7, 1), [m("2024-06-30", "8.5")])
    assert tenths.expected_shown == tenths.expected.quantize(D("0.1"), rounding="ROUND_HALF_UP")
    assert progress(indicator(), dt.date(2024, 7, 1), []).expected_shown is None
