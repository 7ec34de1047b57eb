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


register.filter("r_total_figure", formatting.total_figure)
register.filter("r_total_detail", formatting.total_detail)


@register.filter
def get_colour(colours: dict, key: str) -> str:
    return colours.get(key, "#666666")
