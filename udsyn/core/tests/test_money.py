import datetime as dt
from decimal import Decimal

import pytest

from udsyn.core.models import ExchangeRate, MissingRate, from_dkk, to_dkk
from udsyn.core.money import Money


def test_money_refuses_floats():
    with pytest.raises(TypeError):
        Money(0.1, "DKK")


def test_money_refuses_unknown_currency():
    with pytest.raises(ValueError):
        Money(Decimal("1"), "XYZ")


def test_adding_different_currencies_needs_a_rate():
    with pytest.raises(ValueError):
        Money(Decimal("1"), "DKK") + Money(Decimal("1"), "EUR")
    assert Money(Decimal("0.10"), "DKK") + Money(Decimal("0.20"), "DKK") == Money(Decimal("0.30"), "DKK")


@pytest.mark.django_db
def test_conversion_uses_the_rate_stored_for_the_date():
    ExchangeRate.objects.create(currency="EUR", date=dt.date(2020, 1, 1), dkk_per_unit=Decimal("7.472500"))
    ExchangeRate.objects.create(currency="EUR", date=dt.date(2024, 1, 1), dkk_per_unit=Decimal("7.454500"))
    amount = Money(Decimal("665462.50"), "EUR")
    assert to_dkk(amount, on=dt.date(2021, 6, 1)) == Money(Decimal("4972668.53"), "DKK")
    assert to_dkk(amount, on=dt.date(2025, 6, 1)) == Money(Decimal("4960690.21"), "DKK")
    assert from_dkk(Decimal("7454.50"), "EUR", on=dt.date(2025, 1, 1)) == Money(Decimal("1000.00"), "EUR")


@pytest.mark.django_db
def test_conversion_without_a_rate_says_so():
    with pytest.raises(MissingRate, match="SEK"):
        to_dkk(Money(Decimal("10"), "SEK"))
