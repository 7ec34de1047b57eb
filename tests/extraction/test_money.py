from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from udsyn.extraction.money import find_money, parse_money
from udsyn.extraction.numbers import format_danish, parse_number


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("84 mio. kr.", "84000000", "DKK"),
    ("betaler 1,3 mio. for medlemskab", "1300000", "DKK"),
    ("0,725 mio.kr", "725000", "DKK"),
    ("ca. 11 mio. kr. i støtte", "11000000", "DKK"),
    ("1,13 mio. kr. om året", "1130000", "DKK"),
    ("2 mia. kr.", "2000000000", "DKK"),
    ("EUR 2 million", "2000000", "EUR"),
    ("€ 3,5 mio", "3500000", "EUR"),
    ("500 t.kr.", "500000", "DKK"),
    ("250 tkr.", "250000", "DKK"),
    ("350.000 kr.", "350000", "DKK"),
    ("12 mio. euro", "12000000", "EUR"),
])
def test_amounts(text, value, currency):
    assert parse_money(text) == (Decimal(value), currency)


def test_amount_with_its_conversion_gives_two_amounts():
    found = find_money("udgør 4.971.000 kr. (665.462,5 EUR) over fem år")
    assert [(m.value, m.currency) for m in found] == [(Decimal("4971000"), "DKK"),
                                                      (Decimal("665462.5"), "EUR")]
    assert all(isinstance(m.value, Decimal) for m in found)


def test_flags_for_approximate_and_yearly():
    (m,) = find_money("Kommunen betaler 1,13 mio. kr. om året")
    assert m.per_year and not m.approx
    (m,) = find_money("cirka 20 mio. kr.")
    assert m.approx


@pytest.mark.parametrize("text", ["EURO2021 og EURO 2020", "1,3 mio. indbyggere", "i perioden 2019-2022",
                                  "CO2-udledning med 20 procent"])
def test_not_money(text):
    assert find_money(text) == []


def test_bare_millions_take_the_currency_of_the_context():
    (_, m) = find_money("Budgettet er 3 mio. euro, heraf 1,5 mio. til drift.")
    assert (m.value, m.currency) == (Decimal("1500000"), "EUR")


amounts = st.decimals(min_value=0, max_value=Decimal("999999999999"), places=2, allow_nan=False,
                      allow_infinity=False)


@given(amounts)
def test_danish_number_round_trip(value):
    assert parse_number(format_danish(value)) == value


@given(amounts)
def test_formatted_kroner_parse_back_exactly(value):
    text = f"Beløbet er {format_danish(value, 2)} kr. i alt."
    assert parse_money(text) == (value, "DKK")


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=99))
def test_millions_with_decimal_comma(whole, frac):
    value = Decimal(f"{whole}.{frac:02d}")
    got, cur = parse_money(f"{format_danish(value)} mio. kr.")
    assert (got, cur) == (value * 1_000_000, "DKK")
