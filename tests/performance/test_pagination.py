"""Counts that do not grow with the table: exact up to a limit; beyond it PostgreSQL's planner estimate, and on
SQLite (which has no estimate) "more than the limit"."""

from django.db import connection

from udsyn.core.pagination import ESTIMATE, EXACT, MORE_THAN, count_rows
from udsyn.organisations.models import Organisation


def analyze(table: str) -> None:
    """Fresh statistics on PostgreSQL (earlier tests leave the table's statistics behind them)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {table}")


def test_small_results_are_counted_exactly_and_large_ones_estimated_or_bounded(db):
    Organisation.objects.bulk_create(Organisation(name=f"Netværk {i}") for i in range(6))
    analyze("organisations_organisation")
    assert count_rows(Organisation.objects.all(), limit=10) == (6, EXACT)
    assert count_rows(Organisation.objects.filter(name__endswith="5"), limit=3) == (1, EXACT)
    count, counted = count_rows(Organisation.objects.all(), limit=3)
    if connection.vendor == "postgresql":
        assert counted == ESTIMATE and count >= 4
    else:
        assert (count, counted) == (3, MORE_THAN)


def test_the_api_says_whether_its_count_is_an_estimate(client, reader, network):
    client.force_login(reader)
    body = client.get("/api/v1/organisations/").json()
    assert body["count"] == 1 and body["count_is_estimate"] is False and body["count_is_lower_bound"] is False


def test_a_whole_table_far_beyond_the_limit_is_estimated_without_counting(db, django_assert_num_queries):
    Organisation.objects.bulk_create(Organisation(name=f"Netværk {i}") for i in range(40))
    analyze("organisations_organisation")
    if connection.vendor != "postgresql":
        with django_assert_num_queries(1):  # counted up to the limit, no further
            assert count_rows(Organisation.objects.all(), limit=3) == (3, MORE_THAN)
        return
    with django_assert_num_queries(1):  # the estimate alone
        count, counted = count_rows(Organisation.objects.all(), limit=3)
    assert counted == ESTIMATE and count == 40
    with django_assert_num_queries(2):  # a filter's estimate is not trusted: counted up to the limit
        assert count_rows(Organisation.objects.filter(name__endswith="39"), limit=3) == (1, EXACT)


def test_a_long_list_on_sqlite_says_more_than_and_pages_without_a_total(client, coordinator, department):
    Organisation.objects.bulk_create(Organisation(name=f"Netværk {i:04}") for i in range(1010))
    analyze("organisations_organisation")
    client.force_login(coordinator)
    page = client.get("/organisations/").content.decode()  # in Danish
    if connection.vendor == "postgresql":
        assert "ca. " in page and "Side 1 af ca. " in page
    else:
        assert "mere end 1000 poster" in page and "Side 1<" in page
