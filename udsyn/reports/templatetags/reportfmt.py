"""Template filters that format report figures through udsyn.reports.formatting (one way for every format)."""

from django import template

from udsyn.reports import formatting

register = template.Library()

register.filter("r_money", formatting.money)
register.filter("r_money_short", formatting.money_short)
register.filter("r_date", formatting.date)
register.filter("r_country", formatting.country)
register.filter("r_rate", formatting.rate)


@register.filter
def r_number(value, digits=None):
    return formatting.number(value, None if digits in (None, "") else int(digits))


@register.filter
def r_total(value, short=False):
    return formatting.total(value, short=bool(short))


@register.filter
def r_total_figure(value):
    """The headline figure of a total: its DKK sum when every currency converts, else the sum per currency."""
    if value is None or value.is_empty:
        return formatting.DASH
    if value.dkk is not None:
        return formatting.money_short(value.dkk)
    return " + ".join(formatting.money_short(p) for p in value.parts)


@register.filter
def r_total_detail(value):
    """What a headline figure is made of, when it mixes currencies."""
    if value is None or not value.is_mixed:
        return ""
    return formatting.total(value, short=True)
