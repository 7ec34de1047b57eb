from decimal import Decimal

from django.utils import translation

from udsyn.core.money import Money
from udsyn.core.templatetags.udsyn import money, money_short


def test_money_is_written_the_danish_way():
    with translation.override("da"):
        assert money(Decimal("1300000")) == "1.300.000\u00a0kr."
        assert money(Decimal("1250.50")) == "1.250,50\u00a0kr."
        assert money(Money(Decimal("25000"), "EUR")) == "25.000\u00a0€"
        assert money_short(Decimal("1300000")) == "1,3\u00a0mio.\u00a0kr."
        assert money_short(Decimal("500000")) == "500.000\u00a0kr."
        assert money(None) == ""


def test_money_in_english():
    with translation.override("en"):
        assert money(Decimal("1300000")) == "DKK\u00a01,300,000"
        assert money_short(Decimal("1300000")) == "DKK\u00a01.3\u00a0million"


def test_short_form_keeps_the_order_of_magnitude():
    """udsyn spells the unit itself, so a babel release cannot turn millions into something else."""
    with translation.override("da"):
        assert money_short(Decimal("2500000000")) == "2,5\u00a0mia.\u00a0kr."
        assert money_short(Money(Decimal("-1260000"), "EUR")) == "-1,3\u00a0mio.\u00a0€"
        assert money_short(Decimal("999999")) == "999.999\u00a0kr."
    with translation.override("en"):
        assert money_short(Money(Decimal("89634975"), "EUR")) == "EUR\u00a089.6\u00a0million"
        assert money_short(Decimal("2500000000")) == "DKK\u00a02.5\u00a0billion"


def test_whole_amounts_are_written_as_babel_writes_them():
    """A whole amount is written without babel (udsyn.core.templatetags.udsyn._whole_money): the same text."""
    from babel import Locale
    from babel.numbers import parse_pattern

    from udsyn.core.money import CURRENCY_CODES

    amounts = [Decimal(0), Decimal(7), Decimal(999), Decimal(1000), Decimal("1300000.00"), Decimal("1E+3"),
               Decimal(12345678901234), Decimal("-0"), Decimal(-1250), Decimal("1250.50")]
    for language, locale, pattern in (("da", "da_DK", "#,##0\u00a0¤"), ("en", "en_GB", "¤\u00a0#,##0")):
        with translation.override(language):
            for currency in sorted(CURRENCY_CODES):
                for amount in amounts:
                    whole = amount == amount.to_integral_value()
                    babel = parse_pattern(pattern if whole else pattern.replace("#,##0", "#,##0.00")).apply(
                        amount, Locale.parse(locale), currency=currency, currency_digits=False)
                    assert money(amount, currency) == babel, (language, currency, amount)
