"""An indicator's page: its figures, the table of measurements and its history."""

import datetime as dt
from decimal import Decimal

import pytest

from udsyn.core.services import record_update
from udsyn.strategies.models import Measurement


@pytest.mark.django_db
def test_measurements_table_and_history(client, owner, make, measured):
    make(Measurement, indicator=measured, date=dt.date(2023, 12, 31), value=Decimal("8.5"),
         comment="Opgjort af VisitAalborg")
    record_update(record=measured, data={"target": Decimal("20")}, expected_version=1, acting_user=owner)
    client.force_login(owner)
    response = client.get(f"/strategies/indicators/{measured.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Erhvervsstrategi 2030" in page and "Flere internationale konferencer" in page  # where it belongs
    table = page[page.index('id="measurements"'):page.index('id="history-heading"')]
    assert table.index("31.12.2024") < table.index("31.12.2023")  # newest first
    assert "<td>8,5</td>" in table and "Opgjort af VisitAalborg" in table and "<td>VisitAalborg</td>" in table
    assert "<del>15</del>" in page and "<ins>20</ins>" in page  # the indicator's history: the target was raised
    measurement = Measurement.objects.get(date=dt.date(2024, 12, 31))
    assert f'href="/strategies/measurements/{measurement.pk}/edit/"' in table


@pytest.mark.django_db
def test_correcting_a_measurement_returns_to_the_indicator(client, owner, measured):
    measurement = Measurement.objects.get()
    client.force_login(owner)
    response = client.post(f"/strategies/measurements/{measurement.pk}/edit/",
                           {"date": "2024-12-31", "value": "11", "source": "VisitAalborg", "version": "1"})
    assert response["Location"] == f"/strategies/indicators/{measured.pk}/#measurements"
    measurement.refresh_from_db()
    assert measurement.value == 11 and measurement.version == 2
    detail = client.get(f"/strategies/measurements/{measurement.pk}/").content.decode()
    assert "<del>12</del>" in detail and "<ins>11</ins>" in detail
    response = client.post(f"/strategies/measurements/{measurement.pk}/delete/", {"version": "2"})
    assert response["Location"] == f"/strategies/indicators/{measured.pk}/"
    assert not Measurement.objects.exists()
