"""Money is exact: Decimal amounts with an ISO 4217 currency, converted with stored rates."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from babel.numbers import format_decimal, get_currency_symbol
from django.utils.translation import gettext_lazy as _

CURRENCIES = [
    ("DKK", _("Danish kroner (DKK)")),
    ("EUR", _("Euro (EUR)")),
    ("SEK", _("Swedish kronor (SEK)")),
    ("NOK", _("Norwegian kroner (NOK)")),
    ("USD", _("US dollars (USD)")),
    ("GBP", _("Pounds sterling (GBP)")),
]
CURRENCY_CODES = {code for code, _label in CURRENCIES}
CENT = Decimal("0.01")
MILLION = Decimal(1_000_000)
# udsyn spells large amounts itself, the way Danish and English reports write them, instead of relying on
# one babel release's compact abbreviations (which changed from 'M' to 'm' between releases).
LARGE_UNITS = ((MILLION * 1000, "mia.", "billion"), (MILLION, "mio.", "million"))


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError("Money needs a Decimal amount, never a float")
        if self.currency not in CURRENCY_CODES:
            raise ValueError(f"Unknown currency {self.currency!r}")

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError("Cannot add amounts in different currencies without a rate")
        return Money(self.amount + other.amount, self.currency)


def quantize(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_EVEN)


def format_large(amount: Decimal, currency: str, locale: str, digits: int = 1) -> str:
    """An amount of a million or more in short form: '1,3 mio. kr.' (Danish), 'DKK 1.3 million' (English)."""
    size, danish_unit, english_unit = next((unit for unit in LARGE_UNITS if abs(amount) >= unit[0]), LARGE_UNITS[-1])
    figure = format_decimal(amount / size, format="#,##0." + "#" * digits, locale=locale)
    if locale.startswith("da"):
        return f"{figure}\u00a0{danish_unit}\u00a0{get_currency_symbol(currency, locale)}"
    return f"{currency}\u00a0{figure}\u00a0{english_unit}"
