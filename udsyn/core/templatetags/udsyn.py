"""Template helpers: money the Danish way, table cells, record links, query strings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from babel.numbers import format_compact_currency, format_currency, format_decimal
from django import template
from django.db import models
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from udsyn.core import generic
from udsyn.core.forms import babel_locale
from udsyn.core.money import Money

register = template.Library()


def _as_decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, Money):
        return value.amount
    if isinstance(value, float):  # never compute with floats; format what we were given, exactly
        return Decimal(str(value))
    return Decimal(value)


@register.filter
def money(value: Any, currency: str = "DKK") -> str:
    """1300000 → '1.300.000 kr.' (Danish) or 'DKK 1,300,000' (English); øre shown only when there are any."""
    if isinstance(value, Money):
        value, currency = value.amount, value.currency
    amount = _as_decimal(value)
    if amount is None:
        return ""
    currency = currency or "DKK"
    whole = amount == amount.to_integral_value()
    pattern = "#,##0\u00a0¤" if babel_locale().startswith("da") else "¤\u00a0#,##0"
    if not whole:
        pattern = pattern.replace("#,##0", "#,##0.00")
    return format_currency(amount, currency, format=pattern, locale=babel_locale(), currency_digits=False)


@register.filter
def money_short(value: Any, currency: str = "DKK") -> str:
    """Large amounts in short form: 1300000 → '1,3 mio. kr.'; smaller ones as `money`."""
    if isinstance(value, Money):
        value, currency = value.amount, value.currency
    amount = _as_decimal(value)
    if amount is None:
        return ""
    if abs(amount) < 1_000_000:
        return money(amount, currency)
    return format_compact_currency(amount, currency or "DKK", locale=babel_locale(), fraction_digits=1)


@register.filter
def number(value: Any) -> str:
    amount = _as_decimal(value)
    if amount is None:
        return ""
    return format_decimal(amount, locale=babel_locale(), decimal_quantization=False)


@register.simple_tag
def record_url(record: Any, action: str = "detail") -> str:
    return generic.record_url(record, action) or ""


def display(value: Any, currency: str | None = None, compact: bool = False) -> str:
    """One value as text/HTML for a table cell or a detail row; `compact` for narrow table cells."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, Decimal) and currency:
        return money(value, currency)
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, dt.datetime):
        return date_format(value, "DATETIME_FORMAT")
    if isinstance(value, dt.date):
        return date_format(value, "SHORT_DATE_FORMAT" if compact else "DATE_FORMAT")
    if compact and getattr(value, "short_name", ""):
        return format_html('<abbr title="{}">{}</abbr>', str(value), value.short_name)
    if isinstance(value, list | tuple | models.QuerySet):
        return format_html_join(", ", "{}", ((item,) for item in value)) or "–"
    return str(value)


@register.simple_tag
def cell(record: models.Model, column: generic.Column) -> str:
    """A list table cell: formatted value, linked to the record when the column says so."""
    value = generic.resolve(record, column.field)
    if isinstance(value, models.Manager):
        value = list(value.all())
    currency = getattr(record, column.money) if column.money else None
    text = display(value, currency, compact=True)
    if column.link:
        url = generic.record_url(record)
        if url:
            return format_html('<a href="{}">{}</a>', url, text if text != "–" else str(record))
    return format_html("{}", text)


@register.simple_tag
def value(row: dict) -> str:
    """A detail page value; related records link to their page."""
    text = display(row["value"], row.get("currency"))
    if row.get("url"):
        return format_html('<a href="{}">{}</a>', row["url"], text)
    if isinstance(row["value"], list):
        links = [(generic.record_url(item) or "", str(item)) for item in row["value"]]
        if links:
            return format_html_join(", ", '<a href="{}">{}</a>', links)
    return format_html("{}", text)


@register.filter
def change_value(value: Any, currency: str | None = None) -> str:
    return display(value, currency)


@register.simple_tag
def query_with(query: str, **changes: Any) -> str:
    """The current query string with some parameters replaced (for page and sort links)."""
    from django.http import QueryDict

    params = QueryDict(query, mutable=True)
    for key, new in changes.items():
        if new in (None, ""):
            params.pop(key, None)
        else:
            params[key] = new
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def person(user: Any) -> str:
    return generic.person_label(user)


@register.filter
def can_edit(user: Any, record: models.Model) -> bool:
    return generic.user_can_edit(user, record)
