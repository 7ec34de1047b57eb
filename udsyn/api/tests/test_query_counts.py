"""A list page of the API costs the same number of queries for 1 row as for 4 (no query per row)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def count_queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_list_queries_do_not_grow_with_rows(case, api, reader, owner, department):
    client = api(reader)
    path = f"/api/v1/{case.basename}/"
    case.create(department, owner)
    one = count_queries(client, path)
    for _ in range(3):
        case.create(department, owner)
    assert count_queries(client, path) == one
