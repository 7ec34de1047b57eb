"""Adding up money in several currencies: a sum per currency, and a DKK total from stored exchange rates.

A report converts every foreign amount with the latest rate stored on or before its reporting date
(udsyn.core.models.rate_on and to_dkk), and lists the rates it used.
When a currency has no stored rate, the DKK total is left out rather than guessed, and the report says
which rate is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from udsyn.core.models import ExchangeRate, MissingRate, rate_on, to_dkk
from udsyn.core.money import Money


@dataclass(frozen=True)
class RateUsed:
    currency: str
    dkk_per_unit: Decimal
    date: dt.date
    note: str = ""


@dataclass
class MoneyTotal:
    """Sum per currency (DKK first), plus the DKK total when every currency could be converted."""

    parts: list[Money] = field(default_factory=list)
    dkk: Money | None = None
    missing_rates: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.parts

    @property
    def is_mixed(self) -> bool:
        return len(self.parts) > 1 or bool(self.parts and self.parts[0].currency != "DKK")

    def amount_in(self, currency: str) -> Decimal:
        return sum((p.amount for p in self.parts if p.currency == currency), Decimal(0))


class Converter:
    """Converts to DKK on one date, fetching each currency's rate once and remembering which it used."""

    def __init__(self, on: dt.date):
        self.on = on
        self._rates: dict[str, ExchangeRate | None] = {}

    def _rate(self, currency: str) -> ExchangeRate | None:
        if currency not in self._rates:
            try:
                self._rates[currency] = rate_on(currency, self.on)
            except MissingRate:
                self._rates[currency] = None
        return self._rates[currency]

    def to_dkk(self, value: Money) -> Money | None:
        """udsyn.core.models.to_dkk, with the rate looked up once per currency instead of per call."""
        if value.currency == "DKK":
            return value
        rate = self._rate(value.currency)
        if rate is None:
            return None
        return to_dkk(value, rate=rate)

    def total(self, amounts: Iterable[Money | None]) -> MoneyTotal:
        sums: dict[str, Decimal] = {}
        for value in amounts:
            if value is not None:
                sums[value.currency] = sums.get(value.currency, Decimal(0)) + value.amount
        parts = [Money(sums[c], c) for c in sorted(sums, key=lambda c: (c != "DKK", c))]
        dkk = Decimal(0)
        missing = []
        for part in parts:
            converted = self.to_dkk(part)
            if converted is None:
                missing.append(part.currency)
            else:
                dkk += converted.amount
        return MoneyTotal(parts=parts, dkk=None if missing or not parts else Money(dkk, "DKK"), missing_rates=missing)

    @property
    def rates_used(self) -> list[RateUsed]:
        return [RateUsed(r.currency, r.dkk_per_unit, r.date, r.note)
                for r in sorted((r for r in self._rates.values() if r is not None), key=lambda r: r.currency)]

    @property
    def missing_rates(self) -> list[str]:
        return sorted(c for c, r in self._rates.items() if r is None)


def money_or_none(amount: Decimal | None, currency: str) -> Money | None:
    return None if amount is None else Money(amount, currency)
