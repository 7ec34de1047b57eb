import pytest
from hypothesis import given
from hypothesis import strategies as st

from udsyn.extraction.periods import MONTHS, find_periods, parse_period


@pytest.mark.parametrize(("text", "start", "end"), [
    ("projektet (2019-2022)", "2019", "2022"),
    ("der forløber november 2019 til oktober 2024.", "2019-11", "2024-10"),
    ("Finansieringen udløber 31. marts 2021.", None, "2021-03-31"),
    ("samarbejdet har kørt fra 2014", "2014", None),
    ("Glyptoteket (2020-21)", "2020", "2021"),
    ("i perioden september 2011 til august 2020", "2011-09", "2020-08"),
    ("indtil august 2023", None, "2023-08"),
])
def test_periods(text, start, end):
    assert parse_period(text) == (start, end)


def test_no_period_in_plain_numbers():
    assert find_periods("412 henvendelser og 33 byer") == []


DANISH = [m for m in MONTHS if len(m) > 4 and m not in ("march", "june", "july", "october", "february",
                                                        "january", "december", "november", "august")]


@given(st.integers(1950, 2069), st.integers(0, 30), st.sampled_from(DANISH), st.sampled_from(DANISH))
def test_month_ranges_round_trip(year, span, m1, m2):
    text = f"Projektet løber fra {m1} {year} til {m2} {year + span}."
    assert parse_period(text) == (f"{year}-{MONTHS[m1]:02d}", f"{year + span}-{MONTHS[m2]:02d}")


@given(st.integers(1950, 2099), st.integers(1, 28), st.sampled_from(DANISH))
def test_end_dates_round_trip(year, day, month):
    expected = (None, f"{year}-{MONTHS[month]:02d}-{day:02d}")
    assert parse_period(f"Aftalen udløber {day}. {month} {year}.") == expected
