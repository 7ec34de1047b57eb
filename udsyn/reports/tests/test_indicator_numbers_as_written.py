"""An indicator's figures read as a person writes them, not as the database keeps them (two decimals): `50`, `12,5`
in Danish and `12.5` in English, on the pages and in the strategy report's spreadsheet."""

import datetime as dt
from decimal import Decimal

import pytest

from udsyn.core.services import record_create
from udsyn.reports.data import resolve_scope
from udsyn.reports.service import generate
from udsyn.reports.tests.readers import xlsx_workbook
from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme


@pytest.fixture
def half_measured(owner, department):
    """An indicator with a whole target (kept as 50.00) and a measurement of 12.5."""
    def make(model, **data):
        return record_create(model=model, acting_user=owner, data={"department": department, **data})

    theme = make(Theme, strategy=make(Strategy, name="Erhvervsstrategi 2030"), number=1, name="Konferencer")
    goal = make(Goal, theme=theme, text="Flere internationale konferencer")
    indicator = make(Indicator, goal=goal, name="Internationale konferencer", unit="konferencer",
                     target=Decimal("50.00"), deadline=dt.date(2026, 12, 31))
    return make(Measurement, indicator=indicator, date=dt.date(2024, 12, 31), value=Decimal("12.50"))


@pytest.mark.django_db
def test_a_measurements_page_writes_its_value_as_a_person_would(client, reader, half_measured):
    client.force_login(reader)
    danish = client.get(f"/strategies/measurements/{half_measured.pk}/").content.decode()
    assert "Internationale konferencer: 12,5 konferencer (31.12.2024)" in danish
    assert "12.50" not in danish and "12,50" not in danish
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = client.get(f"/strategies/measurements/{half_measured.pk}/").content.decode()
    assert "Internationale konferencer: 12.5 konferencer (31\u00a0Dec\u00a02024)" in english
    indicator = client.get(f"/strategies/indicators/{half_measured.indicator_id}/").content.decode()
    assert "target 50 by" in indicator and "50.00" not in indicator


@pytest.mark.django_db
def test_the_report_spreadsheet_shows_no_decimals_a_person_would_not_write(half_measured, municipality):
    scope = resolve_scope(municipality, until=dt.date(2025, 6, 30))
    workbook = xlsx_workbook(generate("strategy", "xlsx", scope, "en").content)
    indicators = workbook["Indicators"]
    header = [c.value for c in indicators[1]]
    target = indicators.cell(2, header.index("Target value") + 1)
    assert target.value == 50 and target.number_format == "#,##0"
    measurements = workbook["Measurements"]
    header = [c.value for c in measurements[1]]
    value = measurements.cell(2, header.index("Value") + 1)
    assert value.value == 12.5 and value.number_format == "#,##0.0#"  # 12.5, as measured: not 12.50
