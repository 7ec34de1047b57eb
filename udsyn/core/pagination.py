"""Pages that cost the same at any depth, and counts that do not grow with the table.

Counting: up to COUNT_LIMIT matches the count is exact, and costs no more than reading that many index entries
(`SELECT COUNT(*) FROM (... LIMIT 1001)`). Beyond it, PostgreSQL's planner estimate is used (from the table
statistics, no scan) and the page says "about"; SQLite has no estimate, and the page says "more than 1,000".

Paging: the first MAX_OFFSET rows of a list are reached by number (an OFFSET over the index of the list's sort);
every page after them by keyset (a "cursor"): the sort values of the last row shown, so the next page is read from
that point of the index onwards (`WHERE (name, id) > (last name, last id) ORDER BY name, id LIMIT 51`), as cheap on
page 5,000 as on page 2. A cursor is an opaque token in the page's Next and Previous links (`?cursor=`); it also
carries the page's number, so the page can say where it is. The list pages (udsyn.core.generic) and the API
(RegisterPagination) both page this way.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import connections, models
from django.db.models import F, Q, QuerySet
from django.db.models.expressions import OrderBy
from django.db.models.lookups import Exact, GreaterThan, GreaterThanOrEqual, IsNull, LessThan, LessThanOrEqual
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from udsyn.core.collation import Danish
from udsyn.core.limits import OFFSET_MAX, PAGE_LIMIT_MAX
from udsyn.core.sql import queryset_sql

COUNT_LIMIT = 1000
MAX_OFFSET = 1000  # rows reachable by page number or ?offset=; further on by cursor
CURSOR_PARAM = "cursor"


# ---------------------------------------------------------------------------------------------------------------
# Counting
# ---------------------------------------------------------------------------------------------------------------

def planner_estimate(queryset: QuerySet) -> int:
    """PostgreSQL's estimate of the number of rows `queryset` returns (EXPLAIN, nothing is read)."""
    compiled = queryset_sql(queryset.order_by().values("pk"))
    if compiled is None:
        return 0
    sql, params = compiled
    with connections[queryset.db].cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return int(plan[0]["Plan"]["Plan Rows"])


# An estimate this many times COUNT_LIMIT or more is not counted up to the limit: a whole table's (its statistics),
# and twice as many for a filtered list or a search.
TRUST_ESTIMATE = 10
EXACT, ESTIMATE, MORE_THAN = "exact", "estimate", "more than"


def count_rows(queryset: QuerySet, limit: int = COUNT_LIMIT) -> tuple[int, str]:
    """(number of rows, how it is known: EXACT, ESTIMATE or MORE_THAN). Exact up to `limit`; beyond it
    PostgreSQL's estimate, and on SQLite, which has none, "more than `limit`" (counting every match of a common
    word exactly cost SQLite most of a search's time).

    On PostgreSQL the estimate comes first. Far beyond `limit` (ten times it for a whole table, whose estimate is
    its statistics, which autovacuum keeps close; twenty times for a filter or a search) the rows are not counted at
    all: counting a common word's first 1,001 matches within a municipality took 70 ms at 1,000,000 projects, where
    the estimate was within 25% of the truth. Nearer to `limit` they are counted up to it, so a result the planner
    takes for small is never shown as an estimate (and a list that ends on its first page is counted by that page:
    KeysetPaginator.known_count)."""
    postgres = connections[queryset.db].vendor == "postgresql"
    estimate = planner_estimate(queryset) if postgres else None
    trusted = TRUST_ESTIMATE * limit * (2 if queryset.query.where else 1)
    if estimate is not None and estimate >= trusted:
        return estimate, ESTIMATE
    capped = queryset.order_by()[: limit + 1].count()
    if capped <= limit:
        return capped, EXACT
    if estimate is None:
        return limit, MORE_THAN
    return max(estimate, limit + 1), ESTIMATE


# ---------------------------------------------------------------------------------------------------------------
# Sort keys and cursors
# ---------------------------------------------------------------------------------------------------------------

class InvalidCursor(ValueError):
    """A cursor that was not made by this list in this order (edited, truncated, or from another sort)."""


@dataclass(frozen=True)
class SortKey:
    """One term of a list's ORDER BY: an expression (a field path, or a field in Danish order), its direction, and
    whether it can be NULL. A row without a value (a project without a start date) comes after every row with one,
    in either direction and on either database (left to themselves, PostgreSQL puts NULLs last ascending and SQLite
    first); only a reversed key, which reads a list backwards for its Previous link, has them first."""

    expression: Any
    descending: bool = False
    nullable: bool = True
    low_high: tuple[Any, Any] | None = None  # the lowest and highest value the key can take, when known
    nulls_last: bool = True

    def order_by(self) -> OrderBy:
        if not self.nullable:
            return OrderBy(self.expression, descending=self.descending)
        if self.nulls_last:
            return OrderBy(self.expression, descending=self.descending, nulls_last=True)
        return OrderBy(self.expression, descending=self.descending, nulls_first=True)

    def reversed(self) -> SortKey:
        return SortKey(self.expression, not self.descending, self.nullable, self.low_high, not self.nulls_last)

    def nulls_after(self, vendor: str) -> bool:
        """Whether NULLs come after the values in this key's order (`vendor` kept for the callers' symmetry)."""
        return self.nulls_last

    def after(self, value: Any, vendor: str) -> Q | None:
        """Rows whose key comes strictly after `value` in this direction; None when none can."""
        if value is None:
            return None if self.nulls_after(vendor) else Q(IsNull(self.expression, False))
        beyond = Q((LessThan if self.descending else GreaterThan)(self.expression, value))
        if self.nullable and self.nulls_after(vendor):
            beyond |= Q(IsNull(self.expression, True))
        return beyond

    def from_(self, value: Any, vendor: str) -> Q | None:
        """Rows whose key is `value` or after it: the bound that lets the database start reading its index there."""
        if value is None:
            return Q(IsNull(self.expression, True)) if self.nulls_after(vendor) else None
        if self.nullable and self.nulls_after(vendor):
            return None  # "value or later, or NULL" bounds nothing an index can use
        return Q((LessThanOrEqual if self.descending else GreaterThanOrEqual)(self.expression, value))

    def start(self, vendor: str) -> Q | None:
        """A condition every row meets (the key from its lowest value on), which lets SQLite read the list from the
        sort's index: with it, its planner walks the index and stops after a page; without it, it fetches all of a
        municipality's rows and sorts them (0.3 s at 100,000 projects). None where it is not needed or not known."""
        if vendor != "sqlite" or self.nullable or self.low_high is None:
            return None
        low, high = self.low_high
        return Q(LessThanOrEqual(self.expression, high) if self.descending
                 else GreaterThanOrEqual(self.expression, low))

    def equal(self, value: Any) -> Q:
        return Q(IsNull(self.expression, True)) if value is None else Q(Exact(self.expression, value))


def _nullable(model: type[models.Model], path: str) -> bool:
    """Whether a field path can be NULL: a nullable field, or any nullable link on the way to it."""
    for part in path.split("__"):
        if part == "pk":
            return False
        try:
            field_ = model._meta.get_field(part)
        except FieldDoesNotExist:
            return True
        if getattr(field_, "null", True):
            return True
        if field_.is_relation:
            model = field_.related_model
    return False


TEXT_RANGE = ("", "\U0010ffff" * 4)
RANGES: list[tuple[type[models.Field], tuple[Any, Any]]] = [
    (models.CharField, TEXT_RANGE), (models.TextField, TEXT_RANGE),
    (models.DateTimeField, (dt.datetime(1, 1, 2, tzinfo=dt.UTC), dt.datetime(9999, 12, 30, tzinfo=dt.UTC))),
    (models.DateField, (dt.date(1, 1, 1), dt.date(9999, 12, 31))),
    (models.IntegerField, (-(2**63), 2**63 - 1)), (models.AutoField, (-(2**63), 2**63 - 1)),
]


def _value_range(model: type[models.Model], expression: Any) -> tuple[Any, Any] | None:
    """The lowest and highest value of a sort key: of its field's type, or of text for a Danish-ordered name."""
    if isinstance(expression, Danish):
        return TEXT_RANGE
    path = expression.name if isinstance(expression, F) else _source_path(expression)
    if path is None:
        return None
    field_ = None
    for part in path.split("__"):
        try:
            field_ = model._meta.pk if part == "pk" else model._meta.get_field(part)
        except FieldDoesNotExist:
            return None
        model = field_.related_model if field_.is_relation else model
    if field_ is not None and field_.is_relation:
        field_ = field_.target_field
    return next((limits for kind, limits in RANGES if isinstance(field_, kind)), None)


def _expand(model: type[models.Model], path: str, descending: bool, seen: int = 0) -> list[tuple[str, bool]]:
    """A field path as Django orders by it: a foreign key by its model's own ordering (recursively), else itself."""
    current, parts = model, path.split("__")
    for index, part in enumerate(parts):
        if part == "pk":
            return [(path, descending)]
        try:
            field_ = current._meta.get_field(part)
        except FieldDoesNotExist:
            return [(path, descending)]
        if not field_.is_relation:
            continue
        target = field_.related_model
        if index < len(parts) - 1:
            current = target
            continue
        ordering = [o for o in target._meta.ordering if isinstance(o, str)] if target is not None else []
        if not ordering or seen > 5 or not (field_.many_to_one or field_.one_to_one):
            return [(path, descending)]
        expanded = []
        for item in ordering:
            flip = item.startswith("-")
            expanded.extend(_expand(model, f"{path}__{item.lstrip('-')}", descending != flip, seen + 1))
        return expanded
    return [(path, descending)]


def _source_path(expression: Any) -> str | None:
    """The field path an order expression reads (F('name'), or a function of it such as the Danish collation)."""
    if isinstance(expression, F):
        return expression.name
    sources = expression.get_source_expressions() if hasattr(expression, "get_source_expressions") else []
    return _source_path(sources[0]) if len(sources) == 1 else None


def sort_keys(queryset: QuerySet) -> list[SortKey]:
    """The queryset's ordering as SortKeys, ending with the primary key (so every row has one place)."""
    model = queryset.model
    ordering = list(queryset.query.order_by) or list(model._meta.ordering)
    keys: list[SortKey] = []
    for item in ordering:
        if isinstance(item, str):
            if item == "?" or "." in item:
                raise ValueError(f"cannot page {item!r} by keyset")
            for path, descending in _expand(model, item.lstrip("-"), item.startswith("-")):
                keys.append(SortKey(F(path), descending, _nullable(model, path), _value_range(model, F(path))))
        elif isinstance(item, OrderBy):
            path = _source_path(item.expression)
            keys.append(SortKey(item.expression, item.descending, True if path is None else _nullable(model, path),
                                _value_range(model, item.expression)))
        else:
            path = _source_path(item)
            keys.append(SortKey(item, False, True if path is None else _nullable(model, path),
                                _value_range(model, item)))
    if not any(isinstance(k.expression, F) and k.expression.name in ("pk", model._meta.pk.name) for k in keys):
        keys.append(SortKey(F("pk"), False, False, _value_range(model, F("pk"))))
    return keys


def keyset_filter(keys: list[SortKey], values: list[Any], vendor: str) -> Q:
    """Rows after the row whose sort values are `values`, in the order of `keys`:
    (k1 > v1) OR (k1 = v1 AND k2 > v2) OR ..., with k1 >= v1 beside it for the index to start from."""
    terms = []
    for index, key in enumerate(keys):
        beyond = key.after(values[index], vendor)
        if beyond is None:
            continue
        for earlier, value in zip(keys[:index], values[:index], strict=True):
            beyond &= earlier.equal(value)
        terms.append(beyond)
    if not terms:
        return Q(pk__in=[])
    condition = terms[0]
    for term in terms[1:]:
        condition |= term
    bound = keys[0].from_(values[0], vendor)
    return condition & bound if bound is not None else condition


def _fingerprint(keys: list[SortKey]) -> str:
    text = "|".join(f"{k.expression!r}:{k.descending}" for k in keys)
    return hashlib.sha256(text.encode()).hexdigest()[:10]


def _encode_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"t": value.isoformat()}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    if isinstance(value, Decimal):
        return {"n": str(value)}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return {"s": str(value)}


def _decode_value(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    (kind, text), = value.items()
    return {"t": dt.datetime.fromisoformat, "d": dt.date.fromisoformat, "n": Decimal, "s": str}[kind](text)


def encode_cursor(keys: list[SortKey], values: list[Any], *, page: int, before: bool = False) -> str:
    payload = {"k": _fingerprint(keys), "v": [_encode_value(v) for v in values], "p": page}
    if before:
        payload["b"] = 1
    return base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")


@dataclass(frozen=True)
class Cursor:
    values: list[Any]
    page: int
    before: bool


def decode_cursor(keys: list[SortKey], token: str) -> Cursor:
    try:
        payload = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        values = [_decode_value(v) for v in payload["v"]]
        page = int(payload["p"])
    except (ValueError, TypeError, KeyError, AttributeError, ArithmeticError) as error:
        raise InvalidCursor(token) from error
    if payload.get("k") != _fingerprint(keys) or len(values) != len(keys) or page < 1:
        raise InvalidCursor(token)
    return Cursor(values, page, bool(payload.get("b")))


# ---------------------------------------------------------------------------------------------------------------
# A page of a list
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class KeysetPage:
    """One page of a list: its rows, its number, and where Next and Previous lead (`next_cursor` /
    `previous_cursor`, or a page number while it is within MAX_OFFSET rows; page 1 has neither)."""

    object_list: list[Any]
    number: int
    paginator: KeysetPaginator
    more_after: bool
    more_before: bool
    next_cursor: str | None = None
    previous_cursor: str | None = None
    capped: bool = False  # a page number beyond MAX_OFFSET was asked for; the last page reachable by number shown

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self) -> int:
        return len(self.object_list)

    def has_next(self) -> bool:
        return self.more_after

    def has_previous(self) -> bool:
        return self.more_before

    def has_other_pages(self) -> bool:
        return self.more_after or self.more_before

    @property
    def next_page_number(self) -> int:
        return self.number + 1

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_by_number(self) -> bool:
        """Whether the next page is still reached by its number (not a cursor)."""
        return self.paginator.by_number(self.number + 1)

    @property
    def previous_by_number(self) -> bool:
        return self.paginator.by_number(self.number - 1)


class KeysetPaginator:
    """Pages of `queryset` in its own order: by number up to MAX_OFFSET rows, by cursor after them; the count is
    exact up to COUNT_LIMIT and PostgreSQL's estimate beyond (`estimated`)."""

    def __init__(self, queryset: QuerySet, per_page: int, max_offset: int = MAX_OFFSET) -> None:
        self.keys = sort_keys(queryset)
        self.queryset = queryset.order_by(*(k.order_by() for k in self.keys))
        self.per_page = per_page
        self.max_offset = max_offset
        self.vendor = connections[queryset.db].vendor
        self.counted = EXACT

    known_count: int | None = None  # set when a page showed that the list ends there

    @cached_property
    def count(self) -> int:
        if self.known_count is not None:
            return self.known_count
        count, self.counted = count_rows(self.queryset)
        return count

    @property
    def estimated(self) -> bool:
        return self.count is not None and self.counted == ESTIMATE

    @property
    def more_than(self) -> bool:
        """The count is a lower bound ("more than 1,000"): the number of pages is not known."""
        return self.count is not None and self.counted == MORE_THAN

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.count // self.per_page))

    @property
    def last_page_by_number(self) -> int:
        return self.max_offset // self.per_page + 1

    def by_number(self, number: int) -> bool:
        return 1 <= number <= self.last_page_by_number

    def page(self, number: Any = None, cursor: str | None = None) -> KeysetPage:
        """The page `cursor` points to, else page `number` (1 when it is no number; the last page reachable by
        number when beyond it). Raises InvalidCursor for a cursor this list did not make."""
        if cursor:
            return self._page_at(decode_cursor(self.keys, cursor))
        try:
            number = max(1, int(number or 1))
        except (TypeError, ValueError):
            number = 1
        capped = number > self.last_page_by_number
        number = min(number, self.last_page_by_number)
        offset = (number - 1) * self.per_page
        rows = list(self.annotated()[offset:offset + self.per_page + 1])
        if len(rows) <= self.per_page and (rows or offset == 0):  # the list ends on this page: count known
            self.known_count = offset + len(rows)
        return self._make(rows[:self.per_page], number, more_after=len(rows) > self.per_page,
                          more_before=number > 1, capped=capped)

    def annotated(self, keys: list[SortKey] | None = None, *, from_start: bool = True) -> QuerySet:
        """The rows in the order of `keys` (the list's own by default), each with its sort values (values_of); from
        the first key's start (SortKey.start) unless a cursor gives the place to start from."""
        keys = keys or self.keys
        queryset = self.queryset.order_by(*(k.order_by() for k in keys)).annotate(
            **{f"keyset_{i}": k.expression for i, k in enumerate(keys)})
        start = keys[0].start(self.vendor) if from_start else None
        return queryset if start is None else queryset.filter(start)

    def _page_at(self, cursor: Cursor) -> KeysetPage:
        keys = [k.reversed() for k in self.keys] if cursor.before else self.keys
        rows = list(self.annotated(keys, from_start=False).filter(keyset_filter(keys, cursor.values, self.vendor))
                    [:self.per_page + 1])
        more = len(rows) > self.per_page
        rows = rows[:self.per_page]
        if cursor.before:
            rows.reverse()
            return self._make(rows, cursor.page, more_after=True, more_before=more and cursor.page > 1)
        return self._make(rows, cursor.page, more_after=more, more_before=cursor.page > 1)

    def values_of(self, row: Any) -> list[Any]:
        """The sort values of a row read through annotated(): what a cursor after (or before) it holds."""
        return [getattr(row, f"keyset_{i}") for i in range(len(self.keys))]

    def _make(self, rows: list[Any], number: int, *, more_after: bool, more_before: bool,
              capped: bool = False) -> KeysetPage:
        page = KeysetPage(rows, number, self, more_after, more_before, capped=capped)
        if rows and more_after:
            page.next_cursor = encode_cursor(self.keys, self.values_of(rows[-1]), page=number + 1)
        if rows and more_before and number > 1:
            page.previous_cursor = encode_cursor(self.keys, self.values_of(rows[0]), page=number - 1, before=True)
        return page


# ---------------------------------------------------------------------------------------------------------------
# The API
# ---------------------------------------------------------------------------------------------------------------

def bounded_int(value: str | None, name: str, low: int, high: int) -> int | None:
    """A paging parameter: None when absent; a 400 naming the range when it is no whole number from low to high."""
    if value in (None, ""):
        return None
    text = value.strip()
    if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:
        raise ValidationError({name: [_("Give a whole number from %(low)s to %(high)s.") % {"low": low, "high": high}]})
    return int(text)


class RegisterPagination(LimitOffsetPagination):
    """?limit=&offset= for the first MAX_OFFSET rows, ?cursor= after them: `next` and `previous` lead on at any
    depth (offset links while they are within MAX_OFFSET rows, cursor links after). Counted like the list pages;
    `count_is_estimate` says which count it is. A limit above PAGE_LIMIT_MAX or an offset the database cannot take
    is a 400 that says the range; an offset beyond MAX_OFFSET is a 400 that says to follow `next`."""

    max_limit = PAGE_LIMIT_MAX

    def get_limit(self, request: Any) -> int:
        limit = bounded_int(request.query_params.get(self.limit_query_param), self.limit_query_param, 1,
                            self.max_limit)
        return self.default_limit if limit is None else limit

    def get_offset(self, request: Any) -> int:
        offset = bounded_int(request.query_params.get(self.offset_query_param), self.offset_query_param, 0,
                             OFFSET_MAX)
        return offset or 0

    cursor_query_param = CURSOR_PARAM

    def paginate_queryset(self, queryset: Any, request: Any, view: Any = None) -> list | None:
        if not isinstance(queryset, QuerySet):
            return super().paginate_queryset(queryset, request, view)
        self.request = request
        self.limit = self.get_limit(request)
        if self.limit is None:
            return None
        self.offset = self.get_offset(request)
        if self.offset > MAX_OFFSET:
            raise ValidationError({self.offset_query_param: [
                _("An offset can be at most %(max)s. To read further, follow the next link: it holds a cursor "
                  "that pages on at any depth.") % {"max": MAX_OFFSET}]})
        self.paginator = KeysetPaginator(queryset, self.limit, max_offset=MAX_OFFSET)
        token = request.query_params.get(self.cursor_query_param)
        try:
            if token:
                self.page = self.paginator.page(cursor=token)
            else:
                self.page = self._page_at_offset()
        except InvalidCursor:
            raise ValidationError({self.cursor_query_param: [
                _("This cursor is not valid here: use the next or previous link of a page of this list, "
                  "with the same filters and ordering.")]}) from None
        self.count, self.estimated = self.paginator.count, self.paginator.counted != EXACT
        self.more_than = self.paginator.more_than
        return self.page.object_list

    def _page_at_offset(self) -> KeysetPage:
        """The rows from `offset` on (any offset, not only a multiple of the limit), as a page."""
        paginator = self.paginator
        rows = list(paginator.annotated()[self.offset:self.offset + self.limit + 1])
        number = self.offset // self.limit + 1
        if len(rows) <= self.limit and (rows or self.offset == 0):
            paginator.known_count = self.offset + len(rows)
        page = paginator._make(rows[:self.limit], number, more_after=len(rows) > self.limit,
                               more_before=self.offset > 0)
        page.previous_cursor = None  # before an offset page come offset pages
        return page

    def get_next_link(self) -> str | None:
        if not isinstance(getattr(self, "page", None), KeysetPage):
            return super().get_next_link()
        if not self.page.has_next():
            return None
        url = self.request.build_absolute_uri()
        if self.page.next_cursor is None or (self.request.query_params.get(self.cursor_query_param) is None
                                             and self.offset + self.limit <= MAX_OFFSET):
            url = remove_query_param(url, self.cursor_query_param)
            url = replace_query_param(url, self.limit_query_param, self.limit)
            return replace_query_param(url, self.offset_query_param, self.offset + self.limit)
        url = remove_query_param(url, self.offset_query_param)
        return replace_query_param(url, self.cursor_query_param, self.page.next_cursor)

    def get_previous_link(self) -> str | None:
        if not isinstance(getattr(self, "page", None), KeysetPage):
            return super().get_previous_link()
        if not self.page.has_previous():
            return None
        url = self.request.build_absolute_uri()
        if self.page.previous_cursor is None:  # an offset page: the one before is an offset page too
            url = remove_query_param(url, self.cursor_query_param)
            if self.offset - self.limit <= 0:
                return remove_query_param(url, self.offset_query_param)
            return replace_query_param(url, self.offset_query_param, self.offset - self.limit)
        return replace_query_param(url, self.cursor_query_param, self.page.previous_cursor)

    def get_paginated_response(self, data: Any) -> Response:
        response = super().get_paginated_response(data)
        response.data["count_is_estimate"] = getattr(self, "estimated", False)
        response.data["count_is_lower_bound"] = getattr(self, "more_than", False)
        return response

    def get_paginated_response_schema(self, schema: dict) -> dict:
        schema = super().get_paginated_response_schema(schema)
        schema["properties"]["count_is_estimate"] = {
            "type": "boolean",
            "description": f"true when more than {COUNT_LIMIT} records match and count is not exact: PostgreSQL's "
                           "estimate, or on SQLite a lower bound (see count_is_lower_bound)",
        }
        schema["properties"]["count_is_lower_bound"] = {
            "type": "boolean",
            "description": f"true on SQLite when more than {COUNT_LIMIT} records match: count is {COUNT_LIMIT} and "
                           "means 'more than'; follow next to the end to know them all",
        }
        return schema

    def get_schema_operation_parameters(self, view: Any) -> list[dict]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.limit_query_param:
                parameter["schema"].update(minimum=1, maximum=self.max_limit)
            elif parameter["name"] == self.offset_query_param:
                parameter["schema"].update(minimum=0, maximum=MAX_OFFSET)
                parameter["description"] = (f"The initial index from which to return the results, at most "
                                            f"{MAX_OFFSET}; further on, follow `next` (a cursor).")
        parameters.append({
            "name": self.cursor_query_param, "required": False, "in": "query",
            "description": "Where a page starts, as given in the `next` and `previous` links of the page before "
                           "(opaque; valid for the same filters and ordering).",
            "schema": {"type": "string"},
        })
        return parameters
