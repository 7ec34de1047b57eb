"""Money is exact: Decimal amounts with an ISO 4217 currency, converted with stored rates."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

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
