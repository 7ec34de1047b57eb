"""A strategy of the owner's department, as Aalborg's business strategy 2030 sets it out: a theme, a goal and an
indicator with a numeric target, measured once."""

import datetime as dt
from decimal import Decimal

import pytest

from udsyn.core.services import record_create
from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme


@pytest.fixture
def make(owner, department):
    def create(model, user=None, **data):
        user = user or owner
        return record_create(model=model, acting_user=user, data={"department": user.department, **data})

    return create


@pytest.fixture
def strategy(make):
    return make(Strategy, name="Erhvervsstrategi 2030", horizon_year=2030)


@pytest.fixture
def theme(make, strategy):
    return make(Theme, strategy=strategy, number=1, name="Besøg og konferencer")


@pytest.fixture
def goal(make, theme):
    return make(Goal, theme=theme, text="Flere internationale konferencer")


@pytest.fixture
def indicator(make, goal):
    """5 conferences at the end of 2022, 15 by the end of 2026: the line expects 10 at the end of 2024."""
    return make(Indicator, goal=goal, name="Internationale konferencer", unit="konferencer", baseline=Decimal("5"),
                baseline_year=2022, target=Decimal("15"), deadline=dt.date(2026, 12, 31))


@pytest.fixture
def measured(make, indicator):
    """12 conferences at the end of 2024: ahead of the line (10), so on track."""
    make(Measurement, indicator=indicator, date=dt.date(2024, 12, 31), value=Decimal("12"), source="VisitAalborg")
    return indicator
