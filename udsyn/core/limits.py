"""The ranges the register accepts, in one place: filters, the API's paging and parsing, and the models' validation
all read them, so that bad input is a 400 with a message (never a database overflow or a 500).

YEAR_MIN and YEAR_MAX bound every date and year of a record (and every year filter): international work before 1900
or after 2100 is a typing error (year 9999, year 0), and Python's dates end at 9999 anyway.
"""

from __future__ import annotations

from django.core.exceptions import BadRequest
from django.utils.translation import gettext as _

YEAR_MIN = 1900
YEAR_MAX = 2100
# Amounts and other numbers in filters: well inside what every database column holds (no overflow on SQLite).
NUMBER_LIMIT = 10**15
# The largest id a query may name: a 64-bit signed integer (SQLite's and PostgreSQL's bigint).
ID_MAX = 2**63 - 1
# API paging: records per page, and how far a page may start.
PAGE_LIMIT_MAX = 1000
OFFSET_MAX = 2**31 - 1
# How deeply a JSON request body may nest objects and arrays (a record has two levels; 100,000 levels exhaust the
# parser's recursion).
JSON_DEPTH_MAX = 32


class BadParameter(BadRequest):
    """A query parameter that cannot be used: Django answers 400, and the API answers 400 with {"detail": ...}."""


def id_param(value: str | None, name: str) -> int | None:
    """An id from a query string: None when empty; a 400 when it is not a whole number of ASCII digits in range
    ('²' passes str.isdigit but is no number; 25 digits overflow the database)."""
    value = (value or "").strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit()) or int(value) > ID_MAX:
        raise BadParameter(_("%(name)s must be the id of a record (a whole number), not “%(value)s”.")
                           % {"name": name, "value": value[:40]})
    return int(value)


def year_param(value: str | None, name: str) -> int | None:
    """A year from a query string: None when empty; a 400 outside YEAR_MIN..YEAR_MAX or when it is no year."""
    value = (value or "").strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit() and len(value) <= 4) or not YEAR_MIN <= int(value) <= YEAR_MAX:
        raise BadParameter(_("%(name)s must be a year from %(min)s to %(max)s, not “%(value)s”.")
                           % {"name": name, "min": YEAR_MIN, "max": YEAR_MAX, "value": value[:40]})
    return int(value)
