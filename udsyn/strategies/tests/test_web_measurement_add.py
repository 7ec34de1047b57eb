"""Adding a measurement on the indicator page (HTMX) changes the status shown; mistakes are explained there."""

import pytest

from udsyn.strategies.models import Measurement

ON = '<span class="status status-on"><span aria-hidden="true">●</span> På sporet</span>'
OFF = '<span class="status status-off"><span aria-hidden="true">▲</span> Bagud</span>'


@pytest.mark.django_db
def test_a_new_measurement_updates_the_status(client, owner, measured, department):
    client.force_login(owner)
    page = client.get(f"/strategies/indicators/{measured.pk}/").content.decode()
    assert ON in page
    assert f'hx-post="/strategies/indicators/{measured.pk}/measurements/add/"' in page
    # end of 2025 the line expects 12.5; 6 conferences is behind
    response = client.post(f"/strategies/indicators/{measured.pk}/measurements/add/",
                           {"date": "2025-12-31", "value": "6", "source": "VisitAalborg", "comment": "Færre"},
                           HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    section = response.content.decode()
    assert "<html" not in section  # only the measurements part of the page
    assert OFF in section and ON not in section
    assert "31.12.2025" in section and "Færre" in section
    assert 'name="value"' in section and 'value="6"' not in section  # a fresh form for the next one
    added = Measurement.objects.get(date="2025-12-31")
    assert added.department == department  # the indicator's
    assert added.history.get().history_user == owner
    assert OFF in client.get(f"/strategies/{measured.goal.theme.strategy_id}/").content.decode()


@pytest.mark.django_db
def test_without_htmx_the_form_posts_and_returns_to_the_indicator(client, owner, indicator):
    client.force_login(owner)
    response = client.post(f"/strategies/indicators/{indicator.pk}/measurements/add/",
                           {"date": "2024-12-31", "value": "1.234,5"})
    assert response.status_code == 302
    assert response["Location"] == f"/strategies/indicators/{indicator.pk}/#measurements"
    assert str(Measurement.objects.get().value) == "1234.50"  # typed the Danish way


@pytest.mark.django_db
def test_second_measurement_on_the_same_date_is_explained(client, owner, measured):
    client.force_login(owner)
    response = client.post(f"/strategies/indicators/{measured.pk}/measurements/add/",
                           {"date": "2024-12-31", "value": "13"}, HTTP_HX_REQUEST="true")
    section = response.content.decode()
    error = section[section.index('id="id_date_error"'):]
    # Danish once visits_strategies.po.part is merged into django.po; English until then
    assert "har allerede en måling på den dato" in error or "already has a measurement on that date" in error
    assert 'value="13"' in section  # what was typed is kept
    assert ON in section  # the status is unchanged
    assert Measurement.objects.get().value == 12


@pytest.mark.django_db
def test_a_value_that_is_not_a_number_is_explained(client, owner, indicator):
    client.force_login(owner)
    response = client.post(f"/strategies/indicators/{indicator.pk}/measurements/add/",
                           {"date": "2024-12-31", "value": "mange"}, HTTP_HX_REQUEST="true")
    section = response.content.decode()
    assert 'id="id_value_error"' in section and "Indtast et beløb" in section
    assert not Measurement.objects.exists()
