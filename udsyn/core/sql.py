"""Raw SQL made from querysets, for the few places that hand Django's SQL to the database themselves."""

from __future__ import annotations

from django.core.exceptions import EmptyResultSet
from django.db.models import QuerySet


def queryset_sql(queryset: QuerySet) -> tuple[str, tuple] | None:
    """`queryset`'s SQL and parameters, or None when it can match no row: Django does not write SQL for a query it
    knows is empty (`.none()`, `pk__in=[]`), it raises EmptyResultSet, which a caller must not let become a 500."""
    try:
        return queryset.query.sql_with_params()
    except EmptyResultSet:
        return None
