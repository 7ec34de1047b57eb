"""The events list filtered by a partner and a project, and the partner filter's search box, make a fixed number of
queries: the count on a small register holds on one with five times the partners and projects."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.performance.test_query_counts import add_rows
from udsyn.visits.models import Event


def queries(client, params: dict) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/visits/events/", params)
    assert response.status_code == 200, response.content[:300]
    return len(captured)


def filters_and_lookup(event: Event) -> list[dict]:
    return [{"partner": event.partner_id, "project": event.project_id},
            {"lookup": "partner", "lookup_q": "by", "partner": event.partner_id},
            {"lookup": "project", "lookup_q": "klima"}]


@pytest.mark.django_db
def test_queries_do_not_grow_with_partners_and_projects(client, coordinator, department):
    add_rows(department, 2)
    client.force_login(coordinator)
    first = Event.objects.order_by("pk").first()
    small = [queries(client, params) for params in filters_and_lookup(first)]
    add_rows(department, 8, start=2)
    large = [queries(client, params) for params in filters_and_lookup(first)]
    assert large == small
    assert max(small) <= 25, small
