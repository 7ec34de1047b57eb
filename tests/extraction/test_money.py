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


@pytest.mark.parametrize(("text", "lang", "value", "currency"), [
    ("an annual fee of EUR 12,000", "en", "12000", "EUR"),
    ("a total budget of 89,634,975.00 €", "en", "89634975", "EUR"),
    ("Medlemsavgiften är 27 500 SEK per år", "sv", "27500", "SEK"),
    ("a grant of DKK 1.5 million", "en", "1500000", "DKK"),
    ("SEK 250,000 for the exchange", "en", "250000", "SEK"),
    ("Kontingentet er 12.500 kr.", "da", "12500", "DKK"),
    ("andelen är 1,2 miljoner kronor", "sv", "1200000", "SEK"),
    ("koster kr 38 500 i året", "no", "38500", "NOK"),
    ("udgør 1,250 mio. kr.", "da", "1250000", "DKK"),
])
def test_amounts_in_the_notation_of_the_documents_language(text, lang, value, currency):
    from udsyn.extraction.language import _CURRENT, DocumentLanguage

    token = _CURRENT.set(DocumentLanguage(lang, {"da": "DK", "sv": "SE", "no": "NO", "en": "DK"}[lang]))
    try:
        assert parse_money(text) == (Decimal(value), currency)
    finally:
        _CURRENT.reset(token)


@pytest.mark.parametrize("text", ["The exchange rate used is 7.46 DKK per EUR.", "kursen 7,45 kr. pr. euro"])
def test_an_exchange_rate_is_no_amount(text):
    assert find_money(text) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The budget is €2.5m in total.", [(2500000, "EUR")]),
    ("en", "a £1.2bn fund and DKK 350k", [(1200000000, "GBP"), (350000, "DKK")]),
    ("en", "1.2 million euros, 3.4 MEUR and EUR 12.500", [(1200000, "EUR"), (3400000, "EUR"), (12500, "EUR")]),
    ("en", "The bridge is 2.5m wide and the run is 5k.", []),
    ("da", "45.000,- kr. og 2½ mio. kr. samt tkr. 350", [(45000, "DKK"), (2500000, "DKK"), (350000, "DKK")]),
    ("da", "en halv million kroner og to millioner kroner", [(500000, "DKK"), (2000000, "DKK")]),
    ("sv", "2,5 MSEK, TSEK 450 och 3 miljarder kronor", [(2500000, "SEK"), (450000, "SEK"), (3000000000, "SEK")]),
])
def test_scales_written_short_in_words_and_in_currency_codes(lang, text, expected):
    from udsyn.extraction.language import _CURRENT, DocumentLanguage

    token = _CURRENT.set(DocumentLanguage(lang, {"da": "DK", "sv": "SE", "en": "GB"}[lang]))
    try:
        assert [(m.value, m.currency) for m in find_money(text)] == expected
    finally:
        _CURRENT.reset(token)


def test_figures_a_scanner_damaged_are_read_as_meant():
    from udsyn.extraction.ocr import repair_numbers

    assert repair_numbers("udgør 1.25O.OOO kr. og l.200 kr.") == "udgør 1.250.000 kr. og 1.200 kr."
    assert repair_numbers("2,5 mio, kr. og i alt 1.250. 000 kr") == "2,5 mio. kr. og i alt 1.250.000 kr"
    assert repair_numbers("i 2019. 300 deltagere, Region lI") == "i 2019. 300 deltagere, Region lI"
