"""Numbers, money and dates as the reader writes them: Danish by default (`1,3 mio. kr.`, `24. november 2026`),
English on request. Every renderer formats through these functions so a figure reads the same in every format.

The language is the active Django language (renderers run inside `translation.override(language)`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from django.utils import translation

from udsyn.core.money import MILLION, Money, format_large

BABEL_LOCALES = {"da": "da_DK", "en": "en_GB"}
DASH = "–"
NBSP = "\u00a0"


def locale() -> str:
    language = (translation.get_language() or "da").split("-")[0]
    return BABEL_LOCALES.get(language, "da_DK")


def is_danish() -> bool:
    return locale() == "da_DK"


def number(value: int | Decimal | float | None, digits: int | None = None) -> str:
    """`1.234` / `1,234`; `digits` fixes the decimals, otherwise up to two, none when whole."""
    if value is None:
        return DASH
    if digits is not None:
        return format_decimal(value, format="#,##0." + "0" * digits if digits else "#,##0", locale=locale())
    return format_decimal(value, format="#,##0.##", locale=locale())


def percent(value: float) -> str:
    return format_decimal(value, format="#,##0", locale=locale()) + "\u00a0%"


def _pattern(amount: Decimal) -> str:
    body = "#,##0" if amount == amount.to_integral_value() else "#,##0.00"
    return f"{body}\u00a0¤" if is_danish() else f"¤\u00a0{body}"


def money(value: Money | None) -> str:
    """The exact amount: `1.300.000 kr.`, `665.462,50 €`, English `DKK 1,300,000`."""
    if value is None:
        return DASH
    return format_currency(value.amount, value.currency, format=_pattern(value.amount), locale=locale(),
                           currency_digits=False)


def money_short(value: Money | None) -> str:
    """Headline amounts: `1,3 mio. kr.` from a million up, otherwise whole units (`500.000 kr.`)."""
    if value is None:
        return DASH
    if abs(value.amount) < MILLION:
        return money(Money(value.amount.quantize(Decimal(1)), value.currency))
    return format_large(value.amount, value.currency, locale(), digits=2)


def date(value: dt.date | None) -> str:
    """`24. november 2026` / `24 November 2026`."""
    if value is None:
        return DASH
    return format_date(value, format="long", locale=locale())


def date_short(value: dt.date | None) -> str:
    """`1. mar. 2018` / `1 Mar 2018`: dates in tables, never broken over two lines (no-break spaces)."""
    if value is None:
        return DASH
    return format_date(value, format="medium", locale=locale()).replace(" ", "\u00a0")


def rate(value: Decimal) -> str:
    return format_decimal(value, format="#,##0.00####", locale=locale())


def total(value, short: bool = False) -> str:
    """A MoneyTotal: `1.300.000 kr.`; mixed currencies `1.300.000 kr. + 20.000 € (i alt 1.449.200 kr.)`.

    A sum converted to DKK is rounded to whole kroner: the rates make øre meaningless.
    """
    from django.utils.translation import gettext as _

    if value is None or value.is_empty:
        return DASH
    one = money_short if short else money
    text = " + ".join(one(part) for part in value.parts)
    if value.is_mixed and value.dkk is not None:
        note = _("%(amount)s in all") % {"amount": money_short(whole(value.dkk)) if short else money(whole(value.dkk))}
    elif value.missing_rates:
        note = _("no exchange rate for %(currencies)s") % {"currencies": ", ".join(value.missing_rates)}
    else:
        return text
    # the note in brackets is kept on one line: a narrow cell breaks before it, never leaves "alt)" alone
    return f"{text} ({note.replace(' ', NBSP)})"


def whole(value: Money) -> Money:
    return Money(value.amount.quantize(Decimal(1)), value.currency)


def period(start: dt.date | None, end: dt.date | None, short: bool = False) -> str:
    """`1. marts 2018 – 31. marts 2021`; one known end: `fra 1. marts 2018`, `til 31. marts 2021`; none: `–`.
    `short` writes the dates as in tables (`1. mar. 2018`)."""
    from django.utils.translation import gettext as _

    one = date_short if short else date
    if start and end:  # in a table the line may break after the dash, not before it
        return f"{one(start)}\u00a0– {one(end)}" if short else f"{one(start)} – {one(end)}"
    if start:
        return _("from %(date)s") % {"date": one(start)}
    if end:
        return _("until %(date)s") % {"date": one(end)}
    return DASH


def country(code: str) -> str:
    """The country's name in the report's language (babel's CLDR names: Kina, Grønland, Sydafrika)."""
    from babel import Locale

    if not code:
        return ""
    return Locale.parse(locale()).territories.get(code.upper(), code.upper())


def total_figure(value) -> str:
    """The headline figure of a total: its DKK sum when every currency converts, else the sum per currency."""
    if value is None or value.is_empty:
        return DASH
    if value.dkk is not None:
        return money_short(value.dkk)
    return " + ".join(money_short(p) for p in value.parts)


def total_detail(value) -> str:
    """One short line under a headline figure that mixes currencies: what was converted, or what has no rate."""
    from django.utils.translation import gettext as _

    if value is None or not value.is_mixed:
        return ""
    foreign = [p for p in value.parts if p.currency != "DKK"]
    if value.dkk is not None:
        return _("incl. %(amounts)s converted") % {"amounts": " + ".join(money_short(p) for p in foreign)}
    return _("no exchange rate for %(currencies)s") % {"currencies": ", ".join(value.missing_rates)}
