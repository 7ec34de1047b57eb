"""The dashboard counts goals in all three statuses, at risk included."""

import datetime as dt
from decimal import Decimal

import pytest

from udsyn.core.services import record_create
from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme

TODAY = dt.date.today()


@pytest.mark.django_db
def test_goals_at_risk_are_counted(client, reader, owner, department):
    def add(model, **data):
        return record_create(model=model, acting_user=owner, data={"department": department, **data})

    theme = add(Theme, strategy=add(Strategy, name="Strategi"), name="Tema")
    goal = add(Goal, theme=theme, text="Et mål")
    # The line runs from 0 at the end of the baseline year to 100 at a deadline as far after today as that was
    # before it, so it expects exactly 50 today; 45 is behind by 5, within a tenth of the planned change: at risk.
    start = dt.date(TODAY.year - 2, 12, 31)
    indicator = add(Indicator, goal=goal, name="Konferencer", unit="stk.", baseline=Decimal("0"),
                    baseline_year=start.year, target=Decimal("100"), deadline=TODAY + (TODAY - start))
    add(Measurement, indicator=indicator, date=TODAY, value=Decimal("45"))
    client.force_login(reader)
    page = client.get("/").content.decode()
    assert "Mål: 0 på sporet, 1 i risiko, 0 bagud af 1" in page
