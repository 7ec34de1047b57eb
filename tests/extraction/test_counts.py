import pytest
from hypothesis import given
from hypothesis import strategies as st

from udsyn.extraction.counts import find_counts, parse_count
from udsyn.extraction.numbers import format_danish


@pytest.mark.parametrize(("text", "value"), [
    ("I 2019 blev der behandlet 412 delegationshenvendelser.", 412),
    ("Aalborg har 33 venskabsbyer", 33),
    ("med over 400 deltagere", 400),
    ("samarbejde med 13 frivillige organisationer", 13),
    ("aktiv partner i 7 Interreg projekter", 7),
    ("34.723 besøgende på hjemmesiden", 34723),
])
def test_counts(text, value):
    assert parse_count(text) == value


def test_approximation_is_flagged():
    (c,) = find_counts("over 400 deltagere")
    assert c.approx and c.noun == "deltagere"


@pytest.mark.parametrize("text", ["de 10 mest aktive venskabsbyer", "side 12 projekter", "2019-2022",
                                  "Prioriteter 9\nAktiviteter 9"])
def test_not_counts(text):
    assert find_counts(text) == []


@given(st.integers(min_value=1, max_value=10_000_000),
       st.sampled_from(["deltagere", "venskabsbyer", "projekter", "medlemmer", "delegationsbesøg"]))
def test_count_round_trip(n, noun):
    assert parse_count(f"Der var {format_danish(n)} {noun} i alt.") == n
