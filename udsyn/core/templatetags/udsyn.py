"""Template helpers: money the Danish way, table cells, record links, query strings."""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from babel import Locale
from babel.numbers import NumberPattern, format_decimal, get_group_symbol, get_minus_sign_symbol, parse_pattern
from django import template
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from udsyn.core import generic, registry
from udsyn.core.forms import babel_locale, locale_of
from udsyn.core.money import MILLION, Money, format_large

register = template.Library()


def _as_decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, Money):
        return value.amount
    if isinstance(value, float):  # never compute with floats; format what we were given, exactly
        return Decimal(str(value))
    return Decimal(value)


@functools.lru_cache(maxsize=64)
def _money_pattern(locale: str, whole: bool) -> tuple[Locale, NumberPattern]:
    """The parsed locale and currency pattern (parsing them is most of babel's time for one amount)."""
    pattern = "#,##0\u00a0¤" if locale.startswith("da") else "¤\u00a0#,##0"
    if not whole:
        pattern = pattern.replace("#,##0", "#,##0.00")
    return Locale.parse(locale), parse_pattern(pattern)


@register.filter
def money(value: Any, currency: str = "DKK") -> str:
    """1300000 → '1.300.000 kr.' (Danish) or 'DKK 1,300,000' (English); øre shown only when there are any."""
    if isinstance(value, Money):
        value, currency = value.amount, value.currency
    amount = _as_decimal(value)
    if amount is None:
        return ""
    return _money_text(amount, currency or "DKK", babel_locale())


def _money_text(amount: Decimal, currency: str, locale: str) -> str:
    whole = amount == amount.to_integral_value()
    if whole and not amount.is_signed() and amount.is_finite():  # most amounts: babel's text, without babel's cost
        before, group, after = _whole_money(locale, currency)
        return before + f"{int(amount):,}".replace(",", group) + after
    parsed, pattern = _money_pattern(locale, whole)
    return pattern.apply(amount, parsed, currency=currency, currency_digits=False)


SAMPLE = Decimal(1234567)


@functools.lru_cache(maxsize=64)
def _whole_money(locale: str, currency: str) -> tuple[str, str, str]:
    """(text before the figure, group separator, text after it) of a whole amount as babel writes it in `locale`,
    read off babel's own text for 1,234,567: a list page formats hundreds of amounts, and babel takes 6 µs each."""
    babel_locale_, pattern = _money_pattern(locale, True)
    text = pattern.apply(SAMPLE, babel_locale_, currency=currency, currency_digits=False)
    found = re.search(r"1(?P<group>\D)234(?P=group)567", text)
    if found is None:  # a locale that groups otherwise: never taken for the two udsyn speaks
        raise ValueError(f"cannot read the grouping of {text!r}")
    return text[:found.start()], found.group(1), text[found.end():]


@register.filter
def money_short(value: Any, currency: str = "DKK") -> str:
    """Large amounts in short form: 1300000 → '1,3 mio. kr.'; smaller ones as `money`."""
    if isinstance(value, Money):
        value, currency = value.amount, value.currency
    amount = _as_decimal(value)
    if amount is None:
        return ""
    if abs(amount) < MILLION:
        return money(amount, currency)
    return format_large(amount, currency or "DKK", babel_locale(), digits=1)


@register.filter
def breakable_after_figure(text: str) -> str:
    """An amount that may wrap after its figure ('DKK 42.3 | million', '42,3 | mio. kr.'): for headline figures in
    narrow boxes, where the no-break spaces of a formatted amount would run it out of its box."""
    return re.sub(r"(\d)\u00a0", r"\1 ", text)


@register.filter
def number(value: Any) -> str:
    amount = _as_decimal(value)
    if amount is None:
        return ""
    locale = babel_locale()
    if amount == amount.to_integral_value():  # most numbers are counts: babel's own text, without babel's cost
        group, minus = _number_symbols(locale)
        return f"{int(amount):,}".replace(",", group).replace("-", minus)
    return format_decimal(amount, locale=locale, decimal_quantization=False)


@functools.lru_cache(maxsize=16)
def _number_symbols(locale: str) -> tuple[str, str]:
    return get_group_symbol(locale), get_minus_sign_symbol(locale)


@register.simple_tag
def record_url(record: Any, action: str = "detail") -> str:
    return generic.record_url(record, action) or ""


def display(value: Any, currency: str | None = None, compact: bool = False, language: str | None = None) -> str:
    """One value as text/HTML for a table cell or a detail row; `compact` for narrow table cells. `language`: the
    active language, when the caller knows it already (a list table asks for hundreds of cells)."""
    if value is None or value == "":
        return "–"
    if type(value) is str:  # most cells: a name, a choice label
        return value
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, Decimal) and currency:
        return _money_text(value, currency, babel_locale() if language is None else locale_of(language))
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, dt.datetime):  # in the reader's time zone, as the history beside it (not UTC)
        return date_format(timezone.localtime(value) if timezone.is_aware(value) else value, "DATETIME_FORMAT")
    if isinstance(value, dt.date):
        return _date_text(value, "SHORT_DATE_FORMAT" if compact else "DATE_FORMAT", language or get_language())
    if compact and getattr(value, "short_name", ""):
        return format_html('<abbr title="{}">{}</abbr>', str(value), value.short_name)
    if isinstance(value, list | tuple | models.QuerySet):
        return format_html_join(", ", "{}", ((item,) for item in value)) or "–"
    return str(value)


@functools.lru_cache(maxsize=8192)
def _date_text(value: dt.date, format_name: str, language: str | None) -> str:
    """A date as date_format writes it in `language` (the active one): remembered, since a list page writes a
    hundred dates and a register's dates repeat (date_format parses its format string for each)."""
    return date_format(value, format_name)


@register.simple_tag
def cell(record: models.Model, column: generic.Column) -> str:
    """A list table cell: formatted value, linked to the record when the column says so."""
    return _cell_renderer(type(record), column)(record)


def _cell_renderer(model: type[models.Model], column: generic.Column,
                   detail_url: Callable[[Any], str | None] = generic.record_url) -> Callable[[Any], str]:
    """A function rendering `column`'s cell of a record of `model` (the field path worked out once)."""
    language = get_language()
    get = generic.resolver(model, column.field, language)
    money_field, link = column.money, column.link
    counts = not money_field and column.numeric(model)

    def render(record: Any) -> str:
        value = get(record)
        if isinstance(value, models.Manager):
            value = list(value.all())
        if counts and type(value) is int:
            text = number(value)  # 3.000 participants, as the total under the table writes them
        else:
            text = display(value, getattr(record, money_field) if money_field else None, compact=True,
                           language=language)
        if link:
            url = detail_url(record)
            if url:
                return format_html('<a href="{}">{}</a>', url, text if text != "–" else str(record))
        # Django's escape() is html.escape() behind a wrapper for lazy text that costs more than the escaping.
        return html.escape(text) if type(text) is str else conditional_escape(text)

    return render


def _detail_urls(model: type[models.Model]) -> Callable[[Any], str | None]:
    """record_url(record) for many records of `model`: the URL is reversed once and each record's pk put in."""
    marker = 987654321
    try:
        pattern = reverse(f"{generic.model_name(model)}_detail", args=[marker])
    except NoReverseMatch:
        return generic.record_url
    if pattern.count(str(marker)) != 1:
        return generic.record_url
    before, after = pattern.split(str(marker))
    return lambda record: f"{before}{record.pk}{after}" if type(record) is model else generic.record_url(record)


@register.simple_tag
def list_rows(records: Any, columns: list[dict]) -> str:
    """The rows of a list table, built here rather than by two nested template loops (a page of 50 records has
    hundreds of cells: this is most of a list page's time): each column's way to its value is worked out once per
    page. Every cell but the first names its column for narrow screens (data-label); amounts and counts are "num"."""
    records = list(records)
    if not records:
        return ""
    model = type(records[0])
    urls = _detail_urls(model)
    labels = [""] + [format_html(' data-label="{}"', capfirst(c["header"])) for c in columns[1:]]
    labels = [label + (' class="num"' if c.get("numeric") else "") for label, c in zip(labels, columns, strict=True)]
    renderers = [_cell_renderer(model, c["column"], urls) for c in columns]
    return mark_safe("".join(  # noqa: S308 - every part is escaped by format_html or conditional_escape
        "<tr>" + "".join(f"<td{label}>{render(record)}</td>" for label, render in zip(labels, renderers,
                                                                                       strict=True))
        + "</tr>\n" for record in records))


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
    return registry.user_can_edit(user, record)
