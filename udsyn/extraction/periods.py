"""Periods and dates: '2019-2022', 'november 2019 til oktober 2024', 'udløber 31. marts 2021', 'fra 2014'.

Returns ISO strings YYYY, YYYY-MM or YYYY-MM-DD. Danish month names come from our own table
(babel's parse_date fails on Danish).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import finditer_at_numbers

MONTHS = {
    "januar": 1, "jan": 1, "january": 1, "februar": 2, "feb": 2, "february": 2, "marts": 3, "mar": 3,
    "march": 3, "april": 4, "apr": 4, "maj": 5, "may": 5, "juni": 6, "jun": 6, "june": 6, "juli": 7,
    "jul": 7, "july": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_DATE = rf"(?:(?P<{{p}}day>\d{{{{1,2}}}})\.?\s*)?(?:(?P<{{p}}mon>{_MONTH})\s+)?(?P<{{p}}year>{_YEAR})"


def _date(prefix: str) -> str:
    return _DATE.format(p=prefix)


_RANGE = re.compile(rf"(?:(?:fra|from|i perioden|perioden)\s+)?{_date('a')}\s*(?:-|–|—|til|to|until)\s*"
                    rf"(?:(?P<bday>\d{{1,2}})\.?\s*)?(?:(?P<bmon>{_MONTH})\s+)?(?P<byear>{_YEAR}|\d\d)(?!\d)",
                    re.I)
_END = re.compile(rf"(?:udløber|slutter|afsluttes|afsluttet|indtil|until|ends?|expires?|til primo|til ultimo|"
                  rf"frem til|inden)\s+(?:d\.\s*|den\s+|ved udgangen af\s+|i\s+|her\s+d\.\s*)?{_date('b')}",
                  re.I)
_START = re.compile(rf"(?:fra|siden|since|from|startede|begyndte|etableret|indgået)\s+(?:i\s+)?{_date('a')}"
                    rf"(?!\s*(?:-|–|til|to)\s*\d)", re.I)


# Longest lead-in before a number: "udløber ved udgangen af september 2021".
_LOOKBACK = 48


@dataclass(frozen=True)
class Period:
    start: str | None
    end: str | None
    span_start: int
    span_end: int


def iso(year: str, month: str | None = None, day: str | None = None) -> str:
    """ISO date text from Danish parts; precision follows what is given."""
    y = int(year)
    if month is None:
        return f"{y:04d}"
    m = MONTHS[month.lower().rstrip(".")]
    if day is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{int(day):02d}"


def _side(m: re.Match, p: str) -> str:
    mon = m.group(f"{p}mon")
    day = m.group(f"{p}day") if mon else None
    return iso(m.group(f"{p}year"), mon, day)


def find_periods(text: str) -> list[Period]:
    """All periods in text, in order; open ends are None."""
    found: list[Period] = []
    taken: list[tuple[int, int]] = []

    def add(period: Period) -> None:
        if not any(s < period.span_end and period.span_start < e for s, e in taken):
            found.append(period)
            taken.append((period.span_start, period.span_end))

    for m in finditer_at_numbers(_RANGE, text, _LOOKBACK):
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        start = _side(m, "a")
        byear = m.group("byear")
        if len(byear) == 2:
            byear = m.group("ayear")[:2] + byear  # 2020-21 -> 2021
        end = iso(byear, m.group("bmon"), m.group("bday") if m.group("bmon") else None)
        if end[:4] < start[:4]:
            continue
        add(Period(start, end, m.start(), m.end()))
    for m in finditer_at_numbers(_END, text, _LOOKBACK):
        add(Period(None, _side(m, "b"), m.start(), m.end()))
    for m in finditer_at_numbers(_START, text, _LOOKBACK):
        add(Period(_side(m, "a"), None, m.start(), m.end()))
    return sorted(found, key=lambda p: p.span_start)


def parse_period(text: str) -> tuple[str | None, str | None]:
    """(start, end) of the first period in text; raises ValueError when there is none."""
    periods = find_periods(text)
    if not periods:
        raise ValueError(f"no period in {text!r}")
    return periods[0].start, periods[0].end
