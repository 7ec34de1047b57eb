"""A strategy's page shows the tree themes → goals → indicators with their figures and a status in words."""

import pytest


@pytest.mark.django_db
def test_tree_shows_indicator_figures_and_status(client, reader, strategy, measured):
    client.force_login(reader)
    response = client.get(f"/strategies/{strategy.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "1. Besøg og konferencer" in page
    assert "Flere internationale konferencer" in page
    assert f'href="/strategies/indicators/{measured.pk}/">Internationale konferencer</a>' in page
    assert "<td>5 (2022)</td>" in page  # baseline and its year
    assert "<td>15</td>" in page  # target
    assert "31.12.2026" in page  # deadline
    assert "<td>konferencer</td>" in page  # unit
    assert "Højere er bedre" in page  # direction
    assert "12 <span" in page and "31.12.2024" in page  # latest measurement and its date
    # The traffic light is a symbol and words, not colour alone: the indicator, its goal and the summary.
    assert page.count('<span aria-hidden="true">●</span> På sporet') == 3
    assert "Bagud" in page  # the summary counts every status, also those at zero


@pytest.mark.django_db
def test_without_measurements_the_status_says_so(client, reader, strategy, indicator):
    client.force_login(reader)
    page = client.get(f"/strategies/{strategy.pk}/").content.decode()
    unknown = '<span class="status status-unknown"><span aria-hidden="true">○</span> Ikke data nok</span>'
    assert f"<td>{unknown}</td>" in page  # the indicator
    assert f"— {unknown}</h4>" in page  # its goal
    assert '<td><span class="status status-on">' not in page


@pytest.mark.django_db
def test_strategy_history_is_shown(client, owner, strategy):
    from udsyn.core.services import record_update

    record_update(record=strategy, data={"horizon_year": 2035}, expected_version=1, acting_user=owner)
    client.force_login(owner)
    page = client.get(f"/strategies/{strategy.pk}/").content.decode()
    assert "<del>2030</del>" in page and "<ins>2035</ins>" in page
