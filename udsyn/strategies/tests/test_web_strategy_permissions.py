"""Someone from another department gets 403 on every change to a strategy and its parts; nothing changes."""

import pytest

from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme


@pytest.mark.django_db
def test_outsider_gets_403_and_nothing_changes(client, outsider, strategy, theme, goal, indicator):
    client.force_login(outsider)
    attempts = [
        (f"/strategies/{strategy.pk}/edit/", {"name": "Overtaget", "department": outsider.department_id,
                                              "version": "1"}),
        (f"/strategies/{strategy.pk}/delete/", {"version": "1"}),
        (f"/strategies/{strategy.pk}/themes/add/", {"number": "2", "name": "Nyt tema"}),
        (f"/strategies/themes/{theme.pk}/edit/", {"number": "1", "name": "X", "version": "1"}),
        (f"/strategies/themes/{theme.pk}/goals/add/", {"text": "Nyt mål"}),
        (f"/strategies/goals/{goal.pk}/indicators/add/", {"name": "X", "unit": "x", "target": "1",
                                                          "deadline": "2030-01-01", "direction": "increase"}),
        (f"/strategies/indicators/{indicator.pk}/edit/", {"name": "X", "unit": "x", "target": "1",
                                                          "deadline": "2030-01-01", "direction": "increase",
                                                          "version": "1"}),
        (f"/strategies/indicators/{indicator.pk}/measurements/add/", {"date": "2025-01-01", "value": "99"}),
    ]
    for url, data in attempts:
        assert client.get(url).status_code == 403, url
        assert client.post(url, data).status_code == 403, url
        assert client.post(url, data, HTTP_HX_REQUEST="true").status_code == 403, url
    assert Strategy.objects.get().name == "Erhvervsstrategi 2030"
    assert Theme.objects.get().name == "Besøg og konferencer"
    assert Goal.objects.count() == 1
    assert Indicator.objects.get().name == "Internationale konferencer"
    assert not Measurement.objects.exists()
    assert all(r.version == 1 for r in (Strategy.objects.get(), Theme.objects.get(), Indicator.objects.get()))
    page = client.get(f"/strategies/indicators/{indicator.pk}/").content.decode()
    assert 'name="value"' not in page  # no measurement form for those who may not add one
    tree = client.get(f"/strategies/{strategy.pk}/").content.decode()
    assert "/themes/add/" not in tree and "/goals/add/" not in tree and "/indicators/add/" not in tree


@pytest.mark.django_db
def test_reader_sees_but_cannot_add(client, reader, strategy):
    client.force_login(reader)
    assert client.get("/strategies/").status_code == 200
    assert "/strategies/add/" not in client.get("/strategies/").content.decode()
    assert client.post("/strategies/add/", {"name": "X", "department": reader.department_id}).status_code == 403
    assert Strategy.objects.count() == 1
